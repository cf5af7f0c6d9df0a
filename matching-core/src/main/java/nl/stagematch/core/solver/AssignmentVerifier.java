package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an {@link AssignmentResult} independently of the solver, in time linear in the number of
 * pairs: feasibility, the objective, and optimality through the result's certificate.
 *
 * <p>Checks, each violation reported in words (the verifier never throws for a bad result):
 *
 * <ol>
 *   <li>feasibility: chosen edges are admissible pairs, none forbidden or chosen twice, every
 *       student gets at most its supply and every place at most its capacity, every pin is chosen;
 *   <li>objective: {@code K} and {@code C} recomputed from the edges equal the result's;
 *   <li>certificate, with {@code r(e) = cost(e) - studentPrice(s) + placePrice(p)} over the
 *       non-pinned, non-forbidden edges: {@code M} exceeds every possible total cost; unchosen edges
 *       have {@code r >= 0} and chosen ones {@code r <= 0}; place prices are {@code >= 0} and
 *       positive only at full places; student prices are {@code <= M}, and equal to {@code M} when
 *       the student did not get its full supply.
 * </ol>
 *
 * <p>Why this proves optimality: the conditions of 3 are the complementary slackness conditions of
 * the min-cost flow linear program "minimise {@code C + M * (units left unassigned)}" (whose
 * optimum is integral), so the assignment is optimal for it; since {@code M} exceeds any total
 * cost, that optimum maximises {@code K} first and minimises {@code C} second. In particular a
 * non-maximum or costlier assignment has no valid certificate.
 */
public final class AssignmentVerifier {
  /** The largest number of violations listed in words in a report. */
  public static final int MAX_LISTED = 50;

  private AssignmentVerifier() {}

  /** Verifies {@code result} against its own problem. */
  public static VerificationReport verify(AssignmentResult result) {
    return verify(result.problem(), result);
  }

  /** Verifies {@code result} against {@code problem}. */
  public static VerificationReport verify(AssignmentProblem problem, AssignmentResult result) {
    Violations out = new Violations();
    int students = problem.students();
    int places = problem.places();
    int edges = problem.edges();
    int[] chosen = result.edges();
    long[] u = result.studentPrices();
    long[] v = result.placePrices();
    long bigM = result.unassignedPenalty();
    if (u.length != students || v.length != places) {
      out.add("The certificate has " + u.length + " student prices and " + v.length
          + " place prices, but the problem has " + students + " students and " + places
          + " places.");
      return out.report(0, 0);
    }
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] < 0 || chosen[i] >= edges) {
        out.add("The chosen edge id (" + chosen[i] + ") is not a pair of the problem (0.."
            + (edges - 1) + ").");
        return out.report(0, 0);
      }
      if (i > 0 && chosen[i] < chosen[i - 1]) {
        out.add("The chosen edges are not sorted at position " + i + ".");
        return out.report(0, 0);
      }
    }
    int[] perStudent = new int[students];
    int[] perPlace = new int[places];
    long assigned = 0;
    long cost = 0;
    long costBound = 0;
    int next = 0;
    int[] pins = problem.pinnedEdges();
    int nextPin = 0;
    int nextForbidden = 0;
    int[] forbidden = problem.forbiddenEdges();
    // pass 1: feasibility, objective, cost bound
    for (int s = 0; s < students; s++) {
      int from = problem.rowStart(s);
      int to = s + 1 < students ? problem.rowStart(s + 1) : edges;
      int maxCost = 0;
      for (int e = from; e < to; e++) {
        boolean isForbidden = nextForbidden < forbidden.length && forbidden[nextForbidden] == e;
        if (isForbidden) {
          nextForbidden++;
        }
        boolean isPinned = nextPin < pins.length && pins[nextPin] == e;
        if (isPinned) {
          nextPin++;
        }
        int c = problem.edgeCost(e);
        if (!isForbidden && c > maxCost) {
          maxCost = c;
        }
        int times = 0;
        while (next < chosen.length && chosen[next] == e) {
          times++;
          next++;
        }
        int p = problem.edgePlace(e);
        if (times > 1) {
          out.add("The pair (student " + s + ", place " + p + ") is chosen " + times
              + " times.");
        }
        if (times > 0) {
          if (isForbidden) {
            out.add("Student " + s + " is assigned to place " + p
                + ", but that pair is forbidden.");
          }
          perStudent[s] += times;
          perPlace[p] += times;
          assigned += times;
          cost += (long) times * c;
        } else if (isPinned) {
          out.add("The pinned pair (student " + s + ", place " + p + ") is not chosen.");
        }
      }
      costBound += (long) maxCost * problem.supply(s);
      if (perStudent[s] > problem.supply(s)) {
        out.add("Student " + s + " has " + perStudent[s] + " places, more than its supply ("
            + problem.supply(s) + ").");
      }
    }
    for (int p = 0; p < places; p++) {
      if (perPlace[p] > problem.capacity(p)) {
        out.add("Place " + p + " has " + perPlace[p] + " students, more than its capacity ("
            + problem.capacity(p) + ").");
      }
    }
    if (assigned != result.assigned()) {
      out.add("The result reports " + result.assigned() + " assigned units, but its edges give "
          + assigned + ".");
    }
    if (cost != result.cost()) {
      out.add("The result reports a cost of " + result.cost() + ", but its edges give " + cost
          + ".");
    }
    // pass 2: the certificate
    if (bigM <= costBound) {
      out.add("The unassigned penalty M (" + bigM + ") must exceed every possible total cost ("
          + costBound + "), or it does not prove that the number of assigned units is maximum.");
    }
    for (int p = 0; p < places; p++) {
      if (v[p] < 0) {
        out.add("Place " + p + " has a negative price (" + v[p] + ").");
      } else if (v[p] > 0 && perPlace[p] < problem.capacity(p)) {
        out.add("Place " + p + " has a positive price (" + v[p] + ") but free capacity ("
            + perPlace[p] + " of " + problem.capacity(p) + " used): an unassigned student or a"
            + " cheaper move may exist.");
      }
    }
    for (int s = 0; s < students; s++) {
      if (u[s] > bigM) {
        out.add("Student " + s + " has a price (" + u[s] + ") above M (" + bigM + ").");
      } else if (u[s] < bigM && perStudent[s] < problem.supply(s)) {
        out.add("Student " + s + " is not fully assigned (" + perStudent[s] + " of "
            + problem.supply(s) + ") but its price (" + u[s] + ") is below M (" + bigM
            + "): the assignment may not be maximum.");
      }
    }
    next = 0;
    nextPin = 0;
    nextForbidden = 0;
    for (int s = 0; s < students; s++) {
      int from = problem.rowStart(s);
      int to = s + 1 < students ? problem.rowStart(s + 1) : edges;
      for (int e = from; e < to; e++) {
        boolean isForbidden = nextForbidden < forbidden.length && forbidden[nextForbidden] == e;
        if (isForbidden) {
          nextForbidden++;
        }
        boolean isPinned = nextPin < pins.length && pins[nextPin] == e;
        if (isPinned) {
          nextPin++;
        }
        boolean isChosen = false;
        while (next < chosen.length && chosen[next] == e) {
          isChosen = true;
          next++;
        }
        if (isForbidden || isPinned) {
          continue;
        }
        int p = problem.edgePlace(e);
        long r = problem.edgeCost(e) - u[s] + v[p];
        if (isChosen && r > 0) {
          out.add("The chosen pair (student " + s + ", place " + p + ") has a positive reduced"
              + " cost (" + r + "): the certificate does not support choosing it.");
        } else if (!isChosen && r < 0) {
          out.add("The unchosen pair (student " + s + ", place " + p + ") has a negative reduced"
              + " cost (" + r + "): choosing it may give a better assignment.");
        }
      }
    }
    return out.report(assigned, cost);
  }

  private static final class Violations {
    private final List<String> listed = new ArrayList<>();
    private long total;

    void add(String violation) {
      total++;
      if (listed.size() < MAX_LISTED) {
        listed.add(violation);
      }
    }

    VerificationReport report(long assigned, long cost) {
      return new VerificationReport(listed, total, assigned, cost);
    }
  }
}
