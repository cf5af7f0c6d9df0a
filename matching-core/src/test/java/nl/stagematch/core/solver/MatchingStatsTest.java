package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchingStatsTest {

  @Test
  void factoryRejectsNegativeCountsNamingTheCounter() {
    assertMessage(() -> MatchingStats.of(-1, 0, 0, 0), "proposals (-1)");
    assertMessage(() -> MatchingStats.of(0, -1, 0, 0), "rounds (-1)");
    assertMessage(() -> MatchingStats.of(0, 0, -2, 0), "rejections (-2)");
    assertMessage(() -> MatchingStats.of(0, 0, 0, -3), "tieBreaks (-3)");
  }

  @Test
  void factoryRejectsInconsistentCounts() {
    assertMessage(() -> MatchingStats.of(1, 1, 2, 0), "must not exceed the proposals");
    assertMessage(() -> MatchingStats.of(3, 1, 1, 2), "must not exceed the rejections");
    assertMessage(() -> MatchingStats.of(3, 0, 1, 0), "rounds (0)");
  }

  @Test
  void valuesAreKept() {
    MatchingStats stats = MatchingStats.of(10, 3, 4, 2);
    assertEquals(10, stats.proposals());
    assertEquals(3, stats.rounds());
    assertEquals(4, stats.rejections());
    assertEquals(2, stats.tieBreaks());
    assertEquals(MatchingStats.of(0, 0, 0, 0), MatchingStats.empty());
  }

  private static void assertMessage(Runnable call, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
