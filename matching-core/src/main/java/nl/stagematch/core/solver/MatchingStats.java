package nl.stagematch.core.solver;

/**
 * Counters of one deferred-acceptance run (or one open-hiring run), a value object with written
 * counting rules.
 *
 * <p>Deferred acceptance runs in rounds: in round 1 every student proposes to the first place on
 * her list; in round {@code r + 1} every student rejected in round {@code r} proposes to the next
 * place on her list, if any. Within a round the proposals are considered together: each place keeps
 * the best of the students it held and the new proposers, up to its capacity, and rejects the rest.
 * The counts below therefore do not depend on the order in which the input lists the students.
 *
 * <ul>
 *   <li>{@link #proposals()} increments once for every (student, place) proposal, that is for every
 *       place a student tries; a student never proposes twice to the same place.
 *   <li>{@link #rounds()} is the number of rounds in which at least one proposal was made ({@code 0}
 *       when no student has a non-empty list).
 *   <li>{@link #rejections()} increments once each time a place turns a student down: either a new
 *       proposer who does not fit, or a student it held and lets go for a better one. Every
 *       proposal ends in at most one rejection, so {@code proposals - rejections} is the number of
 *       placed students.
 *   <li>{@link #tieBreaks()} counts the rejections that the lottery decided rather than the fit
 *       class: a rejection of student {@code s} by place {@code p} counts when {@code s} has the
 *       same fit class at {@code p} as the lowest-priority student that {@code p} holds in the final
 *       placement (so {@code s} lost on the lottery number alone). {@code tieBreaks <= rejections}.
 * </ul>
 *
 * <p>For open hiring (first come, first placed) there are no priorities: the run is one pass in
 * arrival order, {@code rounds} is {@code 1} (or {@code 0} without proposals), a rejection is a try
 * at a full place, and every rejection is decided by the arrival order, so {@code tieBreaks ==
 * rejections}.
 *
 * @param proposals the number of (student, place) proposals
 * @param rounds the number of rounds with at least one proposal
 * @param rejections the number of times a place turned a student down
 * @param tieBreaks the number of rejections decided by the lottery rather than by the fit class
 */
public record MatchingStats(long proposals, int rounds, long rejections, long tieBreaks) {

  /** Checks that the counts are non-negative and consistent; see {@link #of}. */
  public MatchingStats {
    requireNonNegative("proposals", proposals);
    requireNonNegative("rounds", rounds);
    requireNonNegative("rejections", rejections);
    requireNonNegative("tieBreaks", tieBreaks);
    if (rejections > proposals) {
      throw new IllegalArgumentException("The rejections (" + rejections
          + ") must not exceed the proposals (" + proposals + ").\n"
          + "Maybe the counters were swapped: every proposal ends in at most one rejection.");
    }
    if (tieBreaks > rejections) {
      throw new IllegalArgumentException("The tieBreaks (" + tieBreaks
          + ") must not exceed the rejections (" + rejections + ").\n"
          + "Maybe the counters were swapped: a tie-break is a rejection decided by the lottery.");
    }
    if (proposals > 0 && rounds == 0) {
      throw new IllegalArgumentException("The rounds (0) must be positive when there are proposals ("
          + proposals + ").\nMaybe count the first round as 1.");
    }
  }

  /**
   * Returns the stats with these counts.
   *
   * @throws IllegalArgumentException if a count is negative, if {@code rejections > proposals}, if
   *     {@code tieBreaks > rejections}, or if there are proposals but no rounds
   */
  public static MatchingStats of(long proposals, int rounds, long rejections, long tieBreaks) {
    return new MatchingStats(proposals, rounds, rejections, tieBreaks);
  }

  /** The stats of a run without any proposal. */
  public static MatchingStats empty() {
    return new MatchingStats(0, 0, 0, 0);
  }

  private static void requireNonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("The " + name + " (" + value + ") must be >= 0.\n"
          + "Maybe the counter overflowed or was not initialised.");
    }
  }
}
