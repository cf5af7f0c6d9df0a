package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/import.md names every file and column name the import accepts, and its error lines. */
class ImportDocTest {

  @Test
  void everyFileAndColumnNameIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "import.md"));
    for (CsvTable.Spec spec : List.of(CsvSet.STUDENTS, CsvSet.COMPANIES, CsvSet.RECOGNITIONS,
        CsvSet.PLACES, CsvSet.POLICY, CsvSet.AREAS, CsvSet.TRAVEL_MINUTES)) {
      for (String file : spec.fileNames()) {
        assertTrue(doc.contains("`" + file + "`"), "docs/import.md does not name " + file);
      }
      for (CsvTable.Column column : spec.columns()) {
        for (String name : column.names()) {
          assertTrue(doc.contains("`" + name + "`"), "docs/import.md does not name the column "
              + name + " of " + spec.what());
        }
      }
    }
  }
}
