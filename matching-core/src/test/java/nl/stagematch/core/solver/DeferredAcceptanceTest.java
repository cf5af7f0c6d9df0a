package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.stagematch.core.model.Lottery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeferredAcceptanceTest {
  private static final long BASE_SEED = 20261122L;

  @ParameterizedTest
  @EnumSource(TieBreaking.class)
  void stableOnThousandsOfRandomInstances(TieBreaking tieBreaking) {
    int withTieBreaks = 0;
    int withUnplaced = 0;
    int instances = 3000;
    for (int i = 0; i < instances; i++) {
      long seed = BASE_SEED + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 60, 15, 6, 4, 3);
      Lottery lottery = Lottery.withSeed(seed);
      DeferredAcceptanceResult result = DeferredAcceptance.solve(in, lottery, tieBreaking);
      StabilityReport report = StabilityVerifier.verify(in, lottery, tieBreaking,
          result.placement());
      if (!report.isStable()) {
        fail("seed " + seed + " " + tieBreaking + ": " + report);
      }
      assertArrayEquals(report.lotteryNumbers(), result.lotteryNumbers(), "seed " + seed);
      MatchingStats stats = result.stats();
      assertEquals(result.placedCount(), stats.proposals() - stats.rejections(), "seed " + seed);
      withTieBreaks += stats.tieBreaks() > 0 ? 1 : 0;
      withUnplaced += result.placedCount() < in.studentCount() ? 1 : 0;
    }
    System.out.printf("DA %s: %d instances, %d with tie-breaks, %d with unplaced students%n",
        tieBreaking, instances, withTieBreaks, withUnplaced);
    assertTrue(withTieBreaks > instances / 4, "too few instances exercise the lottery");
    assertTrue(withUnplaced > instances / 4, "too few instances leave students unplaced");
  }

  @ParameterizedTest
  @EnumSource(TieBreaking.class)
  void studentOptimalAmongAllStableMatchings(TieBreaking tieBreaking) {
    int withSeveralStable = 0;
    int instances = 600;
    for (int i = 0; i < instances; i++) {
      long seed = BASE_SEED * 31 + i;
      // Odd seeds: one-to-one with full lists, where several stable placements are common.
      PreferenceInstance in = seed % 2 == 0 ? RandomPreferences.generate(seed, 6, 4, 3, 2, 2)
          : RandomPreferences.marriage(seed, 3 + (int) ((seed >>> 1) % 3));
      Lottery lottery = Lottery.withSeed(seed);
      DeferredAcceptanceResult result = DeferredAcceptance.solve(in, lottery, tieBreaking);
      long[] numbers = result.lotteryNumbers();
      List<int[]> stable = StableMatchings.enumerateStable(in, tieBreaking, numbers);
      int[] da = result.placement();
      boolean found = stable.stream().anyMatch(p -> Arrays.equals(p, da));
      if (!found) {
        fail("seed " + seed + ": the DA placement " + Arrays.toString(da)
            + " is not among the stable ones " + describe(stable));
      }
      for (int[] other : stable) {
        assertTrue(StabilityVerifier.verify(in, lottery, tieBreaking, other).isStable(),
            "seed " + seed + ": the verifier rejects the stable " + Arrays.toString(other));
        for (int s = 0; s < in.studentCount(); s++) {
          if (StableMatchings.rank(in, s, other[s]) < StableMatchings.rank(in, s, da[s])) {
            fail("seed " + seed + ": student " + s + " does better in the stable placement "
                + Arrays.toString(other) + " than in DA " + Arrays.toString(da));
          }
        }
      }
      withSeveralStable += stable.size() > 1 ? 1 : 0;
    }
    System.out.printf("DA %s optimality: %d instances, %d with more than one stable placement%n",
        tieBreaking, instances, withSeveralStable);
    assertTrue(withSeveralStable > instances / 20, "too few instances have a choice of stable placements");
  }

  @Test
  void multipleWithEqualNumbersPerPlaceIsSingle() {
    for (int i = 0; i < 500; i++) {
      long seed = BASE_SEED * 7 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 40, 10, 5, 3, 2);
      DeferredAcceptanceResult single = DeferredAcceptance.solve(in, Lottery.withSeed(seed));
      long[] perStudent = single.lotteryNumbers();
      long[] perEntry = new long[in.entryCount()];
      for (int s = 0; s < in.studentCount(); s++) {
        for (int k = in.listStart(s); k < in.listEnd(s); k++) {
          perEntry[k] = perStudent[s];
        }
      }
      DeferredAcceptanceResult multiple = DeferredAcceptance.solveWithNumbers(in,
          TieBreaking.MULTIPLE, perEntry);
      assertArrayEquals(single.placement(), multiple.placement(), "seed " + seed);
      assertEquals(single.stats(), multiple.stats(), "seed " + seed);
    }
  }

  @Test
  void singleAndMultipleTieBreakingDifferAndMultipleUsesPairNumbers() {
    int differ = 0;
    int instances = 500;
    for (int i = 0; i < instances; i++) {
      long seed = BASE_SEED * 11 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 40, 8, 5, 3, 1);
      Lottery lottery = Lottery.withSeed(seed);
      DeferredAcceptanceResult single = DeferredAcceptance.solve(in, lottery, TieBreaking.SINGLE);
      DeferredAcceptanceResult multiple = DeferredAcceptance.solve(in, lottery,
          TieBreaking.MULTIPLE);
      assertEquals(TieBreaking.SINGLE, single.tieBreaking());
      assertEquals(TieBreaking.MULTIPLE, multiple.tieBreaking());
      assertEquals(in.studentCount(), single.lotteryNumbers().length);
      long[] pair = multiple.lotteryNumbers();
      assertEquals(in.entryCount(), pair.length);
      for (int s = 0; s < in.studentCount(); s++) {
        assertEquals(lottery.number(in.studentId(s)), single.lotteryNumbers()[s]);
        for (int k = in.listStart(s); k < in.listEnd(s); k++) {
          assertEquals(lottery.number(in.placeId(in.placeAt(k)), in.studentId(s)), pair[k],
              "seed " + seed);
        }
      }
      differ += Arrays.equals(single.placement(), multiple.placement()) ? 0 : 1;
    }
    System.out.printf("DA single vs multiple: %d of %d instances differ%n", differ, instances);
    assertTrue(differ > instances / 10, "single and multiple tie-breaking should often differ");
  }

  /**
   * With one fit class everywhere, single tie-breaking is serial dictatorship in lottery order,
   * which is Pareto-efficient for the students; multiple tie-breaking need not be.
   */
  @Test
  void singleTieBreakingWithoutPrioritiesIsOpenHiringInLotteryOrder() {
    for (int i = 0; i < 500; i++) {
      long seed = BASE_SEED * 13 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 40, 8, 5, 3, 1);
      Lottery lottery = Lottery.withSeed(seed);
      DeferredAcceptanceResult da = DeferredAcceptance.solve(in, lottery, TieBreaking.SINGLE);
      DeferredAcceptanceResult open = DeferredAcceptance.openHiring(in, lottery);
      assertArrayEquals(da.placement(), open.placement(), "seed " + seed);
      assertTrue(open.openHiring());
      assertArrayEquals(da.lotteryNumbers(), open.lotteryNumbers(), "seed " + seed);
    }
  }

  @Test
  void openHiringIsFirstComeFirstPlacedAndIgnoresFitClasses() {
    for (int i = 0; i < 500; i++) {
      long seed = BASE_SEED * 17 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 40, 8, 5, 3, 4);
      int n = in.studentCount();
      int[] arrival = permutation(n, new SplittableRandom(seed));
      DeferredAcceptanceResult open = DeferredAcceptance.openHiring(in, arrival);
      StabilityReport report = StabilityVerifier.verifyOpenHiring(in, arrival, open.placement());
      assertTrue(report.isStable(), "seed " + seed + ": " + report);
      assertEquals(open.stats().rejections(), open.stats().tieBreaks());
      assertEquals(open.placedCount(), open.stats().proposals() - open.stats().rejections());
      long[] numbers = new long[n];
      for (int pos = 0; pos < n; pos++) {
        numbers[arrival[pos]] = pos;
      }
      assertArrayEquals(numbers, open.lotteryNumbers());
      PreferenceInstance flat = withAllClasses(in, 0);
      DeferredAcceptanceResult da = DeferredAcceptance.solveWithNumbers(flat, TieBreaking.SINGLE,
          numbers);
      assertArrayEquals(da.placement(), open.placement(), "seed " + seed);
    }
  }

  @Test
  void openHiringRejectsABadArrivalOrder() {
    PreferenceInstance in = RandomPreferences.generate(3, 5, 3, 2, 1, 1);
    int[] twice = new int[in.studentCount()];
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> DeferredAcceptance.openHiring(in, new int[] {}));
    assertTrue(e.getMessage().contains("arrival order"), e.getMessage());
    if (twice.length > 1) {
      e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> DeferredAcceptance.openHiring(in, twice));
      assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    }
  }

  /** Permuting the students and places of the input permutes the result, stats unchanged. */
  @ParameterizedTest
  @EnumSource(TieBreaking.class)
  void resultDoesNotDependOnInputOrder(TieBreaking tieBreaking) {
    for (int i = 0; i < 500; i++) {
      long seed = BASE_SEED * 19 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 50, 12, 6, 3, 2);
      SplittableRandom random = new SplittableRandom(seed);
      int[] studentPerm = permutation(in.studentCount(), random);
      int[] placePerm = permutation(in.placeCount(), random);
      PreferenceInstance permuted = permute(in, studentPerm, placePerm);
      Lottery lottery = Lottery.withSeed(seed);
      DeferredAcceptanceResult original = DeferredAcceptance.solve(in, lottery, tieBreaking);
      DeferredAcceptanceResult shuffled = DeferredAcceptance.solve(permuted, lottery, tieBreaking);
      for (int s = 0; s < in.studentCount(); s++) {
        int expected = original.placeOf(studentPerm[s]);
        int actual = shuffled.placeOf(s);
        assertEquals(expected < 0 ? -1 : inverse(placePerm)[expected], actual,
            "seed " + seed + " student " + in.studentId(studentPerm[s]));
      }
      assertEquals(original.stats(), shuffled.stats(), "seed " + seed);
      DeferredAcceptanceResult openA = DeferredAcceptance.openHiring(in, lottery);
      DeferredAcceptanceResult openB = DeferredAcceptance.openHiring(permuted, lottery);
      for (int s = 0; s < in.studentCount(); s++) {
        int expected = openA.placeOf(studentPerm[s]);
        assertEquals(expected < 0 ? -1 : inverse(placePerm)[expected], openB.placeOf(s),
            "seed " + seed);
      }
    }
  }

  @Test
  void countsFollowTheWrittenRulesOnAHandExample() {
    // Place A (capacity 1) is everyone's first choice; all have fit class 0 at A, so A takes the
    // lowest lottery number; the other two go to B (capacity 2) in round 2.
    PreferenceInstance in = PreferenceInstance.of(List.of("s1", "s2", "s3"), List.of("A", "B"),
        new int[] {1, 2}, new int[] {0, 2, 4, 6}, new int[] {0, 1, 0, 1, 0, 1},
        new int[] {0, 0, 0, 0, 0, 0});
    long[] numbers = {30, 10, 20};
    DeferredAcceptanceResult r = DeferredAcceptance.solveWithNumbers(in, TieBreaking.SINGLE,
        numbers);
    assertArrayEquals(new int[] {1, 0, 1}, r.placement());
    assertEquals(MatchingStats.of(5, 2, 2, 2), r.stats());
    // With s1 in a higher fit class at A she wins despite her number: no tie-break there.
    PreferenceInstance ranked = PreferenceInstance.of(List.of("s1", "s2", "s3"),
        List.of("A", "B"), new int[] {1, 2}, new int[] {0, 2, 4, 6},
        new int[] {0, 1, 0, 1, 0, 1}, new int[] {1, 0, 0, 0, 0, 0});
    DeferredAcceptanceResult r2 = DeferredAcceptance.solveWithNumbers(ranked, TieBreaking.SINGLE,
        numbers);
    assertArrayEquals(new int[] {0, 1, 1}, r2.placement());
    assertEquals(MatchingStats.of(5, 2, 2, 0), r2.stats());
  }

  @ParameterizedTest
  @EnumSource(TieBreaking.class)
  void checkedModeAgreesWithThePlainRun(TieBreaking tieBreaking) {
    for (int i = 0; i < 200; i++) {
      long seed = BASE_SEED * 23 + i;
      PreferenceInstance in = RandomPreferences.generate(seed, 40, 10, 5, 3, 2);
      Lottery lottery = Lottery.withSeed(seed);
      assertArrayEquals(DeferredAcceptance.solve(in, lottery, tieBreaking).placement(),
          DeferredAcceptance.solveChecked(in, lottery, tieBreaking).placement(), "seed " + seed);
    }
  }

  @Test
  void emptyListsAndNoStudents() {
    PreferenceInstance in = PreferenceInstance.of(List.of("s1"), List.of("A"), new int[] {1},
        new int[] {0, 0}, new int[] {}, new int[] {});
    DeferredAcceptanceResult r = DeferredAcceptance.solve(in, Lottery.withSeed(1));
    assertArrayEquals(new int[] {-1}, r.placement());
    assertEquals(MatchingStats.empty(), r.stats());
    assertFalse(r.openHiring());
  }

  static int[] permutation(int n, SplittableRandom random) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  static int[] inverse(int[] perm) {
    int[] inv = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      inv[perm[i]] = i;
    }
    return inv;
  }

  /** New student s is old student studentPerm[s]; new place q is old place placePerm[q]. */
  static PreferenceInstance permute(PreferenceInstance in, int[] studentPerm, int[] placePerm) {
    int[] placeInv = inverse(placePerm);
    List<String> students = new ArrayList<>();
    List<String> places = new ArrayList<>();
    int[] capacity = new int[in.placeCount()];
    for (int q = 0; q < placePerm.length; q++) {
      places.add(in.placeId(placePerm[q]));
      capacity[q] = in.capacity(placePerm[q]);
    }
    int[] start = new int[in.studentCount() + 1];
    int[] place = new int[in.entryCount()];
    int[] cls = new int[in.entryCount()];
    int e = 0;
    for (int s = 0; s < studentPerm.length; s++) {
      int old = studentPerm[s];
      students.add(in.studentId(old));
      for (int k = in.listStart(old); k < in.listEnd(old); k++) {
        place[e] = placeInv[in.placeAt(k)];
        cls[e++] = in.fitClassAt(k);
      }
      start[s + 1] = e;
    }
    return PreferenceInstance.of(students, places, capacity, start, place, cls);
  }

  static PreferenceInstance withAllClasses(PreferenceInstance in, int fitClass) {
    List<String> students = new ArrayList<>();
    List<String> places = new ArrayList<>();
    int[] capacity = new int[in.placeCount()];
    for (int p = 0; p < in.placeCount(); p++) {
      places.add(in.placeId(p));
      capacity[p] = in.capacity(p);
    }
    int[] start = new int[in.studentCount() + 1];
    int[] place = new int[in.entryCount()];
    for (int s = 0; s < in.studentCount(); s++) {
      students.add(in.studentId(s));
      start[s + 1] = in.listEnd(s);
      for (int k = in.listStart(s); k < in.listEnd(s); k++) {
        place[k] = in.placeAt(k);
      }
    }
    int[] cls = new int[in.entryCount()];
    Arrays.fill(cls, fitClass);
    return PreferenceInstance.of(students, places, capacity, start, place, cls);
  }

  private static String describe(List<int[]> placements) {
    StringBuilder sb = new StringBuilder();
    for (int[] p : placements) {
      sb.append(Arrays.toString(p)).append(' ');
    }
    return sb.toString();
  }
}
