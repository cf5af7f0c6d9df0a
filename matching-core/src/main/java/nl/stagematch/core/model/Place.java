package nl.stagematch.core.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * An internship place ("leerplaats"): a company's offer for one qualification in one period, with
 * a capacity (R12), features such as {@code tailored-supervision} (R9) and a kind of work.
 *
 * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
 * @param companyId the id of the company that offers it
 * @param qualification the qualification and level it is for
 * @param period the period
 * @param capacity how many students it takes in the period, 1..10000
 * @param features its feature codes, sorted
 * @param workKind the kind of work (a code matched against a wish's work kind), or {@code null}
 */
public record Place(
    String id,
    String companyId,
    Qualification qualification,
    Period period,
    int capacity,
    Set<String> features,
    String workKind) {

  /** The largest capacity a single place may have. */
  public static final int MAX_CAPACITY = 10_000;

  /**
   * Validates every field and copies the features into a sorted unmodifiable set.
   *
   * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
   * @param companyId the id of the company that offers it
   * @param qualification the qualification and level it is for
   * @param period the period
   * @param capacity how many students it takes in the period, 1..10000
   * @param features its feature codes
   * @param workKind the kind of work
   */
  public Place {
    Checks.id(id, Pseudonyms.Kind.PLACE, Checks.what("een plaats", "a place"), "id");
    Checks.id(companyId, Pseudonyms.Kind.COMPANY, Checks.what("het bedrijf van plaats (" + id
        + ")", "the company of place (" + id + ")"), "companyId");
    Checks.present(qualification, "de kwalificatie van plaats (" + id + ")",
        "the qualification of place (" + id + ")", "geef de kwalificatie, zoals Qualification.of(\"25491\", 2).",
        "give the qualification, such as Qualification.of(\"25491\", 2).", "qualification");
    Checks.present(period, "de periode van plaats (" + id + ")",
        "the period of place (" + id + ")", "geef de periode, zoals Period.block(begin, einde).",
        "give the period, such as Period.block(start, end).", "period");
    if (capacity < 1) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_CAPACITY_LOW, capacity, id),
          "capacity");
    }
    if (capacity > MAX_CAPACITY) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_CAPACITY_HIGH, capacity, id,
          MAX_CAPACITY), "capacity");
    }
    features = Checks.codes(features, Checks.what("kenmerken van plaats (" + id + ")",
        "features of place (" + id + ")"), "features");
    workKind = Checks.nullableCode(workKind, Checks.what("soort werk van plaats (" + id + ")",
        "work kind of place (" + id + ")"), "workKind");
  }

  /**
   * Starts a builder.
   *
   * @param id the place's pseudonymous id
   * @param companyId its company's id
   * @param qualification the qualification and level it is for
   * @param period its period
   * @return a new builder
   */
  public static Builder builder(String id, String companyId, Qualification qualification,
      Period period) {
    return new Builder(id, companyId, qualification, period);
  }

  /** Builds a {@link Place}. Defaults: capacity 1, no features, no kind of work. */
  public static final class Builder {
    private final String id;
    private final String companyId;
    private final Qualification qualification;
    private final Period period;
    private int capacity = 1;
    private final Set<String> features = new TreeSet<>();
    private String workKind;

    private Builder(String id, String companyId, Qualification qualification, Period period) {
      this.id = Checks.id(id, Pseudonyms.Kind.PLACE, Checks.what("een plaats", "a place"));
      this.companyId = companyId;
      this.qualification = Checks.present(qualification, "de kwalificatie van een plaats",
        "the qualification of a place", "geef de kwalificatie, zoals Qualification.of(\"25491\", 2).",
        "give the qualification, such as Qualification.of(\"25491\", 2).", "qualification");
      this.period = Checks.present(period, "de periode van een plaats",
        "the period of a place", "geef de periode, zoals Period.block(begin, einde).",
        "give the period, such as Period.block(start, end).", "period");
    }

    /**
     * Sets the capacity (default 1).
     *
     * @param capacity the number of students it takes
     * @return this builder
     */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /**
     * Adds a feature code.
     *
     * @param feature the feature code
     * @return this builder
     */
    public Builder feature(String feature) {
      features.add(Checks.present(feature, "een voorziening van een plaats",
        "a feature of a place", "haal de lege voorziening weg.",
        "remove the empty feature.", "features"));
      return this;
    }

    /**
     * Sets the kind of work (default none).
     *
     * @param workKind the kind of work
     * @return this builder
     */
    public Builder workKind(String workKind) {
      this.workKind = workKind;
      return this;
    }

    /**
     * Builds the place, validating every field.
     *
     * @return the place
     */
    public Place build() {
      return new Place(id, companyId, qualification, period, capacity, features, workKind);
    }
  }
}
