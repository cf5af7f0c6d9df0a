package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import nl.stagematch.core.format.CsvExport;
import nl.stagematch.core.format.CsvImport;
import nl.stagematch.core.format.ImportOptions;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's module on the module path imports a school's CSV set through the public API
 * ({@code nl.stagematch.core.format}, exported by the core): this class would not compile if the
 * package were not exported to it.
 */
class CsvImportTest {

  @Test
  void theImportIsExportedToEveryModule() {
    Module core = CsvImport.class.getModule();
    assertEquals("nl.stagematch.core", core.getName());
    assertTrue(core.isExported("nl.stagematch.core.format"));
    assertTrue(core.isExported("nl.stagematch.core.format", CsvImportTest.class.getModule()));
  }

  @Test
  void theSampleWrittenAsCsvImportsAsTheSameProblem(@TempDir Path dir) throws IOException {
    MatchingProblem sample = SampleCohort.load();
    CsvExport.write(sample, dir);
    MatchingProblem imported = CsvImport.read(dir, ImportOptions.defaults());
    assertEquals(ProblemJson.sha256(sample), ProblemJson.sha256(imported));
    assertEquals(sample.students().size(), imported.students().size());
  }
}
