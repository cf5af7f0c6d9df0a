package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An assignment together with its objective and its optimality certificate: the chosen edges, the
 * number of assigned units {@code K}, the total cost {@code C}, the prices (dual values) of students
 * and places, and the "left unassigned" penalty {@code M}.
 *
 * <p>The certificate: with reduced cost {@code r(e) = cost(e) - studentPrice(s) + placePrice(p)}
 * for every non-pinned, non-forbidden edge, an optimal result satisfies: unchosen edges have {@code
 * r >= 0}, chosen ones {@code r <= 0}; place prices are {@code >= 0} and positive only at full
 * places; student prices are {@code <= M} and below {@code M} only for students who got their full
 * supply. These are the complementary slackness conditions of the linear program "minimise {@code C
 * + M * (units left unassigned)}" (a network flow problem, so its optimum is integral); with {@code M}
 * larger than any possible total cost, its optimum maximises {@code K} first and then minimises
 * {@code C}. {@link nl.stagematch.core.solver.AssignmentVerifier} checks all of this in linear time.
 */
public final class AssignmentResult {
  private final AssignmentProblem problem;
  private final int[] edges;
  private final int[] placeOf;
  private final long assigned;
  private final long cost;
  private final long[] studentPrices;
  private final long[] placePrices;
  private final long penalty;
  private final AssignmentStats stats;

  AssignmentResult(AssignmentProblem problem, int[] edges, long[] studentPrices,
      long[] placePrices, long penalty, AssignmentStats stats) {
    this.problem = problem;
    this.edges = edges;
    this.studentPrices = studentPrices;
    this.placePrices = placePrices;
    this.penalty = penalty;
    this.stats = stats;
    int[] first = new int[problem.students()];
    Arrays.fill(first, -1);
    long c = 0;
    Topology t = problem.topology;
    int s = 0;
    for (int e : edges) {
      while (t.rowStart[s + 1] <= e) {
        s++;
      }
      if (first[s] < 0) {
        first[s] = t.edgePlace[e];
      }
      c += t.edgeCost[e];
    }
    this.placeOf = first;
    this.assigned = edges.length;
    this.cost = c;
  }

  /**
   * Returns a result assembled from its parts, for example one computed elsewhere that is to be
   * checked with the verifier. {@code K} and {@code C} are computed from the edges.
   *
   * @param edges the chosen edge ids of {@code problem}, in any order (copied and sorted)
   * @param studentPrices one price per student (copied)
   * @param placePrices one price per place (copied)
   * @param penalty the cost {@code M} of leaving one unit unassigned
   */
  public static AssignmentResult of(AssignmentProblem problem, int[] edges, long[] studentPrices,
      long[] placePrices, long penalty) {
    Objects.requireNonNull(problem, "problem");
    int[] sorted = edges.clone();
    Arrays.sort(sorted);
    for (int e : sorted) {
      Objects.checkIndex(e, problem.edges());
    }
    if (studentPrices.length != problem.students() || placePrices.length != problem.places()) {
      throw new IllegalArgumentException("The prices (" + studentPrices.length + " students, "
          + placePrices.length + " places) must match the problem (" + problem.students()
          + " students, " + problem.places() + " places).");
    }
    return new AssignmentResult(problem, sorted, studentPrices.clone(), placePrices.clone(),
        penalty, new AssignmentStats(0, 0, 0, 0, 0, 0, 0));
  }

  /** Returns the problem this result answers. */
  public AssignmentProblem problem() {
    return problem;
  }

  /** Returns the chosen edge ids (pins included), sorted; a copy. */
  public int[] edges() {
    return edges.clone();
  }

  /** Returns the number of chosen edges. */
  public int edgeCount() {
    return edges.length;
  }

  /** Returns the {@code i}-th chosen edge id in increasing order. */
  public int edge(int i) {
    return edges[i];
  }

  /**
   * Returns the place of student {@code s}, or -1 when it has none; for a student with a supply
   * above 1, the place of its first chosen edge (see {@link #placesOf}).
   */
  public int placeOf(int s) {
    return placeOf[s];
  }

  /** Returns the place of every student (-1 for none), as {@link #placeOf}; a copy. */
  public int[] placeOfAll() {
    return placeOf.clone();
  }

  /** Returns all places of student {@code s}, in increasing edge order. */
  public int[] placesOf(int s) {
    Topology t = problem.topology;
    int from = t.rowStart[s];
    int to = t.rowStart[s + 1];
    int lo = lowerBound(from);
    int hi = lowerBound(to);
    int[] out = new int[hi - lo];
    for (int i = lo; i < hi; i++) {
      out[i - lo] = t.edgePlace[edges[i]];
    }
    return out;
  }

  private int lowerBound(int e) {
    int i = Arrays.binarySearch(edges, e);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && edges[i - 1] == e) {
      i--;
    }
    return i;
  }

  /** Returns {@code K}, the number of assigned units (chosen edges). */
  public long assigned() {
    return assigned;
  }

  /** Returns {@code C}, the total cost of the chosen edges. */
  public long cost() {
    return cost;
  }

  /** Returns the price (dual value) of student {@code s}. */
  public long studentPrice(int s) {
    return studentPrices[s];
  }

  /** Returns the price (dual value) of place {@code p}. */
  public long placePrice(int p) {
    return placePrices[p];
  }

  /** Returns all student prices; a copy. */
  public long[] studentPrices() {
    return studentPrices.clone();
  }

  /** Returns all place prices; a copy. */
  public long[] placePrices() {
    return placePrices.clone();
  }

  /** Returns {@code M}, the cost of leaving one unit unassigned used by the certificate. */
  public long unassignedPenalty() {
    return penalty;
  }

  /** Returns the work counters of the solve that produced this result. */
  public AssignmentStats stats() {
    return stats;
  }

  long[] studentPricesShared() {
    return studentPrices;
  }

  long[] placePricesShared() {
    return placePrices;
  }

  int[] edgesShared() {
    return edges;
  }

  @Override
  public String toString() {
    return "AssignmentResult[assigned=" + assigned + ", cost=" + cost + ", " + stats + "]";
  }
}
