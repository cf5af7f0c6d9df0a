package nl.stagematch.core.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.InvalidProblemException;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Pseudonyms;
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
import nl.stagematch.core.model.TravelMinutes;
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
  private static final Message SIZES =
      Message.phrase("micro, klein, middel of groot", "micro, klein, middel or groot");
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
  private final CsvErrors errors;
  private Map<String, Location> areas;
  /** File names (lower case) that the directory holds in more than one spelling. */
  private final Set<String> ambiguous = new HashSet<>();
  private String areasFile;
  /** The fit model parameters of the policy file that differ from the defaults. */
  private Map<String, String> fitParameters = Map.of();
  /** Pseudonymisation at the door: pseudonym to the school's number as written, and its row. */
  private final Map<String, String> mapping = new TreeMap<>();
  private final Map<String, Integer> mappingRows = new HashMap<>();
  private final Map<String, String> mappingNormalised = new HashMap<>();

  private CsvImport(Path directory, ImportOptions options) {
    this.directory = directory;
    this.options = options;
    this.errors = new CsvErrors(options.maxErrors());
  }

  /**
   * Reads the CSV set in {@code directory}.
   *
   * @param directory the directory that holds the set's files
   * @param options the encoding, separator, areas file, school year, error limit and pseudonym
   *     key of the import ({@link ImportOptions#defaults()} for none)
   * @return the problem, valid as {@link MatchingProblem.Builder#build()} requires
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
   * @param directory the directory that holds the set's files
   * @param options the options of the import
   * @param out the problem document to write
   * @return the problem written
   * @throws CsvImportException with every error of every file when the set cannot be imported
   * @throws IOException when a file cannot be read or {@code out} cannot be written
   */
  public static MatchingProblem convert(Path directory, ImportOptions options, Path out)
      throws IOException {
    return convert(directory, options, out, null);
  }

  /**
   * The problem of a CSV set and, with pseudonymisation at the door ({@link
   * ImportOptions#pseudonymKey()}), the mapping from each pseudonym to the school's own student
   * number as written (sorted by pseudonym; empty without pseudonymisation). The mapping is for
   * the school alone, to turn results back into names; it is never part of the problem.
   */
  public record Imported(MatchingProblem problem, SortedMap<String, String> mapping) {
    /**
     * Copies the mapping.
     *
     * @param problem the problem read
     * @param mapping each pseudonym and the school's student number it stands for; copied
     * @throws NullPointerException if {@code problem} or {@code mapping} is null
     */
    public Imported {
      Objects.requireNonNull(problem, "problem");
      mapping = Collections.unmodifiableSortedMap(new TreeMap<>(mapping));
    }
  }

  /**
   * Reads the CSV set in {@code directory} as {@link #read} does, with the mapping of the
   * pseudonyms made at the door.
   *
   * @param directory the directory that holds the set's files
   * @param options the options of the import; with a pseudonym key, the mapping is filled
   * @return the problem and the mapping
   * @throws CsvImportException with every error of every file when the set cannot be imported
   * @throws IOException when a file exists but cannot be read
   */
  public static Imported readWithMapping(Path directory, ImportOptions options)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    CsvImport reader = new CsvImport(directory, options);
    MatchingProblem problem = reader.read();
    return new Imported(problem, new TreeMap<>(reader.mapping()));
  }

  /**
   * As {@link #convert(Path, ImportOptions, Path)}, and with pseudonymisation writes the mapping
   * (pseudonym to the school's student number, {@link #writeMapping}) to {@code mappingOut} if it
   * is not null. Both files are written to temporary files in their own directories first and
   * moved into place only when both are complete ({@link AtomicFiles.Batch}): a failure leaves
   * neither new file and replaces neither existing one.
   *
   * @param directory the directory that holds the set's files
   * @param options the options of the import
   * @param out the problem document to write
   * @param mappingOut the mapping file to write, or null for none
   * @return the problem written
   * @throws CsvImportException with every error of every file when the set cannot be imported
   * @throws IOException when a file cannot be read or {@code out} or {@code mappingOut} cannot be
   *     written
   */
  public static MatchingProblem convert(Path directory, ImportOptions options, Path out,
      Path mappingOut) throws IOException {
    Imported imported = readWithMapping(directory, options);
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(out, stream -> ProblemJson.write(imported.problem(), stream));
      if (mappingOut != null) {
        batch.add(mappingOut, stream -> stream.write(mappingBytes(imported.mapping())));
      }
      batch.commit();
    }
    return imported.problem();
  }

  /**
   * Writes the mapping of pseudonyms to the school's student numbers as CSV: UTF-8 with a
   * byte-order mark, {@code ;}, lines ending in CRLF, header {@code pseudoniem;studentnummer},
   * one row per student sorted by pseudonym.
   *
   * <p>The file is replaced completely or not at all: the rows go to a temporary file in the same
   * directory, which is moved over {@code file} only when it is complete ({@link AtomicFiles}). A
   * failure (a missing directory, a full disk) leaves no temporary file and an existing {@code
   * file} as it was.
   *
   * @param mapping each pseudonym and the student number it stands for
   * @param file the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written (a {@link
   *     java.nio.file.FileSystemException} naming it); it is then unchanged
   */
  public static void writeMapping(Map<String, String> mapping, Path file) throws IOException {
    byte[] bytes = mappingBytes(mapping);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** The bytes of the mapping file ({@link #writeMapping}). */
  private static byte[] mappingBytes(Map<String, String> mapping) {
    StringBuilder sb = new StringBuilder("\ufeffpseudoniem;studentnummer\r\n");
    for (Map.Entry<String, String> e : new TreeMap<>(mapping).entrySet()) {
      sb.append(CsvExport.quote(e.getKey())).append(';').append(CsvExport.quote(e.getValue()))
          .append("\r\n");
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
      CsvTable table = table(file, areasFile, CsvSet.AREAS);
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
    for (CsvTable.Spec spec : List.of(CsvSet.POLICY, CsvSet.COMPANIES, CsvSet.RECOGNITIONS,
        CsvSet.STUDENTS, CsvSet.PLACES, CsvSet.TRAVEL_MINUTES)) {
      for (String name : spec.fileNames()) {
        Set<String> found = spellings.getOrDefault(name, Set.of());
        if (found.size() > 1) {
          present.remove(name);
          ambiguous.add(name);
          errors.add(found.iterator().next(), 0, null, CoreMessage.CSV_NAMES_DIFFER_IN_CASE,
              Message.phrase(String.join(" en ", found), String.join(" and ", found)));
        }
      }
    }
    CsvTable policyTable = find(present, CsvSet.POLICY, false);
    CsvTable companyTable = find(present, CsvSet.COMPANIES, true);
    CsvTable recognitionTable = find(present, CsvSet.RECOGNITIONS, true);
    CsvTable studentTable = find(present, CsvSet.STUDENTS, true);
    CsvTable placeTable = find(present, CsvSet.PLACES, true);
    CsvTable travelTable = find(present, CsvSet.TRAVEL_MINUTES, false);

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
                  CoreMessage.CSV_RECOGNITION_UNKNOWN_COMPANY, e.getKey(), companyTable.file);
            }
          }
        }
      }
    }
    List<Student> students = new ArrayList<>();
    List<Integer> studentRows = new ArrayList<>();
    Set<String> badStudents = new HashSet<>();
    if (studentTable != null) {
      badStudents.addAll(studentTable.skippedIds);
      Map<String, Integer> seen = new HashMap<>();
      for (CsvParser.Row row : studentTable.rows) {
        Student student = student(studentTable, row);
        if (student == null) {
          badStudents.add(studentTable.get(row, "id"));
        }
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
                CoreMessage.CSV_PLACE_UNKNOWN_COMPANY, place.companyId(), place.id(),
                companyTable.file);
          }
          continue;
        }
        places.add(place);
        placeRows.add(row.number());
      }
    }
    TravelMinutes minutes = TravelMinutes.none();
    if (travelTable != null && studentTable != null && companyTable != null) {
      minutes = travelMinutes(travelTable, students, companies, badStudents, badCompanies);
    }
    errors.throwIfAny();
    MatchingProblem problem;
    try {
      problem = MatchingProblem.of(policy, students, companies, places, fitParameters, minutes);
    } catch (InvalidProblemException e) {
      // the rules between elements were checked above with rows; what is left is reported here
      for (ValidationError error : e.errors()) {
        Matcher m = PATH.matcher(error.path());
        if (m.matches()) {
          int i = Integer.parseInt(m.group(2));
          CsvTable t = m.group(1).equals("students") ? studentTable
              : m.group(1).equals("companies") ? companyTable : placeTable;
          List<Integer> rows = m.group(1).equals("students") ? studentRows
              : m.group(1).equals("companies") ? companyRows : placeRows;
          errors.add(t.file, rows.get(i), null, error.text());
        } else {
          errors.add(studentTable.file, 0, null, error.text());
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

  /** The message of a model constructor's refusal: its coded message, else its English text. */
  private static Message refusal(RuntimeException e) {
    if (e instanceof InputException input) {
      return input.message();
    }
    return Message.of(CoreMessage.UNCODED, String.valueOf(e.getMessage()));
  }

  private boolean unique(CsvTable table, CsvParser.Row row, String id, Map<String, Integer> seen) {
    Integer first = seen.putIfAbsent(id, row.number());
    if (first != null) {
      errors.add(table.file, row.number(), table.header("id"), CoreMessage.CSV_DUPLICATE_ID, id,
          first);
      return false;
    }
    return true;
  }

  private CsvTable find(Map<String, String> present, CsvTable.Spec spec, boolean required)
      throws IOException {
    List<String> found = new ArrayList<>();
    for (String name : spec.fileNames()) {
      String actual = present.get(name);
      if (actual != null) {
        found.add(actual);
      }
    }
    if (found.size() > 1) {
      errors.add(found.get(0), 0, null, CoreMessage.CSV_BOTH_FILES,
          Message.phrase(String.join(" als ", found), String.join(" and ", found)));
      return null;
    }
    if (found.isEmpty()) {
      if (required && spec.fileNames().stream().noneMatch(ambiguous::contains)) {
        errors.add(spec.fileNames().get(0), 0, null, CoreMessage.CSV_FILE_MISSING,
            CsvSet.what(spec), spec.fileNames().get(0), spec.fileNames().get(1));
      }
      return null;
    }
    return table(directory.resolve(found.get(0)), found.get(0), spec);
  }

  private CsvTable table(Path path, String name, CsvTable.Spec spec) throws IOException {
    // a directory or an unreadable file of that name: an error naming the path, not a failed read
    InputFiles.checkReadable(path);
    long size = Files.size(path);
    if (size > MAX_FILE_BYTES) {
      errors.add(name, 0, null, CoreMessage.CSV_FILE_TOO_LARGE,
          Message.count(size),
          Message.count(MAX_FILE_BYTES));
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
    return CsvTable.of(name, spec, rows, errors, options.pseudonymKey().isPresent()
        && (spec == CsvSet.STUDENTS || spec == CsvSet.TRAVEL_MINUTES));
  }

  // ---- policy

  private Policy policy(CsvTable t) {
    SchoolYear year = options.schoolYear().orElse(null);
    Scope scope = Scope.DEFAULT;
    ParticipationPolicy participation = null;
    int coverage = Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT;
    String where = t != null ? t.file : CsvSet.POLICY.fileNames().get(0);
    boolean yearError = false;
    if (t != null) {
      if (t.rows.size() > 1) {
        errors.add(t.file, t.rows.get(1).number(), null, CoreMessage.CSV_POLICY_ROWS);
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
            : c.parse("minimumSize", CsvImport::size, SIZES);
        Set<String> exempt = c.codes("exemptSectors");
        Integer percent = c.integer("coverage");
        Map<String, String> fit = fitColumns(c);
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
          fitParameters = fit;
        }
      }
    }
    if (year == null) {
      if (!yearError) {
        errors.add(where, t != null && !t.rows.isEmpty() ? t.rows.get(0).number() : 0,
            t != null ? t.header("schoolYear") : null, CoreMessage.CSV_NO_SCHOOL_YEAR, where);
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
          t != null ? t.header("coverage") : null, refusal(e));
      return null;
    }
  }

  /**
   * The fit columns of the policy row ({@code gewichten}, {@code reismodel}, {@code
   * beheersniveau}) as the parameters of {@link FitParameters} that differ from the defaults; the
   * names are those of {@code --fit-weights} and {@code --travel} (or their Dutch names), each
   * value checked by the fit model's own builders, the error at the cell.
   */
  private Map<String, String> fitColumns(Cells c) {
    Map<String, String> read = new TreeMap<>();
    long before = errors.count();
    fitItems(c, "fitWeights", FitParameters::weightParameter, FitParameters.weightNames(), read);
    fitItems(c, "travelModel", FitParameters::travelParameter, FitParameters.travelNames(), read);
    Integer mastery = c.integer("masteryLevel");
    if (mastery != null) {
      String text = Integer.toString(mastery);
      if (fitModel(c, "masteryLevel", Map.of("masteryLevel", text)) != null) {
        read.put("masteryLevel", text);
      }
    }
    if (errors.count() != before || read.isEmpty()) {
      return Map.of();
    }
    FitModel model = fitModel(c, "fitWeights", read);
    return model == null ? Map.of() : FitParameters.nonDefault(model);
  }

  private void fitItems(Cells c, String key,
      java.util.function.Function<String, Optional<String>> parameter, List<String> known,
      Map<String, String> into) {
    for (String item : c.items(key)) {
      int eq = item.indexOf('=');
      Optional<String> name = eq <= 0 ? Optional.empty()
          : parameter.apply(item.substring(0, eq));
      if (eq <= 0) {
        c.error(key, fitItemNotNamed(item));
        return;
      }
      if (name.isEmpty()) {
        c.error(key, fitNameUnknown(item.substring(0, eq), known));
        return;
      }
      String value = item.substring(eq + 1).replace(',', '.');
      if (!DECIMAL.matcher(value).matches()) {
        c.error(key, fitValueNotNumber(item));
        return;
      }
      String text = Double.toString(Double.parseDouble(value));
      if (fitModel(c, key, Map.of(name.get(), text)) == null) {
        return;
      }
      if (into.put(name.get(), text) != null) {
        c.error(key, fitNameTwice(item.substring(0, eq)));
        return;
      }
    }
  }

  /** The fit model of {@code parameters}, or null with the model's message at the cell. */
  private FitModel fitModel(Cells c, String key, Map<String, String> parameters) {
    try {
      return FitParameters.toModel(parameters);
    } catch (InputException e) {
      c.error(key, e.message());
      return null;
    }
  }

  private static Message fitItemNotNamed(String item) {
    return cellMessage(CoreMessage.CSV_FIT_ITEM_NOT_NAMED, item, "werkprocessen=500 reistijd=300");
  }

  private static Message fitNameUnknown(String name, List<String> known) {
    String names = String.join(", ", known);
    return cellMessage(CoreMessage.CSV_FIT_NAME_UNKNOWN, name, Message.phrase(names, names));
  }

  private static Message fitValueNotNumber(String item) {
    return cellMessage(CoreMessage.CSV_FIT_VALUE_NOT_NUMBER, item);
  }

  private static Message fitNameTwice(String name) {
    return cellMessage(CoreMessage.CSV_FIT_NAME_TWICE, name);
  }

  /** The message {@code key} with {@code args} (cells echoed) escaped and bounded. */
  private static Message cellMessage(CoreMessage key, Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      safe[i] = args[i] instanceof Message || args[i] instanceof Number ? args[i]
          : SafeText.clean(String.valueOf(args[i]), CsvErrors.ECHO_LIMIT);
    }
    return Message.of(key, safe);
  }

  // ---- travel minutes

  /**
   * The travel minutes file: one row per (student, company), the minutes of the school's own
   * route planner; an unknown id, a pair given twice and minutes that are not a number from 0 to
   * 1440 are errors at their cell.
   */
  private TravelMinutes travelMinutes(CsvTable t, List<Student> students, List<Company> companies,
      Set<String> badStudents, Set<String> badCompanies) {
    Set<String> studentIds = new HashSet<>();
    students.forEach(s -> studentIds.add(s.id()));
    Set<String> companyIds = new HashSet<>();
    companies.forEach(c -> companyIds.add(c.id()));
    Map<String, Map<String, Double>> minutes = new TreeMap<>();
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    for (CsvParser.Row row : t.rows) {
      Cells c = new Cells(t, row);
      long before = errors.count();
      boolean number = c.has(CsvTable.SCHOOL_NUMBER);
      String student = number ? c.required(CsvTable.SCHOOL_NUMBER) : c.required("student");
      if (number && student != null) {
        student = options.pseudonymKey().get().pseudonym(student);
      }
      String company = c.required("company");
      String text = c.required("minutes");
      Double value = text == null ? null : c.number("minutes", text);
      if (errors.count() != before) {
        continue;
      }
      // an id that is personal data is refused as such before it is looked up, never echoed as
      // an unknown id
      if (!number && personalId(c, "student", student, Pseudonyms.Kind.STUDENT, A_STUDENT)) {
        continue;
      }
      if (personalId(c, "company", company, Pseudonyms.Kind.COMPANY, A_COMPANY)) {
        continue;
      }
      if (!studentIds.contains(student)) {
        if (!badStudents.contains(student)) {
          c.error(number ? CsvTable.SCHOOL_NUMBER : "student", number
              ? travelUnknownNumber() : travelUnknownStudent(student));
        }
        continue;
      }
      if (!companyIds.contains(company)) {
        if (!badCompanies.contains(company)) {
          c.error("company", travelUnknownCompany(company));
        }
        continue;
      }
      if (value < 0 || value > TravelMinutes.MAX_MINUTES) {
        c.error("minutes", travelMinutesOutOfRange(text));
        continue;
      }
      Integer first = seen.computeIfAbsent(student, k -> new HashMap<>())
          .putIfAbsent(company, row.number());
      if (first != null) {
        c.error("company", travelPairTwice(student, company, first));
        continue;
      }
      minutes.computeIfAbsent(student, k -> new TreeMap<>()).put(company, value);
    }
    return TravelMinutes.of(minutes);
  }

  private static final Message A_STUDENT = Message.phrase("een student", "a student");
  private static final Message A_COMPANY = Message.phrase("een bedrijf", "a company");

  /**
   * Records an error at {@code column} and returns true if {@code id} has the shape of personal
   * data for an id of {@code kind} (rule R1); the message shows its shape only.
   */
  private static boolean personalId(Cells c, String column, String id, Pseudonyms.Kind kind,
      Message what) {
    Optional<String> personal = Pseudonyms.personalShape(id, kind);
    if (personal.isEmpty()) {
      return false;
    }
    c.error(column, Message.of(CoreMessage.MODEL_PERSONAL_ID, what,
        Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id)));
    return true;
  }

  private static Message travelUnknownStudent(String student) {
    return cellMessage(CoreMessage.CSV_TRAVEL_UNKNOWN_STUDENT, student);
  }

  private static Message travelUnknownNumber() {
    return Message.of(CoreMessage.CSV_TRAVEL_UNKNOWN_NUMBER, schoolNumberKind());
  }

  private static Message travelUnknownCompany(String company) {
    return cellMessage(CoreMessage.CSV_TRAVEL_UNKNOWN_COMPANY, company);
  }

  private static Message travelMinutesOutOfRange(String text) {
    return cellMessage(CoreMessage.CSV_TRAVEL_OUT_OF_RANGE, text);
  }

  private static Message travelPairTwice(String student, String company, int first) {
    return cellMessage(CoreMessage.CSV_TRAVEL_PAIR_TWICE, student, company, first);
  }

  // ---- recognitions and companies

  private void recognitions(CsvTable t, Map<String, List<Recognition>> out,
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
        errors.add(t.file, row.number(), t.header("crebo"), CoreMessage.CSV_DUPLICATE_RECOGNITION,
            company, q, first);
        continue;
      }
      out.computeIfAbsent(company, k -> new ArrayList<>()).add(r);
      rowsOut.computeIfAbsent(company, k -> new ArrayList<>()).add(row.number());
    }
  }

  private Company company(CsvTable t, CsvParser.Row row, Map<String, List<Recognition>> recs) {
    Cells c = new Cells(t, row);
    long before = errors.count();
    String id = c.required("id");
    SizeClass size = c.parse("size", CsvImport::size, SIZES);
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

  private Student student(CsvTable t, CsvParser.Row row) {
    Cells c = new Cells(t, row);
    long before = errors.count();
    String id = c.has(CsvTable.SCHOOL_NUMBER) ? pseudonymise(c) : c.required("id");
    Qualification q = c.qualification();
    Track track = c.parse("track", CsvImport::track,
        Message.phrase("BOL of BBL", "BOL or BBL"));
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

  // ---- pseudonymisation at the door

  private static final Pattern SCHOOL_NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  /**
   * The pseudonym of the student number in this row (students' file), recorded in the mapping;
   * null with an error for a malformed number, a number given twice or (astronomically rare) two
   * numbers with one pseudonym. No message repeats the number.
   */
  private String pseudonymise(Cells c) {
    String number = c.required(CsvTable.SCHOOL_NUMBER);
    if (number == null) {
      return null;
    }
    if (!SCHOOL_NUMBER.matcher(number).matches()) {
      c.error(CsvTable.SCHOOL_NUMBER, schoolNumberMalformed());
      return null;
    }
    String pseudonym = options.pseudonymKey().get().pseudonym(number);
    String normalised = number.toUpperCase(Locale.ROOT);
    String earlier = mappingNormalised.putIfAbsent(pseudonym, normalised);
    if (earlier != null) {
      c.error(CsvTable.SCHOOL_NUMBER, earlier.equals(normalised)
          ? schoolNumberTwice(mappingRows.get(pseudonym))
          : pseudonymCollision(mappingRows.get(pseudonym), pseudonym));
      return null;
    }
    mapping.put(pseudonym, number);
    mappingRows.put(pseudonym, c.row.number());
    return pseudonym;
  }

  private static Message schoolNumberMalformed() {
    return Message.of(CoreMessage.CSV_SCHOOL_NUMBER_MALFORMED, schoolNumberKind());
  }

  private static Message schoolNumberTwice(int first) {
    return Message.of(CoreMessage.CSV_SCHOOL_NUMBER_TWICE, schoolNumberKind(), first);
  }

  /** What the school's own number of a student is called, in Dutch and English. */
  static Message schoolNumberKind() {
    return ProblemJson.personalCategoryText(ProblemJson.SCHOOL_NUMBER_CATEGORY);
  }

  private static Message pseudonymCollision(int first, String pseudonym) {
    return cellMessage(CoreMessage.CSV_PSEUDONYM_COLLISION, first, pseudonym);
  }

  /**
   * The pseudonyms made from the school's student numbers in the last import, each with the
   * number as written: what the school keeps to turn results back into names.
   */
  private Map<String, String> mapping() {
    return mapping;
  }

  // ---- places

  private Place place(CsvTable t, CsvParser.Row row) {
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

  /** The message for an item of a list column that is a personal value; shows its shape only. */
  private static Message personalItemValueMessage(String item, String category) {
    return cellMessage(CoreMessage.CSV_PERSONAL_ITEM_VALUE, Pseudonyms.categoryText(category),
        Pseudonyms.shape(item));
  }

  /** The message for an item of a list column that names a personal characteristic or ground. */
  private static Message personalItemMessage(String item, String category) {
    return cellMessage(CoreMessage.CSV_PERSONAL_ITEM, item,
        ProblemJson.personalCategoryText(category));
  }

  private Map<String, Location> areas(CsvTable t) {
    Map<String, Location> map = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvParser.Row row : t.rows) {
      Cells c = new Cells(t, row);
      String code = c.required("area");
      if (code != null && !AREA.matcher(code).matches()) {
        c.error("area", CoreMessage.CSV_BAD_AREA, code);
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

  private boolean unique(CsvTable t, CsvParser.Row row, String id, Map<String, Integer> seen,
      String column) {
    Integer first = seen.putIfAbsent(id, row.number());
    if (first != null) {
      errors.add(t.file, row.number(), t.header(column), CoreMessage.CSV_DUPLICATE_AREA, id,
          first);
      return false;
    }
    return true;
  }

  // ---- values

  static Track track(String text) {
    switch (CsvTable.normalise(text)) {
      case "bol": return Track.BOL;
      case "bbl": return Track.BBL;
      default: return null;
    }
  }

  static PeriodForm form(String text) {
    switch (CsvTable.normalise(text)) {
      case "blok": case "block": case "blokstage": return PeriodForm.BLOCK;
      case "lint": case "ribbon": case "lintstage": return PeriodForm.RIBBON;
      default: return null;
    }
  }

  static Transport transport(String text) {
    switch (CsvTable.normalise(text)) {
      case "lopen": case "tevoet": case "walk": case "walking": return Transport.WALK;
      case "fiets": case "bike": case "bicycle": return Transport.BIKE;
      case "ov": case "openbaarvervoer": case "publictransport": return Transport.PUBLIC_TRANSPORT;
      case "auto": case "car": return Transport.CAR;
      default: return null;
    }
  }

  static SizeClass size(String text) {
    switch (CsvTable.normalise(text)) {
      case "micro": return SizeClass.MICRO;
      case "klein": case "small": return SizeClass.SMALL;
      case "middel": case "middelgroot": case "medium": return SizeClass.MEDIUM;
      case "groot": case "large": return SizeClass.LARGE;
      default: return null;
    }
  }

  static Boolean bool(String text) {
    switch (CsvTable.normalise(text)) {
      case "ja": case "j": case "yes": case "y": case "true": case "waar": case "1":
        return Boolean.TRUE;
      case "nee": case "n": case "no": case "false": case "onwaar": case "0":
        return Boolean.FALSE;
      default: return null;
    }
  }

  static Participation participation(String text) {
    switch (CsvTable.normalise(text)) {
      case "deelname": case "ja": case "participates": case "yes": return Participation.PARTICIPATES;
      case "afgemeld": case "nee": case "optedout": case "no": return Participation.OPTED_OUT;
      default: return null;
    }
  }

  /** Lower case, accents removed, every run of other characters one '-'. */
  static String toCode(String text) {
    return CsvTable.stripAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  /** The cells of one row, read with errors at the row and the column. */
  private final class Cells {
    private final CsvTable t;
    private final CsvParser.Row row;

    Cells(CsvTable t, CsvParser.Row row) {
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

    void error(String key, Message message) {
      errors.add(t.file, row.number(), t.header(key), message);
    }

    void error(String key, CoreMessage message, Object... args) {
      // cells echoed as arguments: escaped and bounded
      errors.add(t.file, row.number(), t.header(key), message, args);
    }

    /** An error whose English text has no code of its own yet ({@code UNCODED}). */
    void error(String key, String message) {
      errors.add(t.file, row.number(), t.header(key), message);
    }

    /**
     * Records an error and returns true if the code {@code item} (a work process, or with {@code
     * feature} a place feature) is personal (rule R1): a personal value (a BSN, a phone number, an
     * e-mail address), a personal characteristic, or a protected ground.
     */
    boolean personalCode(String key, String item, boolean feature) {
      Optional<String> value = Pseudonyms.personalShape(item, Pseudonyms.Kind.OTHER);
      if (value.isPresent()) {
        error(key, personalItemValueMessage(item, value.get()));
        return true;
      }
      Optional<String> category = feature ? ProblemJson.protectedGround(item)
          : ProblemJson.personalCategory(item);
      category.ifPresent(c -> error(key, personalItemMessage(item, c)));
      return category.isPresent();
    }

    String required(String key) {
      String v = text(key);
      if (v.isEmpty()) {
        error(key, CoreMessage.CSV_EMPTY_CELL);
        return null;
      }
      return v;
    }

    <T> T parse(String key, java.util.function.Function<String, T> parser, Message expected) {
      String v = required(key);
      if (v == null) {
        return null;
      }
      T value = parser.apply(v);
      if (value == null) {
        error(key, CoreMessage.CSV_NOT_ONE_OF, v, expected);
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
        error(key, CoreMessage.CSV_NOT_INTEGER, v);
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
        if (location) {
          error(key, CoreMessage.CSV_COORDINATE_NOT_NUMBER);
        } else {
          error(key, CoreMessage.CSV_NOT_NUMBER, v);
        }
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
        error(key, CoreMessage.CSV_NOT_BOOLEAN, v);
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
        error(key, CoreMessage.CSV_NO_SUCH_DATE, v);
        return null;
      }
      error(key, CoreMessage.CSV_NOT_DATE, v);
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
        error(key, CoreMessage.CSV_NOT_CODE, v);
        return null;
      }
      return code;
    }

    Set<String> codes(String key) {
      Set<String> set = new TreeSet<>();
      for (String item : items(key)) {
        if (key.equals("features") && personalCode(key, item, true)) {
          return null;
        }
        String code = toCode(item);
        if (code.isEmpty() || code.length() > 64) {
          error(key, CoreMessage.CSV_ITEM_NOT_CODE, item);
          return null;
        }
        if (!set.add(code)) {
          error(key, CoreMessage.CSV_DUPLICATE_ITEM, item);
          return null;
        }
      }
      return set;
    }

    Set<String> workProcessSet(String key) {
      Set<String> set = new TreeSet<>();
      for (String item : items(key)) {
        if (personalCode(key, item, false)) {
          return null;
        }
        if (!set.add(item)) {
          error(key, CoreMessage.CSV_DUPLICATE_WORK_PROCESS, item);
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
          error(key, CoreMessage.CSV_BAD_YEAR_ITEM, item);
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
          error(key, CoreMessage.CSV_BAD_TRACK_ITEM, item);
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
        if (personalCode(key, code, false)) {
          return null;
        }
        Double weight = 1.0;
        if (eq >= 0) {
          weight = number(key, item.substring(eq + 1));
          if (weight == null) {
            return null;
          }
        }
        if (map.put(code, weight) != null) {
          error(key, CoreMessage.CSV_DUPLICATE_WORK_PROCESS, code);
          return null;
        }
      }
      return map;
    }

    Map<String, Integer> levels(String key) {
      Map<String, Integer> map = new TreeMap<>();
      for (String item : items(key)) {
        int eq = item.indexOf('=');
        if (personalCode(key, eq < 0 ? item : item.substring(0, eq), false)) {
          return null;
        }
        String level = eq < 0 ? "" : item.substring(eq + 1);
        if (eq < 0 || !INTEGER.matcher(level).matches()) {
          error(key, CoreMessage.CSV_BAD_LEVEL_ITEM, item);
          return null;
        }
        if (map.put(item.substring(0, eq), Integer.parseInt(level)) != null) {
          error(key, CoreMessage.CSV_DUPLICATE_WORK_PROCESS, item.substring(0, eq));
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
          error("participation", CoreMessage.CSV_BAD_PARTICIPATION, item);
          return null;
        }
        if (map.put(year, p) != null) {
          error("participation", CoreMessage.CSV_DUPLICATE_YEAR, year);
          return null;
        }
      }
      return map;
    }

    List<String> items(String key) {
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
      PeriodForm form = parse("form", CsvImport::form,
          Message.phrase("blok of lint (BLOCK of RIBBON)", "blok or lint (BLOCK or RIBBON)"));
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
        error(missing, CoreMessage.CSV_HALF_TRAVEL_LIMIT, t.header("transport"),
            t.header("maxMinutes"));
        return null;
      }
      Transport transport = parse("transport", CsvImport::transport,
          Message.phrase("lopen, fiets, ov of auto", "lopen, fiets, ov or auto"));
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
          error("area", CoreMessage.CSV_TOO_PRECISE,
              ProblemJson.personalCategoryText(personal.get()), code.substring(0, 4));
          return null;
        }
        if (coordinates) {
          error("area", CoreMessage.CSV_AREA_AND_COORDINATES);
          return null;
        }
        if (!AREA.matcher(code).matches()) {
          error("area", CoreMessage.CSV_BAD_AREA, code);
          return null;
        }
        if (areas == null) {
          if (!options.areas().isPresent()) {
            error("area", CoreMessage.CSV_NO_AREA_TABLE, code);
          }
          return null;
        }
        Location location = areas.get(code);
        if (location == null) {
          error("area", CoreMessage.CSV_UNKNOWN_AREA, code, areasFile);
        }
        return location;
      }
      if (!coordinates) {
        if (required) {
          error("latitude", CoreMessage.CSV_NO_LOCATION);
        }
        return null;
      }
      Double lat = decimal("latitude");
      Double lon = decimal("longitude");
      // checked here so that the message does not repeat the value (the model's would)
      if (lat != null && !(lat >= -90 && lat <= 90)) {
        error("latitude", CoreMessage.CSV_LATITUDE);
        return null;
      }
      if (lon != null && !(lon >= -180 && lon <= 180)) {
        error("longitude", CoreMessage.CSV_LONGITUDE);
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
        error(column(field, fallback), e.message());
        return null;
      } catch (IllegalArgumentException | NullPointerException e) {
        error(fallback, refusal(e));
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
