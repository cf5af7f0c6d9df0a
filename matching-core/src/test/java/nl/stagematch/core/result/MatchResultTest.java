package nl.stagematch.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchResultTest {

  @Test
  void ordersByStudentIdWhateverTheInputOrder() {
    Map<String, Long> lottery = new LinkedHashMap<>();
    lottery.put("S-3", 5L);
    lottery.put("S-1", 7L);
    MatchResult r = new MatchResult("school-placement", 42L,
        List.of(new Placement("S-3", "P-1", 700), new Placement("S-1", "P-2", 900)),
        List.of(Unplaced.of("S-4", UnplacedReason.OPTED_OUT),
            new Unplaced("S-2", UnplacedReason.NO_ADMISSIBLE_PLACE, "TRAVEL")),
        lottery);
    assertEquals(List.of("S-1", "S-3"),
        r.placements().stream().map(Placement::studentId).toList());
    assertEquals(List.of("S-2", "S-4"), r.unplaced().stream().map(Unplaced::studentId).toList());
    assertEquals(List.of("S-1", "S-3"), List.copyOf(r.lotteryNumbers().keySet()));
    assertEquals("P-2", r.placement("S-1").orElseThrow().placeId());
    assertTrue(r.placement("S-2").isEmpty());
    assertEquals(UnplacedReason.NO_ADMISSIBLE_PLACE,
        r.unplacedEntry("S-2").orElseThrow().reason());
    assertEquals(1600, r.totalFit());
    assertEquals(2, r.placedCount());
    assertEquals(1, r.unplacedByReason().get(UnplacedReason.OPTED_OUT));
    assertEquals(0, r.unplacedByReason().get(UnplacedReason.REFUSED));
  }

  @Test
  void studentTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MatchResult("v", 1, List.of(new Placement("S-1", "P-1", 1)),
            List.of(Unplaced.of("S-1", UnplacedReason.REFUSED)), Map.of()));
    assertTrue(e.getMessage().contains("Student (S-1) appears twice"), e.getMessage());
  }

  @Test
  void fitOutOfRangeAndNegativeLotteryAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Placement("S-1", "P-1", 1001));
    assertTrue(e.getMessage().contains("fit (1001)"), e.getMessage());
    IllegalArgumentException l = assertThrows(IllegalArgumentException.class,
        () -> new MatchResult("v", 1, List.of(), List.of(), Map.of("S-1", -1L)));
    assertTrue(l.getMessage().contains("lottery number (-1) of (S-1)"), l.getMessage());
  }
}
