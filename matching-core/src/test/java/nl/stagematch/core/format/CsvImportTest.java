package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hand-written CSV set, its variants (encodings, separators, quoting) and every error class. */
class CsvImportTest {
  @TempDir Path dir;

  static final String STUDENTS = ""
      + "id;crebo;niveau;leerweg;leerjaar;werkprocessen;soort bedrijf;begin;einde;vorm;"
      + "dagen per week;vervoer;max reistijd;benodigde voorzieningen;competenties;breedtegraad;"
      + "lengtegraad\n"
      + "S-1;25180;2;BOL;1;B1-K1-W1=0,5 B1-K1-W2=2;Ziekenhuis;02-02-2026;26-06-2026;lint;3;"
      + "fiets;30;;B1-K1-W1=2;52,0907;5,1214\n"
      + "S-2;25180;2;bbl;2;B1-K1-W2;;2026-02-02;2026-06-26;Blok;5;;;tailored-supervision;;;\n";
  static final String COMPANIES = ""
      + "id;grootte;sector;soort bedrijf;regio;breedtegraad;lengtegraad;deelname\n"
      + "C-1;middel;Zorg;ziekenhuis;Utrecht;52,0841;5,1687;2024-25=afgemeld\n";
  static final String RECOGNITIONS = ""
      + "bedrijf;crebo;niveau;werkprocessen\n"
      + "C-1;25180;2;B1-K1-W1 B1-K1-W2\n";
  static final String PLACES = ""
      + "id;bedrijf;crebo;niveau;begin;einde;vorm;dagen per week;capaciteit;voorzieningen\n"
      + "P-1;C-1;25180;2;02-02-2026;26-06-2026;blok;5;2;physically-accessible tailored-supervision\n";
  static final String POLICY = "schooljaar\n2025-26\n";

  /** The problem the set above describes, built with the model's constructors. */
  static MatchingProblem expected(String companyKind, String studentKind) {
    Qualification q = Qualification.of("25180", 2);
    Period block = Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 26));
    Student s1 = new Student("S-1", nl.stagematch.core.model.Track.BOL, 1, true, false,
        LearningWish.builder(q, Period.ribbon(LocalDate.of(2026, 2, 2),
            LocalDate.of(2026, 6, 26), 3))
            .workProcess("B1-K1-W1", 0.5).workProcess("B1-K1-W2", 2.0).companyKind(studentKind)
            .travelLimit(Transport.BIKE, 30).build(),
        Map.of("B1-K1-W1", 2), new Location(52.0907, 5.1214));
    Student s2 = new Student("S-2", nl.stagematch.core.model.Track.BBL, 2, true, false,
        LearningWish.builder(q, block).workProcess("B1-K1-W2", 1.0)
            .requiredFeature("tailored-supervision").build(), Map.of(), null);
    Company c1 = new Company("C-1", List.of(nl.stagematch.core.model.Recognition.of(q,
        "B1-K1-W1", "B1-K1-W2")), SizeClass.MEDIUM, "zorg", companyKind,
        new Location(52.0841, 5.1687), "utrecht",
        Map.of(SchoolYear.of(2024), Participation.OPTED_OUT));
    Place p1 = new Place("P-1", "C-1", q, block, 2,
        Set.of("physically-accessible", "tailored-supervision"), null);
    return MatchingProblem.of(Policy.defaults(SchoolYear.of(2025)), List.of(s1, s2),
        List.of(c1), List.of(p1));
  }

  private Map<String, String> set() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("studenten.csv", STUDENTS);
    files.put("bedrijven.csv", COMPANIES);
    files.put("erkenningen.csv", RECOGNITIONS);
    files.put("plaatsen.csv", PLACES);
    files.put("beleid.csv", POLICY);
    return files;
  }

  private void write(Map<String, String> files, Charset charset) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(charset));
    }
  }

  private MatchingProblem read(Map<String, String> files) throws IOException {
    write(files, StandardCharsets.UTF_8);
    return CsvImport.read(dir, ImportOptions.defaults());
  }

  private List<String> errors(Map<String, String> files, ImportOptions options)
      throws IOException {
    write(files, StandardCharsets.UTF_8);
    return assertThrows(CsvImportException.class, () -> CsvImport.read(dir, options)).lines();
  }

  private List<String> errors(Map<String, String> files) throws IOException {
    return errors(files, ImportOptions.defaults());
  }

  private static void assertLine(List<String> lines, String prefix) {
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix)),
        "no error starting with\n  " + prefix + "\nin\n  " + String.join("\n  ", lines));
  }

  @Test
  void aHandWrittenSetGivesTheProblemItDescribes() throws IOException {
    assertArrayEquals(ProblemJson.toBytes(expected("ziekenhuis", "ziekenhuis")),
        ProblemJson.toBytes(read(set())));
  }

  @Test
  void englishFileNamesAndHeadersInAnyCaseAndOrderAreTheSame() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Students.csv", STUDENTS.replace("id;crebo;niveau;leerweg;leerjaar;werkprocessen;"
        + "soort bedrijf;begin;einde;vorm;dagen per week;vervoer;max reistijd;"
        + "benodigde voorzieningen;competenties;breedtegraad;lengtegraad", "ID;Crebo;Level;"
        + "Track;Study_Year;Work processes;COMPANY KIND;Start;End;Form;Days per week;"
        + "Transport;Max minutes;Required features;Competences;Latitude;Longitude"));
    files.put("companies.csv", COMPANIES);
    files.put("recognitions.csv", RECOGNITIONS);
    files.put("places.csv", PLACES);
    files.put("policy.csv", "School year\n2025-26\n");
    assertArrayEquals(ProblemJson.toBytes(expected("ziekenhuis", "ziekenhuis")),
        ProblemJson.toBytes(read(files)));
  }

  @Test
  void windows1252WithAccentsIsDetectedAndAccentsLeaveTheCodes() throws IOException {
    Map<String, String> files = set();
    files.put("bedrijven.csv", COMPANIES.replace("ziekenhuis", "Café Crème"));
    files.put("studenten.csv", STUDENTS.replace("Ziekenhuis", "café crème"));
    write(files, CsvParser.WINDOWS_1252);
    // detected: é and è read as themselves, so both sides give the code cafe-creme
    assertArrayEquals(ProblemJson.toBytes(expected("cafe-creme", "cafe-creme")),
        ProblemJson.toBytes(CsvImport.read(dir, ImportOptions.defaults())));
    // read as UTF-8 on purpose, the same bytes are refused instead of guessed
    List<String> lines = assertThrows(CsvImportException.class, () -> CsvImport.read(dir,
        ImportOptions.builder().encoding(StandardCharsets.UTF_8).build())).lines();
    // each file names the line and the column of its first e-acute (0xE9 in Windows-1252)
    String company = COMPANIES.split("\n")[1].replace("ziekenhuis", "Café Crème");
    String student = STUDENTS.split("\n")[1].replace("Ziekenhuis", "café crème");
    assertLine(lines, "bedrijven.csv:2: the file is not valid UTF-8 text: column "
        + (company.indexOf('é') + 1) + " of this line holds a byte (0xE9)");
    assertLine(lines, "studenten.csv:2: the file is not valid UTF-8 text: column "
        + (student.indexOf('é') + 1) + " of this line holds a byte (0xE9)");
  }

  @Test
  void aWorkProcessWithAnAccentIsRefusedAndShownAsWritten() throws IOException {
    Map<String, String> files = set();
    files.put("erkenningen.csv", RECOGNITIONS.replace("B1-K1-W1 ", "Hygiëne "));
    write(files, CsvParser.WINDOWS_1252);
    List<String> lines = assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.defaults())).lines();
    assertLine(lines, "erkenningen.csv:2:werkprocessen: The work-process code (Hygiëne)");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
    Map<String, String> files = set();
    files.replaceAll((name, text) -> "\ufeff" + text);
    assertArrayEquals(ProblemJson.toBytes(expected("ziekenhuis", "ziekenhuis")),
        ProblemJson.toBytes(read(files)));
  }

  @Test
  void commaSeparatedFilesWithQuotedDecimalCommasAndQuotedLineBreaks() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("studenten.csv", ""
        + "id,crebo,niveau,leerweg,leerjaar,werkprocessen,soort bedrijf,begin,einde,vorm,"
        + "dagen per week,vervoer,max reistijd,benodigde voorzieningen,competenties,breedtegraad,"
        + "lengtegraad\r\n"
        + "S-1,25180,2,BOL,1,\"B1-K1-W1=0,5\nB1-K1-W2=2.0\",\"Zieken\"\"huis\",2-2-2026,26-6-2026,"
        + "lint,3,fiets,30,,B1-K1-W1=2,\"52,0907\",5.1214\r\n"
        + "S-2,25180,2,BBL,2,B1-K1-W2=1,,2026-02-02,2026-06-26,blok,5,,,"
        + "\"tailored-supervision\",,,\r\n");
    files.put("bedrijven.csv", "id,grootte,sector,soort bedrijf,regio,breedtegraad,lengtegraad\n"
        + "C-1,middel,Zorg,ziekenhuis,Utrecht,\"52,0841\",\"5,1687\"\n");
    files.put("erkenningen.csv", RECOGNITIONS.replace(';', ','));
    files.put("plaatsen.csv", PLACES.replace(';', ',').replace("5,2,physically-accessible "
        + "tailored-supervision", "5,2,\"physically-accessible;tailored-supervision\""));
    files.put("beleid.csv", POLICY);
    // "Zieken""huis" is the text Zieken"huis, whose code is zieken-huis; the place's features
    // "a;b" are one item, the code physically-accessible-tailored-supervision
    MatchingProblem problem = read(files);
    assertEquals("zieken-huis", problem.students().get(0).wish().companyKind());
    assertEquals(Set.of("physically-accessible-tailored-supervision"),
        problem.places().get(0).features());
    assertEquals(Map.of("B1-K1-W1", 0.5, "B1-K1-W2", 2.0),
        problem.students().get(0).wish().workProcesses());
    assertEquals(52.0907, problem.students().get(0).home().latitude());
    assertEquals(5.1214, problem.students().get(0).home().longitude());
  }

  @Test
  void theSeparatorCanBeGivenAndTheSchoolYearOverridesThePolicyFile() throws IOException {
    Map<String, String> files = set();
    files.remove("beleid.csv");
    write(files, StandardCharsets.UTF_8);
    MatchingProblem problem = CsvImport.read(dir, ImportOptions.builder().separator(';')
        .schoolYear(SchoolYear.of(2026)).build());
    assertEquals(SchoolYear.of(2026), problem.policy().schoolYear());
    List<String> lines = assertThrows(CsvImportException.class,
        () -> CsvImport.read(dir, ImportOptions.defaults())).lines();
    assertEquals(List.of("beleid.csv: the school year is missing. Maybe give it in beleid.csv"
        + " (column schooljaar, such as 2025-26) or on the command line (--school-year 2025)."),
        lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Naam", "Achternaam", "E-mailadres", "E-mail address", "Geboortedatum",
      "Date of birth", "BSN", "Postcode", "Telefoonnummer", "Woonplaats", "Geslacht", "Adres"})
  void aPersonalColumnRefusesTheWholeImportNamingFileAndColumn(String column) throws IOException {
    Map<String, String> files = set();
    String[] lines = STUDENTS.split("\n");
    files.put("studenten.csv", column + ";" + lines[0] + "\nx;" + lines[1] + "\ny;" + lines[2]
        + "\n");
    Path out = dir.resolve("problem.json");
    write(files, StandardCharsets.UTF_8);
    List<String> errors = assertThrows(CsvImportException.class,
        () -> CsvImport.convert(dir, ImportOptions.defaults(), out)).lines();
    assertEquals(1, errors.size(), errors.toString());
    assertLine(errors, "studenten.csv:1:" + column + ": the column \"" + column + "\" is a"
        + " personal characteristic (");
    assertTrue(errors.get(0).contains("Maybe export studenten.csv again without this column"),
        errors.get(0));
    assertFalse(Files.exists(out));
  }

  @Test
  void everyErrorOfEveryFileAtOnceWithFileRowAndColumn() throws IOException {
    Map<String, String> files = set();
    files.put("studenten.csv", STUDENTS.replace("lengtegraad\n", "lengtegraad;hobby\n")
        .replace(";5,1214\n", ";5,1214;x\n"));
    files.put("bedrijven.csv", COMPANIES.replace(";regio", ";provincie")
        .replace(";Utrecht", ";Utrecht"));
    files.put("erkenningen.csv", RECOGNITIONS + "C-9;25180;2;\nC-1;25180;2;\n");
    files.put("plaatsen.csv", PLACES
        + "P-2;C-1;25180;twee;02-02-2026;31-02-2026;blok;5;1;\n"
        + "P-3;C-1;25180;2;2 februari;26-06-2026;lint;5,5;1;\n"
        + "P-1;C-1;25180;2;02-02-2026;26-06-2026;blok;5;0;\n");
    List<String> lines = errors(files);
    assertLine(lines, "studenten.csv:1:hobby: unknown column \"hobby\" in the students. Maybe"
        + " remove it or rename it; the known columns are: id / pseudonym, crebo / crebo code,"
        + " niveau / level,");
    assertLine(lines, "bedrijven.csv:1:provincie: unknown column");
    assertLine(lines, "bedrijven.csv:1: the required column \"regio\" (region) is missing.");
    assertLine(lines, "erkenningen.csv:4:crebo: company (C-1) has a recognition for"
        + " qualification (25180/2) in row 2 too.");
    assertLine(lines, "plaatsen.csv:3:niveau: the value (twee) is not a whole number.");
    assertLine(lines, "plaatsen.csv:3:einde: the date (31-02-2026) does not exist.");
    assertLine(lines, "plaatsen.csv:4:begin: the value (2 februari) is not a date.");
    assertLine(lines, "plaatsen.csv:4:dagen per week: the value (5,5) is not a whole number.");
    assertLine(lines, "plaatsen.csv:5:capaciteit: The capacity (0) of place (P-1) must be"
        + " positive.");
    // the company file failed as a whole, so references to it are not checked again
    assertFalse(lines.stream().anyMatch(l -> l.contains("C-9")), lines.toString());
  }

  @Test
  void danglingReferencesAndDuplicateIdsNameTheRow() throws IOException {
    Map<String, String> files = set();
    files.put("erkenningen.csv", RECOGNITIONS + "C-9;25180;2;\n");
    files.put("plaatsen.csv", PLACES + "P-2;C-8;25180;2;02-02-2026;26-06-2026;blok;5;1;\n"
        + "P-1;C-1;25180;2;02-02-2026;26-06-2026;blok;5;1;\n");
    files.put("studenten.csv", STUDENTS + "S-1;25180;2;BOL;1;;;02-02-2026;26-06-2026;blok;5;;;;"
        + ";;\n");
    List<String> lines = errors(files);
    assertEquals(List.of(
        "erkenningen.csv:3:bedrijf: the company (C-9) is not in bedrijven.csv. Maybe add it"
            + " there, or correct the id.",
        "studenten.csv:4:id: the id (S-1) is also in row 2. Maybe give each row its own id.",
        "plaatsen.csv:3:bedrijf: the company (C-8) of place (P-2) is not in bedrijven.csv."
            + " Maybe add the company there, or correct the id.",
        "plaatsen.csv:4:id: the id (P-1) is also in row 2. Maybe give each row its own id."),
        lines);
  }

  @Test
  void badNumbersBooleansCodesAndEnumsNameTheCell() throws IOException {
    Map<String, String> files = set();
    files.put("studenten.csv", STUDENTS.replace(";52,0907;", ";52.09.07;")
        .replace(";BOL;", ";MBO;").replace(";lint;3;fiets;", ";lint;3;step;")
        .replace("B1-K1-W1=2;", "B1-K1-W1=hoog;"));
    List<String> lines = errors(files);
    // the home is not repeated in the message
    assertLine(lines, "studenten.csv:2:breedtegraad: the value is not a number.");
    assertFalse(String.join("\n", lines).contains("52.09.07"), lines.toString());
    assertLine(lines, "studenten.csv:2:leerweg: the value (MBO) is not one of BOL or BBL.");
    assertLine(lines, "studenten.csv:2:vervoer: the value (step) is not one of lopen, fiets, ov"
        + " or auto.");
    assertLine(lines, "studenten.csv:2:competenties: the item (B1-K1-W1=hoog) is not a work"
        + " process with a level.");
    assertEquals(4, lines.size(), lines.toString());
  }

  @Test
  void aSchoolsStudentNumberIsRefusedWithItsOwnAdvice() throws IOException {
    Map<String, String> files = set();
    files.put("studenten.csv", STUDENTS.replaceFirst("id;", "Studentnummer;"));
    List<String> lines = errors(files);
    assertEquals(2, lines.size(), lines.toString());
    assertLine(lines, "studenten.csv:1:Studentnummer: the column \"Studentnummer\" looks like"
        + " the school's own student number");
    assertLine(lines, "studenten.csv:1: the required column \"id\" (pseudonym, pseudoniem) is"
        + " missing.");
  }

  @Test
  void aCompanyRowWithTooManyCellsIsNotReportedAgainAsAnUnknownCompany() throws IOException {
    Map<String, String> files = set();
    files.put("bedrijven.csv", COMPANIES.replace(";2024-25=afgemeld", ";2024-25=afgemeld;x"));
    assertEquals(List.of("bedrijven.csv:2: the row has 9 cells but the header row names 8"
        + " columns. Maybe put quotes around a cell that holds the separator."), errors(files));
  }

  @Test
  void thePolicyFileSetsScopeParticipationAndCoverage() throws IOException {
    Map<String, String> files = set();
    files.put("beleid.csv", "Schooljaar;Leerwegen;Leerjaren;Alleen eerste stage;"
        + "Afmelden toegestaan;Minimale grootte;Vrijgestelde sectoren;Minimale dekking\n"
        + "2024-25;BBL BOL;2 1;nee;nee;klein;Zorg ICT;75\n");
    Policy policy = read(files).policy();
    assertEquals(new Policy(SchoolYear.of(2024), new nl.stagematch.core.model.Scope(
        Set.of(nl.stagematch.core.model.Track.BOL, nl.stagematch.core.model.Track.BBL),
        Set.of(1, 2), false), new nl.stagematch.core.model.ParticipationPolicy(false,
        SizeClass.SMALL, Set.of("zorg", "ict")), 75), policy);

    files.put("beleid.csv", "schooljaar;minimale dekking\n2025-27;101\n");
    List<String> lines = errors(files);
    assertEquals(2, lines.size(), lines.toString());
    assertEquals("beleid.csv:2:schooljaar: The school year (2025-27) must be written as"
        + " YYYY-YY with consecutive years. Maybe write it as 2025-26.", lines.get(0));
    assertLine(lines, "beleid.csv:2:minimale dekking: The minimum period coverage (101)");
  }

  @Test
  void coordinatesOutOfRangeAreRefusedWithoutRepeatingThem() throws IOException {
    Map<String, String> files = set();
    files.put("studenten.csv", STUDENTS.replace(";52,0907;5,1214", ";95,0907;5,1214"));
    files.put("bedrijven.csv", COMPANIES.replace(";52,0841;5,1687", ";52,0841;-185,1687"));
    List<String> lines = errors(files);
    assertEquals(List.of("bedrijven.csv:2:lengtegraad: the longitude must be from -180 to 180"
        + " (WGS84 decimal degrees). Maybe use decimal degrees, such as 5,1214.",
        "studenten.csv:2:breedtegraad: the latitude must be from -90 to 90 (WGS84 decimal"
            + " degrees). Maybe latitude and longitude are swapped."), lines);
  }

  @Test
  void twoSpellingsOfOneFileAreRefused() throws IOException {
    Map<String, String> files = set();
    files.put("Plaatsen.csv", PLACES);
    files.put("places.csv", PLACES);
    assertEquals(List.of("Plaatsen.csv: the directory holds Plaatsen.csv and plaatsen.csv, which"
        + " differ only in case. Maybe remove all but one."), errors(files));
    Files.delete(dir.resolve("Plaatsen.csv"));
    assertEquals(List.of("plaatsen.csv: both plaatsen.csv and places.csv are in the directory."
        + " Maybe remove one of them."), errors(Map.of()));
  }

  @Test
  void missingFilesAreNamed() throws IOException {
    Map<String, String> files = set();
    files.remove("plaatsen.csv");
    files.remove("erkenningen.csv");
    List<String> lines = errors(files);
    assertEquals(List.of(
        "erkenningen.csv: the file with the recognitions is missing from the directory. Maybe"
            + " export it as erkenningen.csv (or recognitions.csv); see docs/import.md.",
        "plaatsen.csv: the file with the places is missing from the directory. Maybe export it"
            + " as plaatsen.csv (or places.csv); see docs/import.md."), lines);
  }

  @Test
  void areaCodesResolveThroughTheTableAndAFullPostcodeIsRefused() throws IOException {
    Map<String, String> files = set();
    files.put("studenten.csv", STUDENTS.replace(";breedtegraad;lengtegraad\n", ";pc4\n")
        .replace(";52,0907;5,1214\n", ";3511\n").replace(";;;\n", ";;3584\n"));
    Path areas = dir.resolve("pc4.csv");
    Files.writeString(areas, "pc4;breedtegraad;lengtegraad\n3511;52,0907;5,1214\n"
        + "3584;52,08;5,17\n");
    write(files, StandardCharsets.UTF_8);
    MatchingProblem problem = CsvImport.read(dir, ImportOptions.builder().areas(areas).build());
    assertEquals(new Location(52.0907, 5.1214), problem.students().get(0).home());
    assertEquals(new Location(52.08, 5.17), problem.students().get(1).home());

    files.put("studenten.csv", files.get("studenten.csv").replace(";3511\n", ";3511 AB\n")
        .replace(";3584\n", ";9999\n"));
    List<String> lines = errors(files, ImportOptions.builder().areas(areas).build());
    assertEquals(List.of(
        "studenten.csv:2:pc4: the value is a full postcode (four digits and two letters), which"
            + " is too precise: it points to a few houses and is personal. Maybe give only the"
            + " four digits of the area (3511).",
        "studenten.csv:3:pc4: the area code (9999) is not in the area table (pc4.csv). Maybe add"
            + " it there, or correct the code."), lines);
    lines = errors(files);
    assertLine(lines, "studenten.csv:3:pc4: the area code (9999) needs a table of areas.");
  }

  @Test
  void nothingIsWrittenOnAnErrorAndAnExistingFileIsUntouched() throws IOException {
    Path out = dir.resolve("problem.json");
    Files.writeString(out, "old");
    Map<String, String> files = set();
    files.put("plaatsen.csv", PLACES.replace(";2;physically", ";nul;physically"));
    write(files, StandardCharsets.UTF_8);
    assertThrows(CsvImportException.class,
        () -> CsvImport.convert(dir, ImportOptions.defaults(), out));
    assertEquals("old", Files.readString(out));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(6, left.count(), "a temporary file was left behind");
    }
    files.put("plaatsen.csv", PLACES);
    write(files, StandardCharsets.UTF_8);
    CsvImport.convert(dir, ImportOptions.defaults(), out);
    assertArrayEquals(ProblemJson.toBytes(expected("ziekenhuis", "ziekenhuis")),
        Files.readAllBytes(out));
  }

  @Test
  void theErrorCapCountsTheRest() throws IOException {
    Map<String, String> files = set();
    StringBuilder places = new StringBuilder(PLACES);
    for (int i = 2; i < 12; i++) {
      places.append("P-").append(i).append(";C-1;25180;2;x;26-06-2026;blok;5;1;\n");
    }
    files.put("plaatsen.csv", places.toString());
    List<String> lines = errors(files, ImportOptions.builder().maxErrors(3).build());
    assertEquals(4, lines.size());
    assertEquals("... and 7 more errors", lines.get(3));
  }
}
