package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.stagematch.bench.instance.InstanceMessage;
import nl.stagematch.bench.research.ResearchMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.MessageKey;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every coded message of the command line ({@link CliMessage}) and of the bench's readers
 * ({@link InstanceMessage}, {@link ResearchMessage}): a well-formed unique code, both texts, the
 * same placeholders and line structure in both, and neither text holding common words of the
 * other language.
 */
class CliMessageTest {
  /**
   * Common English words that are not Dutch words too (so not "is", "in", "of", "op", "want",
   * "door", "student", "school", "variant", "fit", "trail", "run", "seed", "cohort", "ms").
   */
  static final Set<String> ENGLISH = Set.of("the", "and", "with", "not", "are", "to", "for",
      "from", "which", "when", "without", "must", "give", "file", "files", "maybe", "print",
      "this", "that", "cannot", "does", "exist", "written", "read", "needs", "unknown", "known",
      "only", "both", "either", "directory", "line", "error", "errors", "warning", "wrote",
      "none", "nothing", "failed", "check", "path", "whole", "number", "between", "places",
      "place", "given", "twice", "default", "options", "usage", "writes", "reads", "every",
      "each", "its", "their", "has", "have", "be", "it", "or", "an", "at", "by", "as", "on",
      "into", "after", "before", "than", "then", "also", "answers", "meetings",
      "result", "problem", "key", "signature", "time", "valid", "invalid", "placed",
      "unplaced", "language", "command", "commands", "exit", "status", "example");
  /**
   * Common Dutch words that are not English words too (so not "is", "in", "over", "student",
   * "met").
   */
  static final Set<String> DUTCH = Set.of("de", "het", "een", "van", "en", "niet", "bij",
      "voor", "naar", "geen", "zijn", "wordt", "moet", "bestand", "bestanden", "map",
      "fout", "fouten", "geef", "tip", "opdracht", "waarde", "optie", "opties", "onbekend",
      "onbekende", "bekende", "controleer", "geschreven", "studenten", "bedrijven", "plaatsen",
      "waarschuwing", "uitslag", "probleem", "regel", "twee", "allebei", "deze", "dat", "die",
      "als", "maar", "ook", "nooit", "niets", "zonder", "gebruik", "standaard", "taal", "keer",
      "heeft", "kan", "worden", "uit", "tussen", "getal", "geheel", "sleutel", "tijd",
      "geplaatst", "antwoorden", "kennismakingen", "voorbeeld", "afsluitcode", "druk", "af",
      "tekst", "elke", "wat", "waar", "welke", "hoogstens", "minstens");

  /** Every coded message of the command line and the bench's readers. */
  static List<MessageKey> keys() {
    List<MessageKey> keys = new ArrayList<>(List.of(CliMessage.values()));
    keys.addAll(List.of(InstanceMessage.values()));
    keys.addAll(List.of(ResearchMessage.values()));
    return keys;
  }

  /**
   * The lower-case words of {@code text} that people read: placeholders, option names and their
   * values (the token after {@code --NAME}), file names, ids, codes and numbers (any token with a
   * digit or one of {@code - / . _ = * [ ] | ' $ { } < >}) are left out, and so are the
   * commands' names and the session's actions.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String previous = "";
    for (String token : text.split("[\\s;:,()!?\"]+")) {
      String t = token.replaceAll("[.]+$", "");
      boolean value = previous.startsWith("--");
      previous = t;
      if (t.isEmpty() || value || t.matches(".*[0-9%/._=*\\[\\]|'$&{}<>#-].*")
          || Main.commands().containsKey(t) || SESSION_ACTIONS.contains(t)) {
        continue;
      }
      for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** The actions of {@code session}: words typed as they are, like the commands' names. */
  private static final Set<String> SESSION_ACTIONS =
      Set.of("start", "decide", "undo", "rematch", "status");

  /** The words of {@code text} that are in {@code others}. */
  static List<String> foreign(String text, Set<String> others) {
    return words(text).stream().filter(others::contains).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyMessageHasBothTextsInItsOwnLanguage() {
    return keys().stream().map(k -> DynamicTest.dynamicTest(k.code(), () -> {
      assertTrue(Message.isCode(k.code()), k.code());
      assertFalse(k.dutch().isBlank(), k.code() + ": no Dutch text");
      assertFalse(k.english().isBlank(), k.code() + ": no English text");
      assertEquals(Message.placeholders(k.english()), Message.placeholders(k.dutch()),
          k.code() + ": other placeholders");
      assertEquals(k.english().split("\n", -1).length, k.dutch().split("\n", -1).length,
          k.code() + ": another number of lines");
      assertEquals(k.english().contains("\nMaybe "), k.dutch().contains("\nTip: "),
          k.code() + ": a suggestion in one language only");
      assertEquals(List.of(), foreign(k.dutch(), ENGLISH),
          k.code() + ": English words in the Dutch text (" + k.dutch() + ")");
      assertEquals(List.of(), foreign(k.english(), DUTCH),
          k.code() + ": Dutch words in the English text (" + k.english() + ")");
      boolean onlyPlaceholders = k.english().replaceAll("\\{\\d+}", "").matches("[\\s:$.]*");
      assertTrue(onlyPlaceholders || !k.dutch().equals(k.english())
          || words(k.english()).isEmpty(), k.code() + ": the same text in both languages");
    }));
  }

  @Test
  void codesAreUniqueAndTheCommandLineOnesStartWithCli() {
    Set<String> codes = new HashSet<>();
    for (MessageKey k : keys()) {
      assertTrue(codes.add(k.code()), "twice: " + k.code());
    }
    for (CliMessage k : CliMessage.values()) {
      assertTrue(k.code().startsWith("CLI_"), k.code());
    }
    assertTrue(CliMessage.values().length >= 100, CliMessage.values().length + " codes");
  }

  @Test
  void everyCodeIsDocumentedForVendors() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs",
        "messages.md"), java.nio.charset.StandardCharsets.UTF_8);
    for (MessageKey k : keys()) {
      assertTrue(doc.contains("| `" + k.code() + "` |"), k.code() + " is not in docs/messages.md");
    }
  }

  @Test
  void theWordCheckFindsAWordOfTheOtherLanguage() {
    assertEquals(List.of("the"), foreign("Het bestand ({0}) bestaat niet: the end.", ENGLISH));
    assertEquals(List.of("niet", "de"), foreign("The file is niet in de path.", DUTCH));
    assertEquals(List.of(), foreign("--out FILE.json S-0001 docs/fit.md {0}", ENGLISH));
    assertEquals(List.of(), foreign("geen-dash studenten.csv 'maybe'", DUTCH));
  }

  @Test
  void aMessageFillsItsPlaceholdersInEitherLanguage() {
    Message m = Message.of(CliMessage.CLI_UNKNOWN_OPTION, "--x", "validate", "--sample, --help");
    assertEquals("Onbekende optie (--x) voor validate. Bekende opties: --sample, --help.",
        m.text(Message.DUTCH));
    assertEquals("Unknown option (--x) for validate. Known options: --sample, --help.",
        m.text(Locale.ENGLISH));
  }
}
