package nl.stagematch.bench.research.v0;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.stagematch.bench.research.ArmRun;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calibration of V0 (docs/calibration.md): with the default settings, on a default generated
 * cohort, students of the group need about twice as many applications as the others (seed 003,
 * lines 245-248). The ratio measured is the mean number of applications of the <em>placed</em>
 * group students divided by that of the placed other students; it must lie in 1.7..2.3.
 */
class TodaysPracticeCalibrationTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void groupStudentsNeedAboutTwiceAsManyApplications(long seed) {
    ResearchCohort cohort = ResearchCohortGenerator.generate(CohortSpec.defaults(), seed);
    ArmRun run = new TodaysPractice(TodaysPractice.Settings.defaults()).run(cohort, seed);
    double ratio = ratio(cohort, run);
    System.out.printf("seed %d: placed group students sent %.3f times as many applications"
        + " as placed others%n", seed, ratio);
    assertTrue(ratio >= 1.7 && ratio <= 2.3, "seed " + seed + ": ratio " + ratio);
  }

  /** Mean applications of placed group students over the mean of placed others. */
  static double ratio(ResearchCohort cohort, ArmRun run) {
    double[] group = new double[2];
    double[] others = new double[2];
    for (Map.Entry<String, Integer> e : run.applications().entrySet()) {
      if (run.result().placement(e.getKey()).isEmpty()) {
        continue;
      }
      double[] c = cohort.inGroup(e.getKey()) ? group : others;
      c[0] += e.getValue();
      c[1]++;
    }
    return (group[0] / group[1]) / (others[0] / others[1]);
  }
}
