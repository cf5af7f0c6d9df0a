package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.MatchResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language of the command line: Dutch without settings, English with {@code --lang en} or
 * {@code STAGEMATCH_LANG=en}; every error's first line carries its code in a fixed place.
 */
class CliLanguageTest {
  private static final Pattern FIRST_LINE =
      Pattern.compile("^(fout|error) \\[([A-Z][A-Z0-9_]*)]: (.*)$", Pattern.MULTILINE);

  /** The word ("fout" or "error") and the code of the first line of {@code err}. */
  private static List<String> codeOf(String err) {
    String first = err.split("\n", 2)[0];
    Matcher m = FIRST_LINE.matcher(first);
    assertTrue(m.matches(), "no code on the first line: " + err);
    return List.of(m.group(1), m.group(2));
  }

  @Test
  void anUnknownOptionInDutchByDefaultAndInEnglishOnRequest() {
    Run nl = ValidateCommandTest.runDefault("validate", "--no-such");
    assertEquals(2, nl.exit());
    assertEquals("fout [CLI_UNKNOWN_OPTION]: Onbekende optie (--no-such) voor validate. Bekende"
        + " opties: --sample, --max-errors, --max-bytes, --lang, --fit-weights, --travel, --help."
        + "\nTip: voer 'stagematch validate --help' uit.\n", nl.err());
    for (Run en : List.of(ValidateCommandTest.runDefault("validate", "--no-such", "--lang", "en"),
        ValidateCommandTest.runDefault("--lang", "en", "validate", "--no-such"),
        ValidateCommandTest.runDefault("validate", "--lang=en", "--no-such"),
        ValidateCommandTest.run(Map.of(Texts.ENV, "en"), "validate", "--no-such"))) {
      assertEquals(2, en.exit());
      assertEquals("error [CLI_UNKNOWN_OPTION]: Unknown option (--no-such) for validate. Known"
          + " options: --sample, --max-errors, --max-bytes, --lang, --fit-weights, --travel,"
          + " --help.\nMaybe run 'stagematch validate --help'.\n", en.err());
    }
    // the argument wins over the environment
    Run both = ValidateCommandTest.run(Map.of(Texts.ENV, "en"), "validate", "--no-such",
        "--lang", "nl");
    assertEquals(List.of("fout", "CLI_UNKNOWN_OPTION"), codeOf(both.err()));
  }

  @Test
  void aWrongLanguageIsAnError() {
    Run arg = ValidateCommandTest.runDefault("validate", "--sample", "--lang", "fr");
    assertEquals(2, arg.exit());
    assertEquals(List.of("fout", "CLI_BAD_LANGUAGE"), codeOf(arg.err()));
    assertTrue(arg.err().contains("De taal (fr) moet 'nl' of 'en' zijn."), arg.err());
    Run missing = ValidateCommandTest.runDefault("validate", "--sample", "--lang");
    assertEquals(List.of("fout", "CLI_NEEDS_VALUE"), codeOf(missing.err()));
    Run env = ValidateCommandTest.run(Map.of(Texts.ENV, "english"), "validate", "--sample");
    assertEquals(2, env.exit());
    assertEquals(List.of("fout", "CLI_BAD_LANGUAGE_ENV"), codeOf(env.err()));
    assertTrue(env.err().contains("STAGEMATCH_LANG (english)"), env.err());
  }

  @Test
  void anUnknownCommandInBothLanguages() {
    Run nl = ValidateCommandTest.runDefault("frobnicate");
    assertEquals(2, nl.exit());
    assertTrue(nl.err().startsWith("fout [CLI_UNKNOWN_COMMAND]: Onbekende opdracht (frobnicate)."
        + " Bekende opdrachten: validate, "), nl.err());
    assertTrue(nl.err().endsWith("\nTip: voer 'stagematch --help' uit.\n"), nl.err());
    Run en = ValidateCommandTest.run("frobnicate");
    assertTrue(en.err().startsWith("error [CLI_UNKNOWN_COMMAND]: Unknown command (frobnicate)."),
        en.err());
    assertTrue(en.err().endsWith("\nMaybe run 'stagematch --help'.\n"), en.err());
  }

  @Test
  void theToolHelpInBothLanguages() {
    Run nl = ValidateCommandTest.runDefault("--help");
    assertEquals(0, nl.exit());
    assertTrue(nl.out().startsWith("Gebruik: java -jar stagematch.jar OPDRACHT [ARGUMENTEN]"),
        nl.out());
    assertTrue(nl.out().contains("\n  validate   Een probleemdocument (JSON) controleren"),
        nl.out());
    assertTrue(nl.out().contains("STAGEMATCH_LANG=en"), nl.out());
    Run en = ValidateCommandTest.runDefault("--help", "--lang", "en");
    assertTrue(en.out().startsWith("Usage: java -jar stagematch.jar COMMAND [ARGS]"), en.out());
    assertTrue(en.out().contains("\n  validate   Check a problem document (JSON)"), en.out());
  }

  @Test
  void summariesInDutchByDefault() {
    Run nl = ValidateCommandTest.runDefault("validate", "--sample");
    assertEquals(0, nl.exit(), nl.err());
    assertTrue(nl.out().startsWith("geldig: het voorbeeldcohort (stagematch-problem/1)\n"),
        nl.out());
    assertTrue(nl.out().contains("\nfitmodel: gewichten: werkprocessen 500"), nl.out());
    Run en = ValidateCommandTest.runDefault("validate", "--sample", "--lang", "en");
    assertTrue(en.out().startsWith("valid: the sample cohort (stagematch-problem/1)\n"), en.out());
  }

  @Test
  void theMatchSummaryInDutch(@TempDir Path dir) throws Exception {
    Path result = dir.resolve("result.json");
    Run nl = ValidateCommandTest.runDefault("match", "--variant", "school-placement", "--seed",
        "3", "--sample", "--out", result.toString());
    assertEquals(0, nl.exit(), nl.err());
    MatchResult r = ResultJson.read(result);
    assertTrue(nl.out().startsWith("invoer:       het voorbeeldcohort\n"
        + "fitmodel:     gewichten: werkprocessen 500, "), nl.out());
    assertTrue(nl.out().contains("\nvariant:      school-placement (seed 3)\n"), nl.out());
    // Dutch thousands separator and decimal comma, computed here from the result
    assertTrue(nl.out().contains("\ngeplaatst:    " + String.format(Message.DUTCH, "%,d",
        r.placedCount()) + " (gemiddelde passendheid " + String.format(Message.DUTCH, "%.1f",
        (double) r.totalFit() / r.placedCount()) + ")\n"), nl.out());
    assertTrue(nl.out().contains("\ngeschreven:   " + result + "\n"), nl.out());
    assertFalse(nl.out().contains("placed"), nl.out());
  }

  @Test
  void keygenInDutch(@TempDir Path dir) {
    Run nl = ValidateCommandTest.runDefault("keygen", "--out", dir.resolve("k").toString());
    assertEquals(0, nl.exit(), nl.err());
    assertTrue(nl.out().startsWith("private sleutel: " + dir.resolve("k")), nl.out());
    assertTrue(nl.out().contains("\nvingerafdruk: "), nl.out());
    Run again = ValidateCommandTest.runDefault("keygen", "--out", dir.resolve("k").toString());
    assertEquals(2, again.exit());
    assertEquals("fout", codeOf(again.err()).get(0), again.err());
  }

  @Test
  void aMissingFileInDutch() {
    Run nl = ValidateCommandTest.runDefault("verify", "--sample", "no-such-result.json");
    assertEquals(2, nl.exit());
    assertEquals("fout [CLI_RESULT_FILE_NOT_FOUND]: Het uitslagbestand (no-such-result.json)"
        + " bestaat niet.\nTip: controleer het pad.\n", nl.err());
  }

  /**
   * {@code help} without the descriptions of the variants and contenders, which their
   * implementations give (in English today).
   */
  private static String withoutVariants(String help) {
    return help.replaceAll("(?s)\n(Varianten|Deelnemers)[^\n]*:\n.*?\n\n", "\n");
  }

  @TestFactory
  Stream<DynamicTest> everyCommandSpeaksDutchByDefault() {
    return Main.commands().keySet().stream().flatMap(name -> Stream.of(
        DynamicTest.dynamicTest(name + " --help", () -> {
          Run nl = ValidateCommandTest.runDefault(name, "--help");
          assertEquals(0, nl.exit(), nl.err());
          assertTrue(nl.out().startsWith("Gebruik: stagematch " + name), nl.out());
          assertEquals(List.of(), CliMessageTest.foreign(withoutVariants(nl.out()),
              CliMessageTest.ENGLISH), name + ": English words in the Dutch help");
          Run en = ValidateCommandTest.runDefault(name, "--help", "--lang", "en");
          assertTrue(en.out().startsWith("Usage: stagematch " + name), en.out());
          assertEquals(List.of(), CliMessageTest.foreign(en.out(), CliMessageTest.DUTCH),
              name + ": Dutch words in the English help");
        }),
        DynamicTest.dynamicTest(name + " --no-such-option", () -> {
          Run nl = ValidateCommandTest.runDefault(name, "--no-such-option");
          assertEquals(2, nl.exit());
          assertEquals("fout", codeOf(nl.err()).get(0), nl.err());
          assertTrue(nl.err().contains("(--no-such-option)"), nl.err());
          assertTrue(nl.err().endsWith("\nTip: voer 'stagematch " + name + " --help' uit.\n"),
              nl.err());
          assertFalse(nl.err().contains("Maybe"), nl.err());
          Run en = ValidateCommandTest.runDefault(name, "--no-such-option", "--lang", "en");
          assertEquals(List.of("error", codeOf(nl.err()).get(1)), codeOf(en.err()), en.err());
        })));
  }
}
