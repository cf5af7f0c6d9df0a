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
   * The name of the report figure by which a variant says whether {@link #rematch} re-solved warm
   * (1) or fell back to a cold solve (0): {@value}.
   */
  String WARM_FIGURE = "warm";

  /**
   * Whether {@code proposal}, returned by {@link #rematch}, was re-solved warm from the previous
   * proposal rather than computed from scratch; a matching session's audit trail records it.
   *
   * <p>The default reads the report figure {@value #WARM_FIGURE} (any value but 0 is warm) and,
   * when the report has no such figure, takes {@link #rematch} at its word: warm. A variant that
   * may fall back to a cold solve reports the figure (or overrides this method).
   *
   * @param proposal a proposal {@link #rematch} returned
   * @return true if it was re-solved warm
   */
  default boolean solvedWarm(Proposal proposal) {
    Long figure = proposal.report().figures().get(WARM_FIGURE);
    return figure == null || figure != 0L;
  }

  /**
   * Re-matches {@code request}, starting from {@code previous}, the proposal this variant made for
   * {@code previousRequest} (same seed and options; the problem may differ only in students'
   * opt-outs).
   *
   * @param previousRequest the request of the previous proposal
   * @param previous the previous proposal
   * @param request the new request
   * @return the new proposal
   */
  Proposal rematch(MatchRequest previousRequest, Proposal previous, MatchRequest request);
}
