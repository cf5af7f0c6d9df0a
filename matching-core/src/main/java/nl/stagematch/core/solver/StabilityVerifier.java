package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.stagematch.core.model.Lottery;

/**
 * Checks a student-choice placement (V4) against its input: feasibility, and stability with respect
 * to the places' fit classes made strict by the lottery.
 *
 * <p>A placement is <em>feasible</em> when every student is unplaced ({@code -1}) or placed at a
 * place on her own list, and no place holds more students than its capacity. A pair (s, p) is
 * <em>blocking</em> when s lists p above her placement (or is unplaced and lists p) and p has a
 * free seat or holds a student t with a lower strict priority: a lower fit class, or the same
 * fit class and a higher lottery number (a collision of numbers going to the smaller id).
 *
 * <p>The verifier draws the lottery numbers itself, with {@link Lottery#number(String)} or {@link
 * Lottery#number(String, String)}, independently of the solver's bulk drawing, and reports them.
 * It runs in {@code O(E)} time plus the lottery draws.
 */
public final class StabilityVerifier {
  private StabilityVerifier() {}

  /**
   * Verifies {@code placement} (a place index per student, {@code -1} for unplaced) for deferred
   * acceptance with the given lottery and tie-breaking.
   */
  public static StabilityReport verify(PreferenceInstance instance, Lottery lottery,
      TieBreaking tieBreaking, int[] placement) {
    Objects.requireNonNull(lottery, "lottery");
    int n = instance.studentCount();
    long[] numbers;
    if (tieBreaking == TieBreaking.SINGLE) {
      numbers = new long[n];
      for (int s = 0; s < n; s++) {
        numbers[s] = lottery.number(instance.studentId(s));
      }
    } else {
      numbers = new long[instance.entryCount()];
      for (int s = 0; s < n; s++) {
        for (int k = instance.listStart(s); k < instance.listEnd(s); k++) {
          numbers[k] = lottery.number(instance.placeId(instance.placeAt(k)), instance.studentId(s));
        }
      }
    }
    return check(instance, true, tieBreaking == TieBreaking.SINGLE, numbers, placement);
  }

  /**
   * Verifies an open-hiring placement: no priorities, a place prefers whoever arrived earlier;
   * {@code arrivalOrder[i]} is the student who arrived {@code i}-th.
   */
  public static StabilityReport verifyOpenHiring(PreferenceInstance instance, int[] arrivalOrder,
      int[] placement) {
    int n = instance.studentCount();
    if (arrivalOrder.length != n) {
      throw new IllegalArgumentException("The arrival order has length (" + arrivalOrder.length
          + ") but there are (" + n + ") students.\nMaybe list every student exactly once.");
    }
    long[] numbers = new long[n];
    Arrays.fill(numbers, -1);
    for (int i = 0; i < n; i++) {
      int s = arrivalOrder[i];
      if (s < 0 || s >= n || numbers[s] >= 0) {
        throw new IllegalArgumentException("The arrival order lists student index (" + s
            + ") at position (" + i + ") out of range or twice.\n"
            + "Maybe list every student exactly once.");
      }
      numbers[s] = i;
    }
    return check(instance, false, true, numbers, placement);
  }

  private static StabilityReport check(PreferenceInstance in, boolean useClasses,
      boolean perStudent, long[] numbers, int[] placement) {
    int n = in.studentCount();
    int m = in.placeCount();
    List<String> problems = new ArrayList<>();
    List<BlockingPair> pairs = new ArrayList<>();
    if (placement.length != n) {
      problems.add("The placement has length (" + placement.length + ") but there are (" + n
          + ") students.\nMaybe give one place index (or -1) per student.");
      return new StabilityReport(problems, pairs, numbers);
    }
    int[] heldEntry = new int[n];
    int[] count = new int[m];
    int[] weakest = new int[m];
    Arrays.fill(weakest, -1);
    for (int s = 0; s < n; s++) {
      int p = placement[s];
      heldEntry[s] = -1;
      if (p == -1) {
        continue;
      }
      if (p < -1 || p >= m) {
        problems.add("Student (" + in.studentId(s) + ") is placed at index (" + p
            + "), out of range [-1, " + m + ").");
        continue;
      }
      int k = in.entryOf(s, p);
      if (k < 0) {
        problems.add("Student (" + in.studentId(s) + ") is placed at place (" + in.placeId(p)
            + "), which is not on her list.");
        continue;
      }
      heldEntry[s] = k;
      count[p]++;
      if (weakest[p] < 0 || lower(in, useClasses, perStudent, numbers, s, k, weakest[p],
          heldEntry[weakest[p]])) {
        weakest[p] = s;
      }
    }
    for (int p = 0; p < m; p++) {
      if (count[p] > in.capacity(p)) {
        problems.add("Place (" + in.placeId(p) + ") holds (" + count[p]
            + ") students, more than its capacity (" + in.capacity(p) + ").");
      }
    }
    if (!problems.isEmpty()) {
      return new StabilityReport(problems, pairs, numbers);
    }
    for (int s = 0; s < n; s++) {
      int end = heldEntry[s] >= 0 ? heldEntry[s] : in.listEnd(s);
      for (int k = in.listStart(s); k < end; k++) {
        int p = in.placeAt(k);
        if (count[p] < in.capacity(p)) {
          pairs.add(new BlockingPair(s, in.studentId(s), p, in.placeId(p), -1));
        } else {
          int t = weakest[p];
          if (lower(in, useClasses, perStudent, numbers, t, heldEntry[t], s, k)) {
            pairs.add(new BlockingPair(s, in.studentId(s), p, in.placeId(p), t));
          }
        }
      }
    }
    return new StabilityReport(problems, pairs, numbers);
  }

  /** Whether student a (through entry ka) has a lower strict priority than b (entry kb). */
  private static boolean lower(PreferenceInstance in, boolean useClasses, boolean perStudent,
      long[] numbers, int a, int ka, int b, int kb) {
    if (useClasses) {
      int ca = in.fitClassAt(ka);
      int cb = in.fitClassAt(kb);
      if (ca != cb) {
        return ca < cb;
      }
    }
    long na = perStudent ? numbers[a] : numbers[ka];
    long nb = perStudent ? numbers[b] : numbers[kb];
    if (na != nb) {
      return na > nb;
    }
    return in.studentId(a).compareTo(in.studentId(b)) > 0;
  }
}
