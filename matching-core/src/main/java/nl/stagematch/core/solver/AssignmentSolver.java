package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;
import nl.stagematch.core.model.Lottery;

/**
 * Solves {@link AssignmentProblem}s exactly (maximum number of assigned units, then minimum total
 * cost) and re-solves them warm after a change; every result carries an optimality certificate.
 *
 * <p>Algorithm: successive shortest augmenting paths with Dijkstra on reduced costs over the
 * capacitated bipartite graph (no slot expansion). A greedy first pass and a bounded auction pass
 * (Jonker-Volgenant's augmenting row reduction extended to places with several seats, keeping the
 * prices exact) place most students; every remaining unit of supply gets one search that stops at
 * the first free place or at the cheapest "leave a unit unassigned" option (which may bump
 * another student out). This is exact min-cost flow, also when not every student can be placed.
 * Memory is linear in the pairs; no allocation per search.
 *
 * <p>Modes ({@link Builder}):
 *
 * <ul>
 *   <li>{@link TieBreak#NONE} (default, fastest): the result is optimal and a deterministic function
 *       of the input <em>as given</em>; among equal optima the choice depends on the input order.
 *   <li>{@link TieBreak#LOTTERY}: the problem is first relabelled into a canonical order (students
 *       by lottery number, mixed with the seed; places by their lottery number if the problem has
 *       place numbers, else by a hash of their capacity and of their pairs' lottery numbers and
 *       costs), solved there and mapped back. The result is then a
 *       function of (pairs, costs, capacities, supplies, pins, lottery numbers, seed): permuting
 *       the students, places or pairs of the input gives the same assignment after mapping back.
 *       It guarantees this invariance and that the lottery (not the input order) decides among
 *       optima (two places with equal capacity and identical pairs are interchangeable, so without
 *       place lottery numbers the input order picks between them); it does not promise a
 *       particular priority (for example "the lower number is placed")
 *       among tied students. Without lottery numbers the students' numbers are derived from the
 *       seed and the student index, so only the order of places and pairs no longer matters.
 *       Costs one sort and one copy of the pairs.
 *   <li>{@link Builder#checked(boolean) checked}: runs {@link AssignmentVerifier} after every solve
 *       and throws {@link IllegalStateException} on a violation; a linear extra pass with
 *       allocation, so slow-ish (about a third more time); meant for tests and audits.
 * </ul>
 *
 * <p>Warm re-solve ({@link #resolve}) starts from the previous assignment and prices, resets only
 * the students whose constraints broke, and re-routes their units first, to the seats the change
 * freed where those are nearest; the prices of places left with free capacity are repaired after,
 * or in between where a route needs it. It reaches the same optimum {@code (K, C)} as a cold solve
 * (with ties, possibly another optimal assignment). Instances are immutable and thread-safe.
 */
public final class AssignmentSolver {

  /** How ties between equally good assignments are broken. */
  public enum TieBreak {
    /** No tie-breaking: the fastest mode; ties follow the input order. */
    NONE,
    /** Ties are decided by the seeded lottery; the result does not depend on the input order. */
    LOTTERY
  }

  private final TieBreak tieBreak;
  private final boolean checked;

  private AssignmentSolver(Builder b) {
    this.tieBreak = b.tieBreak;
    this.checked = b.checked;
  }

  /** Returns a solver with the defaults: {@link TieBreak#NONE}, not checked. */
  public static AssignmentSolver create() {
    return builder().build();
  }

  /** Returns a builder; see {@link Builder} for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the tie-break mode. */
  public TieBreak tieBreak() {
    return tieBreak;
  }

  /** Returns whether every result is verified before it is returned. */
  public boolean checked() {
    return checked;
  }

  /** Solves {@code problem} from scratch. */
  public AssignmentResult solve(AssignmentProblem problem) {
    long start = System.nanoTime();
    AssignmentResult result;
    if (tieBreak == TieBreak.LOTTERY) {
      result = solveCanonical(problem, start);
    } else {
      long bigM = SspEngine.bigM(problem);
      SspEngine engine = new SspEngine(problem.topology, problem.capacity, problem.supply,
          problem.pinned, problem.forbidden, bigM);
      engine.solveCold();
      engine.fixClosedPlaces();
      result = new AssignmentResult(problem, engine.chosenEdges(problem.pinned), engine.u,
          engine.v, bigM, stats(engine, start));
    }
    return check(result);
  }

  /**
   * Re-solves after {@code change}, starting from {@code previous} (a result of this or any solver
   * for {@code previous.problem()}, with a valid certificate). Returns a result for {@code
   * previous.problem().apply(change)} with the same optimum as a cold solve of that problem.
   */
  public AssignmentResult resolve(AssignmentResult previous, AssignmentChange change) {
    long start = System.nanoTime();
    AssignmentProblem old = previous.problem();
    int[][] map = new int[1][];
    AssignmentProblem problem = change.applyWithMap(old, map);
    // without new pairs the bound can only have dropped: the old problem's (computed once) holds
    long bigM = Math.max(previous.unassignedPenalty(),
        SspEngine.bigM(change.addsPairs() ? problem : old));
    int[] chosen = previous.edgesShared();
    if (map[0] != null) {
      int[] m = map[0];
      int[] c = new int[chosen.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = m[chosen[i]];
      }
      chosen = c;
    }
    SspEngine engine = new SspEngine(problem.topology, problem.capacity, problem.supply,
        problem.pinned, problem.forbidden, bigM);
    engine.load(chosen, previous.studentPricesShared(), previous.placePricesShared());
    // the previous prices certify the previous problem: only students named by the change (or,
    // when pairs are added, anyone) can have an edge that breaks them
    engine.repairAll(change.touchedStudents());
    engine.fixClosedPlaces();
    AssignmentResult result = new AssignmentResult(problem, engine.chosenEdges(problem.pinned),
        engine.u, engine.v, bigM, stats(engine, start));
    return check(result);
  }

  private AssignmentResult check(AssignmentResult result) {
    if (checked) {
      VerificationReport report = AssignmentVerifier.verify(result.problem(), result);
      if (!report.ok()) {
        throw new IllegalStateException("The solver returned a result that fails verification;"
            + " this is a bug, please report it with the problem:\n" + report);
      }
    }
    return result;
  }

  private static AssignmentStats stats(SspEngine e, long start) {
    return new AssignmentStats(e.searches, e.backwardSearches, e.pops, e.edgeScans, e.greedy,
        e.resets, System.nanoTime() - start);
  }

  /** Relabels into the lottery order, solves there and maps back. */
  private AssignmentResult solveCanonical(AssignmentProblem problem, long start) {
    Topology t = problem.topology;
    int students = t.students;
    int places = t.places;
    long seedMix = Lottery.mix(problem.seed * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L);
    long[] key = new long[students];
    for (int s = 0; s < students; s++) {
      long base = problem.lottery != null ? problem.lottery[s] : Lottery.mix(s + 1L);
      key[s] = Lottery.mix(base ^ seedMix);
    }
    int[] studentOrder = order(key);
    byte[] state = new byte[t.edges()];
    for (int e : problem.forbidden) {
      state[e] = 1;
    }
    for (int e : problem.pinned) {
      state[e] = 2;
    }
    long[] placeKey = new long[places];
    if (problem.placeLottery != null) {
      for (int p = 0; p < places; p++) {
        placeKey[p] = Lottery.mix(problem.placeLottery[p] ^ seedMix);
      }
    } else {
      for (int p = 0; p < places; p++) {
        placeKey[p] = Lottery.mix(problem.capacity[p] + 0x5851f42d4c957f2dL);
      }
      for (int s = 0; s < students; s++) {
        for (int e = t.rowStart[s]; e < t.rowStart[s + 1]; e++) {
          placeKey[t.edgePlace[e]] += Lottery.mix(key[s] * 31 + t.edgeCost[e] * 7L + state[e]);
        }
      }
    }
    int[] placeOrder = order(placeKey);
    int[] newPlace = new int[places];
    for (int i = 0; i < places; i++) {
      newPlace[placeOrder[i]] = i;
    }
    int e = t.edges();
    int[] rowStart = new int[students + 1];
    int[] edgePlace = new int[e];
    int[] edgeCost = new int[e];
    int[] origEdge = new int[e];
    // held in a box so that it can be dropped before the solve (see below)
    int[][] newEdgeBox = {new int[e]};
    for (int i = 0; i < students; i++) {
      int s = studentOrder[i];
      rowStart[i + 1] = rowStart[i] + t.rowStart[s + 1] - t.rowStart[s];
    }
    // each row's pairs in the new place order, rows in fixed blocks in parallel: every row has
    // its own range of the new arrays, so the outcome does not depend on the threads
    int blocks = (students + RELABEL_BLOCK - 1) / RELABEL_BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int[] newEdge = newEdgeBox[0];
      long[] row = new long[16];
      for (int i = b * RELABEL_BLOCK; i < Math.min(students, (b + 1) * RELABEL_BLOCK); i++) {
        int s = studentOrder[i];
        int from = t.rowStart[s];
        int deg = t.rowStart[s + 1] - from;
        if (row.length < deg) {
          row = new long[Math.max(deg, 2 * row.length)];
        }
        for (int j = 0; j < deg; j++) {
          row[j] = ((long) newPlace[t.edgePlace[from + j]] << 32) | j;
        }
        // the keys are distinct, so the sorted order is unique
        Arrays.sort(row, 0, deg);
        int at = rowStart[i];
        for (int j = 0; j < deg; j++) {
          int orig = from + (int) row[j];
          origEdge[at] = orig;
          newEdge[orig] = at;
          edgePlace[at] = (int) (row[j] >>> 32);
          edgeCost[at++] = t.edgeCost[orig];
        }
      }
    });
    Topology nt = new Topology(students, places, rowStart, edgePlace, edgeCost);
    int[] cap = new int[places];
    for (int p = 0; p < places; p++) {
      cap[newPlace[p]] = problem.capacity[p];
    }
    int[] supply = new int[students];
    for (int i = 0; i < students; i++) {
      supply[i] = problem.supply[studentOrder[i]];
    }
    int[] pinned = remapSorted(problem.pinned, newEdgeBox[0]);
    int[] forbidden = remapSorted(problem.forbidden, newEdgeBox[0]);
    // this method runs once per match, often interpreted, where a local keeps its array alive
    // to the end: let the per-pair arrays no longer needed go before the solve
    newEdgeBox[0] = null;
    state = null;
    long bigM = SspEngine.bigM(problem);
    SspEngine engine = new SspEngine(nt, cap, supply, pinned, forbidden, bigM);
    engine.solveCold();
    engine.fixClosedPlaces();
    int[] chosen = engine.chosenEdges(pinned);
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = origEdge[chosen[i]];
    }
    Arrays.sort(chosen);
    long[] u = new long[students];
    for (int i = 0; i < students; i++) {
      u[studentOrder[i]] = engine.u[i];
    }
    long[] v = new long[places];
    for (int p = 0; p < places; p++) {
      v[p] = engine.v[newPlace[p]];
    }
    return new AssignmentResult(problem, chosen, u, v, bigM, stats(engine, start));
  }

  /** Students per block of the parallel relabelling (fixed: never dependent on threads). */
  private static final int RELABEL_BLOCK = 2048;

  private static int[] remapSorted(int[] edges, int[] map) {
    int[] out = new int[edges.length];
    for (int i = 0; i < edges.length; i++) {
      out[i] = map[edges[i]];
    }
    Arrays.sort(out);
    return out;
  }

  /** Returns the indices sorted by (key, index). */
  private static int[] order(long[] key) {
    int n = key.length;
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new long[] {key[i], i};
    }
    Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) pairs[i][1];
    }
    return out;
  }

  @Override
  public String toString() {
    return "AssignmentSolver[tieBreak=" + tieBreak + ", checked=" + checked + "]";
  }

  /**
   * Builds an {@link AssignmentSolver}. Defaults: {@link TieBreak#NONE}, {@code checked = false}.
   */
  public static final class Builder {
    private TieBreak tieBreak = TieBreak.NONE;
    private boolean checked;

    Builder() {}

    /** Sets the tie-break mode (default {@link TieBreak#NONE}). */
    public Builder tieBreak(TieBreak mode) {
      if (mode == null) {
        throw new IllegalArgumentException("The tie-break mode must not be null."
            + "\nMaybe use TieBreak.NONE.");
      }
      this.tieBreak = mode;
      return this;
    }

    /** Sets whether every result is verified before it is returned (default false; slow-ish). */
    public Builder checked(boolean checked) {
      this.checked = checked;
      return this;
    }

    /** Builds the solver. */
    public AssignmentSolver build() {
      return new AssignmentSolver(this);
    }
  }
}
