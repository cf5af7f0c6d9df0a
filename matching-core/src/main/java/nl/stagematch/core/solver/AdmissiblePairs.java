package nl.stagematch.core.solver;

import java.util.List;

/**
 * The input of two-by-two acquaintance stage 1 ({@link PairSelection}) on dense indices: the
 * admissible (student, place) pairs with a fit score, and the places' capacities.
 *
 * <p>The pairs of student {@code s} are the entries {@code pairStart(s) <= k < pairEnd(s)}; entry
 * {@code k} names place {@link #placeAt(int)} with fit {@link #fitAt(int)} ({@code 0..}{@link
 * #MAX_FIT}, higher is better). The order of a student's pairs carries no meaning. Immutable;
 * {@link #of} copies.
 */
public final class AdmissiblePairs {
  /** The largest fit score. */
  public static final int MAX_FIT = AssignmentProblem.MAX_COST;

  final PreferenceInstance pairs;

  private AdmissiblePairs(PreferenceInstance pairs) {
    this.pairs = pairs;
  }

  /**
   * Returns the admissible pairs.
   *
   * @param studentIds pseudonymous student ids, distinct
   * @param placeIds place ids, distinct
   * @param capacity the capacity of each place, {@code >= 1}; the place meets {@code 2 *
   *     capacity} students
   * @param pairStart {@code studentIds.size() + 1} offsets into {@code place}
   * @param place the place of each pair; no pair twice
   * @param fit the fit score of each pair, {@code 0..MAX_FIT}
   * @throws IllegalArgumentException naming the first problem found
   */
  public static AdmissiblePairs of(List<String> studentIds, List<String> placeIds, int[] capacity,
      int[] pairStart, int[] place, int[] fit) {
    PreferenceInstance in = PreferenceInstance.of(studentIds, placeIds, capacity, pairStart, place,
        fit);
    for (int s = 0; s < in.studentCount(); s++) {
      for (int k = in.listStart(s); k < in.listEnd(s); k++) {
        if (in.fitClassAt(k) > MAX_FIT) {
          throw new IllegalArgumentException("The fit (" + in.fitClassAt(k) + ") of student ("
              + in.studentId(s) + ") at place (" + in.placeId(in.placeAt(k)) + ") exceeds "
              + MAX_FIT + ".\nMaybe rescale the fit scores to 0.." + MAX_FIT + ".");
        }
        if (2L * in.capacity(in.placeAt(k)) > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("The capacity (" + in.capacity(in.placeAt(k))
              + ") of place (" + in.placeId(in.placeAt(k)) + ") is too large to double.\n"
              + "Maybe cap it at the number of students.");
        }
      }
    }
    return new AdmissiblePairs(in);
  }

  /** Returns the number of students. */
  public int studentCount() {
    return pairs.studentCount();
  }

  /** Returns the number of places. */
  public int placeCount() {
    return pairs.placeCount();
  }

  /** Returns the number of admissible pairs. */
  public int pairCount() {
    return pairs.entryCount();
  }

  /** Returns the pseudonymous id of student {@code s}. */
  public String studentId(int s) {
    return pairs.studentId(s);
  }

  /** Returns the id of place {@code p}. */
  public String placeId(int p) {
    return pairs.placeId(p);
  }

  /** Returns the capacity of place {@code p}. */
  public int capacity(int p) {
    return pairs.capacity(p);
  }

  /** Returns the first pair of student {@code s}. */
  public int pairStart(int s) {
    return pairs.listStart(s);
  }

  /** Returns one past the last pair of student {@code s}. */
  public int pairEnd(int s) {
    return pairs.listEnd(s);
  }

  /** Returns the place of pair {@code k}. */
  public int placeAt(int k) {
    return pairs.placeAt(k);
  }

  /** Returns the fit of pair {@code k}; higher is better. */
  public int fitAt(int k) {
    return pairs.fitClassAt(k);
  }

  @Override
  public String toString() {
    return "AdmissiblePairs[students=" + studentCount() + ", places=" + placeCount() + ", pairs="
        + pairCount() + "]";
  }
}
