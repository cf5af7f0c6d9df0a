package nl.stagematch.core.solver;

/**
 * The final placement of two-by-two acquaintance (stage 2): per student the place and seat, always
 * along one of her own meetings. Immutable.
 */
public final class AcquaintanceResult {
  private final int[] placement;
  private final int[] seat;
  private final int[] meeting;
  private final ComponentChoice choice;
  private final AcquaintanceStats stats;

  AcquaintanceResult(int[] placement, int[] seat, int[] meeting, ComponentChoice choice,
      AcquaintanceStats stats) {
    this.placement = placement;
    this.seat = seat;
    this.meeting = meeting;
    this.choice = choice;
    this.stats = stats;
  }

  /** Returns the place of student {@code s}, or {@code -1}. */
  public int placeOf(int s) {
    return placement[s];
  }

  /**
   * Returns the seat of student {@code s} within her place ({@code 0..capacity-1}), or {@code -1};
   * see {@link AcquaintanceResolution} for how seats are formed.
   */
  public int seatOf(int s) {
    return seat[s];
  }

  /** Returns the meeting index along which student {@code s} is placed, or {@code -1}. */
  public int meetingOf(int s) {
    return meeting[s];
  }

  /** Returns a copy of the placement: the place index per student, {@code -1} for unplaced. */
  public int[] placement() {
    return placement.clone();
  }

  /** Returns the rule the components were chosen by. */
  public ComponentChoice choice() {
    return choice;
  }

  /** Returns the counters of the run. */
  public AcquaintanceStats stats() {
    return stats;
  }

  @Override
  public String toString() {
    return "AcquaintanceResult[choice=" + choice + ", stats=" + stats + "]";
  }
}
