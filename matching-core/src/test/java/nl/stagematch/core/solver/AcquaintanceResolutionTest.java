package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class AcquaintanceResolutionTest {
  private static final long BASE_SEED = 525_2026L;

  /** The note on V2: in a 2-regular meeting graph everybody is placed, whatever the orders. */
  @ParameterizedTest
  @EnumSource(ComponentChoice.class)
  void everybodyIsPlacedInTwoRegularGraphs(ComponentChoice choice) {
    int lottery = 0;
    int cycles = 0;
    for (int i = 0; i < 1500; i++) {
      long seed = BASE_SEED + i;
      Meetings mt = RandomMeetings.twoRegular(seed, 2 + (int) (seed % 60));
      SplittableRandom random = new SplittableRandom(seed);
      MeetingPreferences pref = RandomMeetings.preferences(mt, random);
      AcquaintanceResult r = AcquaintanceResolution.resolve(mt, pref, Lottery.withSeed(seed),
          choice);
      checkFeasible(mt, r, seed);
      for (int s = 0; s < mt.studentCount(); s++) {
        if (r.placeOf(s) < 0) {
          fail("seed " + seed + ": student " + mt.studentId(s) + " with two meetings is unplaced; "
              + RandomMeetings.describe(mt));
        }
      }
      assertEquals(0, r.stats().paths(), "seed " + seed);
      assertEquals(mt.studentCount(), r.stats().placed());
      cycles += r.stats().cycles();
      lottery += r.stats().lotteryDecisions();
    }
    System.out.printf("Acquaintance 2-regular %s: %d cycles, %d decided by the lottery%n", choice,
        cycles, lottery);
    assertTrue(lottery > 100, "too few ties exercise the lottery");
  }

  /** General graphs: only met pairs, seats hold one student, two-meeting students are placed. */
  @ParameterizedTest
  @EnumSource(ComponentChoice.class)
  void generalGraphsPlaceEveryStudentWithTwoMeetingsAlongAMeeting(ComponentChoice choice) {
    int leftOut = 0;
    int paths = 0;
    for (int i = 0; i < 1500; i++) {
      long seed = BASE_SEED * 3 + i;
      Meetings mt = RandomMeetings.general(seed, 40, 15);
      MeetingPreferences pref = RandomMeetings.preferences(mt, new SplittableRandom(seed));
      Lottery lottery = Lottery.withSeed(seed);
      AcquaintanceResult r = AcquaintanceResolution.resolve(mt, pref, lottery, choice);
      checkFeasible(mt, r, seed);
      checkSeatRule(mt, r, lottery, seed);
      for (int s = 0; s < mt.studentCount(); s++) {
        if (mt.meetingEnd(s) - mt.meetingStart(s) == 2 && r.placeOf(s) < 0) {
          fail("seed " + seed + ": student " + mt.studentId(s) + " with two meetings is unplaced");
        }
      }
      int[][] seatGraph = SeatGraph.build(mt, lottery);
      assertEquals(SeatGraph.maximumMatching(mt, seatGraph), r.stats().placed(),
          "seed " + seed + ": not a maximum matching of the seat graph");
      leftOut += r.stats().unplacedWithMeetings();
      paths += r.stats().paths();
    }
    System.out.printf("Acquaintance general %s: %d paths, %d students with one meeting left out%n",
        choice, paths, leftOut);
    assertTrue(leftOut > 50 && paths > 1000, "too few paths with a student left out");
  }

  /** The chosen placement has the best score among all admissible ones (brute force). */
  @ParameterizedTest
  @EnumSource(ComponentChoice.class)
  void choiceIsBestAmongAllAdmissiblePlacements(ComponentChoice choice) {
    int instances = 800;
    int withChoice = 0;
    for (int i = 0; i < instances; i++) {
      long seed = BASE_SEED * 7 + i;
      Meetings mt = i % 2 == 0 ? RandomMeetings.general(seed, 9, 5)
          : RandomMeetings.twoRegular(seed, 2 + (int) (seed % 7));
      MeetingPreferences pref = RandomMeetings.preferences(mt, new SplittableRandom(seed));
      Lottery lottery = Lottery.withSeed(seed);
      AcquaintanceResult r = AcquaintanceResolution.resolve(mt, pref, lottery, choice);
      int[][] seatGraph = SeatGraph.build(mt, lottery);
      long[] weight = SeatGraph.weights(mt, pref, seatGraph, choice);
      List<int[]> admissible = SeatGraph.admissible(mt, seatGraph);
      long best = Long.MAX_VALUE;
      for (int[] chosen : admissible) {
        best = Math.min(best, SeatGraph.score(chosen, weight));
      }
      int[] ours = new int[mt.studentCount()];
      for (int s = 0; s < ours.length; s++) {
        ours[s] = r.meetingOf(s);
      }
      boolean isAdmissible = admissible.stream().anyMatch(a -> Arrays.equals(a, ours));
      assertTrue(isAdmissible, "seed " + seed + ": not admissible " + Arrays.toString(ours));
      assertEquals(best, SeatGraph.score(ours, weight), "seed " + seed + " "
          + RandomMeetings.describe(mt));
      withChoice += admissible.size() > 1 ? 1 : 0;
    }
    assertTrue(withChoice > instances / 4, "too few instances with a real choice");
  }

  /** The result depends on the seed and ids only: permuting the input permutes the result. */
  @Test
  void resultDoesNotDependOnInputOrder() {
    for (int i = 0; i < 500; i++) {
      long seed = BASE_SEED * 11 + i;
      Meetings mt = i % 2 == 0 ? RandomMeetings.general(seed, 30, 10)
          : RandomMeetings.twoRegular(seed, 2 + (int) (seed % 30));
      SplittableRandom random = new SplittableRandom(seed);
      MeetingPreferences pref = i % 4 < 2 ? MeetingPreferences.none(mt)
          : RandomMeetings.preferences(mt, random);
      int[] sp = RandomMeetings.perm(mt.studentCount(), random);
      int[] pp = RandomMeetings.perm(mt.placeCount(), random);
      int[] ppInv = DeferredAcceptanceTest.inverse(pp);
      List<String> students = new ArrayList<>();
      List<String> places = new ArrayList<>();
      int[] capacity = new int[mt.placeCount()];
      for (int q = 0; q < pp.length; q++) {
        places.add(mt.placeId(pp[q]));
        capacity[q] = mt.capacity(pp[q]);
      }
      int[] start = new int[mt.studentCount() + 1];
      int[] place = new int[mt.meetingCount()];
      int[] sr = new int[mt.meetingCount()];
      int[] pr = new int[mt.meetingCount()];
      int e = 0;
      for (int s = 0; s < sp.length; s++) {
        int old = sp[s];
        students.add(mt.studentId(old));
        // Reverse each student's meetings too: their order carries no meaning.
        for (int k = mt.meetingEnd(old) - 1; k >= mt.meetingStart(old); k--) {
          place[e] = ppInv[mt.placeAt(k)];
          sr[e] = pref.studentRank(k);
          pr[e++] = pref.placeRank(k);
        }
        start[s + 1] = e;
      }
      Meetings permuted = Meetings.of(students, places, capacity, start, place);
      MeetingPreferences permutedPref = MeetingPreferences.of(permuted, sr, pr);
      Lottery lottery = Lottery.withSeed(seed);
      AcquaintanceResult a = AcquaintanceResolution.resolve(mt, pref, lottery);
      AcquaintanceResult b = AcquaintanceResolution.resolve(permuted, permutedPref, lottery);
      for (int s = 0; s < sp.length; s++) {
        int expected = a.placeOf(sp[s]);
        assertEquals(expected < 0 ? -1 : ppInv[expected], b.placeOf(s), "seed " + seed);
        assertEquals(a.seatOf(sp[s]), b.seatOf(s), "seed " + seed);
      }
      assertEquals(a.stats(), b.stats(), "seed " + seed);
    }
  }

  @Test
  void aFourCycleFollowsTheStatedOrders() {
    // s1 and s2 both met A and B (capacity 1 each): a cycle of four with two perfect matchings.
    Meetings mt = Meetings.of(List.of("s1", "s2"), List.of("A", "B"), new int[] {1, 1},
        new int[] {0, 2, 4}, new int[] {0, 1, 0, 1});
    // Both students prefer A; A prefers s2, B prefers s1: {s1-B, s2-A} scores 4+2+2+2... lower.
    MeetingPreferences pref = MeetingPreferences.of(mt, new int[] {1, 2, 1, 2},
        new int[] {2, 1, 1, 2});
    AcquaintanceResult both = AcquaintanceResolution.resolve(mt, pref, Lottery.withSeed(1));
    assertArrayEquals(new int[] {1, 0}, both.placement());
    assertEquals(0, both.stats().lotteryDecisions());
    // With students first: s1 wants A (rank 1) and s2 wants A (rank 1): tie on the students'
    // side (1+2 either way), then the places decide as above.
    AcquaintanceResult students = AcquaintanceResolution.resolve(mt, pref, Lottery.withSeed(1),
        ComponentChoice.STUDENTS_FIRST);
    assertArrayEquals(new int[] {1, 0}, students.placement());
    // s1 prefers A strongly and s2 has no preference: students first gives s1 A.
    MeetingPreferences pref2 = MeetingPreferences.of(mt, new int[] {1, 2, 0, 0},
        new int[] {2, 1, 1, 2});
    AcquaintanceResult s2 = AcquaintanceResolution.resolve(mt, pref2, Lottery.withSeed(1),
        ComponentChoice.STUDENTS_FIRST);
    assertArrayEquals(new int[] {0, 1}, s2.placement());
    AcquaintanceResult p2 = AcquaintanceResolution.resolve(mt, pref2, Lottery.withSeed(1),
        ComponentChoice.PLACES_FIRST);
    assertArrayEquals(new int[] {1, 0}, p2.placement());
  }

  @Test
  void invalidMeetingsAndOrdersAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Meetings.of(List.of("s1"), List.of("A", "B", "C"), new int[] {1, 1, 1},
            new int[] {0, 3}, new int[] {0, 1, 2}));
    assertTrue(e.getMessage().contains("Student (s1) has (3) meetings"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Meetings.of(
        List.of("s1", "s2", "s3"), List.of("A"), new int[] {1}, new int[] {0, 1, 2, 3},
        new int[] {0, 0, 0}));
    assertTrue(e.getMessage().contains("Place (A) meets (3) students, more than twice"),
        e.getMessage());
    Meetings mt = Meetings.of(List.of("s1", "s2"), List.of("A", "B"), new int[] {1, 1},
        new int[] {0, 2, 4}, new int[] {0, 1, 0, 1});
    e = assertThrows(IllegalArgumentException.class,
        () -> MeetingPreferences.of(mt, new int[] {1, 1, 0, 0}, new int[4]));
    assertTrue(e.getMessage().contains("student (s1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MeetingPreferences.of(mt, new int[] {1, 0, 0, 0}, new int[4]));
    assertTrue(e.getMessage().contains("ranks some met places"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MeetingPreferences.of(mt, new int[4], new int[] {1, 0, 1, 0}));
    assertTrue(e.getMessage().contains("Place (A)"), e.getMessage());
  }

  private static void assertArrayEquals(int[] expected, int[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
  }

  /** Only met pairs; no place over capacity; no seat twice. */
  static void checkFeasible(Meetings mt, AcquaintanceResult r, long seed) {
    int[] count = new int[mt.placeCount()];
    java.util.Set<Long> seats = new java.util.HashSet<>();
    for (int s = 0; s < mt.studentCount(); s++) {
      int p = r.placeOf(s);
      if (p < 0) {
        assertEquals(-1, r.meetingOf(s));
        continue;
      }
      int k = r.meetingOf(s);
      if (k < mt.meetingStart(s) || k >= mt.meetingEnd(s) || mt.placeAt(k) != p) {
        fail("seed " + seed + ": student " + mt.studentId(s) + " placed at " + mt.placeId(p)
            + " without meeting it");
      }
      count[p]++;
      assertTrue(r.seatOf(s) >= 0 && r.seatOf(s) < mt.capacity(p), "seed " + seed);
      assertTrue(seats.add((long) p << 32 | r.seatOf(s)), "seed " + seed + ": seat taken twice");
    }
    for (int p = 0; p < mt.placeCount(); p++) {
      assertTrue(count[p] <= mt.capacity(p), "seed " + seed + ": place over capacity");
    }
  }

  /** The documented seat rule: the i-th met student by pair lottery number sits at seat i mod c. */
  static void checkSeatRule(Meetings mt, AcquaintanceResult r, Lottery lottery, long seed) {
    int[][] seatGraph = SeatGraph.build(mt, lottery);
    for (int s = 0; s < mt.studentCount(); s++) {
      if (r.meetingOf(s) >= 0) {
        assertEquals(seatGraph[1][r.meetingOf(s)], r.seatOf(s), "seed " + seed);
      }
    }
  }
}
