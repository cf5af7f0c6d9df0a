package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WarmResolveTest {
  private static final AssignmentSolver SOLVER = AssignmentSolver.create();

  /** A random change of every kind the process produces; always feasible for the pins. */
  static AssignmentChange randomChange(AssignmentProblem pr, AssignmentResult r,
      SplittableRandom rnd) {
    AssignmentChange.Builder b = AssignmentChange.builder();
    int kinds = 1 + rnd.nextInt(3);
    int[] pinsAtPlace = new int[pr.places()];
    int[] pinsOfStudent = new int[pr.students()];
    for (int e : pr.pinnedEdges()) {
      pinsAtPlace[pr.edgePlace(e)]++;
      pinsOfStudent[pr.edgeStudent(e)]++;
    }
    boolean[] touched = new boolean[pr.edges()];
    int[] capacity = new int[pr.places()];
    for (int p = 0; p < pr.places(); p++) {
      capacity[p] = pr.capacity(p);
    }
    for (int i = 0; i < kinds; i++) {
      switch (rnd.nextInt(6)) {
        case 0 -> { // refusals: forbid some chosen pairs
          for (int j = 0; j < r.edgeCount(); j++) {
            int e = r.edge(j);
            if (rnd.nextInt(4) == 0 && !pr.isPinned(e) && !touched[e]) {
              touched[e] = true;
              b.forbid(pr.edgeStudent(e), pr.edgePlace(e));
            }
          }
        }
        case 1 -> { // confirmations: pin some chosen pairs
          for (int j = 0; j < r.edgeCount(); j++) {
            int e = r.edge(j);
            int s = pr.edgeStudent(e);
            int p = pr.edgePlace(e);
            if (rnd.nextInt(4) == 0 && !pr.isPinned(e) && !touched[e]
                && pinsAtPlace[p] < capacity[p] && pinsOfStudent[s] < pr.supply(s)) {
              touched[e] = true;
              pinsAtPlace[p]++;
              pinsOfStudent[s]++;
              b.pin(s, p);
            }
          }
        }
        case 2 -> { // a pin of a pair that is not chosen, when feasible
          if (pr.edges() > 0) {
            int e = rnd.nextInt(pr.edges());
            int s = pr.edgeStudent(e);
            int p = pr.edgePlace(e);
            if (!pr.isForbidden(e) && !pr.isPinned(e) && !touched[e] && pinsAtPlace[p] < capacity[p]
                && pinsOfStudent[s] < pr.supply(s)) {
              touched[e] = true;
              b.pin(s, p);
              pinsAtPlace[p]++;
              pinsOfStudent[s]++;
            }
          }
        }
        case 3 -> { // capacity up or down (never below the pins)
          int p = rnd.nextInt(pr.places());
          int cap = Math.max(pinsAtPlace[p], capacity[p] + rnd.nextInt(5) - 2);
          capacity[p] = cap;
          b.capacity(p, cap);
        }
        case 4 -> { // a place is withdrawn, when it has no pins
          int p = rnd.nextInt(pr.places());
          if (pinsAtPlace[p] == 0) {
            capacity[p] = 0;
            b.removePlace(p);
          }
        }
        default -> { // a new place with a few pairs
          int p = pr.places();
          b.addPlace(1 + rnd.nextInt(3));
          for (int s = 0; s < pr.students(); s++) {
            if (rnd.nextInt(3) == 0) {
              b.addPair(s, p, rnd.nextInt(200));
            }
          }
          return b.build(); // edge ids change: no further pins by edge in this change
        }
      }
    }
    return b.build();
  }

  @Test
  void warmEqualsColdOnThousandsOfRandomChanges() {
    int changes = 0;
    for (long seed = 1; seed <= 600; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 7919);
      AssignmentProblem pr = RandomProblems.random(seed, 30, 10, seed % 3 != 0);
      AssignmentResult r = SOLVER.solve(pr);
      for (int step = 0; step < 5; step++) {
        AssignmentChange change = randomChange(r.problem(), r, rnd);
        AssignmentResult warm = SOLVER.resolve(r, change);
        AssignmentResult cold = SOLVER.solve(warm.problem());
        String what = "seed " + seed + " step " + step + " " + change;
        assertEquals(cold.assigned(), warm.assigned(), what + " K");
        assertEquals(cold.cost(), warm.cost(), what + " C");
        VerificationReport report = AssignmentVerifier.verify(warm);
        assertTrue(report.ok(), what + ": " + report);
        r = warm;
        changes++;
      }
    }
    assertEquals(3000, changes);
  }

  @Test
  void warmEqualsColdOnCohortRefusals() {
    long repairs = 0;
    for (long seed = 1; seed <= 6; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      AssignmentProblem pr = RandomProblems.cohort(seed, 2000, 150, 8, seed % 2 == 0 ? 0.8 : 1.1);
      AssignmentResult r = SOLVER.solve(pr);
      for (int step = 0; step < 4; step++) {
        AssignmentChange.Builder b = AssignmentChange.builder();
        for (int j = 0; j < r.edgeCount(); j++) {
          if (rnd.nextInt(100) == 0) {
            int e = r.edge(j);
            b.forbid(r.problem().edgeStudent(e), r.problem().edgePlace(e));
          }
        }
        AssignmentResult warm = SOLVER.resolve(r, b.build());
        AssignmentResult cold = SOLVER.solve(warm.problem());
        assertEquals(cold.assigned(), warm.assigned(), "seed " + seed + " step " + step);
        assertEquals(cold.cost(), warm.cost(), "seed " + seed + " step " + step);
        assertTrue(AssignmentVerifier.verify(warm).ok(), "seed " + seed + " step " + step);
        assertTrue(warm.stats().searches() < cold.stats().searches() + cold.stats().greedyAssigned(),
            "seed " + seed + ": warm did not do less work: " + warm.stats() + " vs " + cold.stats());
        // counters, not time: a warm re-solve after 1 % refusals pops a small fraction of the
        // places a cold solve pops (about 1 % here), and repairs places on the way
        assertTrue(warm.stats().placesPopped() * 20 < cold.stats().placesPopped(),
            "seed " + seed + ": warm popped too many places: " + warm.stats() + " vs " + cold.stats());
        repairs += warm.stats().repairSearches();
        r = warm;
      }
    }
    assertTrue(repairs > 0, "no refusal freed a seat with a positive price");
  }
}
