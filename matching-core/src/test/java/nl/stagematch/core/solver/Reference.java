package nl.stagematch.core.solver;

import java.util.Arrays;

/** Independent, simple reference algorithms for the optimum (K, C). */
final class Reference {
  private Reference() {}

  /** Exhaustive search over every feasible choice; tiny problems only. */
  static long[] bruteForce(AssignmentProblem pr) {
    int[] load = new int[pr.places()];
    long[] best = {-1, 0};
    dfs(pr, 0, pr.rowStart(0 < pr.students() ? 0 : 0), load, 0, 0, 0, best);
    return best;
  }

  private static int rowEnd(AssignmentProblem pr, int s) {
    return s + 1 < pr.students() ? pr.rowStart(s + 1) : pr.edges();
  }

  private static void dfs(AssignmentProblem pr, int s, int e, int[] load, int taken, long k,
      long c, long[] best) {
    if (s == pr.students()) {
      if (k > best[0] || (k == best[0] && c < best[1])) {
        best[0] = k;
        best[1] = c;
      }
      return;
    }
    if (e == rowEnd(pr, s)) {
      // every pin of s must be taken: checked when skipping a pinned edge
      dfs(pr, s + 1, s + 1 < pr.students() ? pr.rowStart(s + 1) : 0, load, 0, k, c, best);
      return;
    }
    int p = pr.edgePlace(e);
    boolean pinned = pr.isPinned(e);
    if (!pinned) {
      dfs(pr, s, e + 1, load, taken, k, c, best);
    }
    if (!pr.isForbidden(e) && taken < pr.supply(s) && load[p] < pr.capacity(p)) {
      load[p]++;
      dfs(pr, s, e + 1, load, taken + 1, k + 1, c + pr.edgeCost(e), best);
      load[p]--;
    }
  }

  /**
   * Plain successive shortest paths with Bellman-Ford on source -> student (supply) -> place
   * (cap 1 per pair) -> sink (capacity), pins taken first: min-cost maximum flow.
   */
  static long[] bellmanFord(AssignmentProblem pr) {
    int students = pr.students();
    int places = pr.places();
    int n = students + places + 2;
    int src = n - 2;
    int snk = n - 1;
    int maxArcs = 2 * (students + places + pr.edges());
    int[] head = new int[n];
    Arrays.fill(head, -1);
    int[] to = new int[maxArcs];
    int[] nxt = new int[maxArcs];
    int[] cap = new int[maxArcs];
    long[] cost = new long[maxArcs];
    int[] m = {0};
    int[] supply = new int[students];
    int[] capacity = new int[places];
    long k = 0;
    long c = 0;
    for (int s = 0; s < students; s++) {
      supply[s] = pr.supply(s);
    }
    for (int p = 0; p < places; p++) {
      capacity[p] = pr.capacity(p);
    }
    for (int e : pr.pinnedEdges()) {
      supply[pr.edgeStudent(e)]--;
      capacity[pr.edgePlace(e)]--;
      k++;
      c += pr.edgeCost(e);
    }
    for (int s = 0; s < students; s++) {
      addArc(head, to, nxt, cap, cost, m, src, s, supply[s], 0);
      for (int e = pr.rowStart(s); e < rowEnd(pr, s); e++) {
        if (!pr.isForbidden(e) && !pr.isPinned(e)) {
          addArc(head, to, nxt, cap, cost, m, s, students + pr.edgePlace(e), 1, pr.edgeCost(e));
        }
      }
    }
    for (int p = 0; p < places; p++) {
      addArc(head, to, nxt, cap, cost, m, students + p, snk, capacity[p], 0);
    }
    long[] dist = new long[n];
    int[] inArc = new int[n];
    while (true) {
      Arrays.fill(dist, Long.MAX_VALUE);
      Arrays.fill(inArc, -1);
      dist[src] = 0;
      boolean changed = true;
      for (int round = 0; round < n && changed; round++) {
        changed = false;
        for (int x = 0; x < n; x++) {
          if (dist[x] == Long.MAX_VALUE) {
            continue;
          }
          for (int a = head[x]; a >= 0; a = nxt[a]) {
            if (cap[a] > 0 && dist[x] + cost[a] < dist[to[a]]) {
              dist[to[a]] = dist[x] + cost[a];
              inArc[to[a]] = a;
              changed = true;
            }
          }
        }
      }
      if (dist[snk] == Long.MAX_VALUE) {
        return new long[] {k, c};
      }
      for (int x = snk; x != src; x = to[inArc[x] ^ 1]) {
        cap[inArc[x]]--;
        cap[inArc[x] ^ 1]++;
      }
      k++;
      c += dist[snk];
    }
  }

  private static void addArc(int[] head, int[] to, int[] nxt, int[] cap, long[] cost, int[] m,
      int a, int b, int capacity, long c) {
    to[m[0]] = b;
    cap[m[0]] = capacity;
    cost[m[0]] = c;
    nxt[m[0]] = head[a];
    head[a] = m[0]++;
    to[m[0]] = a;
    cap[m[0]] = 0;
    cost[m[0]] = -c;
    nxt[m[0]] = head[b];
    head[b] = m[0]++;
  }
}
