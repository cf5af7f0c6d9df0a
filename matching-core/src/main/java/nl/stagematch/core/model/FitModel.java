package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores how well an admissible place fits a student's learning wish: an integer 0..1000.
 *
 * <p>Five components, each a number in [0, 1], of which only the <em>applicable</em> ones count:
 *
 * <ul>
 *   <li><b>work processes</b> (applicable when the wish's weights sum to more than 0): the sum of
 *       the weights of the wanted work processes the company can carry out for the place's
 *       qualification (its recognition's work processes), divided by the sum of all wanted
 *       weights;
 *   <li><b>company kind</b> (when the wish names one): 1 if the company's kind equals it, else 0;
 *   <li><b>work kind</b> (when the wish names one): 1 if the place's kind of work equals it, else
 *       0;
 *   <li><b>travel</b> (when the wish has a travel limit and the home location is known, or the
 *       problem has the school's travel minutes for the pair): the slack {@code max(0, 1 -
 *       minutes / limit)} with minutes from the {@link TravelTimeModel}, or the school's minutes
 *       ({@link MatchingProblem#travelMinutes()}) where given;
 *   <li><b>learning room</b> (when the recognition lists work processes): the share of those work
 *       processes the student has not yet mastered, that is, her competence level for it is below
 *       the mastery level (default 3 of 5; no competence is level 0).
 * </ul>
 *
 * <p>{@code score = round(1000 * sum(w_i * c_i) / sum(w_i) * covered)} over the applicable
 * components with the {@link FitWeights}, where {@code covered} is the share of the weekdays of
 * the wished period that the place's period covers ({@link Eligibility#coveredShare(int, int)}: 1
 * when it covers all of them, which under the default policy every admissible pair does, so the
 * score is then that of the five components alone); {@code 1000 * covered} when no component is
 * applicable (the wish asks nothing beyond the hard rules, so every admissible place that covers
 * the whole period fits fully). A place covering 45 of the 60 wished weekdays (allowed when the
 * policy's {@link nl.stagematch.core.model.Policy#minPeriodCoveragePercent()} is 75 or less)
 * keeps three quarters of the score it would have had. Competences never block a pair and only count
 * through the learning room: learning means wanting what you cannot yet do, so a place whose work
 * is all familiar fits a little less, and the wish itself weighs most.
 *
 * <p>The score is monotone in the wish: more (or heavier) wanted work processes that can be
 * carried out never lower it. The model scores any pair given to it; the caller checks
 * admissibility with {@link Eligibility}. Immutable and thread-safe.
 */
public final class FitModel {
  private static final FitModel DEFAULTS = builder().build();

  private final FitWeights weights;
  private final TravelTimeModel travel;
  private final int masteryLevel;

  private FitModel(Builder b) {
    this.weights = b.weights;
    this.travel = b.travel;
    this.masteryLevel = b.masteryLevel;
  }

  /**
   * The model with {@link FitWeights#DEFAULT}, the default travel model and mastery level 3.
   *
   * @return the default model
   */
  public static FitModel defaults() {
    return DEFAULTS;
  }

  /**
   * The fit model {@code problem} asks for: its {@link MatchingProblem#fitParameters()} over the
   * defaults ({@link #defaults()} when it sets none).
   *
   * @param problem the problem
   * @return its fit model
   * @throws IllegalArgumentException when a parameter is unknown or out of range (a problem read
   *     from JSON never has one: the reader refuses it at its field)
   */
  public static FitModel of(MatchingProblem problem) {
    return problem.fitParameters().isEmpty() ? DEFAULTS
        : FitParameters.toModel(problem.fitParameters());
  }

  /**
   * {@code problem} with this model's parameters in place of its own (only those that differ
   * from the defaults are kept, so the default model leaves a problem as it was read).
   *
   * @param problem the problem
   * @return the problem with this model's parameters; {@code problem} is unchanged
   */
  public MatchingProblem applyTo(MatchingProblem problem) {
    return problem.toBuilder().fitParameters(FitParameters.nonDefault(this)).build();
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The weights.
   *
   * @return the weights
   */
  public FitWeights weights() {
    return weights;
  }

  /**
   * The travel-time model.
   *
   * @return the travel-time model
   */
  public TravelTimeModel travelModel() {
    return travel;
  }

  /**
   * The competence level (1..5) from which a work process counts as mastered.
   *
   * @return the level, 1 to 5
   */
  public int masteryLevel() {
    return masteryLevel;
  }

  /**
   * The fit of student {@code studentId} at place {@code placeId} of {@code problem}, with the
   * travel minutes the problem supplies for the pair ({@link MatchingProblem#travelMinutes()}) in
   * place of the modelled travel time.
   *
   * @param problem the problem
   * @param studentId the student
   * @param placeId the place
   * @return the score with its explanation
   */
  public Fit fit(MatchingProblem problem, String studentId, String placeId) {
    return fitIn(problem, studentId, placeId, true);
  }

  /**
   * The fit score alone (0..1000) of student {@code studentId} at place {@code placeId} of {@code
   * problem}, as {@link #fit(MatchingProblem, String, String)} computes it.
   *
   * @param problem the problem
   * @param studentId the student
   * @param placeId the place
   * @return the score
   */
  public int score(MatchingProblem problem, String studentId, String placeId) {
    return fitIn(problem, studentId, placeId, false).score();
  }

  private Fit fitIn(MatchingProblem problem, String studentId, String placeId, boolean explain) {
    Student s = problem.student(studentId).orElseThrow(() -> new IllegalArgumentException(
        "The student (" + studentId + ") is not part of the problem."
            + "\nMaybe check the id against problem.students()."));
    Place p = problem.place(placeId).orElseThrow(() -> new IllegalArgumentException(
        "The place (" + placeId + ") is not part of the problem."
            + "\nMaybe check the id against problem.places()."));
    Company company = problem.companyOf(p);
    OptionalDouble given = problem.travelMinutes().minutes(studentId, company.id());
    return compute(s, p, company, explain, given.isPresent() ? given.getAsDouble() : Double.NaN);
  }

  /**
   * The fit of {@code student} at {@code place} of {@code company}, with its explanation; the
   * travel time is the modelled one (use {@link #fit(MatchingProblem, String, String)} for a
   * problem with travel minutes supplied by the school).
   *
   * @param student the student
   * @param place the place
   * @param company the place's company
   * @return the score with its explanation
   */
  public Fit fit(Student student, Place place, Company company) {
    return compute(student, place, company, true, Double.NaN);
  }

  /**
   * The fit score alone (0..1000), without building the explanation; the travel time is the
   * modelled one, as in {@link #fit(Student, Place, Company)}.
   *
   * @param student the student
   * @param place the place
   * @param company the place's company
   * @return the score
   */
  public int score(Student student, Place place, Company company) {
    return compute(student, place, company, false, Double.NaN).score();
  }

  /**
   * The scores of student {@code s}'s admissible places, in the order of {@link
   * Eligibility#admissiblePlaces(int)}.
   *
   * @param eligibility the eligibility of the problem
   * @param s the student's position
   * @return one score per admissible place
   */
  public int[] scores(Eligibility eligibility, int s) {
    // the same arithmetic as compute(..., false), in the same order, on the problem's work
    // processes as ints (FitScoresTest checks every pair against score())
    MatchingProblem problem = eligibility.problem();
    FitIndex index = eligibility.fitIndex();
    Student student = problem.students().get(s);
    LearningWish wish = student.wish();
    int[] wishIds = index.wishIds[s];
    double[] wishWeights = index.wishWeights[s];
    // kinds as ids: equal ids exactly when the texts are equal; -1 when the wish names none
    int companyKind = index.wishCompanyKind[s];
    int workKind = index.wishWorkKind[s];
    TravelLimit limit = wish.travelLimit();
    boolean hasHome = student.home() != null;
    int[] places = eligibility.admissiblePlaces(s);
    int[] mastered = index.mastered(s, masteryLevel);
    int[] out = new int[places.length];
    // per work process: its position in the wish (or -1) and whether she masters it, so that a
    // place's offered processes are looked up, not searched; the wish's weights are still added
    // in the wish's order (a mask of at most 64 positions), so every sum is the same double
    boolean masks = wishIds.length <= Long.SIZE;
    int[] slot = masks ? SLOTS.get() : null;
    if (masks) {
      if (slot.length < 2 * index.processCount) {
        slot = new int[2 * index.processCount];
        Arrays.fill(slot, -1);
        SLOTS.set(slot);
      }
      for (int j = 0; j < wishIds.length; j++) {
        slot[2 * wishIds[j]] = j;
      }
      for (int id : mastered) {
        slot[2 * id + 1] = 0;
      }
    }
    try {
      double wishTotal = 0;
      for (int j = 0; j < wishIds.length; j++) {
        wishTotal += wishWeights[j];
      }
      for (int k = 0; k < out.length; k++) {
        int p = places[k];
        int[] offered = index.offered[p];
        double covered = eligibility.share(s, p);
        double sum = 0;
        double applicable = 0;
        double total = wishTotal;
        double metWeight = 0;
        int masteredOffered = 0;
        if (masks) {
          long met = 0;
          for (int id : offered) {
            int j = slot[2 * id];
            if (j >= 0) {
              met |= 1L << j;
            }
            masteredOffered += slot[2 * id + 1] + 1;
          }
          for (long bits = met; bits != 0; bits &= bits - 1) {
            metWeight += wishWeights[Long.numberOfTrailingZeros(bits)];
          }
        } else {
          for (int j = 0; j < wishIds.length; j++) {
            if (Arrays.binarySearch(offered, wishIds[j]) >= 0) {
              metWeight += wishWeights[j];
            }
          }
          for (int id : mastered) {
            if (Arrays.binarySearch(offered, id) >= 0) {
              masteredOffered++;
            }
          }
        }
        if (total > 0) {
          applicable += weights.workProcesses();
          sum += weights.workProcesses() * (metWeight / total);
        }
        if (companyKind >= 0) {
          applicable += weights.companyKind();
          if (companyKind == index.placeCompanyKind[p]) {
            sum += weights.companyKind();
          }
        }
        if (workKind >= 0) {
          applicable += weights.workKind();
          if (workKind == index.placeWorkKind[p]) {
            sum += weights.workKind();
          }
        }
        double given = limit == null ? Double.NaN : eligibility.given(s, p);
        if (limit != null && (hasHome || !Double.isNaN(given))) {
          // the distance from the same radians as TravelTimeModel.distanceKm(Location, Location)
          double minutes = !Double.isNaN(given) ? given
              : travel.minutesForDistance(eligibility.distanceKm(s, p), limit.transport());
          applicable += weights.travel();
          sum += weights.travel() * Math.max(0.0, 1.0 - minutes / limit.maxMinutes());
        }
        if (offered.length > 0) {
          // the offered work processes she has not mastered: all but those of her mastered ones
          // the place offers (the same count as asking her level of each offered one)
          int fresh = offered.length - masteredOffered;
          applicable += weights.learningRoom();
          sum += weights.learningRoom() * ((double) fresh / offered.length);
        }
        out[k] = score(sum, applicable, covered);
      }
    } finally {
      if (masks) {
        for (int id : wishIds) {
          slot[2 * id] = -1;
        }
        for (int id : mastered) {
          slot[2 * id + 1] = -1;
        }
      }
    }
    return out;
  }

  /**
   * Per thread, for {@link #scores}: per work-process id {@code i}, at {@code 2i} its position in
   * the current wish and at {@code 2i + 1} 0 if mastered; -1 otherwise (reset after each use).
   */
  private static final ThreadLocal<int[]> SLOTS = ThreadLocal.withInitial(() -> new int[0]);

  /** The fit; {@code given}: the travel minutes supplied for the pair, or NaN for the model. */
  private Fit compute(Student student, Place place, Company company, boolean explain,
      double given) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(company, "company");
    if (!company.id().equals(place.companyId())) {
      throw new IllegalArgumentException("The place (" + place.id() + ") belongs to company ("
          + place.companyId() + "), not to company (" + company.id()
          + ").\nMaybe pass problem.companyOf(place).");
    }
    LearningWish wish = student.wish();
    Set<String> offered = company.recognition(place.qualification())
        .map(Recognition::workProcesses).orElse(Set.of());
    List<FitExplanation.Item> items = explain ? new ArrayList<>() : null;
    double sum = 0;
    double applicable = 0;

    double total = 0;
    double metWeight = 0;
    List<String> met = explain ? new ArrayList<>() : null;
    List<String> notHere = explain ? new ArrayList<>() : null;
    for (Map.Entry<String, Double> e : wish.workProcesses().entrySet()) {
      total += e.getValue();
      boolean here = offered.contains(e.getKey());
      if (here) {
        metWeight += e.getValue();
      }
      if (explain) {
        (here ? met : notHere).add(e.getKey());
      }
    }
    if (total > 0) {
      applicable += weights.workProcesses();
      sum += weights.workProcesses() * (metWeight / total);
    }
    if (explain && !wish.workProcesses().isEmpty()) {
      items.add(new FitExplanation.WorkProcesses(met, notHere));
    }

    if (wish.companyKind() != null) {
      applicable += weights.companyKind();
      if (wish.companyKind().equals(company.kind())) {
        sum += weights.companyKind();
      }
      if (explain) {
        items.add(new FitExplanation.CompanyKind(wish.companyKind(), company.kind()));
      }
    }

    if (wish.workKind() != null) {
      applicable += weights.workKind();
      if (wish.workKind().equals(place.workKind())) {
        sum += weights.workKind();
      }
      if (explain) {
        items.add(new FitExplanation.WorkKind(wish.workKind(), place.workKind()));
      }
    }

    if (explain) {
      items.add(new FitExplanation.PeriodCoverage(wish.period(), place.period()));
    }

    TravelLimit limit = wish.travelLimit();
    if (limit != null && (student.home() != null || !Double.isNaN(given))) {
      double minutes = !Double.isNaN(given) ? given
          : travel.minutes(student.home(), company.location(), limit.transport());
      applicable += weights.travel();
      sum += weights.travel() * Math.max(0.0, 1.0 - minutes / limit.maxMinutes());
      if (explain) {
        int shown = (int) Math.min(Integer.MAX_VALUE, Math.ceil(minutes));
        items.add(new FitExplanation.Travel(limit.transport(), shown, limit.maxMinutes()));
      }
    } else if (limit != null && explain) {
      items.add(new FitExplanation.TravelUnchecked(limit.transport(), limit.maxMinutes()));
    }

    if (!offered.isEmpty()) {
      int fresh = 0;
      for (String wp : offered) {
        if (student.competenceLevel(wp) < masteryLevel) {
          fresh++;
        }
      }
      applicable += weights.learningRoom();
      sum += weights.learningRoom() * ((double) fresh / offered.size());
      if (explain) {
        items.add(new FitExplanation.LearningRoom(fresh, offered.size()));
      }
    }

    double covered = coveredShare(wish.period(), place.period());
    return new Fit(score(sum, applicable, covered),
        new FitExplanation(explain ? items : List.of()));
  }

  /** The score of the components' weighted sum, scaled by the covered share of the period. */
  private static int score(double sum, double applicable, double covered) {
    double full = applicable <= 0 ? Fit.MAX_SCORE : Fit.MAX_SCORE * sum / applicable;
    return (int) Math.max(0, Math.min(Fit.MAX_SCORE, Math.round(full * covered)));
  }

  /** The share as {@link Eligibility#coveredShare(int, int)} computes it, from the periods. */
  static double coveredShare(Period wanted, Period offered) {
    if (!wanted.overlaps(offered)) {
      return 0.0;
    }
    long all = wanted.weekdays();
    long covered = wanted.coveredWeekdays(offered);
    return covered == all ? 1.0 : (double) covered / all;
  }

  /**
   * Builds a {@link FitModel}. Defaults: {@link FitWeights#DEFAULT}, {@link
   * TravelTimeModel#defaults()}, mastery level 3.
   */
  public static final class Builder {
    private FitWeights weights = FitWeights.DEFAULT;
    private TravelTimeModel travel = TravelTimeModel.defaults();
    private int masteryLevel = 3;

    private Builder() {}

    /**
     * Sets the weights (default {@link FitWeights#DEFAULT}).
     *
     * @param weights the weights
     * @return this builder
     */
    public Builder weights(FitWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      return this;
    }

    /**
     * Sets the travel model (default {@link TravelTimeModel#defaults()}).
     *
     * @param travel the travel-time model
     * @return this builder
     */
    public Builder travelModel(TravelTimeModel travel) {
      this.travel = Objects.requireNonNull(travel, "travel");
      return this;
    }

    /**
     * Sets the competence level (1..5) from which a work process is mastered (default 3).
     *
     * @param level the level, 1 to 5
     * @return this builder
     */
    public Builder masteryLevel(int level) {
      if (level < 1 || level > 5) {
        throw new InvalidValueException(Message.of(CoreMessage.FIT_MASTERY_LEVEL, level));
      }
      this.masteryLevel = level;
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     */
    public FitModel build() {
      return new FitModel(this);
    }
  }
}
