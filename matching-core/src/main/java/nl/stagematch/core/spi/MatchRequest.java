package nl.stagematch.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.result.Provenance;

/**
 * What a variant is asked to match: the blind problem, the lottery seed, the coordinator's pinned
 * and forbidden pairs (R6), the responder that gives the people's answers, the variant's options,
 * the school of each student (only for variants with {@link Capability#MULTI_SCHOOL}) and the fit
 * model.
 *
 * <p>Nothing else can enter: there is no field for a personal characteristic or a research-only
 * attribute, and options are checked against the variant's declared options.
 *
 * <p>The constructor checks what can be checked without eligibility: every id is in the problem, a
 * student is pinned at most once, no pair is both pinned and forbidden, and no place has more pins
 * than its capacity. Whether a pinned pair is admissible is checked by the variant. Pins and
 * forbidden pairs are sorted (by student id, then place id), so their order never matters.
 *
 * <p>A refused argument, of the constructor or of the {@link Builder}, is an {@link
 * InvalidValueException} (an {@link nl.stagematch.core.model.InputException}) with a stable code,
 * such as {@code MODEL_VALUE_MISSING} for a null, {@code MODEL_BAD_ID} for a malformed id or
 * {@code REQUEST_PINNED_TWICE}, and its text in Dutch and English; never a {@link
 * NullPointerException}.
 *
 * @param problem the blind matching problem
 * @param seed the lottery seed
 * @param pinned pairs to place as given, sorted
 * @param forbidden pairs never to use, sorted, without repeats
 * @param responder the people's answers (default {@link Responder#byFit()})
 * @param options option name to value, checked by the variant (default none: all defaults)
 * @param schools student id to school id, sorted; empty (the default) means one school
 * @param fitModel the fit model, whose travel model also decides eligibility (the builder's
 *     default is the problem's own, {@link FitModel#of(MatchingProblem)}: {@link
 *     FitModel#defaults()} unless the problem sets fit parameters)
 */
public record MatchRequest(MatchingProblem problem, long seed, List<StudentPlace> pinned,
    List<StudentPlace> forbidden, Responder responder, Map<String, String> options,
    Map<String, String> schools, FitModel fitModel) {

  /**
   * Validates and copies; see the class documentation for the checks.
   *
   * @param problem the blind matching problem
   * @param seed the lottery seed
   * @param pinned pairs to place as given
   * @param forbidden pairs never to use
   * @param responder the people's answers (default {@link Responder#byFit()})
   * @param options option name to value, checked by the variant
   * @param schools student id to school id
   * @param fitModel the fit model, whose travel model also decides eligibility
   */
  public MatchRequest {
    required(problem, "het probleem van een matchverzoek", "the problem of a match request",
        "geef het matchingprobleem.", "give the matching problem.", "problem");
    required(pinned, "de vastgezette paren", "the pinned pairs",
        "gebruik een lege lijst als er geen zijn.", "use an empty list for none.", "pinned");
    required(forbidden, "de uitgesloten paren", "the forbidden pairs",
        "gebruik een lege lijst als er geen zijn.", "use an empty list for none.", "forbidden");
    required(responder, "de antwoordgever", "the responder", "gebruik Responder.byFit().",
        "use Responder.byFit().", "responder");
    required(options, "de opties", "the options", "gebruik een lege map voor de standaard.",
        "use an empty map for the defaults.", "options");
    required(schools, "de scholen", "the schools", "gebruik een lege map voor één school.",
        "use an empty map for one school.", "schools");
    required(fitModel, "het fitmodel", "the fit model", "gebruik FitModel.defaults().",
        "use FitModel.defaults().", "fitModel");
    TreeSet<StudentPlace> forbiddenSet = new TreeSet<>();
    for (StudentPlace f : forbidden) {
      required(f, "een uitgesloten paar", "a forbidden pair", "haal de null uit de lijst.",
          "remove the null from the list.", "forbidden");
      known(problem, f, "het uitgesloten paar", "the forbidden pair");
      forbiddenSet.add(f);
    }
    List<StudentPlace> pins = new ArrayList<>(pinned);
    Map<String, StudentPlace> pinOfStudent = new HashMap<>();
    Map<String, Integer> pinsPerPlace = new HashMap<>();
    for (StudentPlace p : pins) {
      required(p, "een vastgezet paar", "a pinned pair", "haal de null uit de lijst.",
          "remove the null from the list.", "pinned");
      known(problem, p, "het vastgezette paar", "the pinned pair");
      StudentPlace earlier = pinOfStudent.put(p.studentId(), p);
      if (earlier != null) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_PINNED_TWICE,
            p.studentId(), earlier, p), "pinned");
      }
      if (forbiddenSet.contains(p)) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_PINNED_AND_FORBIDDEN, p),
            "pinned");
      }
      int count = pinsPerPlace.merge(p.placeId(), 1, Integer::sum);
      Place place = problem.place(p.placeId()).orElseThrow();
      if (count > place.capacity()) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_TOO_MANY_PINS,
            p.placeId(), count, place.capacity()), "pinned");
      }
    }
    pins.sort(null);
    pinned = List.copyOf(pins);
    forbidden = List.copyOf(forbiddenSet);
    TreeMap<String, String> o = new TreeMap<>();
    for (Map.Entry<String, String> e : options.entrySet()) {
      o.put(required(e.getKey(), "de naam van een optie", "the name of an option",
          "haal de optie zonder naam weg.", "remove the option without a name.", "options"),
          required(e.getValue(), "de waarde van optie (" + SafeText.clean(e.getKey()) + ")",
              "the value of option (" + SafeText.clean(e.getKey()) + ")",
              "laat de optie weg voor haar standaardwaarde.",
              "leave the option out to use its default.", "options"));
    }
    options = Collections.unmodifiableSortedMap(o);
    TreeMap<String, String> s = new TreeMap<>();
    for (Map.Entry<String, String> e : schools.entrySet()) {
      String student = StudentPlace.check(e.getKey(), Pseudonyms.Kind.STUDENT, STUDENT_WITH_SCHOOL,
          "schools");
      String school = StudentPlace.check(e.getValue(), Pseudonyms.Kind.SCHOOL,
          schoolOf(student), "schools", student);
      if (problem.studentIndex(student) < 0) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_SCHOOL_UNKNOWN_STUDENT,
            student, school), "schools", student);
      }
      s.put(student, school);
    }
    schools = Collections.unmodifiableSortedMap(s);
  }

  private static final Message STUDENT_WITH_SCHOOL = Message.phrase("een student met een school",
      "a student with a school");

  private static Message schoolOf(String student) {
    return Message.phrase("de school van student (" + SafeText.clean(student) + ")",
        "the school of student (" + SafeText.clean(student) + ")");
  }

  /** Refuses a null argument with {@code MODEL_VALUE_MISSING}. */
  private static <T> T required(T value, String dutch, String english, String dutchMaybe,
      String englishMaybe, String... field) {
    if (value == null) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_VALUE_MISSING,
          Message.phrase(dutch, english), Message.phrase(dutchMaybe, englishMaybe)), field);
    }
    return value;
  }

  private static void known(MatchingProblem problem, StudentPlace pair, String dutch,
      String english) {
    Message what = Message.phrase(dutch + " " + pair, english + " " + pair);
    if (problem.studentIndex(pair.studentId()) < 0) {
      throw new InvalidValueException(Message.of(CoreMessage.REQUEST_UNKNOWN_STUDENT,
          pair.studentId(), what), english.endsWith("pinned pair") ? "pinned" : "forbidden");
    }
    if (problem.placeIndex(pair.placeId()) < 0) {
      throw new InvalidValueException(Message.of(CoreMessage.REQUEST_UNKNOWN_PLACE,
          pair.placeId(), what), english.endsWith("pinned pair") ? "pinned" : "forbidden");
    }
  }

  /**
   * The provenance of a result of this request by the variant {@code variant}: the SHA-256 of the
   * canonical problem document ({@link ProblemJson#sha256}), the seed, the pins, the forbidden
   * pairs, the schools, the responder ({@code by-fit} for {@link Responder#byFit()}, else its
   * {@link Responder#name()}), the fit model's parameters ({@link FitParameters}) and a summary
   * of the policy. Computing the hash writes the problem once (linear in its size).
   *
   * @param variant the name of the variant that answers the request
   * @param effectiveOptions the value of every declared option, defaults included (a {@link
   *     Proposal}'s {@code options()})
   * @return the provenance to record with the result
   */
  public Provenance provenance(String variant, Map<String, String> effectiveOptions) {
    return provenance(variant, effectiveOptions, ProblemJson.sha256(problem));
  }

  /**
   * As {@link #provenance(String, Map)}, with the problem's hash given (when the caller has
   * computed it already, or records the hash of the document the problem was derived from).
   *
   * @param variant the name of the variant that answers the request
   * @param effectiveOptions the value of every declared option, defaults included
   * @param problemSha256 the SHA-256 (hex) of the problem document to record
   * @return the provenance to record with the result
   */
  public Provenance provenance(String variant, Map<String, String> effectiveOptions,
      String problemSha256) {
    List<Provenance.Pair> pins = new ArrayList<>(pinned.size());
    for (StudentPlace p : pinned) {
      pins.add(new Provenance.Pair(p.studentId(), p.placeId()));
    }
    List<Provenance.Pair> never = new ArrayList<>(forbidden.size());
    for (StudentPlace p : forbidden) {
      never.add(new Provenance.Pair(p.studentId(), p.placeId()));
    }
    return new Provenance(problemSha256, variant, seed, effectiveOptions, pins,
        never, schools, responder == Responder.byFit() ? "by-fit" : responder.name(),
        FitParameters.of(fitModel), List.of(), Provenance.summary(problem.policy()));
  }

  /**
   * A request for {@code problem} with seed 0 and every other part at its default.
   *
   * @param problem the problem
   * @return the request
   */
  public static MatchRequest of(MatchingProblem problem) {
    return builder(problem).build();
  }

  /**
   * Starts a builder for {@code problem}; see {@link Builder} for the defaults.
   *
   * @param problem the problem
   * @return a new builder
   */
  public static Builder builder(MatchingProblem problem) {
    return new Builder(problem);
  }

  /**
   * A builder holding this request's parts, to change some of them.
   *
   * @return a new builder; this request is unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder(problem).seed(seed).responder(responder).fitModel(fitModel);
    b.pinned.addAll(pinned);
    b.forbidden.addAll(forbidden);
    b.options.putAll(options);
    b.schools.putAll(schools);
    return b;
  }

  /**
   * The same request for another problem (such as the same cohort in another input order).
   *
   * @param other the other problem; the request's ids must be in it
   * @return the new request
   */
  public MatchRequest withProblem(MatchingProblem other) {
    return new MatchRequest(other, seed, pinned, forbidden, responder, options, schools, fitModel);
  }

  /** Refuses a missing option name or value. */
  static void optionValue(String name, String value) {
    required(name, "de naam van een optie", "the name of an option",
        "geef de naam van de optie.", "give the option's name.", "options");
    required(value, "de waarde van optie (" + SafeText.clean(name) + ")",
        "the value of option (" + SafeText.clean(name) + ")",
        "laat de optie weg voor haar standaardwaarde.",
        "leave the option out to use its default.", "options", name);
  }

  /**
   * Builds a {@link MatchRequest}. Defaults: seed 0, no pins, nothing forbidden, {@link
   * Responder#byFit()}, no options (every option at its default), no schools (one school), {@link
   * FitModel#defaults()}.
   *
   * <pre>{@code
   * MatchRequest request = MatchRequest.builder(problem)
   *     .seed(2025).pin("S-1", "P-4").forbid("S-2", "P-4").option("shortlist-size", "3").build();
   * }</pre>
   */
  public static final class Builder {
    private final MatchingProblem problem;
    private long seed;
    private final List<StudentPlace> pinned = new ArrayList<>();
    private final List<StudentPlace> forbidden = new ArrayList<>();
    private Responder responder = Responder.byFit();
    private final Map<String, String> options = new TreeMap<>();
    private final Map<String, String> schools = new TreeMap<>();
    private FitModel fitModel;

    private Builder(MatchingProblem problem) {
      this.problem = required(problem, "het probleem van een matchverzoek",
          "the problem of a match request", "geef het matchingprobleem.",
          "give the matching problem.", "problem");
    }

    /**
     * Sets the lottery seed (default 0).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Pins {@code studentId} to {@code placeId}.
     *
     * @param studentId the student
     * @param placeId the place she is placed at as given
     * @return this builder
     */
    public Builder pin(String studentId, String placeId) {
      pinned.add(StudentPlace.of(studentId, placeId));
      return this;
    }

    /**
     * Forbids placing {@code studentId} at {@code placeId}.
     *
     * @param studentId the student
     * @param placeId the place she must not be placed at
     * @return this builder
     */
    public Builder forbid(String studentId, String placeId) {
      forbidden.add(StudentPlace.of(studentId, placeId));
      return this;
    }

    /**
     * Sets the responder (default {@link Responder#byFit()}).
     *
     * @param responder who answers the variant's questions
     * @return this builder
     */
    public Builder responder(Responder responder) {
      this.responder = required(responder, "de antwoordgever", "the responder",
          "gebruik Responder.byFit().", "use Responder.byFit().", "responder");
      return this;
    }

    /**
     * Sets an option; setting the same option twice fails, showing the earlier value.
     *
     * @param name the option's name
     * @param value its value, checked by the variant
     * @return this builder
     */
    public Builder option(String name, String value) {
      optionValue(name, value);
      String earlier = options.putIfAbsent(name, value);
      if (earlier != null) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_OPTION_TWICE,
            SafeText.clean(name), SafeText.clean(earlier), SafeText.clean(value)), "options",
            name);
      }
      return this;
    }

    /**
     * Sets every option of {@code values}; see {@link #option}.
     *
     * @param values option name to value
     * @return this builder
     */
    public Builder options(Map<String, String> values) {
      required(values, "de opties", "the options", "gebruik een lege map voor de standaard.",
          "use an empty map for the defaults.", "options");
      values.forEach(this::option);
      return this;
    }

    /**
     * Says that {@code studentId} belongs to school {@code schoolId} (for V5).
     *
     * @param studentId the student
     * @param schoolId her school's pseudonymous id
     * @return this builder
     */
    public Builder school(String studentId, String schoolId) {
      StudentPlace.check(studentId, Pseudonyms.Kind.STUDENT, STUDENT_WITH_SCHOOL, "schools");
      StudentPlace.check(schoolId, Pseudonyms.Kind.SCHOOL, schoolOf(studentId), "schools",
          studentId);
      String earlier = schools.putIfAbsent(studentId, schoolId);
      if (earlier != null && !earlier.equals(schoolId)) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_SCHOOL_TWICE, studentId,
            earlier, schoolId), "schools", studentId);
      }
      return this;
    }

    /**
     * Sets the school of every student in {@code studentToSchool}; see {@link #school}.
     *
     * @param studentToSchool student id to school id
     * @return this builder
     */
    public Builder schools(Map<String, String> studentToSchool) {
      required(studentToSchool, "de scholen", "the schools",
          "gebruik een lege map voor één school.", "use an empty map for one school.", "schools");
      studentToSchool.forEach(this::school);
      return this;
    }

    /**
     * Sets the fit model for this run (default the problem's own, {@link
     * FitModel#of(MatchingProblem)}).
     *
     * @param fitModel the fit model, or null for the problem's own
     * @return this builder
     */
    public Builder fitModel(FitModel fitModel) {
      this.fitModel = required(fitModel, "het fitmodel", "the fit model",
          "gebruik FitModel.defaults().", "use FitModel.defaults().", "fitModel");
      return this;
    }

    /**
     * Builds the request; see the class documentation of {@link MatchRequest} for the checks.
     *
     * @return the request
     */
    public MatchRequest build() {
      return new MatchRequest(problem, seed, pinned, forbidden, responder, options, schools,
          fitModel != null ? fitModel : FitModel.of(problem));
    }
  }
}
