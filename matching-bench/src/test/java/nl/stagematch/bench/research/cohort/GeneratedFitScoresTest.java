package nl.stagematch.bench.research.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.stagematch.bench.gen.UniformCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bulk fit scores equal the one-pair scores on generated cohorts, every admissible pair. */
class GeneratedFitScoresTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void researchAndNationalCohortsScoreAlike(long seed) {
    check(ResearchCohortGenerator.generate(CohortSpec.parse("students=1500"), seed).problem(),
        "research cohort, seed " + seed);
    check(UniformCohortGenerator.generate(seed, 3000, 1200, 600, 40),
        "national cohort, seed " + seed);
  }

  private static void check(MatchingProblem problem, String what) {
    FitModel model = FitModel.defaults();
    Eligibility e = Eligibility.compute(problem, model.travelModel());
    long pairs = 0;
    for (int s = 0; s < problem.students().size(); s++) {
      int[] bulk = model.scores(e, s);
      int[] places = e.admissiblePlaces(s);
      Student student = problem.students().get(s);
      for (int k = 0; k < places.length; k++) {
        Place place = problem.places().get(places[k]);
        assertEquals(model.score(student, place, problem.companyOf(place)), bulk[k],
            what + ": pair (" + student.id() + ", " + place.id() + ")");
        pairs++;
      }
    }
    assertTrue(pairs > 1000, what + ": only " + pairs + " pairs");
  }
}
