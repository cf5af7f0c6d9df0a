package nl.stagematch.core.model;


/**
 * The school's policy for a matching run: the school year, which students are in scope (R2),
 * which companies take part (R5), and how much of a student's wished period a place must cover
 * (R12).
 *
 * <p>{@code minPeriodCoveragePercent} (0..100, default {@value #DEFAULT_MIN_PERIOD_COVERAGE_PERCENT})
 * is the least share, in percent, of the weekdays (Monday to Friday) of the wish's period that the
 * place's period must cover for the pair to be admissible: 100 means the place covers the whole
 * wished period; 75 means at least three quarters of its weekdays; 0 means that one shared day is
 * enough (the rule before this setting existed). In every case the periods must share at least one
 * day and have the same form (see {@link nl.stagematch.core.model.Eligibility}). A place that covers
 * only part of the wish scores lower (see {@link nl.stagematch.core.model.FitModel}).
 *
 * @param schoolYear the school year of the run
 * @param scope which students are in scope
 * @param participation which companies take part
 * @param minPeriodCoveragePercent the least share (0..100) of the wished period's weekdays a
 *     place's period must cover
 */
public record Policy(SchoolYear schoolYear, Scope scope, ParticipationPolicy participation,
    int minPeriodCoveragePercent) {

  /** The default minimum period coverage: 100, the place covers the whole wished period. */
  public static final int DEFAULT_MIN_PERIOD_COVERAGE_PERCENT = 100;

  /**
   * Validates that no field is missing and the coverage is 0..100.
   *
   * @param schoolYear the school year of the run
   * @param scope which students are in scope
   * @param participation which companies take part
   * @param minPeriodCoveragePercent the least share (0..100) of the wished period's weekdays a
   *     place's period must cover
   */
  public Policy {
    Checks.present(schoolYear, "het schooljaar van het beleid",
        "the school year of the policy", "gebruik SchoolYear.of(2025) voor 2025-26.",
        "use SchoolYear.of(2025) for 2025-26.", "schoolYear");
    Checks.present(scope, "de reikwijdte van het beleid",
        "the scope of the policy", "gebruik Scope.DEFAULT.",
        "use Scope.DEFAULT.", "scope");
    Checks.present(participation, "het deelnamebeleid",
        "the participation policy", "gebruik ParticipationPolicy.national(year).",
        "use ParticipationPolicy.national(year).", "participation");
    if (minPeriodCoveragePercent < 0 || minPeriodCoveragePercent > 100) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_COVERAGE,
          minPeriodCoveragePercent), "minPeriodCoveragePercent");
    }
  }

  /**
   * A policy with the default minimum period coverage ({@value
   * #DEFAULT_MIN_PERIOD_COVERAGE_PERCENT}: the place covers the whole wished period).
   *
   * @param schoolYear the school year
   * @param scope who is matched
   * @param participation which companies take part
   */
  public Policy(SchoolYear schoolYear, Scope scope, ParticipationPolicy participation) {
    this(schoolYear, scope, participation, DEFAULT_MIN_PERIOD_COVERAGE_PERCENT);
  }

  /**
   * The default policy for {@code year}: {@link Scope#DEFAULT}, {@link
   * ParticipationPolicy#national(SchoolYear)} and the default minimum period coverage.
   *
   * @param year the school year
   * @return the default policy
   */
  public static Policy defaults(SchoolYear year) {
    return new Policy(year, Scope.DEFAULT, ParticipationPolicy.national(year));
  }

  /**
   * This policy with another minimum period coverage (0..100 percent).
   *
   * @param percent the minimum share, 0 to 100
   * @return a new policy; this one is unchanged
   */
  public Policy withMinPeriodCoveragePercent(int percent) {
    return new Policy(schoolYear, scope, participation, percent);
  }
}
