package nl.stagematch.bench.research;

import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import java.util.Locale;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;

/**
 * Where the cohort of each replication comes from: one fixed problem with a synthetic group drawn
 * anew per replication, or a new generated cohort per replication.
 */
public interface CohortSource {

  /** The cohort of the replication with seed {@code replicationSeed}; deterministic. */
  ResearchCohort cohort(long replicationSeed);

  /** A short description for reports, such as {@code sample} or the generator's spec. */
  String describe();

  /** {@link #describe()} in Dutch ({@code nl}) or English (any other language). */
  default String describe(Locale locale) {
    return describe();
  }

  /**
   * One fixed problem (the embedded sample, a school's own file) without research attributes:
   * every replication draws its group and schools with {@link
   * ResearchCohort#withSyntheticGroup}, independent of the matching input.
   */
  static CohortSource fixed(String label, MatchingProblem problem, double groupShare) {
    ResearchCohort.withSyntheticGroup(label, problem, groupShare, 0); // checks the share
    return new CohortSource() {
      @Override
      public ResearchCohort cohort(long replicationSeed) {
        return ResearchCohort.withSyntheticGroup(label, problem, groupShare, replicationSeed);
      }

      @Override
      public String describe() {
        return label + " (synthetic group, share " + groupShare + ")";
      }

      @Override
      public String describe(Locale locale) {
        return Message.isDutch(locale) ? label + " (synthetische groep, aandeel " + groupShare
            + ")" : describe();
      }
    };
  }

  /** A new cohort per replication from the calibrated generator. */
  static CohortSource generated(CohortSpec spec) {
    return new CohortSource() {
      @Override
      public ResearchCohort cohort(long replicationSeed) {
        return ResearchCohortGenerator.generate(spec, replicationSeed);
      }

      @Override
      public String describe() {
        return "generated: " + spec;
      }

      @Override
      public String describe(Locale locale) {
        return Message.isDutch(locale) ? "gegenereerd: " + spec : describe();
      }
    };
  }
}
