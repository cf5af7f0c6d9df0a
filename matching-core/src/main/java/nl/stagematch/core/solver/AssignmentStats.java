package nl.stagematch.core.solver;

/**
 * Work counters of one solve or warm re-solve, for benchmarks and for comparing cold and warm runs.
 *
 * <p>Counting rules: {@code searches} increments once per forward shortest-path search (one per
 * unit of supply that the greedy first pass did not place, or that a warm re-solve had to re-route);
 * {@code repairSearches} once per backward search that lowers the price of a place with free
 * capacity; {@code placesPopped} once per node taken from the priority queue; {@code edgesScanned}
 * once per edge relaxation that reached the distance comparison; {@code greedyAssigned} once per
 * student placed by the greedy first pass; {@code studentsReset} once per student whose units were
 * unassigned by a warm re-solve to restore an invariant; {@code nanos} is the wall time.
 *
 * @param searches forward searches
 * @param repairSearches backward (repair) searches
 * @param placesPopped nodes popped from the priority queue
 * @param edgesScanned edge relaxations
 * @param greedyAssigned students placed by the greedy first pass
 * @param studentsReset students reset by a warm re-solve
 * @param nanos wall time in nanoseconds
 */
public record AssignmentStats(long searches, long repairSearches, long placesPopped,
    long edgesScanned, long greedyAssigned, long studentsReset, long nanos) {

  /** Checks that no counter is negative. */
  public AssignmentStats {
    if (searches < 0 || repairSearches < 0 || placesPopped < 0 || edgesScanned < 0
        || greedyAssigned < 0 || studentsReset < 0 || nanos < 0) {
      throw new IllegalArgumentException("The counters of AssignmentStats must be >= 0, not "
          + searches + ", " + repairSearches + ", " + placesPopped + ", " + edgesScanned + ", "
          + greedyAssigned + ", " + studentsReset + ", " + nanos + ".");
    }
  }
}
