package nl.stagematch.core.solver;

/**
 * Counters of one {@link AcquaintanceResolution} run, a value object with written counting rules.
 *
 * <ul>
 *   <li>{@link #cycles()}: components of the student/seat meeting graph that are cycles (every
 *       vertex has two meetings); each is placed with one of its two perfect matchings.
 *   <li>{@link #paths()}: components that are paths with at least one meeting; a student without
 *       meetings is not a component and is not counted.
 *   <li>{@link #lotteryDecisions()}: components in which two or more admissible choices had the
 *       same score under the {@link ComponentChoice} rule, so that the lottery decided.
 *   <li>{@link #placed()}: students placed; {@link #unplacedWithMeetings()}: students with at least
 *       one meeting left unplaced (only ever path ends with a single meeting); {@link
 *       #unplacedWithoutMeetings()}: students who met nobody.
 * </ul>
 *
 * @param cycles the number of cycle components
 * @param paths the number of path components
 * @param lotteryDecisions the number of components decided by the lottery
 * @param placed the number of placed students
 * @param unplacedWithMeetings the number of unplaced students who had a meeting
 * @param unplacedWithoutMeetings the number of students without meetings
 */
public record AcquaintanceStats(int cycles, int paths, int lotteryDecisions, int placed,
    int unplacedWithMeetings, int unplacedWithoutMeetings) {

  /** Rejects negative counts and more lottery decisions than components. */
  public AcquaintanceStats {
    check("cycles", cycles);
    check("paths", paths);
    check("lotteryDecisions", lotteryDecisions);
    check("placed", placed);
    check("unplacedWithMeetings", unplacedWithMeetings);
    check("unplacedWithoutMeetings", unplacedWithoutMeetings);
    if (lotteryDecisions > cycles + paths) {
      throw new IllegalArgumentException("The lotteryDecisions (" + lotteryDecisions
          + ") must not exceed the components (" + (cycles + paths) + ").\n"
          + "Maybe count one decision per component.");
    }
  }

  private static void check(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("The " + name + " (" + value + ") must be >= 0.\n"
          + "Maybe the counter overflowed or was not initialised.");
    }
  }
}
