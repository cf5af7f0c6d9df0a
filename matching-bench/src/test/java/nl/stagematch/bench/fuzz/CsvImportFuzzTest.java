package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.stagematch.core.format.CsvExport;
import nl.stagematch.core.format.CsvImport;
import nl.stagematch.core.format.ImportOptions;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;

/**
 * The CSV import on any bytes: the first byte chooses which file of a valid set ({@code '0'} the
 * policy, {@code '1'} companies, {@code '2'} recognitions, {@code '3'} students, {@code '4'}
 * places) the rest of the bytes replace. A problem or a user error, and no accepted student id has
 * a personal shape. Seeds: {@code CsvImportFuzzTestInputs/csvSet/}.
 */
class CsvImportFuzzTest {
  private static final List<String> FILES = List.of("beleid.csv", "bedrijven.csv",
      "erkenningen.csv", "studenten.csv", "plaatsen.csv");
  private static Path valid;

  private static synchronized Path valid() throws IOException {
    if (valid == null) {
      valid = Files.createTempDirectory("stagematch-fuzz-csv");
      CsvExport.write(Fixtures.problem(), valid);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(valid)));
    }
    return valid;
  }

  @FuzzTest(maxDuration = "60s")
  void csvSet(byte[] data) throws IOException {
    int which = data.length == 0 ? 3 : Math.floorMod(data[0] - '0', FILES.size());
    byte[] content = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
    Path dir = Files.createTempDirectory("stagematch-fuzz-csv-run");
    try {
      for (String name : FILES) {
        Files.copy(valid().resolve(name), dir.resolve(name));
      }
      Files.write(dir.resolve(FILES.get(which)), content);
      UserErrors.check(() -> {
        MatchingProblem problem = CsvImport.read(dir, ImportOptions.defaults());
        for (Student s : problem.students()) {
          UserErrors.notPersonal(s.id());
        }
      });
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
