package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import nl.stagematch.core.model.Lottery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PreferenceInstanceTest {
  private static final List<String> TWO = List.of("S-1", "S-2");
  private static final List<String> PLACES = List.of("P-1", "P-2");

  @Test
  void invalidInputsAreRejectedWithTheirValue() {
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1, 0}, new int[] {0, 0, 0},
        new int[] {}, new int[] {}), "The capacity (0) of place (P-2) must be positive");
    assertMessage(() -> PreferenceInstance.of(List.of("S-1", "S-1"), PLACES, new int[] {1, 1},
        new int[] {0, 0, 0}, new int[] {}, new int[] {}), "The student id (S-1) is used");
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1, 1}, new int[] {0, 2, 2},
        new int[] {1, 1}, new int[] {0, 0}), "Place (P-2) appears twice in the list of student (S-1)");
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1, 1}, new int[] {0, 1, 1},
        new int[] {2}, new int[] {0}), "The place index (2)");
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1, 1}, new int[] {0, 1, 1},
        new int[] {1}, new int[] {-1}), "The fit class (-1)");
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1, 1}, new int[] {0, 1},
        new int[] {1}, new int[] {0}), "listStart");
    assertMessage(() -> PreferenceInstance.of(TWO, PLACES, new int[] {1}, new int[] {0, 0, 0},
        new int[] {}, new int[] {}), "capacity array has length (1)");
  }

  @Test
  void arraysAreCopied() {
    int[] capacity = {1, 2};
    int[] place = {1, 0};
    PreferenceInstance in = PreferenceInstance.of(TWO, PLACES, capacity, new int[] {0, 2, 2},
        place, new int[] {3, 4});
    capacity[0] = 9;
    place[0] = 0;
    assertEquals(1, in.capacity(0));
    assertEquals(1, in.placeAt(0));
    assertEquals(1, in.entryOf(0, 0));
    assertEquals(-1, in.entryOf(1, 0));
    assertEquals(4, in.fitClassAt(1));
  }

  /** The bulk draws must equal the public lottery contract exactly, for any ids. */
  @Test
  void bulkLotteryDrawsEqualTheLotteryContract() {
    SplittableRandom random = new SplittableRandom(99);
    for (int i = 0; i < 200; i++) {
      long seed = random.nextLong();
      PreferenceInstance in = PreferenceInstance.of(List.of("leerling-" + i, "é€😀" + i),
          List.of("P-" + i, "bedrijf ß " + i), new int[] {1, 1}, new int[] {0, 2, 3},
          new int[] {0, 1, 1}, new int[] {0, 0, 0});
      Lottery lottery = Lottery.withSeed(seed);
      long[] perEntry = LotteryDraws.perEntry(in, lottery);
      long[] perStudent = LotteryDraws.perStudent(in, lottery);
      int[] owner = {0, 0, 1};
      for (int k = 0; k < 3; k++) {
        assertEquals(lottery.number(in.placeId(in.placeAt(k)), in.studentId(owner[k])),
            perEntry[k], "seed " + seed);
      }
      assertEquals(lottery.number(in.studentId(1)), perStudent[1], "seed " + seed);
    }
  }

  private static void assertMessage(Executable call, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("Maybe"), e.getMessage());
  }
}
