package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample as a CSV set reads back as the same problem, and the shipped example is that set. */
class CsvRoundTripTest {
  static final Path EXAMPLE = Path.of("..", "docs", "examples", "csv");

  @Test
  void theSampleWrittenAsCsvReadsBackToTheSameCanonicalBytes(@TempDir Path dir)
      throws IOException {
    MatchingProblem sample = SampleCohort.load();
    CsvExport.write(sample, dir);
    MatchingProblem back = CsvImport.read(dir, ImportOptions.defaults());
    assertArrayEquals(SampleCohort.bytes(), ProblemJson.toBytes(back));
  }

  @Test
  void theShippedExampleImportsAsTheEmbeddedSample() throws IOException {
    MatchingProblem imported = CsvImport.read(EXAMPLE, ImportOptions.defaults());
    assertEquals(ProblemJson.sha256(SampleCohort.load()), ProblemJson.sha256(imported));
  }

  @Test
  void theShippedExampleIsWhatTheExporterWritesNow(@TempDir Path dir) throws IOException {
    CsvExport.write(SampleCohort.load(), dir);
    List<Path> written;
    try (Stream<Path> files = Files.list(dir)) {
      written = files.sorted().toList();
    }
    assertEquals(5, written.size());
    for (Path file : written) {
      assertArrayEquals(Files.readAllBytes(file),
          Files.readAllBytes(EXAMPLE.resolve(file.getFileName().toString())),
          file.getFileName() + " differs from docs/examples/csv; regenerate it with"
              + " 'stagematch sample --csv docs/examples/csv'");
    }
  }
}
