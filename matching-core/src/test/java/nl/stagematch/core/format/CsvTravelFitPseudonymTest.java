package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.TravelMinutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The travel minutes file ({@code reistijden.csv}), the fit columns of {@code beleid.csv} and
 * pseudonymisation at the door, on the hand-written set of {@link CsvImportTest}.
 */
class CsvTravelFitPseudonymTest {
  @TempDir Path dir;

  private Map<String, String> set() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("studenten.csv", CsvImportTest.STUDENTS);
    files.put("bedrijven.csv", CsvImportTest.COMPANIES + "C-2;klein;Zorg;;Utrecht;52,1;5,1;\n");
    files.put("erkenningen.csv", CsvImportTest.RECOGNITIONS);
    files.put("plaatsen.csv", CsvImportTest.PLACES);
    files.put("beleid.csv", CsvImportTest.POLICY);
    return files;
  }

  private void write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  private MatchingProblem read(Map<String, String> files, ImportOptions options)
      throws IOException {
    write(files);
    return CsvImport.read(dir, options);
  }

  private List<String> errors(Map<String, String> files, ImportOptions options)
      throws IOException {
    write(files);
    return assertThrows(CsvImportException.class, () -> CsvImport.read(dir, options)).lines();
  }

  private static void assertLine(List<String> lines, int i, String start) {
    assertTrue(lines.size() > i && lines.get(i).startsWith(start),
        "line " + i + " should start with (" + start + "): " + lines);
  }

  // ---- travel minutes

  @Test
  void travelMinutesReachTheProblem() throws IOException {
    Map<String, String> files = set();
    files.put("reistijden.csv", "student;bedrijf;minuten\nS-1;C-1;22,5\nS-2;C-1;40\n"
        + "S-1;C-2;0\n");
    MatchingProblem problem = read(files, ImportOptions.defaults());
    assertEquals(TravelMinutes.of(Map.of("S-1", Map.of("C-1", 22.5, "C-2", 0.0),
        "S-2", Map.of("C-1", 40.0))), problem.travelMinutes());
    // English names
    files.remove("reistijden.csv");
    Files.delete(dir.resolve("reistijden.csv"));
    files.put("travel-times.csv", "student id,company,minutes\nS-2,C-2,\"7,5\"\n");
    assertEquals(TravelMinutes.of(Map.of("S-2", Map.of("C-2", 7.5))),
        read(files, ImportOptions.defaults()).travelMinutes());
  }

  @Test
  void everyBadTravelRowIsNamedByFileRowAndColumnAtOnce() throws IOException {
    Map<String, String> files = set();
    files.put("reistijden.csv", "student;bedrijf;minuten\n"
        + "S-9;C-1;10\n"     // 2: unknown student
        + "S-1;C-9;10\n"     // 3: unknown company
        + "S-1;C-1;-4\n"     // 4: negative
        + "S-1;C-1;tien\n"   // 5: not a number
        + "S-2;C-1;10\n"     // 6: fine
        + "S-2;C-1;12\n"     // 7: the pair again
        + "S-1;C-2;1441\n"   // 8: more than a day
        + "S-1;;5\n");       // 9: empty company
    files.put("plaatsen.csv", CsvImportTest.PLACES.replace(";5;2;", ";5;0;"));
    List<String> lines = errors(files, ImportOptions.defaults());
    assertEquals(8, lines.size(), lines.toString());
    assertLine(lines, 0, "plaatsen.csv:2:capaciteit: The capacity (0)");
    assertLine(lines, 1, "reistijden.csv:2:student: the student (S-9) is not in the students'"
        + " file.");
    assertLine(lines, 2, "reistijden.csv:3:bedrijf: the company (C-9) is not in the companies'"
        + " file.");
    assertLine(lines, 3, "reistijden.csv:4:minuten: the travel time (-4) must be a number of"
        + " minutes from 0 to 1440");
    assertLine(lines, 4, "reistijden.csv:5:minuten: the value (tien) is not a number.");
    assertLine(lines, 5, "reistijden.csv:7:bedrijf: the travel time of student (S-2) to company"
        + " (C-1) is also in row 6.");
    assertLine(lines, 6, "reistijden.csv:8:minuten: the travel time (1441) must be");
    assertLine(lines, 7, "reistijden.csv:9:bedrijf: the cell is empty.");
  }

  @Test
  void aDutchAndAnEnglishTravelFileTogetherAreRefused() throws IOException {
    Map<String, String> files = set();
    files.put("reistijden.csv", "student;bedrijf;minuten\nS-1;C-1;5\n");
    files.put("travel-times.csv", "student;company;minutes\nS-1;C-1;5\n");
    List<String> lines = errors(files, ImportOptions.defaults());
    assertLine(lines, 0, "reistijden.csv: both reistijden.csv and travel-times.csv are in the"
        + " directory.");
  }

  // ---- fit columns in the policy file

  @Test
  void fitColumnsSetTheFitModel() throws IOException {
    Map<String, String> files = set();
    files.put("beleid.csv", "schooljaar;gewichten;reismodel;beheersniveau\n"
        + "2025-26;werkprocessen=400 reistijd=300;omwegfactor=1,4 fiets=12 wachttijdOv=5;4\n");
    MatchingProblem problem = read(files, ImportOptions.defaults());
    Map<String, String> expected = new TreeMap<>(Map.of("masteryLevel", "4",
        "travel.detourFactor", "1.4", "travel.publicTransportWaitMinutes", "5.0",
        "travel.speedKmh.BIKE", "12.0", "weights.travel", "300.0",
        "weights.workProcesses", "400.0"));
    assertEquals(expected, problem.fitParameters());
    FitModel model = FitModel.of(problem);
    assertEquals(300.0, model.weights().travel());
    assertEquals(150.0, model.weights().companyKind());
    assertEquals(1.4, model.travelModel().detourFactor());
    assertEquals(4, model.masteryLevel());
    // the English names, as on the command line (--fit-weights, --travel)
    files.put("beleid.csv", "school year,fit weights,travel model,mastery level\n"
        + "2025-26,workProcesses=400 travel=300,\"detourFactor=1.4 bike=12"
        + " publicTransportWaitMinutes=5\",4\n");
    assertEquals(expected, read(files, ImportOptions.defaults()).fitParameters());
    // the default values only: nothing differs, so the problem has no fit model
    files.put("beleid.csv", "schooljaar;gewichten\n2025-26;werkprocessen=500\n");
    assertEquals(Map.of(), read(files, ImportOptions.defaults()).fitParameters());
  }

  @Test
  void badFitCellsAreNamedByColumn() throws IOException {
    Map<String, String> files = set();
    files.put("beleid.csv", "schooljaar;gewichten;reismodel;beheersniveau\n"
        + "2025-26;snelheid=3;omwegfactor=5;9\n");
    List<String> lines = errors(files, ImportOptions.defaults());
    assertEquals(3, lines.size(), lines.toString());
    assertLine(lines, 0, "beleid.csv:2:gewichten: the name (snelheid) is unknown. Maybe use one"
        + " of: workProcesses, companyKind,");
    assertLine(lines, 1, "beleid.csv:2:reismodel: The detour factor (5.0) must be a finite"
        + " number from 1 to 3.");
    assertLine(lines, 2, "beleid.csv:2:beheersniveau: The mastery level (9) must be 1 to 5.");
    for (String[] c : List.of(
        new String[] {"reistijd=-1", "beleid.csv:2:gewichten: The weight"},
        new String[] {"werkprocessen", "beleid.csv:2:gewichten: the item (werkprocessen) is not"
            + " NAME=VALUE."},
        new String[] {"reistijd=veel", "beleid.csv:2:gewichten: the value of the item"
            + " (reistijd=veel) is not a number."},
        new String[] {"reistijd=1 travel=2", "beleid.csv:2:gewichten: the name (travel) is"
            + " given twice."},
        new String[] {"werkprocessen=0 soortBedrijf=0 soortWerk=0 reistijd=0 leerruimte=0",
            "beleid.csv:2:gewichten: "})) {
      files.put("beleid.csv", "schooljaar;gewichten\n2025-26;" + c[0] + "\n");
      List<String> one = errors(files, ImportOptions.defaults());
      assertEquals(1, one.size(), c[0] + ": " + one);
      assertLine(one, 0, c[1]);
    }
  }

  @Test
  void exportWritesTravelMinutesAndFitColumnsThatReadBack() throws IOException {
    Map<String, String> files = set();
    files.put("beleid.csv", "schooljaar;gewichten;reismodel\n"
        + "2025-26;reistijd=300;ov=25 omwegfactor=1,25\n");
    files.put("reistijden.csv", "student;bedrijf;minuten\nS-1;C-2;12,25\nS-2;C-1;33\n");
    MatchingProblem problem = read(files, ImportOptions.defaults());
    Path again = dir.resolve("again");
    CsvExport.write(problem, again);
    assertTrue(Files.exists(again.resolve("reistijden.csv")));
    MatchingProblem back = CsvImport.read(again, ImportOptions.defaults());
    assertEquals(ProblemJson.sha256(problem), ProblemJson.sha256(back));
    assertEquals(problem, back);
  }

  // ---- pseudonymisation at the door

  /** Key bytes 0, 1, ..., 31. */
  private static PseudonymKey key() {
    byte[] bytes = new byte[32];
    for (int i = 0; i < 32; i++) {
      bytes[i] = (byte) i;
    }
    return PseudonymKey.of(bytes);
  }

  private Map<String, String> numbered() {
    Map<String, String> files = set();
    files.put("studenten.csv", CsvImportTest.STUDENTS.replaceFirst("^id;", "studentnummer;")
        .replace("\nS-1;", "\n123456;").replace("\nS-2;", "\nab-77;"));
    return files;
  }

  @Test
  void theSchoolNumberBecomesAKeyedPseudonym() throws IOException {
    ImportOptions options = ImportOptions.builder().pseudonymise(key()).build();
    write(numbered());
    CsvImport.Imported imported = CsvImport.readWithMapping(dir, options);
    // HMAC-SHA-256 with key 00..1f, first 50 bits in base32 (computed outside the library);
    // "ab-77" is taken in upper case
    assertEquals(List.of("S-ROSTT5PZGL", "S-BJCVUVJDWH"),
        imported.problem().students().stream().map(Student::id).toList());
    assertEquals(Map.of("S-ROSTT5PZGL", "123456", "S-BJCVUVJDWH", "ab-77"), imported.mapping());
    String json = new String(ProblemJson.toBytes(imported.problem()), StandardCharsets.UTF_8);
    assertFalse(json.contains("123456") || json.toLowerCase().contains("ab-77"), json);
    // the same key again (read anew): the same pseudonyms; another key: others
    Path keyFile = dir.resolve("sleutel.key");
    Files.writeString(keyFile, "000102030405060708090a0b0c0d0e0f\n"
        + "101112131415161718191A1B1C1D1E1F\n");
    MatchingProblem again = CsvImport.read(dir,
        ImportOptions.builder().pseudonymise(PseudonymKey.read(keyFile)).build());
    assertEquals(imported.problem(), again);
    byte[] sevens = new byte[32];
    java.util.Arrays.fill(sevens, (byte) 7);
    MatchingProblem other = CsvImport.read(dir,
        ImportOptions.builder().pseudonymise(PseudonymKey.of(sevens)).build());
    assertEquals("S-QFZEEQHB7W", other.students().get(0).id());
    assertNotEquals(imported.problem().students().get(1).id(), other.students().get(1).id());
  }

  @Test
  void travelMinutesMayNameStudentsByTheirNumber() throws IOException {
    Map<String, String> files = numbered();
    files.put("reistijden.csv", "leerlingnummer;bedrijf;minuten\n123456;C-1;15\n999;C-1;15\n");
    List<String> lines = errors(files, ImportOptions.builder().pseudonymise(key()).build());
    assertEquals(List.of("reistijden.csv:3:leerlingnummer: the school's own student number is"
        + " not in the students' file. Maybe add her there, or correct the number (it is not repeated"
        + " here)."), lines);
    files.put("reistijden.csv", "leerlingnummer;bedrijf;minuten\n123456;C-1;15\n");
    assertEquals(TravelMinutes.of(Map.of("S-ROSTT5PZGL", Map.of("C-1", 15.0))),
        read(files, ImportOptions.builder().pseudonymise(key()).build()).travelMinutes());
  }

  @Test
  void badSchoolNumbersAreRefusedWithoutRepeatingThem() throws IOException {
    Map<String, String> files = numbered();
    files.put("studenten.csv", files.get("studenten.csv").replace("\nab-77;", "\n123456 ;")
        + files.get("studenten.csv").split("\n")[1].replaceFirst("^123456;", "12 34;") + "\n");
    List<String> lines = errors(files, ImportOptions.builder().pseudonymise(key()).build());
    assertEquals(List.of(
        "studenten.csv:3:studentnummer: the school's own student number is also in row 2. Maybe"
            + " keep one row per student.",
        "studenten.csv:4:studentnummer: the school's own student number must be 1 to 32"
            + " letters, digits, '.', '_' or '-'. Maybe check the cell (the number itself is not repeated here)."),
        lines);
    // without a key the column is refused, as before
    List<String> refused = errors(numbered(), ImportOptions.defaults());
    assertLine(refused, 0, "studenten.csv:1:studentnummer: the column \"studentnummer\" looks"
        + " like the school's own student number");
    // a number and an id: one of them
    Map<String, String> both = set();
    both.put("studenten.csv", CsvImportTest.STUDENTS.replaceFirst("^id;", "id;studentnummer;")
        .replace("\nS-1;", "\nS-1;1;").replace("\nS-2;", "\nS-2;2;"));
    assertLine(errors(both, ImportOptions.builder().pseudonymise(key()).build()), 0,
        "studenten.csv:1:id: the file has both the column \"id\" and the column \"studentnummer\""
            + " (the school's own student number)");
  }

  @Test
  void keyFilesAreCheckedAndNeverOverwritten() throws IOException {
    Path shortKey = dir.resolve("short.key");
    Files.writeString(shortKey, "00".repeat(31));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PseudonymKey.read(shortKey));
    assertTrue(e.getMessage().startsWith("The key file (" + shortKey + ") holds a"
        + " pseudonymisation key of 31 bytes; it needs at least 32."), e.getMessage());
    Path text = dir.resolve("secret.txt");
    Files.writeString(text, "my secret passphrase that is long enough for anyone");
    e = assertThrows(IllegalArgumentException.class, () -> PseudonymKey.read(text));
    assertFalse(e.getMessage().contains("passphrase"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of(new byte[16]));

    Path fresh = dir.resolve("new.key");
    PseudonymKey made = PseudonymKey.generate(fresh);
    assertTrue(Files.readString(fresh).matches("[0-9a-f]{64}\n"));
    assertEquals(made.pseudonym("42"), PseudonymKey.read(fresh).pseudonym("42"));
    assertTrue(made.pseudonym("42").matches("S-[A-Z2-7]{10}"));
    assertFalse(made.toString().contains(Files.readString(fresh).substring(0, 8)));
    String before = Files.readString(fresh);
    assertThrows(FileAlreadyExistsException.class, () -> PseudonymKey.generate(fresh));
    assertEquals(before, Files.readString(fresh));
  }

  @Test
  void convertWritesTheMappingOnlyWithTheProblem() throws IOException {
    write(numbered());
    Path out = dir.resolve("problem.json");
    Path mapping = dir.resolve("koppeling.csv");
    CsvImport.convert(dir, ImportOptions.builder().pseudonymise(key()).build(), out, mapping);
    assertEquals("\ufeffpseudoniem;studentnummer\r\nS-BJCVUVJDWH;ab-77\r\n"
        + "S-ROSTT5PZGL;123456\r\n", Files.readString(mapping, StandardCharsets.UTF_8));
    assertFalse(Files.readString(out).contains("123456"));
    // an invalid set writes neither
    Files.delete(out);
    Files.delete(mapping);
    Files.writeString(dir.resolve("plaatsen.csv"),
        CsvImportTest.PLACES.replace(";5;2;", ";5;0;"));
    assertThrows(CsvImportException.class, () -> CsvImport.convert(dir,
        ImportOptions.builder().pseudonymise(key()).build(), out, mapping));
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(mapping));
  }

  @Test
  void aKeyFileThatIsADirectoryOrTooShortIsNamed() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("sleutels"));
    java.nio.file.FileSystemException directory = assertThrows(
        java.nio.file.FileSystemException.class, () -> PseudonymKey.read(folder));
    assertEquals(folder.toString(), directory.getFile());
    assertEquals("it is a directory, not a file", directory.getReason());
    // five bytes in hexadecimal: refused naming the file, its content never shown
    Path shortKey = dir.resolve("kort.key");
    Files.writeString(shortKey, "abcdef0123\n");
    IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
        () -> PseudonymKey.read(shortKey));
    assertTrue(tooShort.getMessage().contains("(" + shortKey + ")"), tooShort.getMessage());
    assertFalse(tooShort.getMessage().contains("abcdef"), tooShort.getMessage());
  }
}
