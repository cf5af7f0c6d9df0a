package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.stagematch.core.model.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken bytes, wrong files, hostile text and half-written output, through the command line in
 * this JVM: each is refused with exit 2 and a message that names the file (and the line), shows
 * echoed input escaped, and leaves no file behind.
 */
class FrontDoorCommandTest {
  @TempDir
  Path dir;
  private Path problem;

  @BeforeEach
  void problem() throws IOException {
    problem = dir.resolve("cohort.json");
    try (InputStream in = getClass().getResourceAsStream("valid.json")) {
      Files.write(problem, in.readAllBytes());
    }
  }

  private static void assertNoControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertFalse((c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f),
          String.format("control character U+%04X at %d in: %s", (int) c, i,
              text.replace('\u001b', '?')));
    }
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aDecisionsFileThatIsNotUtf8IsRefusedWithItsLineAndColumn() throws IOException {
    Path decisions = dir.resolve("decisions.json");
    Files.write(decisions, ("{\n  \"format\": \"stagematch-decisions/1\",\n  \"steps\": [\"K-"
        + "\"]}").getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = Files.readAllBytes(decisions);
    bytes[bytes.length - 4] = (byte) 0xE9; // a Latin-1 e-acute in "K-"
    Files.write(decisions, bytes);
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "school-placement", "--decisions", decisions.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(decisions + " is not valid UTF-8 at line 3, column 15"),
        run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  @Test
  void anAnswersFileThatIsNotUtf8IsRefusedWithItsLineAndColumn() throws IOException {
    Path answers = dir.resolve("answers.json");
    Files.write(answers, new byte[] {'{', '\n', '"', (byte) 0xC3, '"', '}'});
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "student-choice", "--answers", answers.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(answers + " is not valid UTF-8 at line 2, column 2"),
        run.err());
  }

  @Test
  void aDirectoryOrAMissingFileIsNamedWithExitTwo() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("a-directory"));
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "school-placement", "--decisions", sub.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(sub.toString()) && run.err().contains("directory"),
        run.err());
    ValidateCommandTest.Run report = ValidateCommandTest.run("report", "--problem",
        problem.toString(), sub.toString());
    assertEquals(2, report.exit(), report.err());
    assertTrue(report.err().contains(sub.toString()), report.err());
    assertFalse(report.err().contains("internal error"), report.err());
  }

  @Test
  void anOutputIntoAMissingDirectoryIsNamedAndNothingIsLeft() throws IOException {
    Path out = dir.resolve("missing").resolve("result.json");
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "school-placement", "--out", out.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(out.toString()), run.err());
    assertEquals(List.of("cohort.json"), files());
  }

  @Test
  void aFailingTrailLeavesTheGoodResultFileUntouched() throws IOException {
    Path result = dir.resolve("result.json");
    Files.writeString(result, "the good result of yesterday");
    Path decisions = dir.resolve("decisions.json");
    Files.writeString(decisions, "{\"format\": \"stagematch-decisions/1\", \"steps\": []}");
    Path trail = dir.resolve("no-such-dir").resolve("trail.json");
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "school-placement", "--decisions", decisions.toString(), "--trail", trail.toString(),
        "--out", result.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(trail.toString()), run.err());
    assertEquals("the good result of yesterday", Files.readString(result));
    assertEquals(List.of("cohort.json", "decisions.json", "result.json"), files());
  }

  @Test
  void hostileTextInAKeyOrAnArgumentIsEscaped() throws IOException {
    String text = Files.readString(problem).replaceFirst("\"students\"",
        "\"\\\\u001b[2J\\\\u001b]0;owned\\\\u0007\\\\nERROR: forged line\": 1, \"students\"");
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, text.replace("\\\\u", "\\u").replace("\\\\n", "\\n"));
    ValidateCommandTest.Run run = ValidateCommandTest.run("validate", hostile.toString());
    assertEquals(2, run.exit(), run.err());
    String all = run.out() + run.err();
    assertTrue(all.contains("\\u001B[2J\\u001B]0;owned\\u0007\\nERROR: forged line"), all);
    assertFalse(all.contains("\nERROR: forged line"), all);
    assertNoControl(run.err());
    assertNoControl(run.out());
    ValidateCommandTest.Run unknown = ValidateCommandTest.run("\u001b[31mmatch\nX");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("(\\u001B[31mmatch\\nX)"), unknown.err());
    assertNoControl(unknown.err());
  }

  @Test
  void aLongValueIsEchoedCutToABoundedLength() throws IOException {
    String text = Files.readString(problem).replaceFirst("\"format\": \"stagematch-problem/1\"",
        "\"format\": \"" + "x".repeat(9_000) + "\"");
    Path big = dir.resolve("big.json");
    Files.writeString(big, text);
    ValidateCommandTest.Run run = ValidateCommandTest.run("validate", big.toString());
    assertEquals(2, run.exit(), run.err());
    String all = run.out() + run.err();
    assertTrue(all.length() < 5_000, "the message is " + all.length() + " chars");
    assertTrue(all.contains("x".repeat(40) + "...\" (9,000 characters)"), all);
  }

  @Test
  void theKindOfADocumentIsItsFormatFieldNotASubstring() throws IOException {
    Path result = dir.resolve("result.json");
    assertEquals(0, ValidateCommandTest.run("match", "--variant", "school-placement", "--out",
        result.toString(), problem.toString()).exit());
    // a detail that mentions the trail format does not make the result a trail
    String text = Files.readString(result).replace("\"detail\": \"PERIOD\"",
        "\"detail\": \"not a \\\"stagematch-trail/3\\\" document\"");
    assertTrue(text.contains("stagematch-trail/3"), "the fixture changed");
    Files.writeString(result, text);
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", "--problem",
        problem.toString(), result.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("stagematch-monitoring/1"), run.out());
  }

  @Test
  void aResultNamingAnUnknownStudentOrOverfillingAPlaceIsRefusedByExplainAndReport()
      throws IOException {
    Path result = dir.resolve("result.json");
    assertEquals(0, ValidateCommandTest.run("match", "--variant", "school-placement", "--out",
        result.toString(), problem.toString()).exit());
    String good = Files.readString(result);
    assertTrue(good.contains("{\"studentId\": \"S-0002\", \"placeId\": \"P-01\""), good);
    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, good.replace("{\"studentId\": \"S-0002\", \"placeId\": \"P-01\"",
        "{\"studentId\": \"S-0002\", \"placeId\": \"P-99\""));
    for (String command : List.of("report", "explain")) {
      ValidateCommandTest.Run run = ValidateCommandTest.run(command, "--problem",
          problem.toString(), unknown.toString(), "--out", dir.resolve("out-" + command)
              .toString() + (command.equals("report") ? ".json" : ""));
      assertEquals(2, run.exit(), command + ": " + run.err());
      assertTrue(run.err().contains("$.placements[0].placeId: the place (P-99) is not in the"
          + " problem"), command + ": " + run.err());
    }
    // P-02 has capacity 1: both students placed there overfill it
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = (ObjectNode) json.readTree(good);
    ArrayNode placements = doc.putArray("placements");
    placements.addObject().put("studentId", "S-0001").put("placeId", "P-02").put("fit", 500);
    placements.addObject().put("studentId", "S-0002").put("placeId", "P-02").put("fit", 500);
    doc.putArray("unplaced");
    Path over = dir.resolve("over.json");
    Files.writeString(over, json.writeValueAsString(doc));
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", "--problem",
        problem.toString(), over.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("$.placements: the place (P-02) holds 2 students, more than its"
        + " capacity of 1"), run.err());
  }

  @Test
  void anInstanceHeaderThatPromisesMoreThanTheFileHoldsIsRefusedBeforeAllocating()
      throws IOException {
    Path lie = dir.resolve("lie.txt");
    Files.writeString(lie, "3 2000000000 2000000000\n1\n");
    ValidateCommandTest.Run run = ValidateCommandTest.run("solve", lie.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("lie.txt line 1: the header announces 2000000000 places and"
        + " 2000000000 edges"), run.err());
  }

  @Test
  void aSchoolsFileThatIsNotUtf8OrAProblemThatIsADirectoryIsRefusedWithExitTwo()
      throws IOException {
    Path schools = dir.resolve("schools.csv");
    Files.write(schools, new byte[] {'S', '-', '0', '0', '0', '1', ',', 'n', 'o', 'r', 't', 'h',
        '\n', 'S', '-', '0', '0', '0', '2', ',', (byte) 0xFF});
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "regional-allocation", "--schools", schools.toString(), problem.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(schools + " is not valid UTF-8 at line 2, column 8"),
        run.err());
    Path sub = Files.createDirectory(dir.resolve("problem.json"));
    ValidateCommandTest.Run validate = ValidateCommandTest.run("validate", sub.toString());
    assertEquals(2, validate.exit(), validate.err());
    assertTrue(validate.err().contains(sub.toString()) && validate.err().contains("directory"),
        validate.err());
    assertFalse(validate.err().contains("internal error"), validate.err());
  }

  @Test
  void runningOutOfHeapSaysHowMuchToGive() {
    String m = Main.outOfMemory("match", 512L * 1024 * 1024).text(Locale.ENGLISH);
    assertTrue(m.startsWith("stagematch match ran out of memory: the Java heap of 512 MiB"), m);
    assertTrue(m.contains("java -Xmx2g -jar stagematch.jar match"), m);
    assertTrue(Main.outOfMemory("match", 4096L * 1024 * 1024).text(Locale.ENGLISH)
        .contains("-Xmx16g"));
    String nl = Main.outOfMemory("match", 512L * 1024 * 1024).text(Message.DUTCH);
    assertTrue(nl.startsWith("stagematch match heeft te weinig geheugen: de Java-heap van 512"
        + " MiB"), nl);
    assertTrue(nl.contains("java -Xmx2g -jar stagematch.jar match"), nl);
    assertEquals("CLI_OUT_OF_MEMORY", Main.outOfMemory("match", 1L << 30).code());
  }
}
