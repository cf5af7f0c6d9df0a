/**
 * What a matching variant returns: placements, unplaced students with a reason, and the lottery
 * numbers that broke ties, with the request that produced them ({@link
 * nl.stagematch.core.result.Provenance}) and the variant's proof of its promise ({@link
 * nl.stagematch.core.result.Certificate}). Entry point: {@link
 * nl.stagematch.core.result.MatchResult}.
 *
 * <p>All values are immutable and ordered deterministically (by student id). Parameters and
 * return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.result;
