package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.stagematch.bench.gen.SampleCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample cohort embedded in matching-core is exactly what the generator produces with the
 * documented seed, written canonically; so it cannot drift. If this fails after a change to the
 * generator, regenerate the file as {@code stagematch sample --help} says.
 */
class SampleCohortFileTest {
  private static final String REGENERATE = "The embedded sample cohort differs from the"
      + " generator's output. Regenerate it from the project root with:\n  java -jar"
      + " matching-bench/target/stagematch.jar sample --out matching-core/src/main/resources"
      + SampleCohort.RESOURCE;

  @Test
  void theSeedIsTheGeneratorsDefault() {
    assertEquals(SampleCohortGenerator.DEFAULT_SEED, SampleCohort.SEED);
  }

  @Test
  void theEmbeddedFileIsTheGeneratorsOutputByteForByte() {
    byte[] generated = ProblemJson.toBytes(SampleCohortGenerator.generate(SampleCohort.SEED));
    byte[] embedded = SampleCohort.bytes();
    if (!Arrays.equals(generated, embedded)) {
      assertEquals(new String(embedded, StandardCharsets.UTF_8),
          new String(generated, StandardCharsets.UTF_8), REGENERATE);
    }
    assertArrayEquals(generated, embedded, REGENERATE);
  }

  @Test
  void theEmbeddedFileLoadsToTheGeneratedProblem() {
    assertEquals(SampleCohortGenerator.generate(SampleCohort.SEED), SampleCohort.load());
  }

  /** Write, read, equal; and other seeds round-trip too (byte for byte on the second write). */
  @Test
  void generatedCohortsRoundTrip() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      MatchingProblem problem = SampleCohortGenerator.generate(seed);
      byte[] bytes = ProblemJson.toBytes(problem);
      MatchingProblem read = ProblemJson.read(new ByteArrayInputStream(bytes));
      assertEquals(problem, read, "seed " + seed);
      assertArrayEquals(bytes, ProblemJson.toBytes(read), "seed " + seed);
    }
  }

  @Test
  void theSampleCommandWritesTheEmbeddedFile(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"sample"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertArrayEquals(SampleCohort.bytes(), out.toByteArray());

    Path file = dir.resolve("sample.json");
    ValidateCommandTest.Run run = ValidateCommandTest.run("sample", "--seed", "7", "--out",
        file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().startsWith("wrote " + file + ": "), run.err());
    assertArrayEquals(ProblemJson.toBytes(SampleCohortGenerator.generate(7)),
        Files.readAllBytes(file));
    assertEquals(2, ValidateCommandTest.run("sample", "--seed", "x").exit());
    assertEquals(2, ValidateCommandTest.run("sample", "extra").exit());
  }

  @Test
  void validateSampleSummarisesIt() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("validate", "--sample");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("valid: the sample cohort (stagematch-problem/1)\n"
        + "school year: 2025-26\n"), run.out());
    assertTrue(run.out().contains("\nadmissible pairs: "), run.out());
  }
}
