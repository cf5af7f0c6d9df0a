package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national cohort is the calibrated research cohort at national spread, and eligibility
 * (which prunes by travel reach per qualification) finds on it exactly the pairs that the rules,
 * applied pair by pair, admit.
 */
class NationalCohortGeneratorTest {

  @Test
  void theNationalCohortIsTheCalibratedOneWithTwentyRegionsAndSchools() {
    ResearchCohort national = NationalCohortGenerator.cohort(5L, 1500);
    ResearchCohort research = ResearchCohortGenerator.generate(
        CohortSpec.parse("students=1500,regions=20,schools=20"), 5L);
    assertEquals(research, national);
    assertEquals(national.problem(), NationalCohortGenerator.generate(5L, 1500));
    assertEquals(1500, national.problem().students().size());
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 4})
  void fewActiveStudentsAreLeftWithoutAnAdmissiblePlace(long seed) {
    MatchingProblem problem = NationalCohortGenerator.generate(seed, 4000);
    Eligibility e = Eligibility.compute(problem);
    int active = 0;
    int without = 0;
    for (int s = 0; s < problem.students().size(); s++) {
      if (e.isActive(s)) {
        active++;
        without += e.admissibleCount(s) == 0 ? 1 : 0;
      }
    }
    // the uniform synthetic cohort leaves about 30% without a place; the calibrated one a few
    assertTrue(active > 3400, "seed " + seed + ": " + active + " active");
    assertTrue(without < active * 0.05, "seed " + seed + ": " + without + " of " + active
        + " active students have no admissible place");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void eligibilityFindsExactlyThePairsTheRulesAdmit(long seed) {
    check(NationalCohortGenerator.generate(seed, 2500), "national seed " + seed);
    check(UniformCohortGenerator.generate(seed, 2500, 1500, 400, 6), "uniform seed " + seed);
  }

  /** Every pair by {@link Eligibility#reason}, which applies the rules to the one pair. */
  private static void check(MatchingProblem problem, String what) {
    Eligibility e = Eligibility.compute(problem);
    long pairs = 0;
    for (int s = 0; s < problem.students().size(); s++) {
      List<Integer> expected = new ArrayList<>();
      IneligibilityReason latest = null;
      for (int p = 0; p < problem.places().size(); p++) {
        Optional<IneligibilityReason> r = e.reason(s, p);
        if (r.isEmpty()) {
          expected.add(p);
        } else if (latest == null || r.get().compareTo(latest) > 0) {
          latest = r.get();
        }
      }
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(),
          e.admissiblePlaces(s), what + ": student " + problem.students().get(s).id());
      if (expected.isEmpty()) {
        assertEquals(Optional.ofNullable(latest), e.noPlaceReason(s),
            what + ": the reason of student " + problem.students().get(s).id());
      }
      pairs += expected.size();
    }
    assertTrue(pairs > 5000, what + ": only " + pairs + " pairs");
  }
}
