package nl.stagematch.variants;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.solver.AssignmentResult;

/**
 * Builds the certificates V1 and V5 attach to their results, from the solver's dual prices,
 * named by id (see {@link AssignmentCertificate} for what they prove and how they are checked).
 *
 * <p>The place prices are the solver's; each student price is recomputed as the tightest one the
 * place prices allow, {@code min(penalty, min over her usable places of (1000 - fit) + price)},
 * which equals the solver's price for an optimal solve (its reduced costs are {@code >= 0} on
 * every usable pair and 0 on the chosen one) and is dual feasible by construction. Because the
 * proof rests on "dual objective = value", it holds for every optimal assignment, also after
 * {@link SchoolPlacement#lotteryOrder} swapped students at equal fit.
 */
final class Certificates {
  private Certificates() {}

  /**
   * The certificate of the free students {@code subset} (indices into {@link Prepared#free}) at
   * the places {@code allowed}, from the place prices {@code v} (by place position) and the
   * penalty of a solve of exactly that problem (capacity minus pins at the allowed places). A
   * place without a free seat (all taken by pins) is left out: no free student can use it.
   */
  static AssignmentCertificate assignment(Prepared prep, int[] subset, long[] v, long penalty,
      IntPredicate allowed) {
    Map<String, Long> students = new TreeMap<>();
    boolean[] used = new boolean[prep.remaining.length];
    for (int i : subset) {
      long u = penalty;
      int[] usable = prep.usable[i];
      for (int k = 0; k < usable.length; k++) {
        int p = usable[k];
        if (!allowed.test(p) || prep.remaining[p] <= 0) {
          continue;
        }
        u = Math.min(u, 1000 - prep.usableFit[i][k] + v[p]);
        used[p] = true;
      }
      students.put(prep.studentId(prep.free[i]), u);
    }
    Map<String, Long> places = new TreeMap<>();
    for (int p = 0; p < used.length; p++) {
      if (used[p]) {
        places.put(prep.placeId(p), v[p]);
      }
    }
    return new AssignmentCertificate(penalty, students, places);
  }

  /**
   * The certificate of V1 from the solve {@code r} of the whole formulation (all free students,
   * all places): its place prices are by place position, as in {@link Prepared}.
   */
  static AssignmentCertificate schoolPlacement(Prepared prep, AssignmentResult r) {
    int[] all = new int[prep.freeCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return assignment(prep, all, r.placePrices(), r.unassignedPenalty(), p -> true);
  }
}
