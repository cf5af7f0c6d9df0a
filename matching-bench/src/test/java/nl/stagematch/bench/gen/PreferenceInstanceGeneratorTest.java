package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.DeferredAcceptance;
import nl.stagematch.core.solver.DeferredAcceptanceResult;
import nl.stagematch.core.solver.PreferenceInstance;
import org.junit.jupiter.api.Test;

class PreferenceInstanceGeneratorTest {

  @Test
  void sameSeedSameInstanceOtherSeedOtherInstance() {
    PreferenceInstance a = PreferenceInstanceGenerator.preferences(2000, 25, 42);
    PreferenceInstance b = PreferenceInstanceGenerator.preferences(2000, 25, 42);
    PreferenceInstance c = PreferenceInstanceGenerator.preferences(2000, 25, 43);
    assertEquals(PreferenceInstanceGenerator.describe(a), PreferenceInstanceGenerator.describe(b));
    boolean same = true;
    boolean differs = false;
    for (int k = 0; k < a.entryCount(); k++) {
      same &= a.placeAt(k) == b.placeAt(k) && a.fitClassAt(k) == b.fitClassAt(k);
      differs |= a.placeAt(k) != c.placeAt(k);
    }
    assertTrue(same, "seed 42 gave two different instances");
    assertTrue(differs, "seeds 42 and 43 gave the same lists");
  }

  /** The shape the benchmarks rely on: 25 distinct choices, capacity about 1.1 x, real contention. */
  @Test
  void preferencesHaveTheDocumentedShape() {
    PreferenceInstance in = PreferenceInstanceGenerator.preferences(10_000, 25, 42);
    System.out.println("PreferenceInstanceGenerator seed 42: "
        + PreferenceInstanceGenerator.describe(in));
    assertEquals(10_000 * 25, in.entryCount());
    long capacity = 0;
    for (int p = 0; p < in.placeCount(); p++) {
      capacity += in.capacity(p);
    }
    assertTrue(Math.abs(capacity / 10_000.0 - PreferenceInstanceGenerator.CAPACITY_FACTOR) < 0.05,
        "capacity per student " + capacity / 10_000.0);
    DeferredAcceptanceResult r = DeferredAcceptance.solve(in, Lottery.withSeed(42));
    System.out.println("PreferenceInstanceGenerator seed 42 under DA: " + r);
    // Popularity must make places compete: many rejections, many decided by the lottery.
    assertTrue(r.stats().rejections() > in.studentCount(), r.toString());
    assertTrue(r.stats().tieBreaks() > in.studentCount() / 10, r.toString());
  }

  @Test
  void admissiblePairsHaveTheDocumentedShape() {
    AdmissiblePairs pairs = PreferenceInstanceGenerator.admissiblePairs(3000, 10, 42);
    assertEquals(3000 * 10, pairs.pairCount());
    int low = 0;
    int high = 0;
    for (int k = 0; k < pairs.pairCount(); k++) {
      assertTrue(pairs.fitAt(k) >= 0 && pairs.fitAt(k) <= 1000);
      low += pairs.fitAt(k) < 300 ? 1 : 0;
      high += pairs.fitAt(k) > 700 ? 1 : 0;
    }
    assertNotEquals(0, low);
    assertNotEquals(0, high);
  }
}
