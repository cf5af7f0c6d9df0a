package nl.stagematch.bench.gen;

import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.MatchingProblem;

/**
 * The national cohort: the calibrated cohort of {@link ResearchCohortGenerator} (the model of
 * {@code compare --generate}, targets in {@code docs/calibration.md}) at national size, spread
 * over all {@value CohortSpec#MAX_REGIONS} regions the generator knows, with one school per
 * region. It is what {@code match --national N}, the national runs of {@code compare} and the
 * benchmarks of eligibility, fit, JSON and the variants use, so that speed is measured on the
 * same realistic input the research figures come from: about 1% of the active students without
 * a place under V1 at tightness 1.0, and every student of the 150,000-student cohort in reach of
 * about 30 admissible places (the exact figure per size is in {@code docs/calibration.md}).
 *
 * <p>{@code compare --generate students=N,regions=20,schools=20} generates the same cohort for
 * the same seed. Deterministic: equal arguments give equal cohorts.
 */
public final class NationalCohortGenerator {

  /** The regions of a national cohort: every town the generator knows. */
  public static final int REGIONS = CohortSpec.MAX_REGIONS;
  /** The schools of a national cohort: one per region. */
  public static final int SCHOOLS = REGIONS;

  private NationalCohortGenerator() {}

  /** The spec of the national cohort of {@code students} students (the other values default). */
  public static CohortSpec spec(int students) {
    CohortSpec d = CohortSpec.defaults();
    return new CohortSpec(students, d.tightness(), d.groupShare(), d.groupSkew(), REGIONS,
        SCHOOLS);
  }

  /**
   * The national cohort of {@code students} students for {@code seed}, with its research-only
   * group and schools beside the problem.
   *
   * @throws IllegalArgumentException when {@code students} is outside 0..{@value
   *     CohortSpec#MAX_STUDENTS}
   */
  public static ResearchCohort cohort(long seed, int students) {
    return ResearchCohortGenerator.generate(spec(students), seed);
  }

  /** The blind problem of {@link #cohort(long, int)}. */
  public static MatchingProblem generate(long seed, int students) {
    return cohort(seed, students).problem();
  }
}
