package nl.stagematch.core.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.json.JsonFormatException;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.ReadOptions;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.InvalidProblemException;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.model.TravelLimit;
import nl.stagematch.core.model.ValidationError;

/**
 * Imports a school's spreadsheet export, a set of CSV files in one directory (described in
 * {@code docs/import.md}), as a {@link MatchingProblem}: {@code studenten.csv}, {@code
 * bedrijven.csv}, {@code erkenningen.csv}, {@code plaatsen.csv} and optionally {@code beleid.csv}
 * (or their English names).
 *
 * <p>As strict as the JSON reader: a personal column (any name {@link
 * ProblemJson#personalCategory} refuses) or an unknown column refuses the whole import; a bad
 * cell is reported with its file, row and column; every error of every file is reported at once
 * in a {@link CsvImportException}; the problem that is returned has passed the same checks as a
 * {@code stagematch-problem/1} document read by {@link ProblemJson}.
 *
 * <pre>{@code
 * MatchingProblem problem = CsvImport.read(Path.of("export"), ImportOptions.defaults());
 * CsvImport.convert(Path.of("export"), ImportOptions.defaults(), Path.of("problem.json"));
 * }</pre>
 */
public final class CsvImport {
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?[0-9]{1,20}([.,][0-9]{1,30})?([eE][-+]?[0-9]{1,3})?");
  private static final Pattern DUTCH_DATE =
      Pattern.compile("([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern AREA = Pattern.compile("[1-9][0-9]{3}");
  private static final Pattern PATH =
      Pattern.compile("^\\$\\.(students|companies|places)\\[(\\d+)\\]\\.?([A-Za-z]*).*$");

  /** The largest file read, the JSON reader's default document limit (512 MiB). */
  static final long MAX_FILE_BYTES = ReadOptions.defaults().maxDocumentBytes();

  private final Path directory;
  private final ImportOptions options;
  private final Errors errors;
  private Map<String, Location> areas;
  /** File names (lower case) that the directory holds in more than one spelling. */
  private final Set<String> ambiguous = new HashSet<>();
  private String areasFile;

  private CsvImport(Path directory, ImportOptions options) {
    this.directory = directory;
    this.options = options;
    this.errors = new Errors(options.maxErrors());
  }

  /**
   * Reads the CSV set in {@code directory}.
   *
   * @throws CsvImportException with every error of every file when the set cannot be imported
   * @throws IOException when a file exists but cannot be read
   */
  public static MatchingProblem read(Path directory, ImportOptions options) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    return new CsvImport(directory, options).read();
  }

  /**
   * Reads the CSV set in {@code directory} and writes it to {@code out} as a canonical {@code
   * stagematch-problem/1} document. The document is written to a temporary file next to {@code
   * out} and moved into place only when everything is valid: on an error, {@code out} is left as
   * it was.
   *
   * @return the problem written
   * @throws CsvImportException with every error of every file when the set cannot be imported
   * @throws IOException when a file cannot be read or {@code out} cannot be written
   */
  public static MatchingProblem convert(Path directory, ImportOptions options, Path out)
      throws IOException {
    MatchingProblem problem = read(directory, options);
    ProblemJson.write(problem, out);
    return problem;
  }

  // ---- the set

  private MatchingProblem read() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new NoSuchFileException(directory.toString(), null,
          "not a directory with the CSV files (studenten.csv, bedrijven.csv, erkenningen.csv,"
              + " plaatsen.csv)");
    }
    if (options.areas().isPresent()) {
      Path file = options.areas().get();
      areasFile = String.valueOf(file.getFileName());
      Table table = table(file, areasFile, CsvSet.AREAS);
      areas = table == null ? null : areas(table);
    }
    Map<String, String> present = new HashMap<>();
    Map<String, Set<String>> spellings = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String key = name.toLowerCase(Locale.ROOT);
        spellings.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
        // the first spelling in sorted order, so that the choice never depends on the listing
        present.put(key, spellings.get(key).iterator().next());
      }
    }
    for (Table.Spec spec : List.of(CsvSet.POLICY, CsvSet.COMPANIES, CsvSet.RECOGNITIONS,
        CsvSet.STUDENTS, CsvSet.PLACES)) {
      for (String name : spec.fileNames()) {
        Set<String> found = spellings.getOrDefault(name, Set.of());
        if (found.size() > 1) {
          present.remove(name);
          ambiguous.add(name);
          errors.add(found.iterator().next(), 0, null, "the directory holds "
              + String.join(" and ", found) + ", which differ only in case. Maybe remove all"
              + " but one.");
        }
      }
    }
    Table policyTable = find(present, CsvSet.POLICY, false);
    Table companyTable = find(present, CsvSet.COMPANIES, true);
    Table recognitionTable = find(present, CsvSet.RECOGNITIONS, true);
    Table studentTable = find(present, CsvSet.STUDENTS, true);
    Table placeTable = find(present, CsvSet.PLACES, true);

    Policy policy = policy(policyTable);
    Map<String, List<Recognition>> recognitions = new HashMap<>();
    Map<String, List<Integer>> recognitionRows = new HashMap<>();
    if (recognitionTable != null) {
      recognitions(recognitionTable, recognitions, recognitionRows);
    }
    List<Company> companies = new ArrayList<>();
    List<Integer> companyRows = new ArrayList<>();
    Set<String> badCompanies = new HashSet<>();
    if (companyTable != null) {
      badCompanies.addAll(companyTable.skippedIds);
      Map<String, Integer> seen = new HashMap<>();
      for (CsvParser.Row row : companyTable.rows) {
        String id = companyTable.get(row, "id");
        Company company = company(companyTable, row, recognitions);
        if (company == null) {
          badCompanies.add(id);
        } else if (unique(companyTable, row, id, seen)) {
          companies.add(company);
          companyRows.add(row.number());
        }
      }
      if (recognitionTable != null) {
        for (Map.Entry<String, List<Integer>> e : new TreeMap<>(recognitionRows).entrySet()) {
          if (!seen.containsKey(e.getKey()) && !badCompanies.contains(e.getKey())) {
            for (int r : e.getValue()) {
              errors.add(recognitionTable.file, r, recognitionTable.header("company"),
                  "the company (" + e.getKey() + ") is not in " + companyTable.file + ". Maybe"
                      + " add it there, or correct the id.");
            }
          }
        }
      }
    }
    List<Student> students = new ArrayList<>();
    List<Integer> studentRows = new ArrayList<>();
    if (studentTable != null) {
      Map<String, Integer> seen = new HashMap<>();
      for (CsvParser.Row row : studentTable.rows) {
        Student student = student(studentTable, row);
        if (student != null && unique(studentTable, row, student.id(), seen)) {
          students.add(student);
          studentRows.add(row.number());
        }
      }
    }
    List<Place> places = new ArrayList<>();
    List<Integer> placeRows = new ArrayList<>();
    if (placeTable != null) {
      Map<String, Integer> seen = new HashMap<>();
      Set<String> companyIds = new HashSet<>();
      companies.forEach(c -> companyIds.add(c.id()));
      for (CsvParser.Row row : placeTable.rows) {
        Place place = place(placeTable, row);
        if (place == null || !unique(placeTable, row, place.id(), seen)) {
          continue;
        }
        if (companyTable != null && !companyIds.contains(place.companyId())) {
          if (!badCompanies.contains(place.companyId())) {
            errors.add(placeTable.file, row.number(), placeTable.header("company"),
                "the company (" + place.companyId() + ") of place (" + place.id() + ") is not"
                    + " in " + companyTable.file + ". Maybe add the company there, or correct"
                    + " the id.");
          }
          continue;
        }
        places.add(place);
        placeRows.add(row.number());
      }
    }
    errors.throwIfAny();
    MatchingProblem problem;
    try {
      problem = MatchingProblem.of(policy, students, companies, places);
    } catch (InvalidProblemException e) {
      // the rules between elements were checked above with rows; what is left is reported here
      for (ValidationError error : e.errors()) {
        Matcher m = PATH.matcher(error.path());
        if (m.matches()) {
          int i = Integer.parseInt(m.group(2));
          Table t = m.group(1).equals("students") ? studentTable
              : m.group(1).equals("companies") ? companyTable : placeTable;
          List<Integer> rows = m.group(1).equals("students") ? studentRows
              : m.group(1).equals("companies") ? companyRows : placeRows;
          errors.add(t.file, rows.get(i), null, error.message());
        } else {
          errors.add(studentTable.file, 0, null, error.message());
        }
      }
      errors.throwIfAny();
      throw new IllegalStateException("The problem was refused without errors", e);
    }
    // the same checks as a JSON problem: the canonical document must read back as it is
    try {
      return ProblemJson.read(new ByteArrayInputStream(ProblemJson.toBytes(problem)));
    } catch (JsonFormatException e) {
      throw new IllegalStateException("The imported problem is not a valid document; this is a"
          + " bug.\n" + e.getMessage(), e);
    }
  }

  private boolean unique(Table table, CsvParser.Row row, String id, Map<String, Integer> seen) {
    Integer first = seen.putIfAbsent(id, row.number());
    if (first != null) {
      errors.add(table.file, row.number(), table.header("id"), "the id (" + id + ") is also"
          + " in row " + first + ". Maybe give each row its own id.");
      return false;
    }
    return true;
  }

  private Table find(Map<String, String> present, Table.Spec spec, boolean required)
      throws IOException {
    List<String> found = new ArrayList<>();
    for (String name : spec.fileNames()) {
      String actual = present.get(name);
      if (actual != null) {
        found.add(actual);
      }
    }
    if (found.size() > 1) {
      errors.add(found.get(0), 0, null, "both " + String.join(" and ", found) + " are in the"
          + " directory. Maybe remove one of them.");
      return null;
    }
    if (found.isEmpty()) {
      if (required && spec.fileNames().stream().noneMatch(ambiguous::contains)) {
        errors.add(spec.fileNames().get(0), 0, null, "the file with " + spec.what()
            + " is missing from the directory. Maybe export it as " + spec.fileNames().get(0)
            + " (or " + spec.fileNames().get(1) + "); see docs/import.md.");
      }
      return null;
    }
    return table(directory.resolve(found.get(0)), found.get(0), spec);
  }

  private Table table(Path path, String name, Table.Spec spec) throws IOException {
    // a directory or an unreadable file of that name: an error naming the path, not a failed read
    InputFiles.checkReadable(path);
    long size = Files.size(path);
    if (size > MAX_FILE_BYTES) {
      errors.add(name, 0, null, String.format(Locale.ROOT, "the file (%,d bytes) is larger than"
          + " the limit of %,d bytes. Maybe split the cohort, or leave out columns that"
          + " matching does not use.", size, MAX_FILE_BYTES));
      return null;
    }
    byte[] bytes = Files.readAllBytes(path);
    String text = CsvParser.decode(bytes, options.encoding().orElse(null), name, errors);
    if (text == null) {
      return null;
    }
    char separator = options.separator().orElseGet(() -> CsvParser.detectSeparator(text));
    long before = errors.count();
    List<CsvParser.Row> rows = CsvParser.parse(text, separator, name, errors);
    if (errors.count() != before) {
      return null;
    }
    return Table.of(name, spec, rows, errors);
  }

  // ---- policy

  private Policy policy(Table t) {
    SchoolYear year = options.schoolYear().orElse(null);
    Scope scope = Scope.DEFAULT;
    ParticipationPolicy participation = null;
    int coverage = Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT;
    String where = t != null ? t.file : CsvSet.POLICY.fileNames().get(0);
    boolean yearError = false;
    if (t != null) {
      if (t.rows.size() > 1) {
        errors.add(t.file, t.rows.get(1).number(), null, "the policy has one row; this is"
            + " another. Maybe remove it.");
      }
      if (!t.rows.isEmpty()) {
        CsvParser.Row row = t.rows.get(0);
        long before = errors.count();
        Cells c = new Cells(t, row);
        if (year == null && !c.blank("schoolYear")) {
          String text = c.text("schoolYear");
          year = c.construct(() -> SchoolYear.parse(text), "schoolYear");
          yearError = year == null;
        }
        Set<Track> tracks = c.enumSet("tracks", Track.class, CsvImport::track);
        Set<Integer> years = c.integerSet("studyYears");
        Boolean firstOnly = c.bool("firstOnly");
        Boolean optOut = c.bool("optOutAllowed");
        SizeClass minimum = c.blank("minimumSize") ? SizeClass.MICRO
            : c.parse("minimumSize", CsvImport::size, "micro, klein, middel or groot");
        Set<String> exempt = c.codes("exemptSectors");
        Integer percent = c.integer("coverage");
        if (percent != null) {
          // checked here, with any school year, so that it is reported with the other errors
          c.construct(() -> Policy.defaults(SchoolYear.of(2025))
              .withMinPeriodCoveragePercent(percent), "coverage");
        }
        if (errors.count() == before) {
          Scope d = Scope.DEFAULT;
          scope = c.construct(() -> new Scope(tracks != null ? tracks : d.tracks(),
              years != null ? years : d.studyYears(),
              firstOnly != null ? firstOnly : d.firstInternshipOnly()), "tracks");
          if (optOut != null || !c.blank("minimumSize") || !c.blank("exemptSectors")) {
            participation = c.construct(() -> new ParticipationPolicy(
                optOut != null && optOut, minimum, exempt != null ? exempt : Set.of()),
                "exemptSectors");
          }
          if (percent != null) {
            coverage = percent;
          }
        }
      }
    }
    if (year == null) {
      if (!yearError) {
        errors.add(where, t != null && !t.rows.isEmpty() ? t.rows.get(0).number() : 0,
            t != null ? t.header("schoolYear") : null, "the school year is missing. Maybe give"
                + " it in " + where + " (column schooljaar, such as 2025-26) or on the command"
                + " line (--school-year 2025).");
      }
      return null;
    }
    if (scope == null) {
      return null;
    }
    SchoolYear y = year;
    ParticipationPolicy p = participation != null ? participation
        : ParticipationPolicy.national(y);
    int cov = coverage;
    try {
      return new Policy(y, scope, p, cov);
    } catch (IllegalArgumentException e) {
      errors.add(where, t != null && !t.rows.isEmpty() ? t.rows.get(0).number() : 0,
          t != null ? t.header("coverage") : null, e.getMessage());
      return null;
    }
  }

  // ---- recognitions and companies

  private void recognitions(Table t, Map<String, List<Recognition>> out,
      Map<String, List<Integer>> rowsOut) {
    Map<String, Map<Qualification, Integer>> seen = new HashMap<>();
    for (CsvParser.Row row : t.rows) {
      Cells c = new Cells(t, row);
      long before = errors.count();
      String company = c.required("company");
      Qualification q = c.qualification();
      Set<String> wps = c.workProcessSet("workProcesses");
      if (errors.count() != before) {
        continue;
      }
      Recognition r = c.construct(() -> new Recognition(q, wps), "workProcesses");
      if (r == null) {
        continue;
      }
      Integer first = seen.computeIfAbsent(company, k -> new HashMap<>())
          .putIfAbsent(q, row.number());
      if (first != null) {
        errors.add(t.file, row.number(), t.header("crebo"), "company (" + company + ") has a"
            + " recognition for qualification (" + q + ") in row " + first + " too. Maybe merge"
            + " their work processes into one row.");
        continue;
      }
      out.computeIfAbsent(company, k -> new ArrayList<>()).add(r);
      rowsOut.computeIfAbsent(company, k -> new ArrayList<>()).add(row.number());
    }
  }

  private Company company(Table t, CsvParser.Row row, Map<String, List<Recognition>> recs) {
    Cells c = new Cells(t, row);
    long before = errors.count();
    String id = c.required("id");
    SizeClass size = c.parse("size", CsvImport::size, "micro, klein, middel or groot");
    String sector = c.code("sector");
    String kind = c.code("kind");
    String region = c.code("region");
    Location location = c.location(true);
    Map<SchoolYear, Participation> participation = c.participation();
    if (errors.count() != before) {
      return null;
    }
    List<Recognition> recognitions = recs.getOrDefault(id, List.of());
    return c.construct(() -> new Company(id, recognitions, size, sector, kind, location, region,
        participation), "id");
  }

  // ---- students

  private Student student(Table t, CsvParser.Row row) {
    Cells c = new Cells(t, row);
    long before = errors.count();
    String id = c.required("id");
    Qualification q = c.qualification();
    Track track = c.parse("track", CsvImport::track, "BOL or BBL");
    Integer year = c.integer("studyYear");
    Boolean first = c.bool("firstInternship");
    Boolean optedOut = c.bool("optedOut");
    Map<String, Double> wps = c.weights("workProcesses");
    String companyKind = c.code("companyKind");
    String workKind = c.code("workKind");
    Period period = c.period();
    TravelLimit travel = c.travelLimit();
    Set<String> features = c.codes("features");
    Map<String, Integer> competences = c.levels("competences");
    Location home = c.location(false);
    if (errors.count() != before || year == null) {
      return null;
    }
    int y = year;
    LearningWish wish = c.construct(() -> new LearningWish(q, wps, companyKind, workKind, period,
        travel, features), "workProcesses");
    if (wish == null) {
      return null;
    }
    return c.construct(() -> new Student(id, track, y, first == null || first,
        optedOut != null && optedOut, wish, competences, home), "id");
  }

  // ---- places

  private Place place(Table t, CsvParser.Row row) {
    Cells c = new Cells(t, row);
    long before = errors.count();
    String id = c.required("id");
    String company = c.required("company");
    Qualification q = c.qualification();
    Period period = c.period();
    Integer capacity = c.integer("capacity");
    Set<String> features = c.codes("features");
    String workKind = c.code("workKind");
    if (errors.count() != before || capacity == null) {
      return null;
    }
    int cap = capacity;
    return c.construct(() -> new Place(id, company, q, period, cap,
        features != null ? features : Set.of(), workKind), "id");
  }

  // ---- areas

  private Map<String, Location> areas(Table t) {
    Map<String, Location> map = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvParser.Row row : t.rows) {
      Cells c = new Cells(t, row);
      String code = c.required("area");
      if (code != null && !AREA.matcher(code).matches()) {
        c.error("area", "the area code (" + code + ") must be four digits (a PC4 area, such as"
            + " 3511).");
        continue;
      }
      Double lat = c.decimal("latitude");
      Double lon = c.decimal("longitude");
      if (code == null || lat == null || lon == null) {
        continue;
      }
      Location location = c.construct(() -> new Location(lat, lon), "latitude");
      if (location != null && unique(t, row, code, seen, "area")) {
        map.put(code, location);
      }
    }
    return map;
  }

  private boolean unique(Table t, CsvParser.Row row, String id, Map<String, Integer> seen,
      String column) {
    Integer first = seen.putIfAbsent(id, row.number());
    if (first != null) {
      errors.add(t.file, row.number(), t.header(column), "the area code (" + id + ") is also in"
          + " row " + first + ". Maybe keep one row per area.");
      return false;
    }
    return true;
  }

  // ---- values

  static Track track(String text) {
    switch (Table.normalise(text)) {
      case "bol": return Track.BOL;
      case "bbl": return Track.BBL;
      default: return null;
    }
  }

  static PeriodForm form(String text) {
    switch (Table.normalise(text)) {
      case "blok": case "block": case "blokstage": return PeriodForm.BLOCK;
      case "lint": case "ribbon": case "lintstage": return PeriodForm.RIBBON;
      default: return null;
    }
  }

  static Transport transport(String text) {
    switch (Table.normalise(text)) {
      case "lopen": case "tevoet": case "walk": case "walking": return Transport.WALK;
      case "fiets": case "bike": case "bicycle": return Transport.BIKE;
      case "ov": case "openbaarvervoer": case "publictransport": return Transport.PUBLIC_TRANSPORT;
      case "auto": case "car": return Transport.CAR;
      default: return null;
    }
  }

  static SizeClass size(String text) {
    switch (Table.normalise(text)) {
      case "micro": return SizeClass.MICRO;
      case "klein": case "small": return SizeClass.SMALL;
      case "middel": case "middelgroot": case "medium": return SizeClass.MEDIUM;
      case "groot": case "large": return SizeClass.LARGE;
      default: return null;
    }
  }

  static Boolean bool(String text) {
    switch (Table.normalise(text)) {
      case "ja": case "j": case "yes": case "y": case "true": case "waar": case "1":
        return Boolean.TRUE;
      case "nee": case "n": case "no": case "false": case "onwaar": case "0":
        return Boolean.FALSE;
      default: return null;
    }
  }

  static Participation participation(String text) {
    switch (Table.normalise(text)) {
      case "deelname": case "ja": case "participates": case "yes": return Participation.PARTICIPATES;
      case "afgemeld": case "nee": case "optedout": case "no": return Participation.OPTED_OUT;
      default: return null;
    }
  }

  /** Lower case, accents removed, every run of other characters one '-'. */
  static String toCode(String text) {
    return Table.stripAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  /** The cells of one row, read with errors at the row and the column. */
  private final class Cells {
    private final Table t;
    private final CsvParser.Row row;

    Cells(Table t, CsvParser.Row row) {
      this.t = t;
      this.row = row;
    }

    boolean has(String key) {
      return t.has(key);
    }

    boolean blank(String key) {
      return t.get(row, key).isEmpty();
    }

    String text(String key) {
      return t.get(row, key);
    }

    void error(String key, String message) {
      errors.add(t.file, row.number(), t.header(key), message);
    }

    String required(String key) {
      String v = text(key);
      if (v.isEmpty()) {
        error(key, "the cell is empty. Maybe fill it in; the column is required.");
        return null;
      }
      return v;
    }

    <T> T parse(String key, java.util.function.Function<String, T> parser, String expected) {
      String v = required(key);
      if (v == null) {
        return null;
      }
      T value = parser.apply(v);
      if (value == null) {
        error(key, "the value (" + v + ") is not one of " + expected + ". Maybe write it as one"
            + " of them.");
      }
      return value;
    }

    Integer integer(String key) {
      String v = text(key);
      if (v.isEmpty()) {
        if (t.has(key) && t.isRequired(key)) {
          required(key);
        }
        return null;
      }
      if (!INTEGER.matcher(v).matches()) {
        error(key, "the value (" + v + ") is not a whole number. Maybe write it as digits only,"
            + " such as 3.");
        return null;
      }
      return Integer.parseInt(v);
    }

    Double decimal(String key) {
      String v = required(key);
      return v == null ? null : number(key, v);
    }

    Double number(String key, String v) {
      if (!DECIMAL.matcher(v).matches()) {
        // a home is shown nowhere, not even in an error: the row and column find the cell
        boolean location = key.equals("latitude") || key.equals("longitude");
        error(key, "the value" + (location ? "" : " (" + v + ")") + " is not a number. Maybe write it as 4,5 or 4.5, without"
            + " thousands separators.");
        return null;
      }
      return Double.parseDouble(v.replace(',', '.'));
    }

    Boolean bool(String key) {
      String v = text(key);
      if (v.isEmpty()) {
        return null;
      }
      Boolean b = CsvImport.bool(v);
      if (b == null) {
        error(key, "the value (" + v + ") is not ja or nee. Maybe write ja or nee (yes or no).");
      }
      return b;
    }

    LocalDate date(String key) {
      String v = required(key);
      if (v == null) {
        return null;
      }
      Matcher dutch = DUTCH_DATE.matcher(v);
      Matcher iso = ISO_DATE.matcher(v);
      try {
        if (dutch.matches()) {
          return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
              Integer.parseInt(dutch.group(1)));
        }
        if (iso.matches()) {
          return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3)));
        }
      } catch (DateTimeException e) {
        error(key, "the date (" + v + ") does not exist. Maybe check day and month (dd-mm-jjjj).");
        return null;
      }
      error(key, "the value (" + v + ") is not a date. Maybe write it as dd-mm-jjjj, such as"
          + " 02-02-2026 (or 2026-02-02).");
      return null;
    }

    String code(String key) {
      String v = text(key);
      if (v.isEmpty()) {
        if (t.isRequired(key)) {
          required(key);
        }
        return null;
      }
      String code = toCode(v);
      if (code.isEmpty() || code.length() > 64) {
        error(key, "the value (" + v + ") cannot be a code: it needs 1 to 64 letters or digits."
            + " Maybe shorten it, such as home-care.");
        return null;
      }
      return code;
    }

    Set<String> codes(String key) {
      Set<String> set = new TreeSet<>();
      for (String item : items(key)) {
        String code = toCode(item);
        if (code.isEmpty() || code.length() > 64) {
          error(key, "the item (" + item + ") cannot be a code. Maybe use letters, digits and '-'"
              + ", such as tailored-supervision; separate items with spaces.");
          return null;
        }
        if (!set.add(code)) {
          error(key, "the item (" + item + ") appears more than once. Maybe remove all but one.");
          return null;
        }
      }
      return set;
    }

    Set<String> workProcessSet(String key) {
      Set<String> set = new TreeSet<>();
      for (String item : items(key)) {
        if (!set.add(item)) {
          error(key, "the work process (" + item + ") appears more than once. Maybe remove all"
              + " but one.");
          return null;
        }
      }
      return set;
    }

    Set<Integer> integerSet(String key) {
      if (blank(key)) {
        return null;
      }
      Set<Integer> set = new TreeSet<>();
      for (String item : items(key)) {
        if (!INTEGER.matcher(item).matches() || !set.add(Integer.parseInt(item))) {
          error(key, "the item (" + item + ") is not a whole number or appears twice. Maybe"
              + " write the years separated by spaces, such as 1 2.");
          return null;
        }
      }
      return set;
    }

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type,
        java.util.function.Function<String, E> parser) {
      if (blank(key)) {
        return null;
      }
      Set<E> set = EnumSet.noneOf(type);
      for (String item : items(key)) {
        E e = parser.apply(item);
        if (e == null || !set.add(e)) {
          error(key, "the item (" + item + ") is unknown or appears twice. Maybe write BOL, BBL"
              + " or BOL BBL.");
          return null;
        }
      }
      return set;
    }

    Map<String, Double> weights(String key) {
      Map<String, Double> map = new TreeMap<>();
      for (String item : items(key)) {
        int eq = item.indexOf('=');
        String code = eq < 0 ? item : item.substring(0, eq);
        Double weight = 1.0;
        if (eq >= 0) {
          weight = number(key, item.substring(eq + 1));
          if (weight == null) {
            return null;
          }
        }
        if (map.put(code, weight) != null) {
          error(key, "the work process (" + code + ") appears more than once. Maybe remove all"
              + " but one.");
          return null;
        }
      }
      return map;
    }

    Map<String, Integer> levels(String key) {
      Map<String, Integer> map = new TreeMap<>();
      for (String item : items(key)) {
        int eq = item.indexOf('=');
        String level = eq < 0 ? "" : item.substring(eq + 1);
        if (eq < 0 || !INTEGER.matcher(level).matches()) {
          error(key, "the item (" + item + ") is not a work process with a level. Maybe write"
              + " it as B1-K1-W1=2.");
          return null;
        }
        if (map.put(item.substring(0, eq), Integer.parseInt(level)) != null) {
          error(key, "the work process (" + item.substring(0, eq) + ") appears more than once."
              + " Maybe remove all but one.");
          return null;
        }
      }
      return map;
    }

    Map<SchoolYear, Participation> participation() {
      Map<SchoolYear, Participation> map = new TreeMap<>();
      for (String item : items("participation")) {
        int eq = item.indexOf('=');
        Participation p = eq < 0 ? null : CsvImport.participation(item.substring(eq + 1));
        SchoolYear year = null;
        if (eq > 0) {
          try {
            year = SchoolYear.parse(item.substring(0, eq));
          } catch (IllegalArgumentException e) {
            year = null;
          }
        }
        if (p == null || year == null) {
          error("participation", "the item (" + item + ") is not a school year with deelname or"
              + " afgemeld. Maybe write it as 2025-26=afgemeld.");
          return null;
        }
        if (map.put(year, p) != null) {
          error("participation", "the school year (" + year + ") appears more than once. Maybe"
              + " remove all but one.");
          return null;
        }
      }
      return map;
    }

    private List<String> items(String key) {
      String v = text(key);
      return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    Qualification qualification() {
      String crebo = required("crebo");
      Integer level = integer("level");
      if (crebo == null || level == null) {
        return null;
      }
      return construct(() -> new Qualification(crebo, level), "crebo");
    }

    Period period() {
      LocalDate start = date("start");
      LocalDate end = date("end");
      PeriodForm form = parse("form", CsvImport::form, "blok or lint (BLOCK or RIBBON)");
      Integer days = integer("days");
      if (start == null || end == null || form == null || days == null) {
        return null;
      }
      return construct(() -> new Period(start, end, form, days), "start");
    }

    TravelLimit travelLimit() {
      if (blank("transport") && blank("maxMinutes")) {
        return null;
      }
      if (blank("transport") || blank("maxMinutes")) {
        String missing = blank("transport") ? "transport" : "maxMinutes";
        error(missing, "a travel limit needs both " + t.header("transport") + " and "
            + t.header("maxMinutes") + ". Maybe fill in this cell, or empty both for no limit.");
        return null;
      }
      Transport transport = parse("transport", CsvImport::transport,
          "lopen, fiets, ov or auto");
      Integer minutes = integer("maxMinutes");
      if (transport == null || minutes == null) {
        return null;
      }
      return construct(() -> new TravelLimit(transport, minutes), "maxMinutes");
    }

    Location location(boolean required) {
      boolean coordinates = !blank("latitude") || !blank("longitude");
      boolean area = !blank("area");
      if (area) {
        String code = text("area");
        Optional<String> personal = ProblemJson.personalValue(code);
        if (personal.isPresent()) {
          error("area", "the value is a " + personal.get() + " (four digits and two letters),"
              + " which is too precise: it points to a few houses and is personal. Maybe give"
              + " only the four digits of the area (" + code.substring(0, 4) + ").");
          return null;
        }
        if (coordinates) {
          error("area", "both an area code and coordinates are given. Maybe keep one of them.");
          return null;
        }
        if (!AREA.matcher(code).matches()) {
          error("area", "the area code (" + code + ") must be four digits (a PC4 area, such as"
              + " 3511).");
          return null;
        }
        if (areas == null) {
          if (!options.areas().isPresent()) {
            error("area", "the area code (" + code + ") needs a table of areas. Maybe give one"
                + " with --areas FILE (columns pc4, breedtegraad, lengtegraad).");
          }
          return null;
        }
        Location location = areas.get(code);
        if (location == null) {
          error("area", "the area code (" + code + ") is not in the area table (" + areasFile
              + "). Maybe add it there, or correct the code.");
        }
        return location;
      }
      if (!coordinates) {
        if (required) {
          error("latitude", "the location is missing. Maybe give breedtegraad and lengtegraad,"
              + " or an area code (pc4) with --areas.");
        }
        return null;
      }
      Double lat = decimal("latitude");
      Double lon = decimal("longitude");
      // checked here so that the message does not repeat the value (the model's would)
      if (lat != null && !(lat >= -90 && lat <= 90)) {
        error("latitude", "the latitude must be from -90 to 90 (WGS84 decimal degrees). Maybe"
            + " latitude and longitude are swapped.");
        return null;
      }
      if (lon != null && !(lon >= -180 && lon <= 180)) {
        error("longitude", "the longitude must be from -180 to 180 (WGS84 decimal degrees)."
            + " Maybe use decimal degrees, such as 5,1214.");
        return null;
      }
      if (lat == null || lon == null) {
        return null;
      }
      return construct(() -> new Location(lat, lon), "latitude");
    }

    /**
     * Runs a model constructor; its error is reported at the column of the field it names, else
     * at {@code fallback}.
     */
    <T> T construct(Supplier<T> constructor, String fallback) {
      try {
        return constructor.get();
      } catch (InvalidValueException e) {
        String field = e.field().isEmpty() ? "" : e.field().get(0);
        error(column(field, fallback), e.getMessage());
        return null;
      } catch (IllegalArgumentException | NullPointerException e) {
        error(fallback, String.valueOf(e.getMessage()));
        return null;
      }
    }

    private String column(String field, String fallback) {
      switch (field) {
        case "crebo": return "crebo";
        case "level": return "level";
        case "end": return "end";
        case "daysPerWeek": return "days";
        case "maxMinutes": return "maxMinutes";
        case "longitude": return "longitude";
        case "latitude": return "latitude";
        case "capacity": return "capacity";
        case "studyYear": return "studyYear";
        case "competences": return "competences";
        case "workProcesses": return "workProcesses";
        case "companyId": return "company";
        case "id": return "id";
        case "minPeriodCoveragePercent": return "coverage";
        case "requiredFeatures": case "features": return "features";
        default: return t.has(field) ? field : fallback;
      }
    }
  }
}
