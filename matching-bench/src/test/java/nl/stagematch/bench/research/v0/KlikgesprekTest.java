package nl.stagematch.bench.research.v0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlikgesprekTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, -3})
  void theOutcomeDependsOnSeedAndIdsNotOnTheCallOrder(long seed) {
    Klikgesprek k = Klikgesprek.withPenalty(0.5);
    List<int[]> pairs = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      for (int p = 0; p < 10; p++) {
        pairs.add(new int[] {s, p});
      }
    }
    List<Klikgesprek.Outcome> first = new ArrayList<>();
    for (int[] x : pairs) {
      first.add(k.meet(seed, "S-" + x[0], "P-" + x[1], 600, x[0] % 3 == 0));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    for (int i : order) {
      int[] x = pairs.get(i);
      assertEquals(first.get(i), k.meet(seed, "S-" + x[0], "P-" + x[1], 600, x[0] % 3 == 0),
          "seed " + seed + ", pair " + i);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 8})
  void thePenaltyHalvesTheClicksOfTheGroupAndZeroIsNoBias(long seed) {
    Klikgesprek biased = Klikgesprek.withPenalty(0.5);
    Klikgesprek fair = Klikgesprek.withPenalty(0);
    int n = 20_000;
    int clicksOut = 0;
    int clicksIn = 0;
    for (int i = 0; i < n; i++) {
      String s = "S-" + i;
      Klikgesprek.Outcome out = biased.meet(seed, s, "P-1", 500, false);
      Klikgesprek.Outcome in = biased.meet(seed, s, "P-1", 500, true);
      assertEquals(out.clicks(), out.score() > 0, "seed " + seed + ": " + s);
      assertTrue(in.score() < out.score(), "seed " + seed + ": " + s);
      clicksOut += out.clicks() ? 1 : 0;
      clicksIn += in.clicks() ? 1 : 0;
      assertEquals(fair.meet(seed, s, "P-1", 500, true), fair.meet(seed, s, "P-1", 500, false),
          "seed " + seed + ": " + s);
    }
    double out = clicksOut / (double) n;
    double ratio = clicksIn / (double) clicksOut;
    assertTrue(Math.abs(out - 0.35) < 0.015, "seed " + seed + ": click rate " + out);
    assertTrue(Math.abs(ratio - 0.5) < 0.04, "seed " + seed + ": ratio " + ratio);
  }

  @Test
  void theChanceGrowsWithFitAndUrgencyAndIsCapped() {
    Klikgesprek k = new Klikgesprek(0.5, 0.4);
    assertEquals(0.2, k.chance(0, false), 1e-12);
    assertEquals(0.4, k.chance(500, false), 1e-12);
    assertEquals(0.6, k.chance(1000, false), 1e-12);
    assertEquals(0.3, k.chance(1000, true), 1e-12);
    assertEquals(1.0, k.chance(1000, false, 3.0), 1e-12);
    assertEquals(0.9, k.chance(1000, true, 3.0), 1e-12);
    assertEquals(1.0, k.chance(1000, true, 10.0), 1e-12);
  }

  @Test
  void refusesValuesOutOfRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Klikgesprek(-0.1, 0.3));
    assertTrue(e.getMessage().contains("penalty (-0.1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Klikgesprek(0.1, 0));
    assertTrue(e.getMessage().contains("acceptance (0.0)"), e.getMessage());
    Klikgesprek k = Klikgesprek.withPenalty(0.2);
    e = assertThrows(IllegalArgumentException.class, () -> k.chance(1001, false));
    assertTrue(e.getMessage().contains("fit (1001)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> k.chance(10, false, 0.5));
    assertTrue(e.getMessage().contains("urgency (0.5)"), e.getMessage());
  }
}
