package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random meeting graphs and stated orders for the acquaintance tests. */
final class RandomMeetings {
  private RandomMeetings() {}

  /**
   * A 2-regular meeting graph: {@code n} students, places whose capacities sum to {@code n}, each
   * student meeting two distinct places and each place meeting exactly twice its capacity.
   */
  static Meetings twoRegular(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> caps = new ArrayList<>();
    int left = n;
    while (left > 0) {
      // A place meets 2c distinct students, so 2c <= n.
      int c = Math.min(Math.min(left, 1 + random.nextInt(3)), Math.max(1, n / 2));
      caps.add(c);
      left -= c;
    }
    int m = caps.size();
    int[] capacity = caps.stream().mapToInt(Integer::intValue).toArray();
    int[] slots = new int[2 * n];
    int x = 0;
    for (int p = 0; p < m; p++) {
      for (int i = 0; i < 2 * capacity[p]; i++) {
        slots[x++] = p;
      }
    }
    for (int attempt = 0; ; attempt++) {
      shuffle(slots, random);
      if (repair(slots, random)) {
        break;
      }
      if (attempt > 1000) {
        throw new IllegalStateException("seed " + seed + ": cannot build a 2-regular graph");
      }
    }
    int[] start = new int[n + 1];
    for (int s = 0; s < n; s++) {
      start[s + 1] = 2 * (s + 1);
    }
    return Meetings.of(RandomPreferences.ids("S-", n, seed), RandomPreferences.ids("P-", m, ~seed),
        capacity, start, slots);
  }

  /** Swaps slots until no student meets the same place twice; false if it does not get there. */
  private static boolean repair(int[] slots, SplittableRandom random) {
    for (int round = 0; round < 100; round++) {
      boolean clean = true;
      for (int i = 0; i < slots.length; i += 2) {
        if (slots[i] == slots[i + 1]) {
          clean = false;
          int j = random.nextInt(slots.length);
          int t = slots[i];
          slots[i] = slots[j];
          slots[j] = t;
        }
      }
      if (clean) {
        return true;
      }
    }
    return false;
  }

  /**
   * A general meeting graph: each student meets 0, 1 or 2 distinct places, each place at most
   * twice its capacity.
   */
  static Meetings general(long seed, int maxStudents, int maxPlaces) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(maxStudents);
    int m = 1 + random.nextInt(maxPlaces);
    int[] capacity = new int[m];
    int[] room = new int[m];
    for (int p = 0; p < m; p++) {
      capacity[p] = 1 + random.nextInt(2);
      room[p] = 2 * capacity[p];
    }
    int[] start = new int[n + 1];
    List<Integer> place = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int want = random.nextInt(10) < 7 ? 2 : random.nextInt(2);
      int first = -1;
      for (int tries = 0; tries < 10 && want > 0; tries++) {
        int p = random.nextInt(m);
        if (p != first && room[p] > 0) {
          room[p]--;
          place.add(p);
          first = p;
          want--;
        }
      }
      start[s + 1] = place.size();
    }
    return Meetings.of(RandomPreferences.ids("S-", n, seed), RandomPreferences.ids("P-", m, ~seed),
        capacity, start, place.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Random stated orders; each student and place states "no preference" with probability 1/4. */
  static MeetingPreferences preferences(Meetings mt, SplittableRandom random) {
    int e = mt.meetingCount();
    int[] studentRank = new int[e];
    for (int s = 0; s < mt.studentCount(); s++) {
      if (random.nextInt(4) > 0) {
        int[] perm = perm(mt.meetingEnd(s) - mt.meetingStart(s), random);
        for (int k = mt.meetingStart(s); k < mt.meetingEnd(s); k++) {
          studentRank[k] = perm[k - mt.meetingStart(s)] + 1;
        }
      }
    }
    int[] placeRank = new int[e];
    for (int p = 0; p < mt.placeCount(); p++) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      int d = mt.meetingsOf(p);
      int[] perm = perm(d, random);
      int i = 0;
      for (int k = 0; k < e; k++) {
        if (mt.placeAt(k) == p) {
          placeRank[k] = perm[i++] + 1;
        }
      }
    }
    return MeetingPreferences.of(mt, studentRank, placeRank);
  }

  static int[] perm(int n, SplittableRandom random) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    shuffle(a, random);
    return a;
  }

  static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  static String describe(Meetings mt) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < mt.studentCount(); s++) {
      sb.append(s).append("->").append(Arrays.toString(Arrays.copyOfRange(mt.place,
          mt.meetingStart(s), mt.meetingEnd(s)))).append(' ');
    }
    return sb.toString();
  }
}
