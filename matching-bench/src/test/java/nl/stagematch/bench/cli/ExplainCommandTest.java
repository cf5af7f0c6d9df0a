package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.view.Explanations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code stagematch explain} on the embedded sample, matched with school-placement, two-by-two and
 * blind-shortlist: the CSV files are parsed back (an RFC 4180 reader of this test's own) and
 * compared with the result document and the library's explanations; the company files are
 * scanned for travel time and coordinates; the HTML for anything external.
 */
class ExplainCommandTest {
  private static final List<String> VARIANTS =
      List.of("school-placement", "two-by-two", "blind-shortlist");

  @TempDir
  static Path dir;
  private static MatchingProblem problem;
  private static Path problemFile;
  private static final Map<String, MatchResult> RESULTS = new HashMap<>();
  private static final Map<String, Path> RESULT_FILES = new HashMap<>();
  /** variant + "/" + language -> output directory. */
  private static final Map<String, Path> OUT = new HashMap<>();

  @BeforeAll
  static void matchAndExplain() throws Exception {
    problem = SampleCohort.load();
    problemFile = dir.resolve("cohort.json");
    ProblemJson.write(problem, problemFile);
    for (String variant : VARIANTS) {
      Path result = dir.resolve(variant + ".json");
      ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant", variant,
          "--seed", "2025", problemFile.toString(), "--out", result.toString());
      assertEquals(0, run.exit(), run.err());
      RESULTS.put(variant, ResultJson.read(result));
      RESULT_FILES.put(variant, result);
      for (String lang : List.of("nl", "en")) {
        if (lang.equals("en") && !variant.equals("two-by-two")) {
          continue; // English once is enough: the same code with the other half of the table
        }
        Path out = dir.resolve("out-" + variant + "-" + lang);
        List<String> args = new ArrayList<>(List.of("explain", "--problem",
            problemFile.toString(), result.toString(), "--out", out.toString()));
        if (lang.equals("en")) {
          args.addAll(List.of("--lang", "en"));
        }
        // Dutch is the default: the Dutch files are written without --lang
        ValidateCommandTest.Run explain = ValidateCommandTest.runDefault(
            args.toArray(String[]::new));
        assertEquals(0, explain.exit(), explain.err());
        OUT.put(variant + "/" + lang, out);
      }
    }
  }

  static Stream<Arguments> outputs() {
    return Stream.of(Arguments.of("school-placement", "nl"), Arguments.of("two-by-two", "nl"),
        Arguments.of("blind-shortlist", "nl"), Arguments.of("two-by-two", "en"));
  }

  /** An RFC 4180 reader: {@code ;}-separated, quoted cells, CRLF; checks and drops the BOM. */
  static List<List<String>> readCsv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), file + " has no byte order mark");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertFalse(quoted, file + ": an unclosed quote");
    assertTrue(row.isEmpty() && cell.length() == 0, file + ": the last line has no CRLF");
    for (List<String> r : rows) {
      assertEquals(rows.get(0).size(), r.size(), file + ": row " + r);
    }
    return rows;
  }

  private static Map<String, List<String>> byFirstColumn(List<List<String>> rows) {
    Map<String, List<String>> out = new TreeMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertEquals(null, out.put(r.get(0), r), "twice: " + r.get(0));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void everyStudentOnceWithHerPlaceFitOrReasonAndTheLibrarysExplanation(String variant,
      String lang) throws Exception {
    MatchResult result = RESULTS.get(variant);
    Locale locale = Locale.forLanguageTag(lang);
    boolean nl = lang.equals("nl");
    List<List<String>> rows =
        readCsv(OUT.get(variant + "/" + lang).resolve(nl ? "studenten.csv" : "students.csv"));
    assertEquals(nl ? List.of("Student", "Geplaatst bij", "Bedrijf", "Passing", "Redencode",
        "Uitleg") : List.of("Student", "Placed at", "Company", "Fit", "Reason code",
        "Explanation"), rows.get(0));
    Map<String, List<String>> byId = byFirstColumn(rows);
    Set<String> expectedIds = new TreeSet<>();
    problem.students().forEach(s -> expectedIds.add(s.id()));
    assertEquals(expectedIds, byId.keySet());
    Explanations explanations =
        Explanations.of(problem, FitParameters.toModel(result.provenance().fitModel()));
    int placed = 0;
    for (Placement p : result.placements()) {
      List<String> row = byId.get(p.studentId());
      assertEquals(p.placeId(), row.get(1), p.studentId());
      assertEquals(problem.place(p.placeId()).orElseThrow().companyId(), row.get(2));
      assertEquals(Integer.toString(p.fit()), row.get(3), p.studentId());
      assertEquals("", row.get(4));
      assertTrue(row.get(5).startsWith(nl ? "Geplaatst bij " + p.placeId() + ";"
          : "Placed at " + p.placeId() + ";"), row.get(5));
      placed++;
    }
    for (Unplaced u : result.unplaced()) {
      List<String> row = byId.get(u.studentId());
      assertEquals(List.of("", "", ""), row.subList(1, 4), u.studentId());
      assertEquals(u.reason().name(), row.get(4), u.studentId());
      assertTrue(row.get(5).startsWith(nl ? "Niet geplaatst: " : "Not placed: ")
          && row.get(5).contains(Explanations.describe(u.reason(), locale)), row.get(5));
    }
    assertTrue(placed > 0 && !result.unplaced().isEmpty(), variant + ": a trivial result");
    for (String id : expectedIds) {
      assertEquals(explanations.explain(result, id, locale), byId.get(id).get(5), id);
    }
    // the placement list agrees with the same result
    List<List<String>> list = readCsv(OUT.get(variant + "/" + lang)
        .resolve(nl ? "plaatsingen.csv" : "placements.csv"));
    Map<String, List<String>> listById = byFirstColumn(list);
    assertEquals(expectedIds, listById.keySet());
    for (Placement p : result.placements()) {
      assertEquals(List.of(p.placeId(), problem.place(p.placeId()).orElseThrow().companyId(),
          Integer.toString(p.fit()), ""), listById.get(p.studentId()).subList(1, 5));
    }
  }

  /** Files a company may be given. */
  private static List<Path> companyFiles(Path out) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      s.filter(f -> !f.getFileName().toString().startsWith("studenten")
          && !f.getFileName().toString().startsWith("students")
          && !f.getFileName().toString().startsWith("plaatsingen")
          && !f.getFileName().toString().startsWith("placements")
          // the placement list is the school's: it names an unplaced student's reason
          && !f.getFileName().toString().startsWith("plaatsingslijst")
          && !f.getFileName().toString().startsWith("placement-list")).sorted()
          .forEach(files::add);
    }
    return files;
  }

  private static final Pattern COORDINATE = Pattern.compile("\\d+\\.\\d{3,}");

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void noCompanyFileCarriesTravelTimeOrLocation(String variant, String lang) throws Exception {
    List<Path> files = companyFiles(OUT.get(variant + "/" + lang));
    assertTrue(files.size() >= 2, files.toString());
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String lower = text.toLowerCase(Locale.ROOT);
      for (String word : List.of("reistijd", "reis", "travel", "minuten", "minutes", "fiets",
          "bike", "latitude", "longitude", "openbaar vervoer", "public transport")) {
        assertFalse(lower.contains(word), f.getFileName() + " contains (" + word + ")");
      }
      assertFalse(COORDINATE.matcher(text).find(), f.getFileName() + ": a coordinate? "
          + (COORDINATE.matcher(text).find() ? COORDINATE.matcher(text).results().findFirst()
              .orElseThrow().group() : ""));
    }
    // and the students' own file does name the travel time (so the scan can find it)
    Path students = OUT.get(variant + "/" + lang)
        .resolve(lang.equals("nl") ? "studenten.csv" : "students.csv");
    assertTrue(Files.readString(students).contains(lang.equals("nl") ? "reistijd" : "travel"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void htmlIsSelfContainedLocalisedAndPrintsOnA4(String variant, String lang)
      throws Exception {
    int pages = 0;
    try (Stream<Path> s = Files.list(OUT.get(variant + "/" + lang))) {
      for (Path f : s.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(f, StandardCharsets.UTF_8);
        pages++;
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"), f.toString());
        assertTrue(html.contains("<meta charset=\"utf-8\">"), f.toString());
        assertTrue(html.contains("@page { size: A4;"), f.toString());
        for (String external : List.of("http://", "https://", "src=", "<link", "@import",
            "<script", "url(")) {
          assertFalse(html.contains(external), f + " contains " + external);
        }
        // no stray markup from the data: every '<' opens a tag of the page's own small set
        assertFalse(Pattern.compile("<(?!/?(html|head|meta|title|style|body|h1|h2|p|table|"
            + "thead|tbody|tr|th|td|div|section|br)[ >])(?!!DOCTYPE)").matcher(html).find(),
            f.toString());
      }
    }
    assertTrue(pages >= 2);
    Path students = OUT.get(variant + "/" + lang)
        .resolve(lang.equals("nl") ? "studenten.html" : "students.html");
    String html = Files.readString(students, StandardCharsets.UTF_8);
    if (lang.equals("nl")) {
      assertTrue(html.contains("<title>Uitslag per student</title>")
          && html.contains("<th>Geplaatst bij</th>") && html.contains("<th>Uitleg</th>"));
      assertFalse(html.contains("Placed at") || html.contains("Not placed"));
    } else {
      assertTrue(html.contains("<title>Result per student</title>")
          && html.contains("<th>Placed at</th>"));
      assertFalse(html.contains("Geplaatst") || html.contains("Niet geplaatst"));
    }
  }

  @Test
  void theMeetingPlanListsTheCertificatesMeetings() throws Exception {
    AcquaintanceCertificate certificate =
        (AcquaintanceCertificate) RESULTS.get("two-by-two").certificate();
    assertFalse(certificate.meetings().isEmpty());
    Path out = OUT.get("two-by-two/nl");
    Set<String> expected = new TreeSet<>();
    for (Provenance.Pair m : certificate.meetings()) {
      expected.add(m.studentId() + " " + m.placeId() + " "
          + problem.place(m.placeId()).orElseThrow().companyId());
    }
    List<List<String>> students = readCsv(out.resolve("kennismakingen-studenten.csv"));
    assertEquals(List.of("Student", "Plaats", "Bedrijf"), students.get(0));
    Set<String> got = new TreeSet<>();
    for (List<String> r : students.subList(1, students.size())) {
      got.add(r.get(0) + " " + r.get(1) + " " + r.get(2));
    }
    assertEquals(expected, got);
    assertEquals(expected.size(), students.size() - 1);
    List<List<String>> companies = readCsv(out.resolve("kennismakingen-bedrijven.csv"));
    Set<String> fromCompanies = new TreeSet<>();
    for (List<String> r : companies.subList(1, companies.size())) {
      fromCompanies.add(r.get(2) + " " + r.get(1) + " " + r.get(0));
      Student s = problem.student(r.get(2)).orElseThrow();
      assertEquals(s.wish().qualification().crebo(), r.get(3));
      assertEquals(Integer.toString(s.wish().qualification().level()), r.get(4));
    }
    assertEquals(expected, fromCompanies);
    assertTrue(Files.exists(OUT.get("two-by-two/en").resolve("meetings-students.csv")));
    assertFalse(Files.exists(OUT.get("school-placement/nl").resolve("kennismakingen.html")));
  }

  @Test
  void theShortlistsListEveryNominationAndPick() throws Exception {
    ShortlistCertificate certificate =
        (ShortlistCertificate) RESULTS.get("blind-shortlist").certificate();
    List<List<String>> rows =
        readCsv(OUT.get("blind-shortlist/nl").resolve("shortlijsten.csv"));
    assertEquals("Plaats", rows.get(0).get(0));
    int nominations = 0;
    Set<String> picks = new TreeSet<>();
    for (ShortlistCertificate.Shortlist s : certificate.shortlists()) {
      nominations += s.nominated().size();
      if (s.picked() != null) {
        picks.add(s.round() + " " + s.placeId() + " " + s.picked());
      }
    }
    assertEquals(nominations, rows.size() - 1);
    Set<String> got = new TreeSet<>();
    int gekozen = rows.get(0).indexOf("Gekozen");
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.get(gekozen).equals("ja")) {
        got.add(r.get(2) + " " + r.get(0) + " " + r.get(5));
      } else {
        assertEquals("nee", r.get(gekozen));
      }
    }
    assertEquals(picks, got);
    // every placed student of V3 is in the company file as coming to her place
    List<List<String>> companies = readCsv(OUT.get("blind-shortlist/nl").resolve("bedrijven.csv"));
    Set<String> coming = new HashSet<>();
    for (List<String> r : companies.subList(1, companies.size())) {
      if (r.get(2).equals("komt")) {
        coming.add(r.get(3) + " " + r.get(1));
      }
    }
    Set<String> placed = new HashSet<>();
    RESULTS.get("blind-shortlist").placements()
        .forEach(p -> placed.add(p.studentId() + " " + p.placeId()));
    assertEquals(placed, coming);
  }

  @Test
  void theCompanyFileHasEveryPlacementOnceAsAProfile() throws Exception {
    MatchResult result = RESULTS.get("school-placement");
    List<List<String>> rows = readCsv(OUT.get("school-placement/nl").resolve("bedrijven.csv"));
    assertEquals(List.of("Bedrijf", "Plaats", "Status", "Student", "Kwalificatie (crebo)",
        "Niveau", "Gewenste werkprocessen", "Periode", "Dekking van de periode", "Wat past"),
        rows.get(0));
    assertEquals(result.placements().size(), rows.size() - 1);
    for (List<String> r : rows.subList(1, rows.size())) {
      Placement p = result.placement(r.get(3)).orElseThrow();
      Place place = problem.place(p.placeId()).orElseThrow();
      assertEquals(List.of(place.companyId(), place.id(), "komt"), r.subList(0, 3));
    }
  }

  @Test
  void studentPagesPerSchoolSplitTheStudents() throws Exception {
    Path schools = dir.resolve("schools.csv");
    StringBuilder sb = new StringBuilder("# student,school\n");
    List<Student> students = problem.students();
    for (int i = 0; i < students.size(); i++) {
      sb.append(students.get(i).id()).append(i % 2 == 0 ? ",ROC-A\n" : ";ROC:B\n");
    }
    Files.writeString(schools, sb.toString());
    Path out = dir.resolve("per-school");
    ValidateCommandTest.Run run = ValidateCommandTest.runDefault("explain", "--problem",
        problemFile.toString(), RESULT_FILES.get("school-placement").toString(), "--out",
        out.toString(), "--schools", schools.toString());
    assertEquals(0, run.exit(), run.err());
    String a = Files.readString(out.resolve("studenten-ROC-A.html"));
    String b = Files.readString(out.resolve("studenten-ROC_B.html"));
    assertFalse(Files.exists(out.resolve("studenten.html")));
    assertTrue(a.contains("school ROC-A") && b.contains("school ROC:B"));
    for (int i = 0; i < students.size(); i++) {
      String cell = "<td class=\"id\">" + students.get(i).id() + "</td>";
      assertEquals(i % 2 == 0, a.contains(cell), students.get(i).id());
      assertEquals(i % 2 == 1, b.contains(cell), students.get(i).id());
    }
    List<List<String>> rows = readCsv(out.resolve("studenten.csv"));
    assertEquals("School", rows.get(0).get(1));
    assertEquals("ROC:B", byFirstColumn(rows).get(students.get(1).id()).get(1));
  }

  /** The period of a place as the placement list writes it, formatted here on its own. */
  private static String periodText(Place place, boolean dutch) {
    nl.stagematch.core.model.Period p = place.period();
    String form = p.form() == nl.stagematch.core.model.PeriodForm.BLOCK
        ? (dutch ? "blok" : "block")
        : (dutch ? "lint, " + p.daysPerWeek() + " dag(en) per week"
            : "ribbon, " + p.daysPerWeek() + " day(s) a week");
    return p.start() + " \u2013 " + p.end() + " (" + form + ")";
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void thePlacementListNamesPlaceCompanyAndPeriodOrTheReason(String variant, String lang)
      throws Exception {
    MatchResult result = RESULTS.get(variant);
    boolean nl = lang.equals("nl");
    Locale locale = Locale.forLanguageTag(lang);
    Path out = OUT.get(variant + "/" + lang);
    List<List<String>> rows =
        readCsv(out.resolve(nl ? "plaatsingslijst.csv" : "placement-list.csv"));
    assertEquals(nl ? List.of("Student", "Plaats", "Bedrijf", "Periode", "Redencode", "Reden")
        : List.of("Student", "Place", "Company", "Period", "Reason code", "Reason"), rows.get(0));
    Map<String, List<String>> byId = byFirstColumn(rows);
    assertEquals(problem.students().size(), byId.size());
    for (Placement p : result.placements()) {
      Place place = problem.place(p.placeId()).orElseThrow();
      assertEquals(List.of(p.placeId(), place.companyId(), periodText(place, nl), "", ""),
          byId.get(p.studentId()).subList(1, 6), p.studentId());
    }
    for (Unplaced u : result.unplaced()) {
      List<String> row = byId.get(u.studentId());
      assertEquals(List.of("", "", "", u.reason().name()), row.subList(1, 5), u.studentId());
      assertTrue(row.get(5).startsWith(Explanations.describe(u.reason(), locale)), row.get(5));
    }
    String html = Files.readString(out.resolve(nl ? "plaatsingslijst.html"
        : "placement-list.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"));
    assertTrue(html.contains("@page { size: A4"));
    assertTrue(html.contains(nl ? "<h1>Plaatsingslijst</h1>" : "<h1>Placement list</h1>"));
    assertFalse(html.contains("http") || html.contains("<script") || html.contains("<link")
        || html.contains("<img"));
    for (Student s : problem.students()) {
      assertTrue(html.contains("<td class=\"id\">" + s.id() + "</td>"), s.id());
    }
  }

  @Test
  void thePlacementListIsPerSchoolWithEverythingEscaped() throws Exception {
    Path schools = dir.resolve("schools-list.csv");
    StringBuilder sb = new StringBuilder();
    List<Student> students = problem.students();
    // the last student is in no school
    for (int i = 0; i < students.size() - 1; i++) {
      sb.append(students.get(i).id()).append(i % 2 == 0 ? ",ROC-A\n" : ";aoc:X.Y\n");
    }
    Files.writeString(schools, sb.toString());
    Path out = dir.resolve("list-per-school");
    ValidateCommandTest.Run run = ValidateCommandTest.runDefault("explain", "--problem",
        problemFile.toString(), RESULT_FILES.get("school-placement").toString(), "--out",
        out.toString(), "--schools", schools.toString());
    assertEquals(0, run.exit(), run.err());
    assertFalse(Files.exists(out.resolve("plaatsingslijst.csv")));
    Map<String, List<String>> a = byFirstColumn(readCsv(out.resolve("plaatsingslijst-ROC-A.csv")));
    // the ':' of the school id is not a character of a file name
    Map<String, List<String>> b =
        byFirstColumn(readCsv(out.resolve("plaatsingslijst-aoc_X.Y.csv")));
    Map<String, List<String>> none =
        byFirstColumn(readCsv(out.resolve("plaatsingslijst-zonder_school.csv")));
    for (int i = 0; i < students.size(); i++) {
      String id = students.get(i).id();
      boolean last = i == students.size() - 1;
      assertEquals(!last && i % 2 == 0, a.containsKey(id), id);
      assertEquals(!last && i % 2 == 1, b.containsKey(id), id);
      assertEquals(last, none.containsKey(id), id);
    }
    String html = Files.readString(out.resolve("plaatsingslijst-aoc_X.Y.html"));
    assertTrue(html.contains("<title>Plaatsingslijst, school aoc:X.Y</title>"),
        html.substring(0, 400));
    assertTrue(Files.readString(out.resolve("plaatsingslijst-zonder_school.html"))
        .contains("<h1>Plaatsingslijst, school zonder school</h1>"));

    // a school id is a pseudonym (docs/format.md#ids): markup in one is refused with the file
    // and the line, and nothing is written
    Files.writeString(schools, sb.toString().replace("aoc:X.Y", "<b>X&Y</b>"));
    Path refused = dir.resolve("list-refused");
    ValidateCommandTest.Run markup = ValidateCommandTest.runDefault("explain", "--problem",
        problemFile.toString(), RESULT_FILES.get("school-placement").toString(), "--out",
        refused.toString(), "--schools", schools.toString());
    assertEquals(2, markup.exit(), markup.err());
    assertTrue(markup.err().contains("Regel 2 van " + schools), markup.err());
    assertFalse(Files.exists(refused), refused + " was made");
  }

  private static void assertRefusedAndNothingWritten(ValidateCommandTest.Run run, Path out,
      String shown) {
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(shown) && run.err().contains("Maybe"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(out), out + " was made");
  }

  @Test
  void badInputIsRefusedWithNothingWritten() throws Exception {
    Path out = dir.resolve("never");
    Path missing = dir.resolve("no-such-result.json");
    assertRefusedAndNothingWritten(ValidateCommandTest.run("explain", "--problem",
        problemFile.toString(), missing.toString(), "--out", out.toString()), out,
        missing.toString());

    Policy p = problem.policy();
    MatchingProblem other = MatchingProblem.of(new Policy(p.schoolYear(), p.scope(),
        p.participation().equals(ParticipationPolicy.DEFAULT)
            ? ParticipationPolicy.OPT_OUT_ALLOWED : ParticipationPolicy.DEFAULT),
        problem.students(), problem.companies(), problem.places());
    Path otherFile = dir.resolve("other.json");
    ProblemJson.write(other, otherFile);
    assertRefusedAndNothingWritten(ValidateCommandTest.run("explain", "--problem",
        otherFile.toString(), RESULT_FILES.get("school-placement").toString(), "--out",
        out.toString()), out, "another problem");

    MatchResult r = RESULTS.get("school-placement");
    List<Unplaced> unplaced = new ArrayList<>(r.unplaced());
    unplaced.add(Unplaced.of("S-UNKNOWN", UnplacedReason.NO_ADMISSIBLE_PLACE));
    Path unknown = dir.resolve("unknown-student.json");
    ResultJson.write(new MatchResult(r.variant(), r.seed(), r.placements(), unplaced,
        r.lotteryNumbers()), unknown);
    assertRefusedAndNothingWritten(ValidateCommandTest.run("explain", "--problem",
        problemFile.toString(), unknown.toString(), "--out", out.toString()), out,
        "S-UNKNOWN");

    Path badSchools = dir.resolve("bad-schools.json");
    Files.writeString(badSchools, "{\"S-NOBODY\": \"ROC-A\"}");
    assertRefusedAndNothingWritten(ValidateCommandTest.run("explain", "--problem",
        problemFile.toString(), RESULT_FILES.get("school-placement").toString(), "--out",
        out.toString(), "--schools", badSchools.toString()), out, "S-NOBODY");
  }

  @Test
  void noTemporaryFileIsLeftAndARerunGivesTheSameBytes() throws Exception {
    Path out = OUT.get("two-by-two/nl");
    Map<String, byte[]> before = new TreeMap<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        assertFalse(f.getFileName().toString().startsWith("."), f.toString());
        before.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    ValidateCommandTest.Run run = ValidateCommandTest.run("explain", "--problem",
        problemFile.toString(), RESULT_FILES.get("two-by-two").toString(), "--out",
        out.toString(), "--lang", "nl");
    assertEquals(0, run.exit(), run.err());
    try (Stream<Path> s = Files.list(out)) {
      List<Path> after = s.toList();
      assertEquals(before.size(), after.size());
      for (Path f : after) {
        byte[] bytes = before.get(f.getFileName().toString());
        assertNotNull(bytes, f.toString());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(f)), f.toString());
      }
    }
  }
}
