package nl.stagematch.bench.instance;

import nl.stagematch.core.solver.AssignmentProblem;

/**
 * A parsed benchmark instance (the shared text format): students, places with capacities and the
 * admissible pairs in compressed rows by student. Arrays are shared, not copied: treat them as
 * read-only.
 *
 * @param students the number of students
 * @param places the number of places
 * @param capacity the capacity of each place
 * @param rowStart {@code students + 1} offsets into the edge arrays
 * @param edgePlace the place of each edge
 * @param edgeCost the cost of each edge
 * @param fileEdge for each edge, its position in the file (the solution format numbers edges in
 *     the order the instance lists them)
 * @param dense whether the file used the dense square form
 */
public record Instance(int students, int places, int[] capacity, int[] rowStart, int[] edgePlace,
    int[] edgeCost, int[] fileEdge, boolean dense) {

  /** Returns the number of edges. */
  public int edges() {
    return edgePlace.length;
  }

  /** Builds the solver's problem (copies and validates the arrays: the library's model build). */
  public AssignmentProblem toProblem() {
    return AssignmentProblem.fromArrays(capacity, rowStart, edgePlace, edgeCost);
  }
}
