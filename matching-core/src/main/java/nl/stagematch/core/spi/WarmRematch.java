package nl.stagematch.core.spi;

/**
 * Implemented by a variant that can re-match warm: start from its previous proposal and repair it
 * after the changes a coordinator made (new pins, new forbidden pairs, opt-outs), instead of
 * solving from scratch. A matching session (the variants module's {@code MatchingSession}) uses it
 * for every re-match with an unchanged seed; a variant that does not implement it is re-matched
 * from scratch.
 *
 * <p>The contract: the returned proposal satisfies everything {@link MatchingVariant#match}
 * promises for {@code request}, and is a deterministic function of ({@code previousRequest},
 * {@code previous}, {@code request}), so that a replayed session gives the same bytes. It may
 * differ from a cold match among equally good proposals.
 *
 * <p>It lives in the spi, beside {@link MatchingVariant}, so that a variant implements it without
 * depending on the session's package: the process depends on the variants, never the other way.
 */
public interface WarmRematch {

  /**
   * Re-matches {@code request}, starting from {@code previous}, the proposal this variant made for
   * {@code previousRequest} (same seed and options; the problem may differ only in students'
   * opt-outs).
   */
  Proposal rematch(MatchRequest previousRequest, Proposal previous, MatchRequest request);
}
