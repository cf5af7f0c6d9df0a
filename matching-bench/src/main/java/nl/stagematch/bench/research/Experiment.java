package nl.stagematch.bench.research;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to compare: contenders, where the cohorts come from, how many replications and the base
 * seed. Replication {@code r} (from 0) uses seed {@code seed + r} for its cohort and for every
 * contender, so that each replication can be run on its own with {@code --seed (seed + r)
 * --replications 1}.
 *
 * @param arms the contenders, in the order of the reports (the baseline first)
 * @param source the cohort of each replication
 * @param replications the number of replications, at least 1
 * @param seed the base seed
 */
public record Experiment(List<Arm> arms, CohortSource source, int replications, long seed) {

  /** Validates and copies. */
  public Experiment {
    arms = List.copyOf(arms);
    Objects.requireNonNull(source, "source");
    if (arms.isEmpty()) {
      throw new ResearchOptionException(ResearchMessage.NO_CONTENDER);
    }
    Set<String> names = new HashSet<>();
    for (Arm a : arms) {
      if (!names.add(a.name())) {
        throw new ResearchOptionException(ResearchMessage.CONTENDER_TWICE, a.name());
      }
    }
    if (replications < 1 || replications > 100_000) {
      throw new ResearchOptionException(ResearchMessage.REPLICATIONS_RANGE, replications);
    }
  }

  /** The seed of replication {@code r} (from 0). */
  public long seedOf(int r) {
    return seed + r;
  }
}
