package nl.stagematch.core.solver;

import java.util.Objects;

/**
 * The outcome of {@link DeferredAcceptance}: the place of each student, the lottery numbers that
 * made the priorities strict, and the run's {@link MatchingStats}.
 *
 * <p>The lottery numbers are exported so that anyone can recompute them from the seed and the
 * pseudonymous ids (see {@link nl.stagematch.core.model.Lottery}): with {@link TieBreaking#SINGLE}
 * there is one number per student (index = student); with {@link TieBreaking#MULTIPLE} one per list
 * entry (index = entry of {@link PreferenceInstance}, number of the pair (place, student)). For
 * open hiring the numbers are the students' arrival numbers (one per student; lower arrived
 * earlier). Immutable.
 */
public final class DeferredAcceptanceResult {
  private final int[] placement;
  private final TieBreaking tieBreaking;
  private final boolean openHiring;
  private final long[] lotteryNumbers;
  private final MatchingStats stats;

  DeferredAcceptanceResult(int[] placement, TieBreaking tieBreaking, boolean openHiring,
      long[] lotteryNumbers, MatchingStats stats) {
    this.placement = placement;
    this.tieBreaking = Objects.requireNonNull(tieBreaking, "tieBreaking");
    this.openHiring = openHiring;
    this.lotteryNumbers = lotteryNumbers;
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  /** Returns the place index of student {@code s}, or {@code -1} if she is unplaced. */
  public int placeOf(int s) {
    return placement[s];
  }

  /** Returns a copy of the placement: the place index per student, {@code -1} for unplaced. */
  public int[] placement() {
    return placement.clone();
  }

  /** Returns the number of placed students. */
  public int placedCount() {
    int placed = 0;
    for (int p : placement) {
      if (p >= 0) {
        placed++;
      }
    }
    return placed;
  }

  /** Returns how the ties were broken ({@link TieBreaking#SINGLE} for open hiring). */
  public TieBreaking tieBreaking() {
    return tieBreaking;
  }

  /** Returns whether this is an open-hiring run (first come, first placed, no priorities). */
  public boolean openHiring() {
    return openHiring;
  }

  /** Returns a copy of the lottery numbers used; see the class documentation for the indexing. */
  public long[] lotteryNumbers() {
    return lotteryNumbers.clone();
  }

  /** Returns the counters of the run. */
  public MatchingStats stats() {
    return stats;
  }

  @Override
  public String toString() {
    return "DeferredAcceptanceResult[placed=" + placedCount() + "/" + placement.length
        + ", tieBreaking=" + tieBreaking + ", openHiring=" + openHiring + ", stats=" + stats + "]";
  }
}
