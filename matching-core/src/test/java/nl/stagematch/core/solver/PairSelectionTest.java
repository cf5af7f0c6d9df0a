package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.stagematch.core.model.Lottery;
import org.junit.jupiter.api.Test;

class PairSelectionTest {
  private static final long BASE_SEED = 31_524_525L;

  /** Meetings count and total fit equal the brute-force optimum over all pair subsets. */
  @Test
  void bestFitByBruteForce() {
    int shortInstances = 0;
    int instances = 400;
    for (int i = 0; i < instances; i++) {
      long seed = BASE_SEED + i;
      AdmissiblePairs pairs = random(seed, 6, 4, 4, 14);
      PairSelectionResult r = PairSelection.select(pairs, Lottery.withSeed(seed), true);
      checkShape(pairs, r, seed);
      long[] best = bruteForce(pairs);
      assertEquals(best[0], r.meetingCount(), "seed " + seed + ": not the most meetings");
      assertEquals(best[1], r.totalFit(), "seed " + seed + ": not the best total fit");
      shortInstances += r.studentsShort() > 0 ? 1 : 0;
    }
    System.out.printf("Pair selection brute force: %d instances, %d with a student short%n",
        instances, shortInstances);
    assertTrue(shortInstances > instances / 10 && shortInstances < instances * 9 / 10,
        "the generator should give both full and short instances");
  }

  /** Where a 2-regular selection exists (planted), everybody meets exactly two. */
  @Test
  void exactlyTwoWherePossibleAndStageTwoPlacesEverybody() {
    for (int i = 0; i < 200; i++) {
      long seed = BASE_SEED * 3 + i;
      AdmissiblePairs pairs = planted(seed, 4 + (int) (seed % 80));
      Lottery lottery = Lottery.withSeed(seed);
      PairSelectionResult r = PairSelection.select(pairs, lottery);
      checkShape(pairs, r, seed);
      VerificationReport report = AssignmentVerifier.verify(r.assignment());
      assertTrue(report.ok(), "seed " + seed + ": " + report);
      for (int s = 0; s < pairs.studentCount(); s++) {
        assertEquals(0, r.studentShortfall(s), "seed " + seed + " student " + s);
      }
      for (int p = 0; p < pairs.placeCount(); p++) {
        assertEquals(0, r.placeShortfall(p), "seed " + seed + " place " + p);
      }
      SplittableRandom random = new SplittableRandom(seed);
      Meetings mt = r.meetings();
      AcquaintanceResult placed = AcquaintanceResolution.resolve(mt,
          RandomMeetings.preferences(mt, random), lottery);
      AcquaintanceResolutionTest.checkFeasible(mt, placed, seed);
      assertEquals(pairs.studentCount(), placed.stats().placed(), "seed " + seed);
    }
  }

  /** Permuting the input gives the same meetings (as pairs of ids). */
  @Test
  void meetingsDoNotDependOnInputOrder() {
    for (int i = 0; i < 200; i++) {
      long seed = BASE_SEED * 5 + i;
      AdmissiblePairs pairs = random(seed, 30, 12, 6, 1000);
      SplittableRandom random = new SplittableRandom(seed);
      PreferenceInstance permuted = DeferredAcceptanceTest.permute(pairs.pairs,
          RandomMeetings.perm(pairs.studentCount(), random),
          RandomMeetings.perm(pairs.placeCount(), random));
      AdmissiblePairs other = AdmissiblePairs.of(ids(permuted, true), ids(permuted, false),
          capacities(permuted), starts(permuted), places(permuted), fits(permuted));
      Lottery lottery = Lottery.withSeed(seed);
      assertEquals(meetingIds(PairSelection.select(pairs, lottery)),
          meetingIds(PairSelection.select(other, lottery)), "seed " + seed);
    }
  }

  private static Set<String> meetingIds(PairSelectionResult r) {
    Set<String> set = new HashSet<>();
    Meetings mt = r.meetings();
    for (int s = 0; s < mt.studentCount(); s++) {
      for (int k = mt.meetingStart(s); k < mt.meetingEnd(s); k++) {
        set.add(mt.studentId(s) + "|" + mt.placeId(mt.placeAt(k)));
      }
    }
    return set;
  }

  /** Distinct places, at most two per student, at most 2c per place, shortfalls consistent. */
  static void checkShape(AdmissiblePairs pairs, PairSelectionResult r, long seed) {
    Meetings mt = r.meetings();
    int[] met = new int[pairs.placeCount()];
    long fit = 0;
    for (int s = 0; s < pairs.studentCount(); s++) {
      int d = mt.meetingEnd(s) - mt.meetingStart(s);
      assertTrue(d <= 2, "seed " + seed);
      assertEquals(2 - d, r.studentShortfall(s), "seed " + seed);
      if (d == 2 && mt.placeAt(mt.meetingStart(s)) == mt.placeAt(mt.meetingStart(s) + 1)) {
        fail("seed " + seed + ": student " + s + " meets the same place twice");
      }
      for (int k = mt.meetingStart(s); k < mt.meetingEnd(s); k++) {
        int pair = r.pairOfMeeting(k);
        assertTrue(pair >= pairs.pairStart(s) && pair < pairs.pairEnd(s), "seed " + seed);
        assertEquals(pairs.placeAt(pair), mt.placeAt(k), "seed " + seed);
        met[mt.placeAt(k)]++;
        fit += pairs.fitAt(pair);
      }
    }
    for (int p = 0; p < pairs.placeCount(); p++) {
      assertEquals(2 * pairs.capacity(p) - met[p], r.placeShortfall(p), "seed " + seed);
    }
    assertEquals(fit, r.totalFit(), "seed " + seed);
  }

  /** {most meetings, best fit among those} over all subsets of pairs. */
  static long[] bruteForce(AdmissiblePairs pairs) {
    int e = pairs.pairCount();
    int[] owner = new int[e];
    for (int s = 0; s < pairs.studentCount(); s++) {
      for (int k = pairs.pairStart(s); k < pairs.pairEnd(s); k++) {
        owner[k] = s;
      }
    }
    long bestCount = -1;
    long bestFit = -1;
    for (int mask = 0; mask < 1 << e; mask++) {
      int[] perStudent = new int[pairs.studentCount()];
      int[] perPlace = new int[pairs.placeCount()];
      boolean ok = true;
      long fit = 0;
      for (int k = 0; k < e && ok; k++) {
        if ((mask & (1 << k)) != 0) {
          ok = ++perStudent[owner[k]] <= 2
              && ++perPlace[pairs.placeAt(k)] <= 2 * pairs.capacity(pairs.placeAt(k));
          fit += pairs.fitAt(k);
        }
      }
      int count = Integer.bitCount(mask);
      if (ok && (count > bestCount || (count == bestCount && fit > bestFit))) {
        bestCount = count;
        bestFit = fit;
      }
    }
    return new long[] {bestCount, bestFit};
  }

  static AdmissiblePairs random(long seed, int maxStudents, int maxPlaces, int maxList,
      int maxPairs) {
    SplittableRandom random = new SplittableRandom(seed);
    PreferenceInstance in;
    do {
      in = RandomPreferences.generate(random.nextLong(), maxStudents, maxPlaces, maxList, 2,
          1 + random.nextInt(20));
    } while (in.entryCount() > maxPairs);
    return AdmissiblePairs.of(ids(in, true), ids(in, false), capacities(in), starts(in),
        places(in), fits(in));
  }

  /**
   * Students and places with capacities summing to n, a hidden 2-regular selection among the
   * pairs plus random extra pairs, all with random fits.
   */
  static AdmissiblePairs planted(long seed, int n) {
    Meetings hidden = RandomMeetings.twoRegular(seed, n);
    SplittableRandom random = new SplittableRandom(seed);
    int m = hidden.placeCount();
    List<Integer> place = new ArrayList<>();
    List<Integer> fit = new ArrayList<>();
    int[] start = new int[n + 1];
    for (int s = 0; s < n; s++) {
      Set<Integer> mine = new HashSet<>();
      for (int k = hidden.meetingStart(s); k < hidden.meetingEnd(s); k++) {
        mine.add(hidden.placeAt(k));
      }
      for (int extra = random.nextInt(4); extra > 0; extra--) {
        mine.add(random.nextInt(m));
      }
      for (int p : mine) {
        place.add(p);
        fit.add(random.nextInt(100));
      }
      start[s + 1] = place.size();
    }
    int[] capacity = new int[m];
    List<String> placeIds = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      capacity[p] = hidden.capacity(p);
      placeIds.add(hidden.placeId(p));
    }
    List<String> studentIds = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      studentIds.add(hidden.studentId(s));
    }
    return AdmissiblePairs.of(studentIds, placeIds, capacity, start,
        place.stream().mapToInt(Integer::intValue).toArray(),
        fit.stream().mapToInt(Integer::intValue).toArray());
  }

  static List<String> ids(PreferenceInstance in, boolean students) {
    List<String> ids = new ArrayList<>();
    int count = students ? in.studentCount() : in.placeCount();
    for (int i = 0; i < count; i++) {
      ids.add(students ? in.studentId(i) : in.placeId(i));
    }
    return ids;
  }

  static int[] capacities(PreferenceInstance in) {
    int[] c = new int[in.placeCount()];
    for (int p = 0; p < c.length; p++) {
      c[p] = in.capacity(p);
    }
    return c;
  }

  static int[] starts(PreferenceInstance in) {
    int[] st = new int[in.studentCount() + 1];
    for (int s = 0; s < in.studentCount(); s++) {
      st[s + 1] = in.listEnd(s);
    }
    return st;
  }

  static int[] places(PreferenceInstance in) {
    int[] pl = new int[in.entryCount()];
    for (int k = 0; k < pl.length; k++) {
      pl[k] = in.placeAt(k);
    }
    return pl;
  }

  static int[] fits(PreferenceInstance in) {
    int[] f = new int[in.entryCount()];
    for (int k = 0; k < f.length; k++) {
      f[k] = in.fitClassAt(k);
    }
    return f;
  }
}
