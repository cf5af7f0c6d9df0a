package nl.stagematch.core.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidProblemException;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
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
 * Reads one {@code stagematch-problem/1} document into a {@link MatchingProblem}, element by
 * element, collecting every error (see {@link ProblemJson} for the contract).
 *
 * <p>Each element is built with the model's own constructors as soon as it has been read; an
 * element with an error is counted and dropped (a null keeps its position). Once more errors than
 * reported have been found, no element is kept at all. When the elements had errors but fewer than
 * reported, the cross-field rules of {@link MatchingProblem} are still checked on the valid
 * elements, leaving out what only repeats an error already reported.
 */
final class ProblemReader {
  static final String FORMAT = "stagematch-problem/1";

  static final Fields DOCUMENT = Fields.of("a problem document",
      "format!", "policy!", "fitModel", "students!", "companies!", "places!", "travelMinutes");
  static final Fields FIT_MODEL = Fields.of("the fit model", "weights", "travel",
      "masteryLevel");
  static final Fields FIT_WEIGHTS = Fields.of("the fit weights", "workProcesses", "companyKind",
      "workKind", "travel", "learningRoom");
  static final Fields FIT_TRAVEL = Fields.of("the travel model", "detourFactor", "speedKmh",
      "publicTransportWaitMinutes");
  static final Fields FIT_SPEEDS = Fields.of("the mean speeds (km/h)", "WALK", "BIKE",
      "PUBLIC_TRANSPORT", "CAR");
  static final Fields POLICY = Fields.of("the policy", "schoolYear!", "scope", "participation",
      "minPeriodCoveragePercent");
  static final Fields SCOPE = Fields.of("the scope", "tracks", "studyYears",
      "firstInternshipOnly");
  static final Fields PARTICIPATION_POLICY = Fields.of("the participation policy",
      "optOutAllowed", "minimumSize", "exemptSectors");
  static final Fields STUDENT = Fields.of("a student", "id!", "track!", "studyYear!",
      "firstInternship", "optedOut", "wish!", "competences", "home");
  static final Fields WISH = Fields.of("a learning wish", "qualification!", "workProcesses",
      "companyKind", "workKind", "period!", "travelLimit", "requiredFeatures");
  static final Fields QUALIFICATION = Fields.of("a qualification", "crebo!", "level!");
  static final Fields PERIOD = Fields.of("a period", "start!", "end!", "form!", "daysPerWeek!");
  static final Fields TRAVEL_LIMIT = Fields.of("a travel limit", "transport!", "maxMinutes!");
  static final Fields LOCATION = Fields.of("a location", "latitude!", "longitude!");
  static final Fields COMPANY = Fields.of("a company", "id!", "recognitions!", "size!",
      "sector!", "kind", "location!", "region!", "participation");
  static final Fields RECOGNITION = Fields.of("a recognition", "qualification!",
      "workProcesses");
  static final Fields PLACE = Fields.of("a place", "id!", "companyId!", "qualification!",
      "period!", "capacity!", "features", "workKind");

  private static final Pattern ELEMENT_PATH =
      Pattern.compile("^\\$\\.(students|companies|places)\\[(\\d+)\\](.*)$", Pattern.DOTALL);

  private final StrictReader r;
  private final ErrorCollector errors;

  private Policy policy;
  private final Map<String, String> fitParameters = new TreeMap<>();
  private final List<Student> students = new ArrayList<>();
  private final List<Company> companies = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final Map<String, Map<String, Double>> travelMinutes = new TreeMap<>();
  private final Set<String> invalidCompanyIds = new HashSet<>();
  private boolean retain = true;
  /**
   * Codes seen before that name no protected ground ({@link #refuseGround}; a pure function of the
   * code, and the same codes repeat for every student), up to {@link #MEMO_LIMIT} of them.
   */
  private final Set<String> noGround = new HashSet<>();
  private static final int MEMO_LIMIT = 4096;

  ProblemReader(StrictReader reader) {
    this.r = reader;
    this.errors = reader.errors();
  }

  /**
   * Reads the document; returns the problem if it has no error, else null (the errors are in the
   * collector). Throws {@link StrictReader.Fatal} when reading had to stop.
   */
  MatchingProblem read() throws IOException {
    r.startDocument();
    r.object(DOCUMENT, this::documentField);
    r.endDocument();
    return build();
  }

  private void documentField(String name) throws IOException {
    switch (name) {
      case "format":
        String format = r.string("the format marker");
        if (format != null && !format.equals(FORMAT)) {
          throw r.fatal(format.startsWith("stagematch-result/")
              ? Message.of(CoreMessage.JSON_FORMAT_RESULT_NOT_PROBLEM, StrictReader.quote(format),
                  FORMAT)
              : Message.of(CoreMessage.JSON_FORMAT_UNKNOWN, StrictReader.quote(format),
                  "\"" + FORMAT + "\"", FORMAT));
        }
        break;
      case "policy":
        policy = policy();
        break;
      case "fitModel":
        fitModel();
        break;
      case "students":
        r.longArray("students", this::student);
        break;
      case "companies":
        r.longArray("companies", this::company);
        break;
      case "places":
        r.longArray("places", this::place);
        break;
      case "travelMinutes":
        travelMinutes();
        break;
      default:
        throw new IllegalStateException("Unhandled field " + name);
    }
  }

  // ---- policy

  private Policy policy() throws IOException {
    long before = errors.count();
    SchoolYear[] year = new SchoolYear[1];
    Scope[] scope = new Scope[1];
    ParticipationPolicy[] participation = new ParticipationPolicy[1];
    int[] coverage = {Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT};
    r.object(POLICY, name -> {
      switch (name) {
        case "schoolYear": year[0] = schoolYear(r.string("the school year")); break;
        case "scope": scope[0] = scope(); break;
        case "participation": participation[0] = participationPolicy(); break;
        case "minPeriodCoveragePercent":
          coverage[0] = orDefault(r.integer("the minimum period coverage (percent)"),
              Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT);
          break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Policy(year[0],
        scope[0] != null ? scope[0] : Scope.DEFAULT,
        participation[0] != null ? participation[0] : ParticipationPolicy.national(year[0]),
        coverage[0]));
  }

  private SchoolYear schoolYear(String text) {
    return text == null ? null : construct(() -> SchoolYear.parse(text));
  }

  private Scope scope() throws IOException {
    long before = errors.count();
    Scope defaults = Scope.DEFAULT;
    Set<Track>[] tracks = cast(new Set<?>[] {defaults.tracks()});
    Set<Integer>[] years = cast(new Set<?>[] {defaults.studyYears()});
    boolean[] firstOnly = {defaults.firstInternshipOnly()};
    r.object(SCOPE, name -> {
      switch (name) {
        case "tracks": tracks[0] = enumSet(Track.class, "a track"); break;
        case "studyYears": years[0] = integerSet("a study year"); break;
        case "firstInternshipOnly":
          firstOnly[0] = orDefault(r.bool("whether only first internships are in scope"), true);
          break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Scope(tracks[0], years[0], firstOnly[0]));
  }

  private ParticipationPolicy participationPolicy() throws IOException {
    long before = errors.count();
    ParticipationPolicy defaults = ParticipationPolicy.DEFAULT;
    boolean[] optOut = {defaults.optOutAllowed()};
    SizeClass[] minimum = {defaults.minimumSize()};
    Set<String>[] exempt = cast(new Set<?>[] {defaults.exemptSectors()});
    r.object(PARTICIPATION_POLICY, name -> {
      switch (name) {
        case "optOutAllowed":
          optOut[0] = orDefault(r.bool("whether companies may opt out"), false);
          break;
        case "minimumSize": minimum[0] = r.enumValue(SizeClass.class, "the minimum size"); break;
        case "exemptSectors": exempt[0] = stringSet("an exempt sector"); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new ParticipationPolicy(optOut[0], minimum[0], exempt[0]));
  }

  // ---- fit model

  /**
   * Reads the fit model into {@link #fitParameters} (by the names of {@link FitParameters}),
   * checking each value at its field with the fit model's own builders, then the weights together
   * (not all 0).
   */
  private void fitModel() throws IOException {
    long before = errors.count();
    Map<String, String> read = new TreeMap<>();
    r.object(FIT_MODEL, name -> {
      switch (name) {
        case "weights":
          long weightErrors = errors.count();
          Map<String, String> weights = new TreeMap<>();
          r.object(FIT_WEIGHTS, w -> fitNumber(weights, "weights." + w, "the fit weight " + w));
          if (errors.count() == weightErrors && weights.size() == 5
              && weights.values().stream().allMatch(v -> Double.parseDouble(v) == 0)) {
            r.error(CoreMessage.JSON_FIT_WEIGHTS_ZERO);
          }
          read.putAll(weights);
          break;
        case "travel":
          r.object(FIT_TRAVEL, t -> {
            if (t.equals("speedKmh")) {
              r.object(FIT_SPEEDS, tr -> fitNumber(read, "travel.speedKmh." + tr,
                  "the mean speed (km/h) by " + tr));
            } else {
              fitNumber(read, "travel." + t, "the " + t);
            }
          });
          break;
        case "masteryLevel":
          Integer level = r.integer("the mastery level");
          if (level != null && construct(() -> FitParameters.toModel(
              Map.of("masteryLevel", Integer.toString(level)))) != null) {
            read.put("masteryLevel", Integer.toString(level));
          }
          break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return;
    }
    // weights left out keep their defaults, so the ones given may all be 0 only with them
    FitModel model = construct(() -> FitParameters.toModel(read));
    if (model != null) {
      fitParameters.putAll(FitParameters.nonDefault(model));
    }
  }

  /** Reads a number of the fit model and checks it alone (the builders name the bound). */
  private void fitNumber(Map<String, String> into, String parameter, String what)
      throws IOException {
    Double value = r.number(what);
    if (value == null) {
      return;
    }
    String text = Double.toString(value);
    if (construct(() -> FitParameters.toModel(Map.of(parameter, text))) != null) {
      into.put(parameter, text);
    }
  }

  // ---- travel minutes

  /**
   * Reads the travel minutes the school supplied (student id to company id to minutes), each
   * value checked at its path; unknown ids are checked with the other rules between elements.
   */
  private void travelMinutes() throws IOException {
    r.longMap("the travel minutes", student -> {
      Map<String, Double> perStudent = new TreeMap<>();
      r.map("the travel minutes of a student", company -> {
        Double minutes = r.number("travel minutes");
        if (minutes == null) {
          return;
        }
        try {
          TravelMinutes.check(student, company, minutes);
          perStudent.put(company, minutes);
        } catch (InvalidValueException e) {
          r.error(e.getMessage());
        }
      });
      travelMinutes.put(student, perStudent);
    });
  }

  // ---- students

  private void student(int index) throws IOException {
    long before = errors.count();
    String[] id = new String[1];
    Track[] track = new Track[1];
    int[] year = new int[1];
    boolean[] flags = {true, false};
    LearningWish[] wish = new LearningWish[1];
    Map<String, Integer> competences = new TreeMap<>();
    Location[] home = new Location[1];
    r.object(STUDENT, name -> {
      switch (name) {
        case "id": id[0] = r.string("the id of a student"); break;
        case "track": track[0] = r.enumValue(Track.class, "the track"); break;
        case "studyYear": year[0] = orDefault(r.integer("the study year"), 0); break;
        case "firstInternship":
          flags[0] = orDefault(r.bool("whether it is the first internship"), true);
          break;
        case "optedOut":
          flags[1] = orDefault(r.bool("whether the student opted out"), false);
          break;
        case "wish": wish[0] = wish(); break;
        case "competences":
          r.map("the competences", key -> {
            Integer level = r.integer("a competence level");
            if (level != null) {
              competences.put(key, level);
            }
          });
          break;
        case "home": home[0] = location(); break;
        default: throw new IllegalStateException(name);
      }
    });
    Student student = null;
    if (errors.count() == before) {
      student = construct(() -> new Student(id[0], track[0], year[0], flags[0], flags[1],
          wish[0], competences, home[0]));
    }
    keep(students, student);
  }

  private LearningWish wish() throws IOException {
    long before = errors.count();
    Qualification[] qualification = new Qualification[1];
    Map<String, Double> workProcesses = new TreeMap<>();
    String[] kinds = new String[2];
    Period[] period = new Period[1];
    TravelLimit[] travel = new TravelLimit[1];
    Set<String>[] features = cast(new Set<?>[] {Set.of()});
    r.object(WISH, name -> {
      switch (name) {
        case "qualification": qualification[0] = qualification(); break;
        case "workProcesses":
          r.map("the work processes", key -> {
            Double weight = r.number("a work-process weight");
            if (weight != null) {
              workProcesses.put(key, weight);
            }
          });
          break;
        case "companyKind": kinds[0] = r.string("the kind of company"); break;
        case "workKind": kinds[1] = r.string("the kind of work"); break;
        case "period": period[0] = period(); break;
        case "travelLimit": travel[0] = travelLimit(); break;
        case "requiredFeatures": features[0] = codeSet("a required feature"); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new LearningWish(qualification[0], workProcesses, kinds[0], kinds[1],
        period[0], travel[0], features[0]));
  }

  private Qualification qualification() throws IOException {
    long before = errors.count();
    String[] crebo = new String[1];
    int[] level = new int[1];
    r.object(QUALIFICATION, name -> {
      switch (name) {
        case "crebo": crebo[0] = r.string("the crebo code"); break;
        case "level": level[0] = orDefault(r.integer("the level"), 0); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Qualification(crebo[0], level[0]));
  }

  private Period period() throws IOException {
    long before = errors.count();
    LocalDate[] dates = new LocalDate[2];
    PeriodForm[] form = new PeriodForm[1];
    int[] days = new int[1];
    r.object(PERIOD, name -> {
      switch (name) {
        case "start": dates[0] = r.date("the start"); break;
        case "end": dates[1] = r.date("the end"); break;
        case "form": form[0] = r.enumValue(PeriodForm.class, "the form of the period"); break;
        case "daysPerWeek": days[0] = orDefault(r.integer("the days per week"), 0); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Period(dates[0], dates[1], form[0], days[0]));
  }

  private TravelLimit travelLimit() throws IOException {
    long before = errors.count();
    Transport[] transport = new Transport[1];
    int[] minutes = new int[1];
    r.object(TRAVEL_LIMIT, name -> {
      switch (name) {
        case "transport": transport[0] = r.enumValue(Transport.class, "the transport"); break;
        case "maxMinutes": minutes[0] = orDefault(r.integer("the maximum minutes"), 0); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new TravelLimit(transport[0], minutes[0]));
  }

  private Location location() throws IOException {
    long before = errors.count();
    double[] coordinates = new double[2];
    r.object(LOCATION, name -> {
      switch (name) {
        case "latitude": coordinates[0] = orDefault(r.number("the latitude"), 0.0); break;
        case "longitude": coordinates[1] = orDefault(r.number("the longitude"), 0.0); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Location(coordinates[0], coordinates[1]));
  }

  // ---- companies

  private void company(int index) throws IOException {
    long before = errors.count();
    String[] strings = new String[4]; // id, sector, kind, region
    List<Recognition> recognitions = new ArrayList<>();
    SizeClass[] size = new SizeClass[1];
    Location[] location = new Location[1];
    Map<SchoolYear, Participation> participation = new LinkedHashMap<>();
    r.object(COMPANY, name -> {
      switch (name) {
        case "id": strings[0] = r.string("the id of a company"); break;
        case "recognitions":
          r.array("recognitions", i -> {
            Recognition recognition = recognition();
            if (recognition != null) {
              recognitions.add(recognition);
            }
          });
          break;
        case "size": size[0] = r.enumValue(SizeClass.class, "the size class"); break;
        case "sector": strings[1] = r.string("the sector"); break;
        case "kind": strings[2] = r.string("the kind of company"); break;
        case "location": location[0] = location(); break;
        case "region": strings[3] = r.string("the region"); break;
        case "participation":
          r.map("the participation per school year", key -> {
            long keyErrors = errors.count();
            SchoolYear year = construct(() -> SchoolYear.parse(key));
            Participation value = r.enumValue(Participation.class, "the participation");
            if (errors.count() == keyErrors) {
              participation.put(year, value);
            }
          });
          break;
        default: throw new IllegalStateException(name);
      }
    });
    Company company = null;
    if (errors.count() == before) {
      company = construct(() -> new Company(strings[0], recognitions, size[0], strings[1],
          strings[2], location[0], strings[3], participation));
    }
    keep(companies, company);
    if (company == null && strings[0] != null && retain) {
      invalidCompanyIds.add(strings[0]);
    }
  }

  private Recognition recognition() throws IOException {
    long before = errors.count();
    Qualification[] qualification = new Qualification[1];
    Set<String>[] workProcesses = cast(new Set<?>[] {Set.of()});
    r.object(RECOGNITION, name -> {
      switch (name) {
        case "qualification": qualification[0] = qualification(); break;
        case "workProcesses": workProcesses[0] = codeSet("a work process"); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Recognition(qualification[0], workProcesses[0]));
  }

  // ---- places

  private void place(int index) throws IOException {
    long before = errors.count();
    String[] strings = new String[3]; // id, companyId, workKind
    Qualification[] qualification = new Qualification[1];
    Period[] period = new Period[1];
    int[] capacity = new int[1];
    Set<String>[] features = cast(new Set<?>[] {Set.of()});
    r.object(PLACE, name -> {
      switch (name) {
        case "id": strings[0] = r.string("the id of a place"); break;
        case "companyId": strings[1] = r.string("the company id of a place"); break;
        case "qualification": qualification[0] = qualification(); break;
        case "period": period[0] = period(); break;
        case "capacity": capacity[0] = orDefault(r.integer("the capacity"), 0); break;
        case "features": features[0] = codeSet("a place feature"); break;
        case "workKind": strings[2] = r.string("the kind of work"); break;
        default: throw new IllegalStateException(name);
      }
    });
    Place place = null;
    if (errors.count() == before) {
      place = construct(() -> new Place(strings[0], strings[1], qualification[0],
          period[0], capacity[0], features[0], strings[2]));
    }
    keep(places, place);
  }

  // ---- shared values

  /** The lists of values the sets are read from, by the name of one value. */
  private static final Map<String, String> PLURALS = Map.of(
      "a track", "the tracks",
      "a study year", "the study years",
      "an exempt sector", "the exempt sectors",
      "a required feature", "the required features",
      "a work process", "the work processes",
      "a place feature", "the place features");

  /** The name of a list of values named {@code what}, such as "the tracks". */
  private static String plural(String what) {
    return PLURALS.getOrDefault(what, "the list of " + what);
  }

  private Set<String> stringSet(String what) throws IOException {
    Set<String> set = new TreeSet<>();
    r.array(plural(what), i -> {
      String value = r.string(what);
      if (value != null && !set.add(value)) {
        duplicate(value);
      }
    });
    return set;
  }

  /**
   * Reads a set of codes (place features, work processes) like {@link #stringSet}, refusing a code
   * named after a protected ground (rule R1) at its element.
   */
  private Set<String> codeSet(String what) throws IOException {
    Set<String> set = new TreeSet<>();
    r.array(plural(what), i -> {
      String value = r.string(what);
      if (value != null && refuseGround(what, value)) {
        return;
      }
      if (value != null && !set.add(value)) {
        duplicate(value);
      }
    });
    return set;
  }

  /** Records an error and returns true if the code {@code value} names a protected ground. */
  private boolean refuseGround(String what, String value) {
    if (noGround.contains(value)) {
      return false;
    }
    Optional<String> ground = PersonalFields.protectedGround(value);
    ground.ifPresent(g -> r.error(PersonalFields.groundMessage(what, SafeText.clean(value), g)));
    if (ground.isEmpty() && noGround.size() < MEMO_LIMIT) {
      noGround.add(value);
    }
    return ground.isPresent();
  }

  private Set<Integer> integerSet(String what) throws IOException {
    Set<Integer> set = new TreeSet<>();
    r.array(plural(what), i -> {
      Integer value = r.integer(what);
      if (value != null && !set.add(value)) {
        duplicate(String.valueOf(value));
      }
    });
    return set;
  }

  private <E extends Enum<E>> Set<E> enumSet(Class<E> type, String what) throws IOException {
    Set<E> set = EnumSet.noneOf(type);
    r.array(plural(what), i -> {
      E value = r.enumValue(type, what);
      if (value != null && !set.add(value)) {
        duplicate(value.name());
      }
    });
    return set;
  }

  private void duplicate(String value) {
    r.error(CoreMessage.JSON_DUPLICATE_VALUE, StrictReader.quote(value));
  }

  /**
   * Runs a model constructor; its {@link IllegalArgumentException} (or a {@link
   * NullPointerException} naming a missing value) becomes an error at the current path, or at the
   * field's path below it when the model names the field ({@link InvalidValueException}).
   */
  private <T> T construct(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      r.errorAt(e.field(), e.message());
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      r.error(StrictReader.refusal(e));
      return null;
    }
  }

  /**
   * Keeps a valid element, or null in the place of an invalid one (so that positions stay the
   * document's), unless more errors were found than are reported.
   */
  private <T> void keep(List<T> list, T element) {
    if (retain && errors.overCap()) {
      retain = false;
      students.clear();
      companies.clear();
      places.clear();
      invalidCompanyIds.clear();
    }
    if (retain) {
      list.add(element);
    }
  }

  private static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }

  @SuppressWarnings("unchecked")
  private static <T> Set<T>[] cast(Set<?>[] array) {
    return (Set<T>[]) array;
  }

  // ---- cross-field rules

  private MatchingProblem build() {
    if (!retain || errors.overCap()) {
      return null;
    }
    boolean hadErrors = errors.count() > 0;
    // the rules between elements do not depend on the policy: when it had an error of its own
    // (already reported), a stand-in lets them still be checked
    Policy checked = policy != null ? policy : Policy.defaults(SchoolYear.of(2025));
    try {
      MatchingProblem problem =
          MatchingProblem.of(checked, students, companies, places, fitParameters,
              TravelMinutes.of(travelMinutes));
      // with errors outside the elements (say an unknown top-level field) nothing is returned
      return hadErrors ? null : problem;
    } catch (InvalidProblemException e) {
      boolean dropped = students.contains(null) || companies.contains(null);
      for (ValidationError error : e.errors()) {
        // travel minutes of a student or company dropped for its own error are not unknown
        if (dropped && error.path().startsWith("$.travelMinutes")) {
          continue;
        }
        if (!isConsequenceOfDroppedElement(error)) {
          errors.add(error.path(), error.text());
        }
      }
      if (!hadErrors && errors.count() == 0) {
        throw new IllegalStateException("The problem was refused for dropped elements only", e);
      }
      return null;
    }
  }

  /**
   * Whether a cross-field error only repeats an error already reported: the position of an element
   * that was dropped for its own error, or a place whose company was dropped.
   */
  private boolean isConsequenceOfDroppedElement(ValidationError error) {
    Matcher m = ELEMENT_PATH.matcher(error.path());
    if (!m.matches()) {
      return false;
    }
    List<?> list = m.group(1).equals("students") ? students
        : m.group(1).equals("companies") ? companies : places;
    int index = Integer.parseInt(m.group(2));
    if (index >= list.size()) {
      return false;
    }
    if (list.get(index) == null) {
      return true;
    }
    return list == places && m.group(3).equals(".companyId")
        && invalidCompanyIds.contains(places.get(index).companyId());
  }
}
