package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cost bound (the penalty {@code M} minus one) against a direct computation. */
class CostBoundTest {

  private static long naive(AssignmentProblem pr) {
    long sum = 0;
    for (int s = 0; s < pr.students(); s++) {
      int max = 0;
      int to = s + 1 < pr.students() ? pr.rowStart(s + 1) : pr.edges();
      for (int e = pr.rowStart(s); e < to; e++) {
        if (!pr.isForbidden(e)) {
          max = Math.max(max, pr.edgeCost(e));
        }
      }
      sum += (long) max * pr.supply(s);
    }
    return sum;
  }

  @Test
  void matchesADirectComputationAlsoWithPairsForbiddenTwice() {
    for (long seed = 1; seed <= 400; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      AssignmentProblem pr = RandomProblems.random(seed, 25, 8, true);
      assertEquals(naive(pr), pr.costBound(), "seed " + seed);
      AssignmentChange.Builder b = AssignmentChange.builder();
      for (int e = 0; e < pr.edges(); e++) {
        if (rnd.nextInt(3) == 0 && !pr.isPinned(e)) {
          b.forbid(pr.edgeStudent(e), pr.edgePlace(e)); // some of them forbidden already
          if (rnd.nextBoolean()) {
            b.forbid(pr.edgeStudent(e), pr.edgePlace(e));
          }
        }
      }
      AssignmentProblem changed = pr.apply(b.build());
      assertEquals(naive(changed), changed.costBound(), "seed " + seed + " after the change");
      assertEquals(changed.costBound(), changed.costBound(), "seed " + seed + " cached");
    }
  }
}
