package nl.stagematch.bench.research;

import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /**
   * One fixed problem with research attributes the researcher holds (read with {@link
   * ResearchAttributes}): the given group and schools in every replication, instead of the
   * lottery's draw. Either may be null: a missing group is drawn per replication with {@code
   * groupShare}, missing schools are drawn as in {@link #fixed}.
   *
   * @param group the ids of the students in the group, or null
   * @param schools the school of every student, or null
   */
  static CohortSource fixed(String label, MatchingProblem problem, double groupShare,
      Set<String> group, Map<String, String> schools) {
    if (group == null && schools == null) {
      return fixed(label, problem, groupShare);
    }
    ResearchCohort.withSyntheticGroup(label, problem, groupShare, 0); // checks the share
    new ResearchCohort(label, problem, group == null ? Set.of() : group,
        schools == null ? Map.of() : schools); // checks the ids
    return new CohortSource() {
      @Override
      public ResearchCohort cohort(long replicationSeed) {
        ResearchCohort drawn = ResearchCohort.withSyntheticGroup(label, problem, groupShare,
            replicationSeed);
        return new ResearchCohort(label, problem, group == null ? drawn.group() : group,
            schools == null ? drawn.schools() : schools);
      }

      @Override
      public String describe() {
        return label + " (" + (group == null ? "synthetic group, share " + groupShare
            : "group from a file, " + group.size() + " students") + "; "
            + (schools == null ? "synthetic schools" : "schools from a file") + ")";
      }

      @Override
      public String describe(Locale locale) {
        return Message.isDutch(locale) ? label + " (" + (group == null
            ? "synthetische groep, aandeel " + groupShare
            : "groep uit een bestand, " + group.size() + " studenten") + "; "
            + (schools == null ? "synthetische scholen" : "scholen uit een bestand") + ")"
            : describe();
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
