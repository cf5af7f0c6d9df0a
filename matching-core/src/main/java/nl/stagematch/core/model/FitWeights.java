package nl.stagematch.core.model;


/**
 * The weights of the five fit components; only their ratios matter (the score is normalised to
 * 0..1000). Each weight is a finite number >= 0 and at least one is positive.
 *
 * <p>Defaults ({@link #DEFAULT}): work processes 500, company kind 150, work kind 150, travel 100,
 * learning room 100. The learning wish (work processes, kinds) weighs 800 of 1000; competences
 * count only through the learning room and never block a pair. See {@link FitModel} for the
 * formula.
 *
 * @param workProcesses weight of the weighted share of wanted work processes the company can
 *     carry out for the qualification
 * @param companyKind weight of "the kind of company matches the wish"
 * @param workKind weight of "the kind of work matches the wish"
 * @param travel weight of the travel-time slack (how much of the limit is left)
 * @param learningRoom weight of the share of the work processes offered that the student has not
 *     yet mastered
 */
public record FitWeights(
    double workProcesses, double companyKind, double workKind, double travel,
    double learningRoom) {

  /** The default weights: 500, 150, 150, 100, 100. */
  public static final FitWeights DEFAULT = new FitWeights(500, 150, 150, 100, 100);

  /**
   * Validates each weight and that at least one is positive.
   *
   * @param workProcesses weight of the weighted share of wanted work processes the company can
   *     carry out for the qualification
   * @param companyKind weight of "the kind of company matches the wish"
   * @param workKind weight of "the kind of work matches the wish"
   * @param travel weight of the travel-time slack
   * @param learningRoom weight of the share of the work processes offered that the student has
   *     not yet mastered
   */
  public FitWeights {
    check("workProcesses", workProcesses);
    check("companyKind", companyKind);
    check("workKind", workKind);
    check("travel", travel);
    check("learningRoom", learningRoom);
    if (workProcesses + companyKind + workKind + travel + learningRoom <= 0) {
      throw new InvalidValueException(Message.of(CoreMessage.FIT_WEIGHTS_ALL_ZERO));
    }
  }

  private static void check(String component, double weight) {
    if (!Double.isFinite(weight) || weight < 0) {
      throw new InvalidValueException(Message.of(CoreMessage.FIT_WEIGHT, weight,
          FitParameters.weightName(component)));
    }
  }
}
