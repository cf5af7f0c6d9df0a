package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.format.CsvImport;
import nl.stagematch.core.format.CsvImportException;
import nl.stagematch.core.format.ImportOptions;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' errors in Dutch, with their codes: what a coordinator reads, and what a vendor
 * maps. The English stays what it was ({@code getMessage()}, {@code lines()}).
 */
class DutchErrorsTest {
  @TempDir Path dir;

  private static String sample() {
    return new String(SampleCohort.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aJsonDocumentsErrorsInDutchWithTheirCodes() {
    String doc = sample().replaceFirst("\"studyYear\": 1,", "\"studyYear\": 1, \"naam\": \"x\",")
        .replaceFirst("\"tracks\": \\[\"BOL\"]", "\"trackz\": [\"BOL\"]");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> ProblemJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    assertInstanceOf(InputException.class, e);
    assertEquals(2, e.errorCount());
    assertEquals(List.of("JSON_UNKNOWN_FIELD_TYPO", "JSON_PERSONAL_FIELD"),
        e.errors().stream().map(ValidationError::code).toList());
    assertEquals("JSON_UNKNOWN_FIELD_TYPO", e.code());
    assertEquals("$.policy.scope.trackz", e.path());
    assertEquals(List.of("$.policy.scope.trackz: onbekend veld \"trackz\" in de afbakening. Tip:"
        + " bedoeld is misschien \"tracks\"? De bekende velden zijn: firstInternshipOnly,"
        + " studyYears, tracks.",
        "$.students[0].naam: het veld \"naam\" is een persoonskenmerk (naam) en wordt nooit"
        + " geaccepteerd als invoer voor het matchen (regel R1). Haal het weg; het matchen"
        + " gebruikt alleen de leerwens, de competenties en wat het bedrijf biedt."),
        e.lines(Message.DUTCH));
    assertEquals("Het document bevat 2 fouten:", e.text(Message.DUTCH));
    // the English is what it was
    assertEquals(e.lines(), e.lines(Locale.ENGLISH));
    assertTrue(e.getMessage().startsWith("The document has 2 errors:\n$.policy.scope.trackz:"
        + " unknown field \"trackz\" in the scope. Maybe you meant \"tracks\"?"), e.getMessage());
  }

  @Test
  void aModelRefusalInsideADocumentIsCodedAtItsField() {
    String doc = sample().replaceFirst("\"studyYear\": 1,", "\"studyYear\": 7,");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> ProblemJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    assertEquals("MODEL_STUDY_YEAR", e.code());
    assertEquals(List.of("$.students[0].studyYear: Het leerjaar (7) van student (S-0001) moet 1"
        + " tot 4 zijn. Tip: gebruik 1 voor een eerstejaars."), e.lines(Message.DUTCH));
    assertEquals(List.of("$.students[0].studyYear: The study year (7) of student (S-0001) must"
        + " be 1 to 4. Maybe use 1 for a first-year student."), e.lines());
  }

  @Test
  void aCsvSetsErrorsInDutchWithTheirCodes() throws IOException {
    Files.writeString(dir.resolve("studenten.csv"), "id;crebo;niveau;leerweg;leerjaar;"
        + "werkprocessen;begin;einde;vorm;dagen per week;breedtegraad;lengtegraad;geslacht\n"
        + "S-1;25180;2;BOL;een;B1-K1-W1;02-02-2026;31-02-2026;blok;5;52,09;5,12;v\n");
    Files.writeString(dir.resolve("bedrijven.csv"), "id;grootte;sector;regio;breedtegraad;"
        + "lengtegraad\nC-1;middel;zorg;utrecht;52,08;5,16\n");
    Files.writeString(dir.resolve("erkenningen.csv"), "bedrijf;crebo;niveau;werkprocessen\n"
        + "C-1;25180;2;B1-K1-W1\n");
    Files.writeString(dir.resolve("plaatsen.csv"), "id;bedrijf;crebo;niveau;begin;einde;vorm;"
        + "dagen per week;capaciteit\nP-1;C-1;25180;2;02-02-2026;26-06-2026;blok;5;1\n");
    Files.writeString(dir.resolve("beleid.csv"), "schooljaar\n2025-26\n");
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.defaults()));
    assertInstanceOf(InputException.class, e);
    assertEquals("CSV_PERSONAL_COLUMN", e.code());
    assertEquals("studenten.csv:1:geslacht", e.path());
    assertEquals(List.of("CSV_PERSONAL_COLUMN"),
        e.errors().stream().map(c -> c.code()).toList());
    assertEquals(List.of("studenten.csv:1:geslacht: de kolom \"geslacht\" is een persoonskenmerk"
        + " (geslacht) en wordt nooit geaccepteerd als invoer voor het matchen (regel R1); de"
        + " hele import wordt geweigerd en er is niets geschreven. Tip: exporteer studenten.csv"
        + " opnieuw zonder deze kolom; het matchen gebruikt alleen de leerwens, de competenties"
        + " en wat het bedrijf biedt."), e.lines(Message.DUTCH));
    assertEquals("De CSV-bestanden bevatten 1 fout:", e.text(Message.DUTCH));
    assertEquals(e.lines(), e.lines(Locale.ENGLISH));
    assertTrue(e.lines().get(0).startsWith("studenten.csv:1:geslacht: the column \"geslacht\" is"
        + " a personal characteristic (gender)"), e.lines().get(0));
  }

  @Test
  void aCsvCellsErrorsInDutch() throws IOException {
    Files.writeString(dir.resolve("studenten.csv"), "id;crebo;niveau;leerweg;leerjaar;"
        + "werkprocessen;begin;einde;vorm;dagen per week;breedtegraad;lengtegraad\n"
        + "S-1;25180;2;BOL;een;B1-K1-W1;02-02-2026;31-02-2026;blok;5;52,09;5,12\n");
    Files.writeString(dir.resolve("bedrijven.csv"), "id;grootte;sector;regio;breedtegraad;"
        + "lengtegraad\nC-1;middel;zorg;utrecht;52,08;5,16\n");
    Files.writeString(dir.resolve("erkenningen.csv"), "bedrijf;crebo;niveau;werkprocessen\n"
        + "C-1;25180;2;B1-K1-W1\n");
    Files.writeString(dir.resolve("plaatsen.csv"), "id;bedrijf;crebo;niveau;begin;einde;vorm;"
        + "dagen per week;capaciteit\nP-1;C-1;25180;2;02-02-2026;26-06-2026;blok;5;1\n");
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.builder().schoolYear(SchoolYear.of(2025))
            .build()));
    assertEquals(List.of("CSV_NOT_INTEGER", "CSV_NO_SUCH_DATE"),
        e.errors().stream().map(c -> c.code()).toList());
    assertEquals(List.of("studenten.csv:2:leerjaar: de waarde (een) is geen geheel getal. Tip:"
        + " schrijf alleen cijfers, bijvoorbeeld 3.",
        "studenten.csv:2:einde: de datum (31-02-2026) bestaat niet. Tip: controleer dag en"
        + " maand (dd-mm-jjjj)."), e.lines(Message.DUTCH));
  }

  @Test
  void aRecordsOwnCheckIsCodedInBothLanguages() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new TravelLimit(Transport.BIKE, 0));
    assertEquals("MODEL_TRAVEL_LIMIT", e.code());
    assertEquals("maxMinutes", e.path());
    assertEquals("De reistijdgrens (0 minuten) moet 1 tot 240 minuten zijn.\nTip: laat de grens"
        + " weg als er geen grens is.", e.text(Message.DUTCH));
    assertEquals("The travel limit (0 minutes) must be 1 to 240 minutes.\nMaybe leave the limit"
        + " out for no limit.", e.getMessage());
  }
}
