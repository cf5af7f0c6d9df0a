package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch validate}, run in this JVM through {@link Main#run}. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  /** The exit code and what the command printed. */
  record Run(int exit, String out, String err) {}

  /**
   * Runs the command line in English ({@code STAGEMATCH_LANG=en}): most tests assert the English
   * texts; {@link #runDefault} runs it as a user does without settings (Dutch).
   */
  static Run run(String... args) {
    return run(Map.of(Texts.ENV, "en"), args);
  }

  /** Runs the command line with an empty environment: in Dutch unless the arguments say else. */
  static Run runDefault(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the command line with {@code env} as its environment. */
  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void aFileNameIsEchoedOnOneLineAndCut(@TempDir Path dir) {
    // a name typed on the command line with a line break that would forge a line of its own
    String forged = dir.resolve("a\nerror [CLI_VALIDATE_VALID]: fine.json").toString();
    Run run = run("validate", forged, "--lang", "en");
    assertEquals(2, run.exit(), run.err());
    assertEquals(1, run.err().lines().filter(l -> l.startsWith("error [")).count(), run.err());
    assertTrue(run.err().contains("a\\nerror [CLI_VALIDATE_VALID]: fine.json"), run.err());
    // a name of 20,000 characters is cut to the argument limit
    Run longName = run("validate", dir.resolve("f".repeat(20_000)).toString(), "--lang", "en");
    assertEquals(2, longName.exit(), longName.err());
    assertTrue(longName.err().length() < 1_000, longName.err().length() + " characters");
    assertTrue(longName.err().contains("(20,"), longName.err());
  }

  @Test
  void aValidDocumentGivesASummary() throws IOException {
    Run run = run("validate", fixture("valid.json").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("valid: "), run.out());
    assertTrue(run.out().contains("\nstudents: 2\n  in scope: 2\n"), run.out());
    assertTrue(run.out().contains("\ncompanies: 1\n"), run.out());
    assertTrue(run.out().contains("\nplaces: 2\n"), run.out());
    assertTrue(run.out().contains("\ncapacity: 3\n"), run.out());
    assertTrue(run.out().contains("\nadmissible pairs: 1\n"), run.out());
    assertTrue(run.out().contains("  without an admissible place: 1\n"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aQualificationNoCompanyRecognisesIsReportedAsNoAdmissiblePlace() throws IOException {
    Run run = run("validate", fixture("unrecognised-qualification.json").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  without an admissible place: 1\n"
        + "    no place for the qualification: 1 (e.g. S-0099)\n"), run.out());
    assertTrue(run.out().contains("\nadmissible pairs: 0\n"), run.out());
  }

  @Test
  void anEmptyCohortIsValid() throws IOException {
    Run run = run("validate", fixture("empty-cohort.json").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\nstudents: 0\n"), run.out());
  }

  @Test
  void theSummaryIsAlsoInDutch() throws IOException {
    Run run = run("validate", "--lang", "nl", fixture("valid.json").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\nstudenten: 2\n"), run.out());
  }

  @Test
  void anInvalidDocumentGivesEveryErrorOnItsOwnLine() throws IOException {
    Run run = run("validate", fixture("three-errors.json").toString());
    assertEquals(2, run.exit());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length, run.out());
    assertTrue(lines[0].startsWith("$.students[0].wish.companyKinds: unknown field"), lines[0]);
    assertTrue(lines[1].startsWith("$.companies[0].recognitions[0].qualification.crebo: The crebo"
        + " code (251) must be exactly 5 digits."), lines[1]);
    assertTrue(lines[2].startsWith("$.places[0].capacity: The capacity (-1) of place (P-01) must"
        + " be positive."), lines[2]);
    assertTrue(run.err().endsWith("three-errors.json is not a valid problem document: 3"
        + " errors.\n"), run.err());
  }

  @Test
  void theErrorCapIsAnOption() throws IOException {
    Run run = run("validate", "--max-errors", "1", fixture("three-errors.json").toString());
    assertEquals(2, run.exit());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertEquals("... and 2 more errors", lines[1]);
  }

  @Test
  void aMissingFileIsBadInput() {
    Run run = run("validate", dir.resolve("nope.json").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("error [CLI_VALIDATE_FILE_NOT_FOUND]: The file ("
        + dir.resolve("nope.json")
        + ") does not exist.\nMaybe check the path"), run.err());
    run = run("validate", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("cannot be read: it is a directory."), run.err());
  }

  @Test
  void wrongArgumentsAreBadInput() {
    Run run = run("validate");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("error [CLI_VALIDATE_FILE_MISSING]: Give the FILE to"
        + " validate, or --sample for the embedded"
        + " sample cohort.\nMaybe run 'stagematch validate --help'."), run.err());
    assertEquals(2, run("validate", "a.json", "b.json").exit());
    assertEquals(2, run("validate", "--max-errors", "x", "a.json").exit());
    assertEquals(2, run("validate", "--frobnicate", "a.json").exit());
    assertEquals(2, run("validate", "--sample", "a.json").exit());
  }

  @Test
  void helpDescribesTheCommand() {
    Run run = run("validate", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("Usage: stagematch validate [OPTIONS] FILE"), run.out());
    assertTrue(run.out().contains("--sample"), run.out());
    assertTrue(run("--help").out().contains("validate   Check a problem document"));
  }
}
