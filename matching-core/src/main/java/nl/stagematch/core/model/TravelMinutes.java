package nl.stagematch.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Travel minutes that a school supplies per student and company (from its own route planner), in
 * place of the modelled travel time: one-way minutes by the student's own means of transport.
 *
 * <p>Where a (student, company) pair has minutes, eligibility (the travel limit) and the fit use
 * them; a pair without minutes keeps the modelled time from her home, and without a home her
 * travel limit is not checked for that pair (docs/fit.md). Like the home location, the minutes
 * are used only for travel time and never shown to a company.
 *
 * <p>Each value is a finite number from 0 to {@value #MAX_MINUTES} (a day; a larger value is
 * almost always seconds given as minutes). Immutable; sorted by student id, then company id.
 */
public final class TravelMinutes {
  /** The largest number of minutes accepted: one day. */
  public static final double MAX_MINUTES = 1440;

  private static final TravelMinutes NONE = new TravelMinutes(new TreeMap<>());

  private final SortedMap<String, SortedMap<String, Double>> minutes;

  private TravelMinutes(SortedMap<String, SortedMap<String, Double>> minutes) {
    this.minutes = minutes;
  }

  /**
   * No minutes: every pair uses the modelled time.
   *
   * @return the empty minutes
   */
  public static TravelMinutes none() {
    return NONE;
  }

  /**
   * The minutes of {@code minutes}: student id to company id to minutes.
   *
   * @param minutes student id to company id to minutes
   * @return the minutes
   * @throws InvalidValueException for a value that is not a finite number from 0 to {@value
   *     #MAX_MINUTES}, naming the student and company as the field
   */
  public static TravelMinutes of(Map<String, ? extends Map<String, Double>> minutes) {
    Objects.requireNonNull(minutes, "minutes");
    TreeMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
    for (Map.Entry<String, ? extends Map<String, Double>> e : minutes.entrySet()) {
      String student = Objects.requireNonNull(e.getKey(), "student id");
      TreeMap<String, Double> inner = new TreeMap<>();
      for (Map.Entry<String, Double> m : Objects.requireNonNull(e.getValue(), "minutes")
          .entrySet()) {
        String company = Objects.requireNonNull(m.getKey(), "company id");
        Double value = m.getValue();
        check(student, company, value);
        inner.put(company, value);
      }
      if (!inner.isEmpty()) {
        copy.put(student, Collections.unmodifiableSortedMap(inner));
      }
    }
    return copy.isEmpty() ? NONE : new TravelMinutes(Collections.unmodifiableSortedMap(copy));
  }

  /**
   * Checks one value.
   *
   * @param student the student's id
   * @param company the company's id
   * @param value the minutes
   * @throws InvalidValueException for a value that is not a finite number from 0 to {@value
   *     #MAX_MINUTES}; the message names the pair and the value
   */
  public static void check(String student, String company, Double value) {
    if (value == null || !Double.isFinite(value) || value < 0 || value > MAX_MINUTES) {
      throw new InvalidValueException(invalid(student, company, value), student, company);
    }
  }

  private static Message invalid(String student, String company, Double value) {
    return Message.of(CoreMessage.MODEL_TRAVEL_MINUTES, value,
        nl.stagematch.core.io.SafeText.clean(student),
        nl.stagematch.core.io.SafeText.clean(company));
  }

  /**
   * Whether there are no minutes at all.
   *
   * @return true if there are none
   */
  public boolean isEmpty() {
    return minutes.isEmpty();
  }

  /**
   * The minutes of student {@code studentId} to company {@code companyId}, if given.
   *
   * @param studentId the student
   * @param companyId the company
   * @return the minutes, or empty
   */
  public OptionalDouble minutes(String studentId, String companyId) {
    SortedMap<String, Double> inner = minutes.get(studentId);
    Double m = inner == null ? null : inner.get(companyId);
    return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
  }

  /**
   * The minutes of student {@code studentId}, company id to minutes (empty when none).
   *
   * @param studentId the student
   * @return company id to minutes
   */
  public SortedMap<String, Double> of(String studentId) {
    SortedMap<String, Double> inner = minutes.get(studentId);
    return inner == null ? Collections.emptySortedMap() : inner;
  }

  /**
   * All minutes: student id to company id to minutes, sorted.
   *
   * @return student id to company id to minutes
   */
  public SortedMap<String, SortedMap<String, Double>> asMap() {
    return minutes;
  }

  /**
   * The number of (student, company) pairs with minutes.
   *
   * @return the number of pairs
   */
  public int size() {
    int n = 0;
    for (SortedMap<String, Double> inner : minutes.values()) {
      n += inner.size();
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TravelMinutes other && minutes.equals(other.minutes);
  }

  @Override
  public int hashCode() {
    return minutes.hashCode();
  }

  @Override
  public String toString() {
    return "TravelMinutes[" + size() + " pairs]";
  }
}
