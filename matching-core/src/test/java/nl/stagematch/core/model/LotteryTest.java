package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LotteryTest {

  /** The numbers are part of the public contract: they must never change between versions. */
  @Test
  void numbersAreStableAcrossVersions() {
    assertEquals(GOLDEN_S1, Lottery.number(1L, "S-0001"));
    assertEquals(GOLDEN_S2, Lottery.number(42L, "leerling-17"));
    assertEquals(GOLDEN_EMPTY, Lottery.number(0L, ""));
  }

  @Test
  void numbersAreNonNegativeAndDependOnSeedAndId() {
    for (long seed = -5; seed < 5; seed++) {
      long a = Lottery.number(seed, "A");
      long b = Lottery.number(seed, "B");
      assertTrue(a >= 0 && b >= 0);
      assertNotEquals(a, b);
      assertNotEquals(a, Lottery.number(seed + 100, "A"));
    }
  }

  @Test
  void instanceAndStaticAgree() {
    Lottery lottery = Lottery.withSeed(7);
    assertEquals(Lottery.number(7, "X"), lottery.number("X"));
    assertEquals(Lottery.number(7, "P\u0000X"), lottery.number("P", "X"));
  }

  /** The pair number is the number of the joined text, for ASCII and for other ids alike. */
  @Test
  void pairNumbersAreThoseOfTheJoinedIds() {
    String[] ids = {"", "S-000001", "P-000017", "Ünïcode-é", "\u20ac-1", "a\u0000b", "\uD83D\uDE00"};
    for (long seed : new long[] {0, 7, -3, 2025}) {
      Lottery lottery = Lottery.withSeed(seed);
      for (String key : ids) {
        for (String id : ids) {
          assertEquals(Lottery.number(seed, key + '\u0000' + id), lottery.number(key, id),
              "seed " + seed + ", key (" + key + "), id (" + id + ")");
        }
      }
    }
  }

  private static final long GOLDEN_S1 = 7373633284116594666L;
  private static final long GOLDEN_S2 = 1462257787330259684L;
  private static final long GOLDEN_EMPTY = 8832978290816513101L;
}
