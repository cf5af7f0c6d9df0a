package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages of the travel minutes file, the fit columns and the pseudonymisation key in Dutch,
 * each with its own code (not {@code UNCODED}); the English text is as before.
 */
class DutchCsvImportTest {
  @TempDir Path dir;

  private CsvImportException refused(String travel, String policy) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("studenten.csv", CsvImportTest.STUDENTS);
    files.put("bedrijven.csv", CsvImportTest.COMPANIES);
    files.put("erkenningen.csv", CsvImportTest.RECOGNITIONS);
    files.put("plaatsen.csv", CsvImportTest.PLACES);
    files.put("beleid.csv", policy);
    files.put("reistijden.csv", travel);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    return assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.defaults()));
  }

  @Test
  void travelAndFitErrorsInDutchWithTheirCodes() throws IOException {
    CsvImportException e = refused("student;bedrijf;minuten\nS-9;C-1;10\nS-1;C-1;1441\n"
        + "S-2;C-1;5\nS-2;C-1;6\n",
        "schooljaar;gewichten\n2025-26;werkprocessen=400 afstand=3\n");
    List<String> codes = e.errors().stream().map(CsvError::code).toList();
    assertEquals(List.of("CSV_FIT_NAME_UNKNOWN", "CSV_TRAVEL_UNKNOWN_STUDENT",
        "CSV_TRAVEL_OUT_OF_RANGE", "CSV_TRAVEL_PAIR_TWICE"), codes);
    List<String> dutch = e.lines(Message.DUTCH);
    assertEquals("reistijden.csv:2:student: de student (S-9) staat niet in het bestand van de"
        + " studenten. Tip: voeg de student daar toe, of verbeter het id.", dutch.get(1));
    assertEquals("reistijden.csv:3:minuten: de reistijd (1441) moet een aantal minuten van 0 tot"
        + " 1440 zijn (een dag). Tip: geef hele minuten, geen seconden, zoals 25.", dutch.get(2));
    assertEquals("reistijden.csv:5:bedrijf: de reistijd van student (S-2) naar bedrijf (C-1)"
        + " staat ook in rij 4. Tip: houd een rij per student en bedrijf.", dutch.get(3));
    // English as before
    assertEquals("reistijden.csv:3:minuten: the travel time (1441) must be a number of minutes"
        + " from 0 to 1440 (one day). Maybe give whole minutes, not seconds, such as 25.",
        e.lines(Locale.ENGLISH).get(2));
    assertEquals("reistijden.csv:2:student: the student (S-9) is not in the students' file."
        + " Maybe add her there, or correct the id.", e.lines(Locale.ENGLISH).get(1));
    assertEquals("beleid.csv:2:gewichten: de naam (afstand) is onbekend.", dutch.get(0)
        .substring(0, dutch.get(0).indexOf(" Tip: ")));
  }

  @Test
  void aTravelCellWithControlCharactersIsEscapedInTheMessage() throws IOException {
    CsvImportException e = refused("student;bedrijf;minuten\nS-1;C-1;\"12\u001b[2J\"\n",
        CsvImportTest.POLICY);
    CsvError error = e.errors().get(e.errors().size() - 1);
    assertEquals("CSV_NOT_NUMBER", error.code());
    String line = error.line(Message.DUTCH);
    assertEquals(-1, line.indexOf('\u001b'), line);
  }

  @Test
  void aKeyFileThatIsNoKeyInDutch() throws IOException {
    Path file = dir.resolve("sleutel.txt");
    Files.writeString(file, "geen sleutel\n", StandardCharsets.US_ASCII);
    InputException e = assertThrows(InputException.class, () -> PseudonymKey.read(file));
    assertEquals("CSV_NOT_A_KEY_FILE", e.code());
    assertEquals("Het bestand (" + file + ") is geen pseudonimiseringssleutel: het moet minstens"
        + " 32 bytes bevatten als hexadecimale cijfers (64 of meer).\nTip: geef het"
        + " sleutelbestand dat met import --new-key FILE is gemaakt.", e.text(Message.DUTCH));
  }
}
