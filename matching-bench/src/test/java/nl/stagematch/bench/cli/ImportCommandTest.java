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
import nl.stagematch.core.json.SampleCohort;
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
}
