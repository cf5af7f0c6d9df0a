package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;

/**
 * Why a student with spare supply (in V1: an unplaced student) got nothing in an optimal
 * assignment ("most assigned, then least total cost"), computed exactly from the assignment and
 * the solver's optimality certificate (its dual prices), and the lottery's priority among equally
 * good assignments.
 *
 * <p><b>Method.</b> With the certificate's prices {@code u} (students), {@code v} (places) and
 * penalty {@code M}, every pair has the reduced cost {@code r(s,p) = cost(s,p) - u(s) + v(p)}:
 * at least 0 when not chosen, at most 0 when chosen (complementary slackness, checked when this
 * object is made). Every assignment that gives row {@code s} one more unit and keeps the number
 * assigned differs from the current one by an alternating path {@code s -> p1 -> t1 -> p2 -> ... ->
 * t}: {@code s} takes a seat at {@code p1}, whose holder {@code t1} moves to {@code p2}, and so
 * on, until row {@code t} gives up a unit (a path to a place with room would assign one unit more,
 * which the optimum excludes). Its extra cost is {@code sum r(forward) - sum r(backward) + M -
 * u(t)} (the prices telescope; {@code u(s) = M} for a row with spare supply), a sum of terms that
 * are all at least 0. So the least extra cost of placing {@code s}, her <em>loss</em>, is a
 * shortest path with non-negative lengths; one Dijkstra search from all rows that can give up a
 * unit, backwards, gives it for every row at once ({@code O(E log E)}). A loss of 0 means an
 * equally good assignment (same number assigned, same total cost) places her: an exact tie. No
 * pin is ever moved, no forbidden pair used.
 *
 * <p>{@link #lotteryOrder} makes the lottery decide the ties: it exchanges along paths of loss 0
 * while some row without her unit could take the place of a row later in the lottery's order.
 * Afterwards every tie winner of an unplaced row ({@link #tieWinners}) is earlier in that order.
 * Such exchanges keep the certificate valid (all their pairs have reduced cost 0, and both ends
 * have price {@code M}), so the losses computed after them are still exact.
 */
final class Scarcity {
  private static final byte CHOSEN = 1;
  private static final byte CLOSED = 2;
  private static final byte FIXED = 4;

  /** No assignment with the same number assigned gives the row a unit more. */
  static final long IMPOSSIBLE = Long.MAX_VALUE;

  private final AssignmentProblem problem;
  private final long[] u;
  private final long[] v;
  private final long bigM;
  private final int rows;
  private final int places;
  /**
   * Per pair: {@link #CHOSEN}, {@link #CLOSED} (forbidden) and {@link #FIXED} (pinned) as bits,
   * one byte per pair (the searches test all three at one place in memory).
   */
  private final byte[] state;
  private final int[] count;
  /** Per place: its edge ids (column order). */
  private final int[] colStart;
  private final int[] colEdge;
  /** Per entry of {@link #colEdge}: the row of that pair (the column scans read it in order). */
  private final int[] colRow;
  private long[] dist;
  /** The searches of {@link #tieWinners} (arrays reused: one set per object, not per call). */
  private Search search;

  /**
   * Takes the assignment and certificate of {@code result} (the chosen pairs may be changed by
   * {@link #lotteryOrder} afterwards).
   *
   * @throws IllegalStateException if the certificate does not prove the assignment optimal
   */
  Scarcity(AssignmentResult result) {
    this.problem = result.problem();
    this.u = result.studentPrices();
    this.v = result.placePrices();
    this.bigM = result.unassignedPenalty();
    this.rows = problem.students();
    this.places = problem.places();
    int e = problem.edges();
    state = new byte[e];
    count = new int[rows];
    for (int k : problem.pinnedEdges()) {
      state[k] |= FIXED;
    }
    for (int k : problem.forbiddenEdges()) {
      state[k] |= CLOSED;
    }
    for (int i = 0; i < result.edgeCount(); i++) {
      int k = result.edge(i);
      state[k] |= CHOSEN;
    }
    colStart = new int[places + 1];
    for (int k = 0; k < e; k++) {
      colStart[problem.edgePlace(k) + 1]++;
    }
    for (int p = 0; p < places; p++) {
      colStart[p + 1] += colStart[p];
    }
    colEdge = new int[e];
    colRow = new int[e];
    int[] at = Arrays.copyOf(colStart, places);
    for (int s = 0; s < rows; s++) {
      int to = end(s);
      for (int k = problem.rowStart(s); k < to; k++) {
        int i = at[problem.edgePlace(k)]++;
        colEdge[i] = k;
        colRow[i] = s;
        if ((state[k] & CHOSEN) != 0) {
          count[s]++;
        }
      }
    }
    checkCertificate();
  }

  private void checkCertificate() {
    int[] load = new int[places];
    for (int s = 0; s < rows; s++) {
      int to = end(s);
      for (int k = problem.rowStart(s); k < to; k++) {
        boolean chosen = (state[k] & CHOSEN) != 0;
        if (chosen) {
          load[problem.edgePlace(k)]++;
        }
        if ((state[k] & (FIXED | CLOSED)) != 0) {
          continue;
        }
        long r = reduced(k, s);
        if (chosen ? r > 0 : r < 0) {
          throw bug("pair " + k + " has reduced cost " + r + (chosen ? " but is chosen"
              : " but is not chosen"));
        }
      }
    }
    for (int s = 0; s < rows; s++) {
      if (count[s] < problem.supply(s) && u[s] != bigM) {
        throw bug("row " + s + " has spare supply but price " + u[s] + " below M " + bigM);
      }
    }
    for (int p = 0; p < places; p++) {
      if (v[p] > 0 && load[p] < problem.capacity(p)) {
        throw bug("place " + p + " has a positive price but room");
      }
    }
  }

  private static IllegalStateException bug(String what) {
    return new IllegalStateException("The assignment's certificate does not hold (" + what
        + "); the reasons of the unplaced students cannot be derived. This is a bug.");
  }

  /** The reduced cost of pair {@code k}, which is in row {@code row}. */
  private long reduced(int k, int row) {
    return problem.edgeCost(k) - u[row] + v[problem.edgePlace(k)];
  }

  /** Whether row {@code t} can give up a unit: it has a chosen pair that is not pinned. */
  private boolean canLeave(int t) {
    int to = end(t);
    for (int k = problem.rowStart(t); k < to; k++) {
      if ((state[k] & (CHOSEN | FIXED)) == CHOSEN) {
        return true;
      }
    }
    return false;
  }

  private int end(int s) {
    return s + 1 < rows ? problem.rowStart(s + 1) : state.length;
  }

  /** The place of supply-1 row {@code s}, or -1. */
  int placeOf(int s) {
    int to = end(s);
    for (int k = problem.rowStart(s); k < to; k++) {
      if ((state[k] & CHOSEN) != 0) {
        return problem.edgePlace(k);
      }
    }
    return -1;
  }

  /** Whether row {@code s} got fewer units than its supply. */
  boolean hasSpare(int s) {
    return count[s] < problem.supply(s);
  }

  /**
   * Exchanges along paths of loss 0 until no row with spare supply can take, at equal number
   * assigned and equal total cost, the place of a row that comes later in the order {@code rank}
   * (lower rank first: the lottery's order). Rows are taken in that order; each exchange hands
   * the unit of the latest such row to the earlier one, so the placed rows' ranks only fall and it
   * ends. Unit supplies only.
   *
   * @param rank per row: its position in the lottery's order (distinct)
   * @return the number of exchanges made
   */
  int lotteryOrder(int[] rank) {
    int swaps = 0;
    boolean changed = true;
    // Only rows in an exact tie (loss 0) can take a place at equal cost; the loss does not depend
    // on which optimal assignment is current, so one search finds them for every pass.
    List<Integer> tied = new ArrayList<>();
    boolean[] listed = new boolean[rows];
    for (int s = 0; s < rows; s++) {
      if (hasSpare(s) && problem.supply(s) == 1 && loss(s) == 0) {
        tied.add(s);
        listed[s] = true;
      }
    }
    Search search = new Search();
    while (changed) {
      changed = false;
      tied.sort((a, b) -> Integer.compare(rank[a], rank[b]));
      for (int x = 0; x < tied.size(); x++) {
        int s = tied.get(x);
        if (!hasSpare(s)) {
          continue;
        }
        int best = -1;
        for (int t : search.tight(s)) {
          if (rank[t] > rank[s] && (best < 0 || rank[t] > rank[best])) {
            best = t;
          }
        }
        if (best >= 0) {
          search.augment(s, best);
          swaps++;
          changed = true;
          // the distances stay: an exchange at loss 0 keeps the prices and every place's load,
          // and the distance of a place is the least extra cost of freeing one of its seats,
          // which depends on those alone (not on which optimal assignment is current)
          if (!listed[best]) {
            // displaced, so now in a tie herself
            tied.add(best);
            listed[best] = true;
          }
        }
      }
    }
    return swaps;
  }

  /**
   * The rows that give up their unit in some equally good assignment (same number assigned, same
   * total cost) that gives row {@code s} a unit more; empty if there is none (then {@link #loss}
   * is positive). Sorted by row.
   */
  int[] tieWinners(int s) {
    if (search == null) {
      search = new Search();
    }
    List<Integer> w = search.tight(s);
    int[] out = w.stream().mapToInt(Integer::intValue).sorted().toArray();
    return out;
  }

  /**
   * The least extra total cost of an assignment that assigns as many units and gives row {@code
   * s} (with spare supply) a unit more, or {@link #IMPOSSIBLE} if no such assignment exists (all
   * seats of her places are pinned).
   */
  long loss(int s) {
    distances();
    long best = IMPOSSIBLE;
    int to = end(s);
    for (int k = problem.rowStart(s); k < to; k++) {
      if (state[k] == 0) {
        long d = dist[problem.edgePlace(k)];
        if (d != IMPOSSIBLE) {
          best = Math.min(best, reduced(k, s) + d);
        }
      }
    }
    return best;
  }

  /**
   * The places at which row {@code s} would start in an assignment of least extra cost that gives
   * her a unit more (those of {@link #loss}), ascending; empty if impossible.
   */
  int[] lossPlaces(int s) {
    long best = loss(s);
    if (best == IMPOSSIBLE) {
      return new int[0];
    }
    List<Integer> out = new ArrayList<>();
    int to = end(s);
    for (int k = problem.rowStart(s); k < to; k++) {
      if (state[k] == 0) {
        long d = dist[problem.edgePlace(k)];
        if (d != IMPOSSIBLE && reduced(k, s) + d == best) {
          out.add(problem.edgePlace(k));
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * The distance of every node to a row that can give up a unit, in the residual graph with
   * reduced costs; places at indices 0..places-1, rows after. One backward Dijkstra search.
   */
  private void distances() {
    if (dist != null) {
      return;
    }
    int nodes = places + rows;
    long[] d = new long[nodes];
    Arrays.fill(d, IMPOSSIBLE);
    // the distances are unique whatever the order of equal keys, so an indexed heap (one entry
    // per node, keys lowered in place) gives the same ones as any other Dijkstra queue
    NodeHeap queue = new NodeHeap(nodes, d);
    for (int t = 0; t < rows; t++) {
      if (canLeave(t)) {
        queue.lower(places + t, bigM - u[t]);
      }
    }
    while (!queue.isEmpty()) {
      int x = queue.poll();
      long dx = d[x];
      if (x >= places) {
        // row t: reached from the places of its chosen, movable pairs (t leaves p)
        int t = x - places;
        int to = end(t);
        for (int k = problem.rowStart(t); k < to; k++) {
          if ((state[k] & (CHOSEN | FIXED)) == CHOSEN) {
            int p = problem.edgePlace(k);
            long nd = dx - reduced(k, t);
            if (nd < d[p]) {
              queue.lower(p, nd);
            }
          }
        }
      } else {
        // place p: reached from every row w with an unchosen, open pair at p (w takes p)
        for (int i = colStart[x]; i < colStart[x + 1]; i++) {
          int k = colEdge[i];
          if (state[k] != 0) {
            continue;
          }
          int w = colRow[i];
          // dx + reduced(k, w), the row from the column's own array
          long nd = dx + problem.edgeCost(k) - u[w] + v[x];
          w += places;
          if (nd < d[w]) {
            queue.lower(w, nd);
          }
        }
      }
    }
    dist = d;
  }

  /** A binary min-heap of nodes keyed by {@code key[node]}, with keys lowered in place. */
  private static final class NodeHeap {
    private final long[] key;
    private final int[] heap;
    /** Per node: its index in {@link #heap}, -1 if not in it. */
    private final int[] at;
    private int size;

    NodeHeap(int nodes, long[] key) {
      this.key = key;
      this.heap = new int[nodes];
      this.at = new int[nodes];
      Arrays.fill(at, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Sets the key of {@code node} to {@code k} (lower than its current one) and queues it. */
    void lower(int node, long k) {
      key[node] = k;
      int i = at[node];
      if (i < 0) {
        i = size++;
        heap[i] = node;
        at[node] = i;
      }
      up(i);
    }

    /** Removes and returns a node of least key. */
    int poll() {
      int top = heap[0];
      at[top] = -1;
      int last = heap[--size];
      if (size > 0) {
        heap[0] = last;
        at[last] = 0;
        down(0);
      }
      return top;
    }

    private void up(int i) {
      int node = heap[i];
      long k = key[node];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        int pn = heap[parent];
        if (key[pn] <= k) {
          break;
        }
        heap[i] = pn;
        at[pn] = i;
        i = parent;
      }
      heap[i] = node;
      at[node] = i;
    }

    private void down(int i) {
      int node = heap[i];
      long k = key[node];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
          child++;
        }
        int cn = heap[child];
        if (key[cn] >= k) {
          break;
        }
        heap[i] = cn;
        at[cn] = i;
        i = child;
      }
      heap[i] = node;
      at[node] = i;
    }
  }

  /** Breadth-first searches over the pairs of reduced cost 0 (reused arrays). */
  private final class Search {
    private final int[] seenPlace = new int[places];
    private final int[] seenRow = new int[rows];
    private final int[] viaPlace = new int[places];
    /** Per place: the row of the pair {@link #viaPlace} names. */
    private final int[] viaPlaceRow = new int[places];
    private final int[] viaRow = new int[rows];
    private final int[] queue = new int[rows];
    private int stamp;

    /**
     * The rows other than {@code s} that can give up a unit at the end of a path of loss 0 from
     * {@code s}; the paths are remembered for {@link #augment}.
     */
    List<Integer> tight(int s) {
      stamp++;
      List<Integer> out = new ArrayList<>();
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      seenRow[s] = stamp;
      viaRow[s] = -1;
      while (head < tail) {
        int w = queue[head++];
        int to = end(w);
        for (int k = problem.rowStart(w); k < to; k++) {
          if (state[k] != 0 || reduced(k, w) != 0) {
            continue;
          }
          int p = problem.edgePlace(k);
          if (seenPlace[p] == stamp) {
            continue;
          }
          seenPlace[p] = stamp;
          viaPlace[p] = k;
          viaPlaceRow[p] = w;
          for (int i = colStart[p]; i < colStart[p + 1]; i++) {
            int c = colEdge[i];
            int t = colRow[i];
            if ((state[c] & (CHOSEN | FIXED)) != CHOSEN || reduced(c, t) != 0) {
              continue;
            }
            if (seenRow[t] == stamp) {
              continue;
            }
            seenRow[t] = stamp;
            viaRow[t] = c;
            if (u[t] == bigM) {
              out.add(t);
            }
            queue[tail++] = t;
          }
        }
      }
      return out;
    }

    /** Moves along the remembered path from {@code s} to {@code t}: {@code t} gives up a unit. */
    void augment(int s, int t) {
      int row = t;
      while (row != s) {
        int leave = viaRow[row];
        int p = problem.edgePlace(leave);
        int take = viaPlace[p];
        state[leave] &= ~CHOSEN;
        state[take] |= CHOSEN;
        count[row]--;
        row = viaPlaceRow[p];
        count[row]++;
      }
    }
  }
}
