package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.stagematch.core.model.Lottery;

/**
 * A reference implementation, for tests, of the documented seat rule of {@link
 * AcquaintanceResolution} and a brute force over placements along meetings.
 */
final class SeatGraph {
  private SeatGraph() {}

  /**
   * Returns {@code {globalSeat, localSeat}} per meeting: the met students of a place ordered by
   * {@code lottery.number(placeId, studentId)}, the i-th at seat {@code i mod capacity}.
   */
  static int[][] build(Meetings mt, Lottery lottery) {
    int e = mt.meetingCount();
    int[] global = new int[e];
    int[] local = new int[e];
    int base = 0;
    for (int p = 0; p < mt.placeCount(); p++) {
      List<Integer> ks = new ArrayList<>();
      for (int k = 0; k < e; k++) {
        if (mt.placeAt(k) == p) {
          ks.add(k);
        }
      }
      int place = p;
      ks.sort((a, b) -> Long.compare(lottery.number(mt.placeId(place), mt.studentId(mt.studentAt(a))),
          lottery.number(mt.placeId(place), mt.studentId(mt.studentAt(b)))));
      for (int i = 0; i < ks.size(); i++) {
        local[ks.get(i)] = i % mt.capacity(p);
        global[ks.get(i)] = base + i % mt.capacity(p);
      }
      base += mt.capacity(p);
    }
    return new int[][] {global, local};
  }

  /** Kuhn's augmenting paths over students and global seats. */
  static int maximumMatching(Meetings mt, int[][] seatGraph) {
    int seats = 0;
    for (int p = 0; p < mt.placeCount(); p++) {
      seats += mt.capacity(p);
    }
    int[] seatOwner = new int[seats];
    Arrays.fill(seatOwner, -1);
    int matched = 0;
    for (int s = 0; s < mt.studentCount(); s++) {
      if (augment(mt, seatGraph[0], s, seatOwner, new boolean[seats])) {
        matched++;
      }
    }
    return matched;
  }

  private static boolean augment(Meetings mt, int[] seatOf, int s, int[] owner, boolean[] seen) {
    for (int k = mt.meetingStart(s); k < mt.meetingEnd(s); k++) {
      int t = seatOf[k];
      if (!seen[t]) {
        seen[t] = true;
        if (owner[t] < 0 || augment(mt, seatOf, owner[t], owner, seen)) {
          owner[t] = s;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * All placements (meeting per student, -1 for none) with one student per seat, of maximum size,
   * that place every student with two meetings.
   */
  static List<int[]> admissible(Meetings mt, int[][] seatGraph) {
    int n = mt.studentCount();
    int max = maximumMatching(mt, seatGraph);
    List<int[]> result = new ArrayList<>();
    int[] choice = new int[n];
    while (true) {
      int[] chosen = new int[n];
      boolean ok = true;
      java.util.Set<Integer> taken = new java.util.HashSet<>();
      int placed = 0;
      for (int s = 0; s < n && ok; s++) {
        chosen[s] = choice[s] == 0 ? -1 : mt.meetingStart(s) + choice[s] - 1;
        if (chosen[s] >= 0) {
          ok = taken.add(seatGraph[0][chosen[s]]);
          placed++;
        } else if (mt.meetingEnd(s) - mt.meetingStart(s) == 2) {
          ok = false;
        }
      }
      if (ok && placed == max) {
        result.add(chosen);
      }
      int s = 0;
      while (s < n && choice[s] == mt.meetingEnd(s) - mt.meetingStart(s)) {
        choice[s] = 0;
        s++;
      }
      if (s == n) {
        return result;
      }
      choice[s]++;
    }
  }

  /** The documented weights per meeting for a rule (ranks doubled, no preference in the middle). */
  static long[] weights(Meetings mt, MeetingPreferences pref, int[][] seatGraph,
      ComponentChoice choice) {
    int e = mt.meetingCount();
    long[] w = new long[e];
    for (int k = 0; k < e; k++) {
      int s = mt.studentAt(k);
      int d = mt.meetingEnd(s) - mt.meetingStart(s);
      long ws = pref.studentRank(k) == 0 ? d + 1 : 2L * pref.studentRank(k);
      int other = -1;
      for (int j = 0; j < e; j++) {
        if (j != k && seatGraph[0][j] == seatGraph[0][k]) {
          other = j;
        }
      }
      long wt = other < 0 ? 2 : pref.placeRank(k) == 0 ? 3
          : pref.placeRank(k) < pref.placeRank(other) ? 2 : 4;
      w[k] = switch (choice) {
        case BOTH_SIDES -> ws + wt;
        case STUDENTS_FIRST -> ws * (1L << 32) + wt;
        case PLACES_FIRST -> wt * (1L << 32) + ws;
      };
    }
    return w;
  }

  static long score(int[] chosen, long[] weight) {
    long sum = 0;
    for (int k : chosen) {
      if (k >= 0) {
        sum += weight[k];
      }
    }
    return sum;
  }
}
