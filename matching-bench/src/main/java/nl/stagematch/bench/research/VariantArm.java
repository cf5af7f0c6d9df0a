package nl.stagematch.bench.research;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.StageTimes;

/**
 * A matching variant as a contender: the variant with its options and a responder per run. The
 * schools of the cohort go to variants that divide places among schools; the figures of the
 * variant's report (meetings, rounds, ...) become the run's figures.
 */
public final class VariantArm implements Arm {
  private final String name;
  private final MatchingVariant variant;
  private final Map<String, String> options;
  private final ResponderFactory responders;
  private final String description;

  /**
   * A contender named {@code name} that runs {@code variant} with {@code options}, asking the
   * responder {@code responders} gives for each run.
   */
  public VariantArm(String name, MatchingVariant variant, Map<String, String> options,
      ResponderFactory responders, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.variant = Objects.requireNonNull(variant, "variant");
    this.options = new TreeMap<>(options);
    this.responders = Objects.requireNonNull(responders, "responders");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** The variant under its own name, default options and the built-in responder. */
  public static VariantArm of(MatchingVariant variant) {
    return new VariantArm(variant.name(), variant, Map.of(), ResponderFactory.BY_FIT,
        variant.description());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  /** The variant this contender runs. */
  public MatchingVariant variant() {
    return variant;
  }

  @Override
  public ArmRun run(ResearchCohort cohort, long seed) {
    MatchRequest.Builder b = MatchRequest.builder(cohort.problem()).seed(seed).options(options)
        .responder(responders.responder(cohort, seed));
    if (variant.has(Capability.MULTI_SCHOOL) && !cohort.schools().isEmpty()) {
      b.schools(cohort.schools());
    }
    StageTimes.Measured m = StageTimes.measure(variant, b.build());
    Proposal p = m.proposal();
    return new ArmRun(p.result(), Map.of(), p.report().figures(), m.nanos());
  }

  @Override
  public String toString() {
    return name;
  }
}
