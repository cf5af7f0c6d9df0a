package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.format.SampleCohort;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated cohorts stay what they were calibrated as under the period-coverage rule: a place
 * of the wished period covers all of it, so the default minimum (100%) refuses no pair that "one
 * shared day" (0%) admits, and every admissible pair is covered fully (its fit is not lowered).
 */
class GeneratedPeriodsTest {

  private static void assertCoveredFully(String name, MatchingProblem problem) {
    assertEquals(Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT,
        problem.policy().minPeriodCoveragePercent(), name);
    Eligibility strict = Eligibility.compute(problem);
    MatchingProblem loose = MatchingProblem.of(problem.policy().withMinPeriodCoveragePercent(0),
        problem.students(), problem.companies(), problem.places());
    Eligibility lax = Eligibility.compute(loose);
    assertTrue(strict.admissiblePairCount() > 0, name);
    assertEquals(lax.admissiblePairCount(), strict.admissiblePairCount(), name);
    for (int s = 0; s < problem.students().size(); s++) {
      int[] places = strict.admissiblePlaces(s);
      assertArrayEquals(lax.admissiblePlaces(s), places, name + ", student " + s);
      for (int p : places) {
        assertEquals(1.0, strict.coveredShare(s, p), name + ", student " + s + ", place " + p);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedPeriodIsCoveredFullyOrNotAtAll() {
    return Stream.of(
        DynamicTest.dynamicTest("the embedded sample",
            () -> assertCoveredFully("sample", SampleCohort.load())),
        DynamicTest.dynamicTest("sample seed 7",
            () -> assertCoveredFully("sample seed 7", SampleCohortGenerator.generate(7))),
        DynamicTest.dynamicTest("national, seed 11", () -> assertCoveredFully("national seed 11",
            UniformCohortGenerator.generate(11, 3000, 1000, 500, 20))),
        DynamicTest.dynamicTest("research, seed 13", () -> assertCoveredFully("research seed 13",
            ResearchCohortGenerator.generate(CohortSpec.defaults().withStudents(3000), 13)
                .problem())));
  }
}
