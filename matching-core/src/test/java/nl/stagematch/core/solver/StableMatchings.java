package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Brute force over all placements of a small {@link PreferenceInstance}: a reference for stability
 * and student-optimality, written as directly from the definitions as possible.
 */
final class StableMatchings {
  private StableMatchings() {}

  /** Returns every feasible placement that is stable for the strict priorities given. */
  static List<int[]> enumerateStable(PreferenceInstance in, TieBreaking tieBreaking,
      long[] numbers) {
    List<int[]> stable = new ArrayList<>();
    int n = in.studentCount();
    int[] choice = new int[n];
    int[] placement = new int[n];
    while (true) {
      for (int s = 0; s < n; s++) {
        placement[s] = choice[s] == 0 ? -1 : in.placeAt(in.listStart(s) + choice[s] - 1);
      }
      if (feasible(in, placement) && isStable(in, tieBreaking, numbers, placement)) {
        stable.add(placement.clone());
      }
      int s = 0;
      while (s < n && choice[s] == in.listEnd(s) - in.listStart(s)) {
        choice[s] = 0;
        s++;
      }
      if (s == n) {
        return stable;
      }
      choice[s]++;
    }
  }

  static boolean feasible(PreferenceInstance in, int[] placement) {
    int[] count = new int[in.placeCount()];
    for (int s = 0; s < placement.length; s++) {
      if (placement[s] >= 0) {
        if (in.entryOf(s, placement[s]) < 0 || ++count[placement[s]] > in.capacity(placement[s])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Stability straight from the definition: no student and place both prefer each other. */
  static boolean isStable(PreferenceInstance in, TieBreaking tieBreaking, long[] numbers,
      int[] placement) {
    for (int s = 0; s < in.studentCount(); s++) {
      for (int k = in.listStart(s); k < in.listEnd(s); k++) {
        int p = in.placeAt(k);
        if (p == placement[s]) {
          break;
        }
        int held = 0;
        boolean displaces = false;
        for (int t = 0; t < in.studentCount(); t++) {
          if (placement[t] == p) {
            held++;
            if (priorityLower(in, tieBreaking, numbers, t, in.entryOf(t, p), s, k)) {
              displaces = true;
            }
          }
        }
        if (held < in.capacity(p) || displaces) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean priorityLower(PreferenceInstance in, TieBreaking tieBreaking, long[] numbers,
      int a, int ka, int b, int kb) {
    if (in.fitClassAt(ka) != in.fitClassAt(kb)) {
      return in.fitClassAt(ka) < in.fitClassAt(kb);
    }
    long na = tieBreaking == TieBreaking.SINGLE ? numbers[a] : numbers[ka];
    long nb = tieBreaking == TieBreaking.SINGLE ? numbers[b] : numbers[kb];
    if (na != nb) {
      return na > nb;
    }
    return in.studentId(a).compareTo(in.studentId(b)) > 0;
  }

  /** The rank of student s's placement in her list: 0 = first, list length = unplaced. */
  static int rank(PreferenceInstance in, int s, int place) {
    if (place < 0) {
      return in.listEnd(s) - in.listStart(s);
    }
    return in.entryOf(s, place) - in.listStart(s);
  }
}
