package nl.stagematch.variants;

import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.MatchRequest;

/** Exhaustive search for the best school placement of a tiny problem (no pins or forbidden). */
final class BruteForce {
  private BruteForce() {}

  /** {placed, total fit} of the best assignment: most placed, then the largest total fit. */
  static long[] best(MatchingProblem problem, MatchRequest request) {
    Eligibility e = Eligibility.compute(problem, request.fitModel().travelModel());
    int n = problem.students().size();
    int[][] options = new int[n][];
    int[][] fits = new int[n][];
    for (int s = 0; s < n; s++) {
      options[s] = e.admissiblePlaces(s);
      fits[s] = request.fitModel().scores(e, s);
    }
    int[] load = new int[problem.places().size()];
    long[] best = {-1, -1};
    search(problem, options, fits, 0, load, 0, 0, best);
    return best;
  }

  private static void search(MatchingProblem problem, int[][] options, int[][] fits, int s,
      int[] load, long placed, long fit, long[] best) {
    if (s == options.length) {
      if (placed > best[0] || (placed == best[0] && fit > best[1])) {
        best[0] = placed;
        best[1] = fit;
      }
      return;
    }
    search(problem, options, fits, s + 1, load, placed, fit, best);
    for (int k = 0; k < options[s].length; k++) {
      int p = options[s][k];
      if (load[p] < problem.places().get(p).capacity()) {
        load[p]++;
        search(problem, options, fits, s + 1, load, placed + 1, fit + fits[s][k], best);
        load[p]--;
      }
    }
  }
}
