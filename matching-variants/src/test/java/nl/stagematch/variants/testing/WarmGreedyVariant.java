package nl.stagematch.variants.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.WarmRematch;

/** The greedy test variant with a warm re-match: keeps the previous placements still allowed. */
public final class WarmGreedyVariant extends GreedyVariant implements WarmRematch {
  /** How often {@link #rematch} ran, over all instances. */
  public static final AtomicInteger WARM_RUNS = new AtomicInteger();

  @Override
  public String name() {
    return "test-greedy-warm";
  }

  @Override
  public Proposal rematch(MatchRequest previousRequest, Proposal previous, MatchRequest request) {
    WARM_RUNS.incrementAndGet();
    Map<String, String> start = new TreeMap<>();
    for (Placement p : previous.result().placements()) {
      start.put(p.studentId(), p.placeId());
    }
    return solve(request, start);
  }
}
