package nl.stagematch.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;

/**
 * A student's learning wish ("leerwens"): what she wants to learn, where and when.
 *
 * @param qualification the qualification and level the internship is for
 * @param workProcesses the work processes she wants to practise (code such as {@code B1-K1-W2}),
 *     each with a weight (finite, >= 0; a higher weight matters more); sorted by code
 * @param companyKind the kind of company wanted (a code), or {@code null} for no wish
 * @param workKind the kind of work wanted (a code), or {@code null} for no wish
 * @param period the period she is available for an internship
 * @param travelLimit the longest travel time she accepts, or {@code null} for no limit
 * @param requiredFeatures place features she needs, derived by the school from a support need
 *     (R9), such as {@code tailored-supervision} or {@code physically-accessible}; sorted
 */
public record LearningWish(
    Qualification qualification,
    Map<String, Double> workProcesses,
    String companyKind,
    String workKind,
    Period period,
    TravelLimit travelLimit,
    Set<String> requiredFeatures) {

  /**
   * Validates every field and copies the collections into sorted unmodifiable ones.
   *
   * @param qualification the qualification and level the internship is for
   * @param workProcesses the work processes she wants to practise
   * @param companyKind the kind of company wanted
   * @param workKind the kind of work wanted
   * @param period the period she is available for an internship
   * @param travelLimit the longest travel time she accepts
   * @param requiredFeatures place features she needs, derived by the school from a support need
   */
  public LearningWish {
    Checks.present(qualification, "de kwalificatie van een leerwens",
        "the qualification of a learning wish", "geef de kwalificatie, zoals Qualification.of(\"25491\", 2).",
        "give the qualification, such as Qualification.of(\"25491\", 2).", "qualification");
    Checks.present(period, "de periode van de leerwens voor kwalificatie (" + qualification + ")",
        "the period of the learning wish for qualification (" + qualification + ")", "geef de periode, zoals Period.block(begin, einde).",
        "give the period, such as Period.block(start, end).", "period");
    Message what = Checks.what("de leerwens voor kwalificatie (" + qualification + ")",
        "the learning wish for qualification (" + qualification + ")");
    Checks.present(workProcesses, "de werkprocessen van " + what.text(Message.DUTCH),
        "the work processes of " + what, "gebruik een lege map als er geen zijn.",
        "use an empty map for none.", "workProcesses");
    TreeMap<String, Double> wp = new TreeMap<>();
    for (Map.Entry<String, Double> e : workProcesses.entrySet()) {
      String code = Checks.workProcess(e.getKey(), what, "workProcesses", e.getKey());
      Double weight = e.getValue();
      if (weight == null || !Double.isFinite(weight) || weight < 0) {
        throw new InvalidValueException(Message.of(CoreMessage.MODEL_WEIGHT, weight,
            SafeText.clean(code), what),
            "workProcesses", code);
      }
      wp.put(code, weight);
    }
    workProcesses = Collections.unmodifiableSortedMap(wp);
    companyKind = Checks.nullableCode(companyKind,
        Message.of(CoreMessage.MODEL_WHAT_COMPANY_KIND_IN, what), "companyKind");
    workKind = Checks.nullableCode(workKind,
        Message.of(CoreMessage.MODEL_WHAT_WORK_KIND_IN, what), "workKind");
    requiredFeatures = Checks.codes(requiredFeatures,
        Message.of(CoreMessage.MODEL_WHAT_REQUIRED_FEATURES_OF, what),
        "requiredFeatures");
  }

  /**
   * The sum of the work-process weights.
   *
   * @return the sum
   */
  public double totalWeight() {
    double sum = 0;
    for (double w : workProcesses.values()) {
      sum += w;
    }
    return sum;
  }

  /**
   * Starts a builder for a wish for {@code qualification} in {@code period}.
   *
   * @param qualification the qualification and level
   * @param period the period wished
   * @return a new builder
   */
  public static Builder builder(Qualification qualification, Period period) {
    return new Builder(qualification, period);
  }

  /**
   * Builds a {@link LearningWish}. Defaults: no work processes, no company or work kind, no travel
   * limit, no required features.
   */
  public static final class Builder {
    private final Qualification qualification;
    private final Period period;
    private final Map<String, Double> workProcesses = new TreeMap<>();
    private String companyKind;
    private String workKind;
    private TravelLimit travelLimit;
    private final TreeSet<String> requiredFeatures = new TreeSet<>();

    private Builder(Qualification qualification, Period period) {
      this.qualification = Checks.present(qualification, "de kwalificatie van een leerwens",
        "the qualification of a learning wish", "geef de kwalificatie, zoals Qualification.of(\"25491\", 2).",
        "give the qualification, such as Qualification.of(\"25491\", 2).", "qualification");
      this.period = Checks.present(period, "de periode van een leerwens",
        "the period of a learning wish", "geef de periode, zoals Period.block(begin, einde).",
        "give the period, such as Period.block(start, end).", "period");
    }

    /**
     * Adds a wanted work process with its weight.
     *
     * @param code the work-process code
     * @param weight its weight
     * @return this builder
     */
    public Builder workProcess(String code, double weight) {
      workProcesses.put(code, weight);
      return this;
    }

    /**
     * Sets the kind of company wanted.
     *
     * @param kind the kind of company
     * @return this builder
     */
    public Builder companyKind(String kind) {
      this.companyKind = kind;
      return this;
    }

    /**
     * Sets the kind of work wanted.
     *
     * @param kind the kind of work
     * @return this builder
     */
    public Builder workKind(String kind) {
      this.workKind = kind;
      return this;
    }

    /**
     * Sets the travel limit.
     *
     * @param transport the means of transport
     * @param maxMinutes the longest acceptable travel time in minutes
     * @return this builder
     */
    public Builder travelLimit(Transport transport, int maxMinutes) {
      this.travelLimit = new TravelLimit(transport, maxMinutes);
      return this;
    }

    /**
     * Adds a required place feature.
     *
     * @param feature the feature the place must offer
     * @return this builder
     */
    public Builder requiredFeature(String feature) {
      requiredFeatures.add(Checks.present(feature, "een benodigde voorziening van een leerwens",
        "a required feature of a learning wish", "haal de lege voorziening weg.",
        "remove the empty feature.", "requiredFeatures"));
      return this;
    }

    /**
     * Builds the wish, validating every field.
     *
     * @return the wish
     */
    public LearningWish build() {
      return new LearningWish(qualification, workProcesses, companyKind, workKind, period,
          travelLimit, requiredFeatures);
    }
  }
}
