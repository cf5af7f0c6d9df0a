package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import nl.stagematch.core.model.Lottery;
import org.junit.jupiter.api.Test;

class StabilityVerifierTest {

  /** Two students both want A (capacity 1); s1 has the better fit class at A. */
  private static final PreferenceInstance SMALL = PreferenceInstance.of(List.of("s1", "s2"),
      List.of("A", "B"), new int[] {1, 1}, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1},
      new int[] {1, 0, 0, 0});

  @Test
  void acceptsTheStablePlacement() {
    StabilityReport report = StabilityVerifier.verify(SMALL, Lottery.withSeed(1),
        TieBreaking.SINGLE, new int[] {0, 1});
    assertTrue(report.isStable(), report.toString());
    assertEquals(2, report.lotteryNumbers().length);
  }

  @Test
  void findsTheBlockingPairOfASwap() {
    StabilityReport report = StabilityVerifier.verify(SMALL, Lottery.withSeed(1),
        TieBreaking.SINGLE, new int[] {1, 0});
    assertFalse(report.isStable());
    assertEquals(List.of(new BlockingPair(0, "s1", 0, "A", 1)), report.blockingPairs());
  }

  @Test
  void findsAFreeSeatAndAnExceededCapacityAndAnUnlistedPlace() {
    StabilityReport free = StabilityVerifier.verify(SMALL, Lottery.withSeed(1),
        TieBreaking.SINGLE, new int[] {0, -1});
    assertEquals(List.of(new BlockingPair(1, "s2", 1, "B", -1)), free.blockingPairs());
    StabilityReport over = StabilityVerifier.verify(SMALL, Lottery.withSeed(1),
        TieBreaking.MULTIPLE, new int[] {0, 0});
    assertEquals(1, over.problems().size(), over.toString());
    assertTrue(over.problems().get(0).contains("Place (A) holds (2) students, more than its"
        + " capacity (1)"), over.problems().get(0));
    PreferenceInstance shortList = PreferenceInstance.of(List.of("s1"), List.of("A", "B"),
        new int[] {1, 1}, new int[] {0, 1}, new int[] {0}, new int[] {0});
    StabilityReport unlisted = StabilityVerifier.verify(shortList, Lottery.withSeed(1),
        TieBreaking.SINGLE, new int[] {1});
    assertTrue(unlisted.problems().get(0).contains("not on her list"), unlisted.toString());
  }

  /** Corrupting a deferred-acceptance result in either way is always caught. */
  @Test
  void rejectsCorruptedResults() {
    int blockingCaught = 0;
    int capacityCaught = 0;
    for (int i = 0; i < 1000; i++) {
      long seed = 777_000L + i;
      SplittableRandom random = new SplittableRandom(seed);
      PreferenceInstance in = randomInstance(random);
      Lottery lottery = Lottery.withSeed(seed);
      TieBreaking tb = random.nextBoolean() ? TieBreaking.SINGLE : TieBreaking.MULTIPLE;
      DeferredAcceptanceResult result = DeferredAcceptance.solve(in, lottery, tb);
      int[] placement = result.placement();
      assertTrue(StabilityVerifier.verify(in, lottery, tb, placement).isStable(), "seed " + seed);
      // 1. Unplace a placed student: she now blocks with her own place (a free seat).
      int s = random.nextInt(in.studentCount());
      if (placement[s] >= 0) {
        int[] corrupted = placement.clone();
        int p = corrupted[s];
        corrupted[s] = -1;
        StabilityReport r = StabilityVerifier.verify(in, lottery, tb, corrupted);
        if (r.blockingPairs().stream().noneMatch(b -> b.student() == s && b.place() == p
            && b.displaced() == -1)) {
          fail("seed " + seed + ": missed the blocking pair (" + s + ", " + p + "): " + r);
        }
        blockingCaught++;
      }
      // 2. Move a student to a full place higher on her list: capacity exceeded.
      for (int t = 0; t < in.studentCount(); t++) {
        int end = placement[t] >= 0 ? in.entryOf(t, placement[t]) : in.listEnd(t);
        for (int k = in.listStart(t); k < end; k++) {
          int q = in.placeAt(k);
          int held = 0;
          for (int u : placement) {
            held += u == q ? 1 : 0;
          }
          if (held == in.capacity(q)) {
            int[] corrupted = placement.clone();
            corrupted[t] = q;
            StabilityReport r = StabilityVerifier.verify(in, lottery, tb, corrupted);
            assertFalse(r.isStable(), "seed " + seed);
            assertTrue(r.problems().get(0).contains("more than its capacity"), r.toString());
            capacityCaught++;
            break;
          }
        }
      }
    }
    System.out.printf("Verifier: %d blocking pairs and %d capacity excesses caught%n",
        blockingCaught, capacityCaught);
    assertTrue(blockingCaught > 300 && capacityCaught > 300, "too few corruptions exercised");
  }

  @Test
  void openHiringVerifierUsesArrivalOrder() {
    // Both want A (capacity 1); s2 arrived first so s2 must have A.
    PreferenceInstance in = PreferenceInstance.of(List.of("s1", "s2"), List.of("A"),
        new int[] {1}, new int[] {0, 1, 2}, new int[] {0, 0}, new int[] {5, 0});
    assertTrue(StabilityVerifier.verifyOpenHiring(in, new int[] {1, 0}, new int[] {-1, 0})
        .isStable());
    StabilityReport wrong = StabilityVerifier.verifyOpenHiring(in, new int[] {1, 0},
        new int[] {0, -1});
    assertEquals(List.of(new BlockingPair(1, "s2", 0, "A", 0)), wrong.blockingPairs());
  }

  private static PreferenceInstance randomInstance(SplittableRandom random) {
    int n = 2 + random.nextInt(40);
    int m = 1 + random.nextInt(10);
    List<String> students = new java.util.ArrayList<>();
    List<String> places = new java.util.ArrayList<>();
    int[] capacity = new int[m];
    for (int p = 0; p < m; p++) {
      places.add("P-" + random.nextInt(1000) + "-" + p);
      capacity[p] = 1 + random.nextInt(3);
    }
    int[] start = new int[n + 1];
    java.util.List<Integer> place = new java.util.ArrayList<>();
    for (int s = 0; s < n; s++) {
      students.add("S-" + random.nextInt(1000) + "-" + s);
      boolean[] used = new boolean[m];
      int length = 1 + random.nextInt(Math.min(5, m));
      while (length > 0) {
        int p = random.nextInt(m);
        if (!used[p]) {
          used[p] = true;
          place.add(p);
          length--;
        }
      }
      start[s + 1] = place.size();
    }
    int[] pl = place.stream().mapToInt(Integer::intValue).toArray();
    int[] cls = new int[pl.length];
    for (int k = 0; k < cls.length; k++) {
      cls[k] = random.nextInt(2);
    }
    return PreferenceInstance.of(students, places, capacity, start, pl, cls);
  }
}
