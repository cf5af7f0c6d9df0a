package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV import refuses personal data in disguise (docs/format.md#ids and "Personal fields")
 * naming the file, the row and the column, and showing only the shape of a personal value.
 */
class PersonalCsvTest {
  @TempDir Path dir;

  private Map<String, String> set() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("studenten.csv", CsvImportTest.STUDENTS);
    files.put("bedrijven.csv", CsvImportTest.COMPANIES);
    files.put("erkenningen.csv", CsvImportTest.RECOGNITIONS);
    files.put("plaatsen.csv", CsvImportTest.PLACES);
    files.put("beleid.csv", CsvImportTest.POLICY);
    return files;
  }

  private List<String> errors(String file, String from, String to) throws IOException {
    Map<String, String> files = set();
    String text = files.get(file);
    assertTrue(text.contains(from), from);
    files.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    return assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.defaults())).lines();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "studenten.csv|S-1;|Jan.de.Vries;|studenten.csv:2:id: The id of a student has the shape of"
          + " a person's name (Aaa.aa.Aaaaa)|Vries",
      "studenten.csv|S-2;|111222333;|studenten.csv:3:id: The id of a student has the shape of a"
          + " citizen service number (BSN) (999999999)|111222333",
      "bedrijven.csv|C-1;|06-12345678;|bedrijven.csv:2:id: The id of a company has the shape of a"
          + " phone number (99-99999999)|12345678",
      "plaatsen.csv|P-1;|p1@bedrijf.nl;|plaatsen.csv:2:id: The id of a place has the shape of an"
          + " e-mail address|bedrijf",
      "studenten.csv|;B1-K1-W1=2;|;naamStudent=2;|studenten.csv:2:competenties: the item"
          + " (naamStudent) names a personal characteristic (name)|none",
      "studenten.csv|B1-K1-W2;;2026|0612345678;;2026|studenten.csv:3:werkprocessen: the item has"
          + " the shape of a phone number (9999999999)|0612345678",
      "plaatsen.csv|physically-accessible tailored-supervision|physically-accessible autisme"
          + "|plaatsen.csv:2:voorzieningen: the item (autisme) names a personal characteristic"
          + " (health)|none",
      "erkenningen.csv|B1-K1-W1 B1-K1-W2|B1-K1-W1 student_bsn|erkenningen.csv:2:werkprocessen:"
          + " the item (student_bsn) names a personal characteristic (citizen service number)"
          + "|none",
  })
  void personalDataIsRefusedAtFileRowAndColumn(String file, String from, String to,
      String expected, String hidden) throws IOException {
    List<String> lines = errors(file, from, to);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)),
        "expected a line starting with: " + expected + "\nbut got: " + lines);
    if (!hidden.equals("none")) {
      lines.forEach(l -> assertFalse(l.contains(hidden), l));
    }
  }

  @Test
  void supportFeaturesAndATradeNameAsCompanyIdStillImport() throws IOException {
    Map<String, String> files = set();
    files.put("plaatsen.csv", CsvImportTest.PLACES.replace(
        "physically-accessible tailored-supervision", "rolstoeltoegankelijk prikkelarm")
        .replace(";C-1;", ";Bakkerij_De_Vries;"));
    files.put("bedrijven.csv", CsvImportTest.COMPANIES.replace("C-1;", "Bakkerij_De_Vries;"));
    files.put("erkenningen.csv", CsvImportTest.RECOGNITIONS.replace("C-1;",
        "Bakkerij_De_Vries;"));
    files.put("studenten.csv", CsvImportTest.STUDENTS);
    files.put("beleid.csv", CsvImportTest.POLICY);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    MatchingProblem problem = CsvImport.read(dir, ImportOptions.defaults());
    assertTrue(problem.places().get(0).features().contains("prikkelarm"));
    assertTrue(problem.companies().get(0).id().equals("Bakkerij_De_Vries"));
  }
}
