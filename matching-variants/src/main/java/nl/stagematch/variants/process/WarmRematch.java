package nl.stagematch.variants.process;

import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;

/**
 * Implemented by a variant that can re-match warm: start from its previous proposal and repair it
 * after the changes a coordinator made (new pins, new forbidden pairs, opt-outs), instead of
 * solving from scratch. {@link MatchingSession} uses it for every re-match with an unchanged seed.
 *
 * <p>The contract: the returned proposal satisfies everything {@link
 * nl.stagematch.core.spi.MatchingVariant#match} promises for {@code request}, and is a
 * deterministic function of ({@code previousRequest}, {@code previous}, {@code request}), so that a
 * replayed session gives the same bytes. It may differ from a cold match among equally good
 * proposals.
 */
public interface WarmRematch {

  /**
   * Re-matches {@code request}, starting from {@code previous}, the proposal this variant made for
   * {@code previousRequest} (same seed and options; the problem may differ only in students'
   * opt-outs).
   */
  Proposal rematch(MatchRequest previousRequest, Proposal previous, MatchRequest request);
}
