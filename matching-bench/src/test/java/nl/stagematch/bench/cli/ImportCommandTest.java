package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import nl.stagematch.core.format.SampleCohort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch import} and {@code stagematch sample --csv}: exit codes and output. */
class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void theShippedExampleImportsAsTheEmbeddedSample() throws Exception {
    Path out = dir.resolve("problem.json");
    Run run = ValidateCommandTest.run("import", Path.of("..", "docs", "examples", "csv")
        .toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(SampleCohort.bytes(), Files.readAllBytes(out));
    assertTrue(run.err().startsWith("wrote " + out + ": 1,706 students, 476 companies,"
        + " 1,022 places"), run.err());
  }

  @Test
  void sampleCsvThenImportToStandardOutputGivesTheSample() throws Exception {
    Path csv = dir.resolve("csv");
    Run sample = ValidateCommandTest.run("sample", "--csv", csv.toString());
    assertEquals(0, sample.exit(), sample.err());
    Run run = ValidateCommandTest.run("import", csv.toString(), "--separator", ";",
        "--encoding", "UTF-8", "--school-year", "2025-26");
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(SampleCohort.bytes(), run.out().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badFilesExitTwoWithEveryErrorOnItsOwnLineAndWriteNothing() throws Exception {
    Path csv = dir.resolve("csv");
    assertEquals(0, ValidateCommandTest.run("sample", "--csv", csv.toString()).exit());
    Path students = csv.resolve("studenten.csv");
    List<String> lines = Files.readAllLines(students, StandardCharsets.UTF_8);
    lines.set(0, lines.get(0).replace("id;", "id;E-mailadres;"));
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst(";", ";x@example.org;"));
    }
    Files.write(students, lines, StandardCharsets.UTF_8);
    Path places = csv.resolve("plaatsen.csv");
    String text = Files.readString(places, StandardCharsets.UTF_8);
    Files.writeString(places, text.replaceFirst("P-0001;C-001;", "P-0001;C-999;"),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("problem.json");
    Run run = ValidateCommandTest.run("import", csv.toString(), "--out", out.toString());
    assertEquals(2, run.exit(), run.err());
    String[] err = run.err().split("\n");
    assertTrue(err[0].startsWith("studenten.csv:1:E-mailadres: the column \"E-mailadres\" is a"
        + " personal characteristic (e-mail)"), run.err());
    assertTrue(err[1].startsWith("plaatsen.csv:2:bedrijf: the company (C-999) of place"
        + " (P-0001) is not in bedrijven.csv."), run.err());
    assertTrue(err[2].startsWith("error [CLI_IMPORT_ERRORS]: " + csv
        + " cannot be imported: 2 errors; nothing was written."),
        run.err());
    assertTrue(err[3].startsWith("Maybe"), run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out));
    assertEquals("", run.out());
  }

  @Test
  void wrongArgumentsExitTwo() {
    for (String[] args : List.of(new String[] {"import"},
        new String[] {"import", dir.toString(), "--separator", "|"},
        new String[] {"import", dir.toString(), "--encoding", "no-such-encoding"},
        new String[] {"import", dir.toString(), "--school-year", "2025-27"},
        new String[] {"import", dir.toString(), "--out", dir.resolve("no/such/dir.json")
            .toString()},
        new String[] {"sample", "--csv", dir.toString(), "--out", "x.json"})) {
      Run run = ValidateCommandTest.run(args);
      assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().contains("Maybe"), run.err());
    }
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
  }

  @Test
  void pseudonymisationAtTheDoorWithANewKeyAndAMapping() throws Exception {
    Path csv = dir.resolve("csv");
    assertEquals(0, ValidateCommandTest.run("sample", "--csv", csv.toString()).exit());
    // the school's export: its own student numbers in place of the ids
    Path students = csv.resolve("studenten.csv");
    List<String> lines = Files.readAllLines(students, StandardCharsets.UTF_8);
    lines.set(0, lines.get(0).replace("id;", "leerlingnummer;"));
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst("^S-", "10"));
    }
    Files.write(students, lines, StandardCharsets.UTF_8);
    Path key = dir.resolve("school.key");
    Run made = ValidateCommandTest.run("import", "--new-key", key.toString());
    assertEquals(0, made.exit(), made.err());
    assertTrue(Files.readString(key).matches("[0-9a-f]{64}\n"));
    Run again = ValidateCommandTest.run("import", "--new-key", key.toString());
    assertEquals(2, again.exit(), again.err());
    assertTrue(again.err().contains("already exists; a key is never overwritten"), again.err());

    Path out = dir.resolve("problem.json");
    Path mapping = dir.resolve("koppeling.csv");
    Run run = ValidateCommandTest.run("import", csv.toString(), "--pseudonymise",
        key.toString(), "--mapping", mapping.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    String problem = Files.readString(out);
    assertFalse(problem.contains("\"10"), "a student number in the problem");
    List<String> rows = Files.readAllLines(mapping, StandardCharsets.UTF_8);
    assertEquals("\ufeffpseudoniem;studentnummer", rows.get(0));
    assertEquals(1707, rows.size());
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(";");
      assertTrue(cells[0].matches("S-[A-Z2-7]{10}") && cells[1].matches("10[0-9]{4}"), row);
      assertTrue(problem.contains("\"id\": \"" + cells[0] + "\""), row);
    }
    // the same key gives the same problem, byte for byte
    Path out2 = dir.resolve("problem2.json");
    assertEquals(0, ValidateCommandTest.run("import", csv.toString(), "--pseudonymise",
        key.toString(), "--out", out2.toString()).exit());
    assertEquals(problem, Files.readString(out2));

    for (String[] args : List.of(
        new String[] {"import", csv.toString(), "--out", dir.resolve("x.json").toString()},
        new String[] {"import", csv.toString(), "--pseudonymise",
            dir.resolve("no-such.key").toString()},
        new String[] {"import", csv.toString(), "--mapping", mapping.toString()},
        new String[] {"import", csv.toString(), "--pseudonymise", key.toString(), "--mapping",
            key.toString()},
        new String[] {"import", csv.toString(), "--new-key", dir.resolve("k2").toString()})) {
      Run bad = ValidateCommandTest.run(args);
      assertEquals(2, bad.exit(), String.join(" ", args) + ": " + bad.err());
      assertNoStackTrace(bad);
    }
    assertFalse(Files.exists(dir.resolve("x.json")) || Files.exists(dir.resolve("k2")));
    // a key that is too short
    Path shortKey = dir.resolve("short.key");
    Files.writeString(shortKey, "ab".repeat(16));
    Run tooShort = ValidateCommandTest.run("import", csv.toString(), "--pseudonymise",
        shortKey.toString());
    assertEquals(2, tooShort.exit());
    // named by its file, its content never shown
    assertTrue(tooShort.err().contains("The key file (" + shortKey + ") holds a pseudonymisation"
        + " key of 16 bytes; it needs at least 32"), tooShort.err());
    assertFalse(tooShort.err().contains("abab"), tooShort.err());
  }

  @Test
  void travelMinutesAndFitColumnsFromTheCsvSet() throws Exception {
    Path csv = dir.resolve("csv");
    assertEquals(0, ValidateCommandTest.run("sample", "--csv", csv.toString()).exit());
    Files.writeString(csv.resolve("reistijden.csv"), "student;bedrijf;minuten\n"
        + "S-0001;C-001;12\nS-0001;C-001;13\nS-0002;C-999;x\n", StandardCharsets.UTF_8);
    Path policy = csv.resolve("beleid.csv");
    List<String> lines = Files.readAllLines(policy, StandardCharsets.UTF_8);
    lines.set(0, lines.get(0) + ";gewichten");
    lines.set(1, lines.get(1) + ";reistijd=-3");
    Files.write(policy, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("problem.json");
    Run run = ValidateCommandTest.run("import", csv.toString(), "--out", out.toString());
    assertEquals(2, run.exit(), run.err());
    String[] err = run.err().split("\n");
    assertTrue(err[0].startsWith("beleid.csv:2:gewichten: The weight"), run.err());
    assertTrue(err[1].startsWith("reistijden.csv:3:bedrijf: the travel time of student (S-0001)"
        + " to company (C-001) is also in row 2."), run.err());
    assertTrue(err[2].startsWith("reistijden.csv:4:minuten: the value (x) is not a number."),
        run.err());
    assertTrue(err[3].contains("cannot be imported: 3 errors"), run.err());
    assertNoStackTrace(run);
    assertFalse(Files.exists(out));

    lines.set(1, lines.get(1).replace("reistijd=-3", "reistijd=300"));
    Files.write(policy, lines, StandardCharsets.UTF_8);
    Files.writeString(csv.resolve("reistijden.csv"), "student;bedrijf;minuten\n"
        + "S-0001;C-001;12\n", StandardCharsets.UTF_8);
    Run ok = ValidateCommandTest.run("import", csv.toString(), "--out", out.toString());
    assertEquals(0, ok.exit(), ok.err());
    String problem = Files.readString(out);
    assertTrue(problem.contains("\"travel\": 300.0"), problem.substring(0, 600));
    assertTrue(problem.endsWith("  \"travelMinutes\": {\n    \"S-0001\": {\"C-001\": 12.0}\n"
        + "  }\n}\n"));
  }
}
