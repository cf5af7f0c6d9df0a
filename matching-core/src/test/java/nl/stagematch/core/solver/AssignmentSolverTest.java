package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssignmentSolverTest {
  private static final AssignmentSolver PLAIN = AssignmentSolver.create();
  private static final AssignmentSolver LOTTERY =
      AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY).build();

  private static void assertVerified(AssignmentResult r, String what) {
    VerificationReport report = AssignmentVerifier.verify(r);
    assertTrue(report.ok(), what + ": " + report);
  }

  @Test
  void smallProblemsMatchBruteForce() {
    int tight = 0;
    int withPins = 0;
    for (long seed = 1; seed <= 3000; seed++) {
      AssignmentProblem pr = RandomProblems.random(seed, 6, 4, true);
      long[] want = Reference.bruteForce(pr);
      for (AssignmentSolver solver : new AssignmentSolver[] {PLAIN, LOTTERY}) {
        AssignmentResult r = solver.solve(pr);
        String what = "seed " + seed + " " + solver + " " + pr;
        assertEquals(want[0], r.assigned(), what + " K");
        assertEquals(want[1], r.cost(), what + " C");
        assertVerified(r, what);
      }
      long units = 0;
      for (int s = 0; s < pr.students(); s++) {
        units += pr.supply(s);
      }
      tight += want[0] < units ? 1 : 0;
      withPins += pr.pinnedEdges().length > 0 ? 1 : 0;
    }
    // the generator must cover the interesting cases
    assertTrue(tight > 500, "tight instances: " + tight);
    assertTrue(withPins > 200, "instances with pins: " + withPins);
  }

  @Test
  void mediumProblemsMatchBellmanFord() {
    for (long seed = 1; seed <= 300; seed++) {
      AssignmentProblem pr = RandomProblems.random(1_000_000 + seed, 60, 20, seed % 2 == 0);
      long[] want = Reference.bellmanFord(pr);
      AssignmentResult r = PLAIN.solve(pr);
      String what = "seed " + (1_000_000 + seed) + " " + pr;
      assertEquals(want[0], r.assigned(), what + " K");
      assertEquals(want[1], r.cost(), what + " C");
      assertVerified(r, what);
    }
  }

  @Test
  void cohortLikeProblemsMatchBellmanFord() {
    for (long seed = 1; seed <= 12; seed++) {
      double ratio = seed % 3 == 0 ? 0.7 : 1.1;
      AssignmentProblem pr = RandomProblems.cohort(seed, 300, 40, 6, ratio);
      long[] want = Reference.bellmanFord(pr);
      AssignmentResult r = PLAIN.solve(pr);
      assertEquals(want[0], r.assigned(), "seed " + seed + " K");
      assertEquals(want[1], r.cost(), "seed " + seed + " C");
      assertVerified(r, "seed " + seed);
    }
  }

  @Test
  void droppingTheWrongStudentIsAvoided() {
    // student 0 comes first and could take place 0 at cost 100; student 1 only fits there at 0
    AssignmentProblem pr = AssignmentProblem.builder(2, 1).capacity(0, 1)
        .pair(0, 0, 100).pair(1, 0, 0).build();
    AssignmentResult r = PLAIN.solve(pr);
    assertEquals(1, r.assigned());
    assertEquals(0, r.cost());
    assertEquals(-1, r.placeOf(0));
    assertEquals(0, r.placeOf(1));
    assertVerified(r, "two students, one seat");
  }

  @Test
  void supplyTwoTakesDistinctPlaces() {
    AssignmentProblem pr = AssignmentProblem.builder(2, 3).capacities(2, 2, 2)
        .supply(0, 2).supply(1, 2)
        .pair(0, 0, 1).pair(0, 1, 5).pair(0, 2, 9)
        .pair(1, 0, 1).pair(1, 1, 2).build();
    AssignmentResult r = PLAIN.solve(pr);
    assertEquals(4, r.assigned());
    assertEquals(9, r.cost());
    assertArrayEquals(new int[] {0, 1}, r.placesOf(0));
    assertArrayEquals(new int[] {0, 1}, r.placesOf(1));
  }

  @Test
  void infeasiblePinsNameThePins() {
    IllegalArgumentException overCapacity = assertThrows(IllegalArgumentException.class,
        () -> AssignmentProblem.builder(2, 1).capacity(0, 1).pair(0, 0, 1).pair(1, 0, 1)
            .pin(0, 0).pin(1, 0).build());
    assertTrue(overCapacity.getMessage().contains("place 0"), overCapacity.getMessage());
    IllegalArgumentException twoPins = assertThrows(IllegalArgumentException.class,
        () -> AssignmentProblem.builder(1, 2).capacities(1, 1).pair(0, 0, 1).pair(0, 1, 1)
            .pin(0, 0).pin(0, 1).build());
    assertTrue(twoPins.getMessage().contains("Student (0)"), twoPins.getMessage());
    IllegalArgumentException pinnedForbidden = assertThrows(IllegalArgumentException.class,
        () -> AssignmentProblem.builder(1, 1).capacity(0, 1).pair(0, 0, 1).pin(0, 0)
            .forbid(0, 0).build());
    assertTrue(pinnedForbidden.getMessage().contains("pinned and forbidden"),
        pinnedForbidden.getMessage());
    IllegalArgumentException notAdmissible = assertThrows(IllegalArgumentException.class,
        () -> AssignmentProblem.builder(1, 2).capacities(1, 1).pair(0, 0, 1).pin(0, 1).build());
    assertTrue(notAdmissible.getMessage().contains("(student 0, place 1) is not admissible"),
        notAdmissible.getMessage());
  }

  @Test
  void checkedModeAcceptsCorrectResults() {
    AssignmentSolver checked = AssignmentSolver.builder().checked(true).build();
    for (long seed = 1; seed <= 200; seed++) {
      AssignmentProblem pr = RandomProblems.random(seed, 20, 8, true);
      assertEquals(PLAIN.solve(pr).cost(), checked.solve(pr).cost(), "seed " + seed);
    }
  }
}
