package nl.stagematch.bench.thirdparty;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantReport;
import nl.stagematch.variants.Variants;

/**
 * An example third-party variant, found through {@code META-INF/services}: it runs school
 * placement and names the result after itself, to show the plumbing.
 */
public final class ExampleVariant implements MatchingVariant {
  /** The name it is registered under. */
  public static final String NAME = "third-party-example";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "an example third-party variant: school placement under another name";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.USES_LOTTERY, Capability.DETERMINISTIC_GIVEN_SEED,
        Capability.SUPPORTS_PINS, Capability.SUPPORTS_FORBIDDEN);
  }

  @Override
  public List<VariantOption> options() {
    return List.of();
  }

  @Override
  public Proposal match(MatchRequest request) {
    Proposal p = Variants.builtIn().get("school-placement").match(request);
    MatchResult r = p.result();
    return new Proposal(new MatchResult(NAME, r.seed(), r.placements(), r.unplaced(),
        r.lotteryNumbers()), VariantReport.none(), p.options());
  }
}
