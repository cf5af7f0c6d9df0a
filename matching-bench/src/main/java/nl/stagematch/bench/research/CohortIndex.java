package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.Student;

/**
 * What the metrics need of a cohort beyond a run's result, computed once per problem and shared
 * by every contender and replication that uses the same problem object: the admissible places of
 * every student with their fit (the problem's own fit model, as the contenders use it), the
 * travel times, and each student's sector, level and qualification.
 *
 * <p>A student's sector is the sector of the companies that hold a recognition for her
 * qualification (the most frequent one, ties by the smaller code), {@code unknown} if none does.
 */
final class CohortIndex {
  private static final int CACHED = 4;
  private static final List<CohortIndex> CACHE = new ArrayList<>();

  final MatchingProblem problem;
  final Eligibility eligibility;
  /** Per student position: her admissible places (positions), ascending. */
  final int[][] places;
  /** Per student position: the fit of each admissible place. */
  final int[][] fits;
  final String[] sector;
  final String[] level;
  final String[] qualification;

  private CohortIndex(MatchingProblem problem) {
    this.problem = problem;
    FitModel model = FitModel.of(problem);
    this.eligibility = Eligibility.compute(problem, model.travelModel());
    int n = problem.students().size();
    places = new int[n][];
    fits = new int[n][];
    sector = new String[n];
    level = new String[n];
    qualification = new String[n];
    Map<Qualification, Map<String, Integer>> sectors = new TreeMap<>();
    for (Company c : problem.companies()) {
      for (Recognition r : c.recognitions()) {
        sectors.computeIfAbsent(r.qualification(), k -> new TreeMap<>())
            .merge(c.sector(), 1, Integer::sum);
      }
    }
    for (int s = 0; s < n; s++) {
      places[s] = eligibility.admissiblePlaces(s);
      fits[s] = places[s].length == 0 ? new int[0] : model.scores(eligibility, s);
      Student student = problem.students().get(s);
      Qualification q = student.wish().qualification();
      level[s] = Integer.toString(q.level());
      qualification[s] = q.toString();
      String best = "unknown";
      int most = 0;
      for (Map.Entry<String, Integer> e : sectors.getOrDefault(q, Map.of()).entrySet()) {
        if (e.getValue() > most) {
          most = e.getValue();
          best = e.getKey();
        }
      }
      sector[s] = best;
    }
  }

  /**
   * The index of {@code problem}: the cached one if this very object was indexed lately, else a
   * new one. Concurrent callers for one problem wait for the first.
   */
  static CohortIndex of(MatchingProblem problem) {
    synchronized (CACHE) {
      for (CohortIndex i : CACHE) {
        if (i.problem == problem) {
          return i;
        }
      }
      CohortIndex index = new CohortIndex(problem);
      CACHE.add(0, index);
      while (CACHE.size() > CACHED) {
        CACHE.remove(CACHE.size() - 1);
      }
      return index;
    }
  }
}
