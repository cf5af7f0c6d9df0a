package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--replications 0|--replications (0) must be between 1",
      "--replications x|--replications (x) must be a whole number",
      "--variants school-placement,v9|Unknown variant (v9)",
      "--bias 2|--bias (2) must be between 0 and 1",
      "--group-share -0.1|--group-share (-0.1) must be between 0 and 1",
      "--generate students=abc|error [COHORT_SPEC_NOT_WHOLE]: The cohort spec value of students"
          + " (abc) must be a whole number.",
      "--threads 0|--threads (0) must be between 1",
      "--cohort a.json --generate students=100|not both",
      "--frobnicate|Unknown argument (--frobnicate)",
      "--seed|--seed needs a value"})
  void usageErrorsNameTheBadValue(String args, String expected) {
    ValidateCommandTest.Run run = ValidateCommandTest.run(("compare " + args).split(" "));
    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aMissingCohortFileIsBadInput(@TempDir Path dir) {
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--cohort",
        dir.resolve("nope.json").toString(), "--out", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("does not exist"), run.err());
  }

  @Test
  void anInvalidCohortFileGivesTheErrorsWithPaths(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\":\"stagematch-problem/1\",\"naam\":\"x\"}");
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--cohort", file.toString(),
        "--out", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("$.naam"), run.err());
  }

  @Test
  void comparesACohortFileAndWritesEveryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("roc.json");
    ProblemJson.write(SampleCohort.load(), file);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--cohort", file.toString(),
        "--variants", "school-placement,student-choice", "--replications", "1", "--out",
        out.toString(), "--threads", "1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Cohort: roc (synthetic group, share 0.25)"), run.out());
    assertTrue(run.out().contains("Mean over 1 replication;"), run.out());
    for (String f : new String[] {"results.csv", "timings.csv", "summary.json", "report.html"}) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertTrue(Files.readString(out.resolve("results.csv"))
        .startsWith("arm,replication,seed,cohort,metric,group,value\n"
            + "school-placement,1,2025,roc,placement-rate,all,0."));
  }

  @Test
  void comparesGeneratedCohorts(@TempDir Path dir) {
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--generate",
        "students=500", "--variants", "v0-practice,school-placement", "--replications", "2",
        "--seed", "7", "--out", dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("replication 2 of 2: seed 8, cohort generated-500"),
        run.out());
    assertTrue(run.out().contains("applications-ratio"), run.out());
  }

  @Test
  void helpListsTheContenders() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--help");
    assertEquals(0, run.exit());
    for (String name : new String[] {"v0-practice", "school-placement", "two-by-two+bias",
        "regional-allocation", "--generate", "docs/research.md"}) {
      assertTrue(run.out().contains(name), name);
    }
  }
}
