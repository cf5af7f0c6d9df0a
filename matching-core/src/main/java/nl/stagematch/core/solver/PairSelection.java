package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;
import nl.stagematch.core.model.Lottery;

/**
 * Stage 1 of two-by-two acquaintance (V2, motion 525): chooses, for each student, two distinct
 * places to meet and, for each place of capacity {@code c}, {@code 2c} students to meet (two per
 * seat), with the best total fit.
 *
 * <p>Objective (lexicographic): first the largest number of meetings, then the largest total fit.
 * Where the admissible pairs make exactly two impossible, a student meets fewer (at most two) and a
 * place fewer (at most {@code 2c}); the shortfall is reported per student and per place. This is a
 * min-cost flow with student supply 2, unit pair edges (so the two places are distinct) and place
 * capacity {@code 2c}, with cost {@code MAX_FIT - fit}: with the number of meetings maximal, the
 * smallest total cost is the largest total fit. It is solved exactly by {@link AssignmentSolver}.
 *
 * <p>Ties between equally good selections: the problem is handed to the solver in a canonical
 * order, students by {@code lottery.number(studentId)} and places by {@code
 * lottery.number(placeId)}, lowest first, so the seed and the ids decide and the input order does
 * not; permuting the input gives the same meetings. The result carries the assignment (in the
 * canonical order) with its optimality certificate.
 */
public final class PairSelection {
  /** The number of meetings each student and each seat has in two-by-two acquaintance. */
  public static final int MEETINGS_PER_SIDE = 2;

  private PairSelection() {}

  /** Selects the meetings; see the class documentation. */
  public static PairSelectionResult select(AdmissiblePairs pairs, Lottery lottery) {
    return select(pairs, lottery, false);
  }

  /**
   * Selects the meetings; with {@code checked}, the assignment solver verifies its certificate
   * after the solve (slow: an extra linear pass with allocation; for tests and audits).
   */
  public static PairSelectionResult select(AdmissiblePairs pairs, Lottery lottery,
      boolean checked) {
    Objects.requireNonNull(lottery, "lottery");
    PreferenceInstance in = pairs.pairs;
    int n = in.studentCount();
    int m = in.placeCount();
    // Canonical order: students and places by lottery number, so that the input order cannot
    // decide between equally good selections.
    int[] studentOrder = LotteryOrder.order(LotteryDraws.perStudent(in, lottery), in.studentIds);
    long[] placeNumbers = new long[m];
    for (int p = 0; p < m; p++) {
      placeNumbers[p] = lottery.number(in.placeIds[p]);
    }
    int[] placeOrder = LotteryOrder.order(placeNumbers, in.placeIds);
    int[] canonicalPlace = new int[m];
    for (int j = 0; j < m; j++) {
      canonicalPlace[placeOrder[j]] = j;
    }
    AssignmentProblem.Builder builder = AssignmentProblem.builder(n, m);
    for (int j = 0; j < m; j++) {
      builder.capacity(j, MEETINGS_PER_SIDE * in.capacity[placeOrder[j]]);
    }
    for (int i = 0; i < n; i++) {
      int s = studentOrder[i];
      builder.supply(i, MEETINGS_PER_SIDE);
      for (int k = in.listStart[s]; k < in.listStart[s + 1]; k++) {
        builder.pair(i, canonicalPlace[in.place[k]], AdmissiblePairs.MAX_FIT - in.fitClass[k]);
      }
    }
    AssignmentProblem problem = builder.build();
    AssignmentResult assignment = AssignmentSolver.builder().checked(checked).build()
        .solve(problem);
    return fromAssignment(in, problem, assignment, studentOrder, placeOrder);
  }

  private static PairSelectionResult fromAssignment(PreferenceInstance in,
      AssignmentProblem problem, AssignmentResult assignment, int[] studentOrder,
      int[] placeOrder) {
    int n = in.studentCount();
    int m = in.placeCount();
    int[] edges = assignment.edges();
    int[] start = new int[n + 1];
    for (int e : edges) {
      start[studentOrder[problem.edgeStudent(e)] + 1]++;
    }
    for (int s = 0; s < n; s++) {
      if (start[s + 1] > MEETINGS_PER_SIDE) {
        throw new IllegalStateException("The assignment gives student (" + in.studentIds[s]
            + ") (" + start[s + 1] + ") meetings; this is a bug in the pair selection.");
      }
      start[s + 1] += start[s];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] place = new int[edges.length];
    int[] pairOf = new int[edges.length];
    int[] placeMet = new int[m];
    long totalFit = 0;
    for (int e : edges) {
      int s = studentOrder[problem.edgeStudent(e)];
      int p = placeOrder[problem.edgePlace(e)];
      int k = in.entryOf(s, p);
      if (k < 0) {
        throw new IllegalStateException("The assignment chose the pair (" + in.studentIds[s] + ", "
            + in.placeIds[p] + "), which is not admissible; this is a bug.");
      }
      int at = fill[s]++;
      place[at] = p;
      pairOf[at] = k;
      placeMet[p]++;
      totalFit += in.fitClass[k];
    }
    int[] studentShortfall = new int[n];
    for (int s = 0; s < n; s++) {
      studentShortfall[s] = MEETINGS_PER_SIDE - (start[s + 1] - start[s]);
    }
    int[] placeShortfall = new int[m];
    for (int p = 0; p < m; p++) {
      placeShortfall[p] = MEETINGS_PER_SIDE * in.capacity[p] - placeMet[p];
    }
    Meetings meetings = Meetings.fromChecked(in.studentIds, in.placeIds, in.capacity, start,
        place);
    int[] rowOf = new int[n];
    for (int i = 0; i < n; i++) {
      rowOf[studentOrder[i]] = i;
    }
    return new PairSelectionResult(meetings, pairOf, studentShortfall, placeShortfall, totalFit,
        assignment, rowOf);
  }
}
