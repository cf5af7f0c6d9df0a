package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole blind matching input: the policy, the students, the companies and their places.
 *
 * <p>Built with {@link #builder()} (or {@link #of}); building checks the cross-field rules and
 * reports all broken ones at once in an {@link InvalidProblemException}: a missing policy,
 * duplicate ids among students, companies or places, and a place of an unknown company. Each
 * element is already valid on its own (records validate themselves). A student whose qualification
 * no company recognises is valid (eligibility reports her), and so is an empty cohort.
 *
 * <p>Immutable; lists keep the order given. Lookups by id are constant time. Positions in the
 * lists ({@link #studentIndex}, {@link #placeIndex}, {@link #companyIndex}) are the dense ints the
 * engine works with.
 *
 * <p>The problem also carries the parameters of the fit model a school chose ({@link
 * #fitParameters()}): only those that differ from the documented defaults, by the names of {@code
 * nl.stagematch.core.model.FitParameters}. The model does not check them (it knows no fit model);
 * {@code FitModel.of(problem)} builds the model from them and refuses an unknown name or a bad
 * value, and the JSON reader checks them at their field.
 */
public final class MatchingProblem {
  private final Policy policy;
  private final List<Student> students;
  private final List<Company> companies;
  private final List<Place> places;
  private final Map<String, Integer> studentIndex;
  private final Map<String, Integer> companyIndex;
  private final Map<String, Integer> placeIndex;
  private final int[] placeCompany;
  private final SortedMap<String, String> fitParameters;
  private final TravelMinutes travelMinutes;

  private MatchingProblem(Policy policy, List<Student> students, List<Company> companies,
      List<Place> places, Map<String, String> fitParameters, TravelMinutes travelMinutes) {
    List<ValidationError> errors = new ArrayList<>();
    this.fitParameters = Collections.unmodifiableSortedMap(new TreeMap<>(fitParameters));
    this.travelMinutes = Objects.requireNonNull(travelMinutes, "travelMinutes");
    if (policy == null) {
      errors.add(new ValidationError("$.policy", Message.of(CoreMessage.MODEL_NO_POLICY)));
    }
    this.policy = policy;
    this.students = copy(students, "students", "student", errors);
    this.companies = copy(companies, "companies", "company", errors);
    this.places = copy(places, "places", "place", errors);
    this.studentIndex = index(this.students, "students", "student", Student::id, errors);
    this.companyIndex = index(this.companies, "companies", "company", Company::id, errors);
    this.placeIndex = index(this.places, "places", "place", Place::id, errors);
    this.placeCompany = new int[this.places.size()];
    for (int i = 0; i < this.places.size(); i++) {
      Place p = this.places.get(i);
      if (p == null) {
        continue;
      }
      Integer c = companyIndex.get(p.companyId());
      if (c == null) {
        errors.add(new ValidationError("$.places[" + i + "].companyId",
            Message.of(CoreMessage.MODEL_UNKNOWN_COMPANY, p.companyId(), p.id())));
        placeCompany[i] = -1;
      } else {
        placeCompany[i] = c;
      }
    }
    checkTravelMinutes(errors);
    if (!errors.isEmpty()) {
      throw new InvalidProblemException(errors);
    }
  }

  /** Every student and company of the travel minutes must be one of the problem. */
  private void checkTravelMinutes(List<ValidationError> errors) {
    for (Map.Entry<String, SortedMap<String, Double>> e : travelMinutes.asMap().entrySet()) {
      if (!studentIndex.containsKey(e.getKey())) {
        errors.add(new ValidationError("$.travelMinutes." + e.getKey(),
            Message.of(CoreMessage.MODEL_TRAVEL_UNKNOWN_STUDENT, e.getKey())));
        continue;
      }
      for (String company : e.getValue().keySet()) {
        if (!companyIndex.containsKey(company)) {
          errors.add(new ValidationError("$.travelMinutes." + e.getKey() + "." + company,
              Message.of(CoreMessage.MODEL_TRAVEL_UNKNOWN_COMPANY, company, e.getKey())));
        }
      }
    }
  }

  private static <T> List<T> copy(List<T> list, String field, String what,
      List<ValidationError> errors) {
    if (list == null) {
      errors.add(new ValidationError("$." + field,
          Message.of(CoreMessage.MODEL_LIST_MISSING, plural(field))));
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T t = list.get(i);
      if (t == null) {
        errors.add(new ValidationError("$." + field + "[" + i + "]",
            Message.of(CoreMessage.MODEL_NULL_ELEMENT, what(what), i)));
      }
      out.add(t);
    }
    return errors.isEmpty() ? List.copyOf(out) : out;
  }

  private static <T> Map<String, Integer> index(List<T> list, String field, String what,
      Function<T, String> id, List<ValidationError> errors) {
    Map<String, Integer> index = new HashMap<>(Math.max(16, list.size() * 2));
    for (int i = 0; i < list.size(); i++) {
      T t = list.get(i);
      if (t == null) {
        continue;
      }
      Integer earlier = index.putIfAbsent(id.apply(t), i);
      if (earlier != null) {
        errors.add(new ValidationError("$." + field + "[" + i + "].id",
            Message.of(CoreMessage.MODEL_DUPLICATE_ID, id.apply(t), what(what), i, earlier,
                "$." + field + "[" + earlier + "]")));
      }
    }
    return index;
  }

  private static Message plural(String field) {
    switch (field) {
      case "students":
        return Message.phrase("studenten", "students");
      case "companies":
        return Message.phrase("bedrijven", "companies");
      default:
        return Message.phrase("plaatsen", "places");
    }
  }

  private static Message what(String what) {
    switch (what) {
      case "student":
        return Message.phrase("student", "student");
      case "company":
        return Message.phrase("bedrijf", "company");
      default:
        return Message.phrase("plaats", "place");
    }
  }

  /**
   * Builds a problem from these parts; see the class documentation for the checks.
   *
   * @param policy the policy
   * @param students the students
   * @param companies the companies
   * @param places the places
   * @return the problem
   */
  public static MatchingProblem of(Policy policy, List<Student> students, List<Company> companies,
      List<Place> places) {
    return new MatchingProblem(policy, students, companies, places, Map.of(),
        TravelMinutes.none());
  }

  /**
   * Builds a problem from these parts and the fit model parameters that differ from the defaults
   * (see {@link #fitParameters()}); see the class documentation for the checks.
   *
   * @param policy the policy
   * @param students the students
   * @param companies the companies
   * @param places the places
   * @param fitParameters the fit model parameters that differ from the defaults
   * @return the problem
   */
  public static MatchingProblem of(Policy policy, List<Student> students, List<Company> companies,
      List<Place> places, Map<String, String> fitParameters) {
    return new MatchingProblem(policy, students, companies, places,
        Objects.requireNonNull(fitParameters, "fitParameters"), TravelMinutes.none());
  }

  /**
   * Builds a problem from these parts, the fit model parameters that differ from the defaults and
   * the travel minutes a school supplies ({@link #travelMinutes()}); see the class documentation
   * for the checks (and: every student and company of the travel minutes must be one of these).
   *
   * @param policy the policy
   * @param students the students
   * @param companies the companies
   * @param places the places
   * @param fitParameters the fit model parameters that differ from the defaults
   * @param travelMinutes the travel minutes the school supplied
   * @return the problem
   */
  public static MatchingProblem of(Policy policy, List<Student> students, List<Company> companies,
      List<Place> places, Map<String, String> fitParameters, TravelMinutes travelMinutes) {
    return new MatchingProblem(policy, students, companies, places,
        Objects.requireNonNull(fitParameters, "fitParameters"),
        Objects.requireNonNull(travelMinutes, "travelMinutes"));
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this problem's parts, to build a changed copy.
   *
   * @return a new builder; this problem is unchanged
   */
  public Builder toBuilder() {
    return new Builder().policy(policy).addStudents(students).addCompanies(companies)
        .addPlaces(places).fitParameters(fitParameters).travelMinutes(travelMinutes);
  }

  /**
   * The travel minutes per student and company that the school supplied in place of the
   * modelled travel time ({@link TravelMinutes#none()} when none). Used only for travel time,
   * like the home location; never shown to a company.
   *
   * @return the minutes, possibly none
   */
  public TravelMinutes travelMinutes() {
    return travelMinutes;
  }

  /**
   * The fit model parameters that differ from the defaults, sorted by name (empty: the default fit
   * model). {@code nl.stagematch.core.model.FitModel.of(problem)} turns them into the model.
   *
   * @return parameter name to value
   */
  public SortedMap<String, String> fitParameters() {
    return fitParameters;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * The students, in the order given.
   *
   * @return the students
   */
  public List<Student> students() {
    return students;
  }

  /**
   * The companies, in the order given.
   *
   * @return the companies
   */
  public List<Company> companies() {
    return companies;
  }

  /**
   * The places, in the order given.
   *
   * @return the places
   */
  public List<Place> places() {
    return places;
  }

  /**
   * The student with this id.
   *
   * @param id the student's id
   * @return the student, or empty
   */
  public Optional<Student> student(String id) {
    Integer i = studentIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(students.get(i));
  }

  /**
   * The company with this id.
   *
   * @param id the company's id
   * @return the company, or empty
   */
  public Optional<Company> company(String id) {
    Integer i = companyIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(companies.get(i));
  }

  /**
   * The place with this id.
   *
   * @param id the place's id
   * @return the place, or empty
   */
  public Optional<Place> place(String id) {
    Integer i = placeIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(places.get(i));
  }

  /**
   * The position of the student with this id in {@link #students()}, or -1 if unknown.
   *
   * @param id the student's id
   * @return the position, or -1
   */
  public int studentIndex(String id) {
    Integer i = studentIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The position of the company with this id in {@link #companies()}, or -1 if unknown.
   *
   * @param id the company's id
   * @return the position, or -1
   */
  public int companyIndex(String id) {
    Integer i = companyIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The position of the place with this id in {@link #places()}, or -1 if unknown.
   *
   * @param id the place's id
   * @return the position, or -1
   */
  public int placeIndex(String id) {
    Integer i = placeIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The company of the place at position {@code placeIndex}.
   *
   * @param placeIndex the place's position
   * @return its company
   */
  public Company companyOfPlace(int placeIndex) {
    return companies.get(placeCompany[placeIndex]);
  }

  /**
   * The company of {@code place}, which must belong to this problem.
   *
   * @param place a place of this problem
   * @return its company
   */
  public Company companyOf(Place place) {
    int i = placeIndex(place.id());
    if (i < 0) {
      throw new IllegalArgumentException("The place (" + place.id()
          + ") is not part of this problem.\nMaybe look it up with place(id) first.");
    }
    return companyOfPlace(i);
  }

  /**
   * The sum of the capacities of all places.
   *
   * @return the total capacity
   */
  public long totalCapacity() {
    long sum = 0;
    for (Place p : places) {
      sum += p.capacity();
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchingProblem other
        && policy.equals(other.policy)
        && students.equals(other.students)
        && companies.equals(other.companies)
        && places.equals(other.places)
        && fitParameters.equals(other.fitParameters)
        && travelMinutes.equals(other.travelMinutes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, students, companies, places, fitParameters, travelMinutes);
  }

  @Override
  public String toString() {
    return "MatchingProblem[" + policy.schoolYear() + ", " + students.size() + " students, "
        + companies.size() + " companies, " + places.size() + " places]";
  }

  /**
   * Builds a {@link MatchingProblem}. The policy must be set (once); students, companies and places
   * default to none. {@link #build()} reports every cross-field error at once.
   *
   * <pre>{@code
   * MatchingProblem problem = MatchingProblem.builder()
   *     .policy(Policy.defaults(SchoolYear.of(2025)))
   *     .addCompany(company).addPlace(place).addStudent(student)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private Policy policy;
    private final List<Student> students = new ArrayList<>();
    private final List<Company> companies = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private Map<String, String> fitParameters = Map.of();
    private TravelMinutes travelMinutes = TravelMinutes.none();

    private Builder() {}

    /**
     * Sets the travel minutes per student and company (see {@link
     * MatchingProblem#travelMinutes()}); default none.
     *
     * @param minutes the minutes
     * @return this builder
     */
    public Builder travelMinutes(TravelMinutes minutes) {
      this.travelMinutes = Objects.requireNonNull(minutes, "minutes");
      return this;
    }

    /**
     * Sets the fit model parameters that differ from the defaults (see {@link
     * MatchingProblem#fitParameters()}); default none. Use {@code FitParameters.nonDefault(model)}
     * to get them from a fit model.
     *
     * @param parameters parameter name to value
     * @return this builder
     */
    public Builder fitParameters(Map<String, String> parameters) {
      Objects.requireNonNull(parameters, "parameters");
      for (Map.Entry<String, String> e : parameters.entrySet()) {
        Objects.requireNonNull(e.getKey(), "parameter name");
        Objects.requireNonNull(e.getValue(), "parameter value");
      }
      this.fitParameters = new TreeMap<>(parameters);
      return this;
    }

    /**
     * Sets the policy; setting it twice fails.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(Policy policy) {
      Objects.requireNonNull(policy, "policy");
      if (this.policy != null) {
        throw new IllegalStateException("The policy was already set to " + this.policy
            + ".\nMaybe set it only once.");
      }
      this.policy = policy;
      return this;
    }

    /**
     * Removes the students added so far (to replace them in a copy made with toBuilder).
     *
     * @return this builder
     */
    public Builder withoutStudents() {
      students.clear();
      return this;
    }

    /**
     * Adds a student.
     *
     * @param student the student
     * @return this builder
     */
    public Builder addStudent(Student student) {
      students.add(Objects.requireNonNull(student, "student"));
      return this;
    }

    /**
     * Adds students, in order.
     *
     * @param students the students
     * @return this builder
     */
    public Builder addStudents(Collection<Student> students) {
      students.forEach(this::addStudent);
      return this;
    }

    /**
     * Adds a company.
     *
     * @param company the company
     * @return this builder
     */
    public Builder addCompany(Company company) {
      companies.add(Objects.requireNonNull(company, "company"));
      return this;
    }

    /**
     * Adds companies, in order.
     *
     * @param companies the companies
     * @return this builder
     */
    public Builder addCompanies(Collection<Company> companies) {
      companies.forEach(this::addCompany);
      return this;
    }

    /**
     * Adds a place.
     *
     * @param place the place
     * @return this builder
     */
    public Builder addPlace(Place place) {
      places.add(Objects.requireNonNull(place, "place"));
      return this;
    }

    /**
     * Adds places, in order.
     *
     * @param places the places
     * @return this builder
     */
    public Builder addPlaces(Collection<Place> places) {
      places.forEach(this::addPlace);
      return this;
    }

    /**
     * Builds the problem.
     *
     * @return the problem
     * @throws InvalidProblemException with every broken cross-field rule
     */
    public MatchingProblem build() {
      return new MatchingProblem(policy, students, companies, places, fitParameters,
          travelMinutes);
    }
  }
}
