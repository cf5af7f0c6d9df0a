package nl.stagematch.core.solver;

import java.util.Arrays;

/**
 * The exact engine: successive shortest augmenting paths (Hungarian / Jonker-Volgenant style) on
 * the min-cost flow network {@code student -> place (cap 1, cost c) -> sink (cap capacity)}, plus
 * one private "unassigned" arc per student with the cost {@code M} (larger than any total cost), so
 * that minimising {@code C + M * (units left unassigned)} is the lexicographic objective.
 *
 * <p>A greedy pass and a bounded auction pass ({@link #auction()}) place most unit students while
 * keeping the invariants below. Every other unit of supply is routed by one Dijkstra on reduced
 * costs from its student, which stops
 * at the first free place or at the cheapest "unassigned" arc (possibly of another student, who is
 * then bumped out): this is exact min-cost flow (adding one unit of supply to an optimal flow and
 * routing it along a shortest path keeps it optimal), and it avoids the pitfall of dropping a
 * student without a path.
 *
 * <p>Invariants between augmentations, with {@code r(e) = c(e) - u(s) + v(p)}: (I1) an unused free
 * edge has {@code r >= 0}; (I2) a used one has {@code r <= 0}; (I3) {@code v >= 0}, and {@code v > 0}
 * only at full places; (I4) {@code u <= M}, and a student with an unassigned routed unit has
 * {@code u = M}. Units not routed yet are "pending" and carry no constraint. These are exactly the
 * complementary slackness conditions the verifier checks.
 *
 * <p>Warm starts: the engine can start from any assignment and prices; {@link #repairAll(int[])} resets
 * the students that break an invariant (a reset student has all units pending) and queues the
 * places with free capacity and a positive price. It routes the pending units first, reading the
 * queued places' free seats as deficits of a pseudo-flow ({@link #routeToFreedSeats()}), so that a
 * refused student's search usually ends at a seat freed nearby; the queued places left over get
 * backward Dijkstra searches that lower their prices (cancelling negative cycles through them).
 *
 * <p>Memory layout: the searches are bound by random reads, so each seat ("slot") keeps its
 * student, edge and edge cost side by side, a forward search reads nothing else of a student with
 * one unit and no pinned or forbidden pair than its price and its row, and the heap keeps its keys
 * beside its nodes.
 */
final class SspEngine {
  static final int PENDING = -2;
  static final int UNASSIGNED = -1;
  /** In {@link #settledDist}: the node's distance is in {@link #dist} (it may still drop). */
  private static final long SEE_DIST = Long.MIN_VALUE;
  /** In {@link #predUnit} of a place: reached from the search's own student, not from a slot. */
  private static final int FROM_SOURCE = -1;

  final int students;
  final int places;
  final int[] rowStart;
  final int[] edgePlace;
  final int[] edgeCost;
  /** Per edge: 0 free, 1 forbidden, 2 pinned; null when all edges are free. */
  final byte[] state;
  final int[] freeCap;
  final long bigM;

  final int[] unitStart;
  final int[] unitStudent;
  final int[] unitEdge;
  final int[] unitSlot;
  final int[] slotStart;
  final int[] slotUnit;
  /**
   * Per slot, the student of its unit ({@code ~student} when the student is not simple, see
   * {@link #simple}), the edge and the edge's cost: read by the forward searches in order, so that
   * a simple student costs them no other read than its price and its row.
   */
  private final int[] slotStudent;
  private final int[] slotEdge;
  private final int[] slotCost;
  /** Per student: one unit of free supply and no pinned or forbidden pair. */
  private final boolean[] simple;
  final int[] load;
  final int[] unassigned;
  final long[] u;
  final long[] v;

  // search scratch; node ids: places 0..P-1, students P..P+S-1
  private final long[] dist;
  private final int[] stamp;
  private final int[] pos;
  private final int[] predEdge;
  private final int[] predUnit;
  private final int[] heap;
  private final long[] heapKey;
  private int heapSize;
  private int curStamp;
  private final int[] settled;
  /** The distances of the forward search's settled nodes, or {@link #SEE_DIST}. */
  private final long[] settledDist;
  private int nSettled;
  private long bestD;
  private int bestNode;
  private int bestUnit;
  private int bestSlot;
  private boolean lastToDeficit;

  // work queues
  private int[] pendingQueue;
  private int pendingCount;
  private final boolean[] inRepair;
  private int[] repairQueue;
  private int repairCount;
  private Topology.Transpose transpose;
  private final Topology topology;

  // statistics
  long searches;
  long backwardSearches;
  long pops;
  long edgeScans;
  long greedy;
  long resets;

  SspEngine(Topology t, int[] capacity, int[] supply, int[] pinned, int[] forbidden, long bigM) {
    this.topology = t;
    this.students = t.students;
    this.places = t.places;
    this.rowStart = t.rowStart;
    this.edgePlace = t.edgePlace;
    this.edgeCost = t.edgeCost;
    this.bigM = bigM;
    int[] fs = supply.clone();
    freeCap = capacity.clone();
    if (pinned.length > 0 || forbidden.length > 0) {
      state = new byte[edgePlace.length];
      for (int e : forbidden) {
        state[e] = 1;
      }
      for (int e : pinned) {
        state[e] = 2;
        fs[t.studentOf(e)]--;
        freeCap[edgePlace[e]]--;
      }
    } else {
      state = null;
    }
    unitStart = new int[students + 1];
    for (int s = 0; s < students; s++) {
      unitStart[s + 1] = unitStart[s] + fs[s];
    }
    int units = unitStart[students];
    unitStudent = new int[units];
    unitEdge = new int[units];
    unitSlot = new int[units];
    Arrays.fill(unitEdge, PENDING);
    for (int s = 0; s < students; s++) {
      for (int k = unitStart[s]; k < unitStart[s + 1]; k++) {
        unitStudent[k] = s;
      }
    }
    slotStart = new int[places + 1];
    for (int p = 0; p < places; p++) {
      slotStart[p + 1] = slotStart[p] + freeCap[p];
    }
    slotUnit = new int[slotStart[places]];
    slotStudent = new int[slotStart[places]];
    slotEdge = new int[slotStart[places]];
    slotCost = new int[slotStart[places]];
    simple = new boolean[students];
    for (int s = 0; s < students; s++) {
      simple[s] = fs[s] == 1;
    }
    for (int e : forbidden) {
      simple[t.studentOf(e)] = false;
    }
    for (int e : pinned) {
      simple[t.studentOf(e)] = false;
    }
    load = new int[places];
    unassigned = new int[students];
    u = new long[students];
    v = new long[places];
    int nodes = places + students;
    dist = new long[nodes];
    stamp = new int[nodes];
    pos = new int[nodes];
    predEdge = new int[nodes];
    predUnit = new int[nodes];
    heap = new int[nodes];
    heapKey = new long[nodes];
    settled = new int[nodes];
    settledDist = new long[nodes];
    pendingQueue = new int[16];
    inRepair = new boolean[places];
    repairQueue = new int[16];
  }

  /** The smallest valid M: one more than the largest possible total cost. */
  static long bigM(AssignmentProblem problem) {
    return problem.costBound() + 1;
  }

  boolean free(int e) {
    return state == null || state[e] == 0;
  }

  // ---------------------------------------------------------------- cold start

  /** Cold solve: prices 0, a greedy first pass for unit students, then one search per unit. */
  void solveCold() {
    for (int s = 0; s < students; s++) {
      int k0 = unitStart[s];
      int b = unitStart[s + 1] - k0;
      long min = bigM;
      int arg = -1;
      for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
        if (edgeCost[e] < min && free(e) && freeCap[edgePlace[e]] > 0) {
          min = edgeCost[e];
          arg = e;
        }
      }
      u[s] = min;
      if (b == 0) {
        continue;
      }
      if (arg < 0) {
        for (int k = k0; k < k0 + b; k++) {
          unitEdge[k] = UNASSIGNED;
        }
        unassigned[s] = b;
        continue;
      }
      int p = edgePlace[arg];
      if (b == 1 && load[p] < freeCap[p]) {
        assign(k0, arg, p);
        greedy++;
      } else {
        for (int k = k0; k < k0 + b; k++) {
          pushPending(k);
        }
      }
    }
    auction();
    routePending();
  }

  /**
   * An exact-price auction pass (Jonker-Volgenant's augmenting row reduction, extended to places
   * with several seats) over the pending unit students: a student bids for its cheapest place; a
   * full place takes it and evicts the seated student with the smallest slack (its margin to its
   * next option), raising its price by as much as the other seated students can absorb. All
   * invariants hold after every bid, so the searches that follow stay exact; the number of bids is
   * bounded, the rest is left to the searches.
   */
  private void auction() {
    int n = pendingCount;
    if (n == 0) {
      return;
    }
    int[] queue = new int[Math.max(16, Integer.highestOneBit(n) << 1)];
    int mask = queue.length - 1;
    int head = 0;
    int tail = 0;
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int k = pendingQueue[i];
      int s = unitStudent[k];
      if (unitStart[s + 1] - unitStart[s] == 1) {
        queue[tail++ & mask] = s;
      } else {
        pendingQueue[kept++] = k;
      }
    }
    pendingCount = kept;
    // 6 bids per pending student: measured best on the cohort instances; beyond that the bids
    // mostly trade places at equal prices and the searches are cheaper
    long budget = 6L * (tail - head) + 16;
    while (head != tail && budget-- > 0) {
      int s = queue[head++ & mask];
      int k = unitStart[s];
      long m1 = bigM;
      long m2 = bigM;
      int e1 = -1;
      int e2 = -1;
      for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
        int p = edgePlace[e];
        long c = edgeCost[e] + v[p];
        if (c >= m2 || freeCap[p] == 0 || !free(e)) {
          continue;
        }
        if (c < m1) {
          m2 = m1;
          e2 = e1;
          m1 = c;
          e1 = e;
        } else {
          m2 = c;
          e2 = e;
        }
      }
      if (e1 < 0) {
        u[s] = bigM;
        unitEdge[k] = UNASSIGNED;
        unassigned[s] = 1;
        continue;
      }
      int p1 = edgePlace[e1];
      if (load[p1] < freeCap[p1]) {
        u[s] = m1;
        assign(k, e1, p1);
        continue;
      }
      if (m1 == m2 && e2 >= 0 && load[edgePlace[e2]] < freeCap[edgePlace[e2]]) {
        u[s] = m2;
        assign(k, e2, edgePlace[e2]);
        continue;
      }
      // p1 is full: find the seated student with the smallest slack and the second smallest
      long vp = v[p1];
      int worst = -1;
      long slack1 = Long.MAX_VALUE;
      long slack2 = Long.MAX_VALUE;
      for (int i = slotStart[p1], end = i + load[p1]; i < end; i++) {
        int k2 = slotUnit[i];
        int t = unitStudent[k2];
        int used = unitEdge[k2];
        long ut = u[t];
        long best = bigM - ut;
        for (int e = rowStart[t], eEnd = rowStart[t + 1]; e < eEnd; e++) {
          int q = edgePlace[e];
          long r = edgeCost[e] + v[q] - ut;
          if (r < best && e != used && freeCap[q] != 0 && free(e)) {
            best = r;
          }
        }
        boolean single = unitStart[t + 1] - unitStart[t] == 1;
        if (single && best < slack1) {
          slack2 = Math.min(slack2, slack1);
          slack1 = best;
          worst = i;
        } else if (best < slack2) {
          slack2 = best;
        }
      }
      if (worst < 0) {
        // only students with several units sit here (warm starts): leave s to the searches
        pushPending(k);
        continue;
      }
      long delta = Math.min(m2 - m1, slack2);
      if (delta < 0) {
        delta = 0;
      }
      int k2 = slotUnit[worst];
      int evicted = unitStudent[k2];
      removeFromSlot(k2, p1);
      unitEdge[k2] = PENDING;
      if (delta > 0) {
        v[p1] = vp + delta;
        for (int i = slotStart[p1], end = i + load[p1]; i < end; i++) {
          u[unitStudent[slotUnit[i]]] += delta;
        }
      }
      u[s] = m1 + delta;
      assign(k, e1, p1);
      u[evicted] = Math.min(bigM, minReduced(evicted));
      if (tail - head == queue.length) {
        int[] bigger = new int[queue.length * 2];
        for (int i = 0; i < tail - head; i++) {
          bigger[i] = queue[(head + i) & mask];
        }
        tail = tail - head;
        head = 0;
        queue = bigger;
        mask = queue.length - 1;
      }
      queue[tail++ & mask] = evicted;
    }
    while (head != tail) {
      pushPending(unitStart[queue[head++ & mask]]);
    }
  }

  // ---------------------------------------------------------------- warm start

  /**
   * Loads a previous assignment and prices: {@code chosen} are free edge ids of this engine's
   * topology (pins and forbidden edges are skipped), {@code su}/{@code pv} the prices (places
   * beyond {@code pv.length} are new and get 0).
   */
  void load(int[] chosen, long[] su, long[] pv) {
    System.arraycopy(su, 0, u, 0, Math.min(su.length, students));
    System.arraycopy(pv, 0, v, 0, Math.min(pv.length, places));
    int[] next = unitStart.clone();
    boolean[] reset = new boolean[students];
    int s = 0;
    for (int e : chosen) {
      if (!free(e)) {
        continue;
      }
      // chosen edges come sorted: walk the rows (a binary search only if they do not)
      if (e < rowStart[s]) {
        s = topology.studentOf(e);
      }
      while (rowStart[s + 1] <= e) {
        s++;
      }
      int p = edgePlace[e];
      if (next[s] == unitStart[s + 1] || load[p] == freeCap[p]) {
        reset[s] = true; // over supply or over capacity after the change
        continue;
      }
      assign(next[s]++, e, p);
    }
    for (s = 0; s < students; s++) {
      if (reset[s]) {
        resetStudent(s);
        continue;
      }
      int left = unitStart[s + 1] - next[s];
      for (int k = next[s]; k < unitStart[s + 1]; k++) {
        unitEdge[k] = UNASSIGNED;
      }
      unassigned[s] = left;
      if (u[s] > bigM || (left > 0 && u[s] != bigM)) {
        resetStudent(s);
      }
    }
  }

  /**
   * Restores the invariants after {@link #load}, then routes every pending unit.
   *
   * @param suspects the students whose edges may violate (I1)/(I2) (for example those named by a
   *     change), or null to check every edge
   */
  void repairAll(int[] suspects) {
    // (I1)/(I2): reset students with a violated edge
    int n = suspects == null ? students : suspects.length;
    for (int i = 0; i < n; i++) {
      int s = suspects == null ? i : suspects[i];
      if (unitStart[s] < unitStart[s + 1] && unitEdge[unitStart[s]] == PENDING) {
        continue; // reset already: its price is recomputed when it is routed
      }
      long us = u[s];
      for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
        if (!free(e) || freeCap[edgePlace[e]] == 0) {
          continue;
        }
        long r = edgeCost[e] - us + v[edgePlace[e]];
        if (r < 0 ? !usedBy(s, e) : (r > 0 && usedBy(s, e))) {
          resetStudent(s);
          break;
        }
      }
    }
    // (I3)
    for (int p = 0; p < places; p++) {
      if (v[p] < 0 && load[p] == 0) {
        v[p] = 0;
      }
      if (v[p] > 0 && load[p] < freeCap[p]) {
        queueRepair(p);
      }
    }
    if (repairCount > 0) {
      routeToFreedSeats();
    }
    repairPrices();
    auction();
    routePending();
  }

  /**
   * Routes the pending units while places still have free seats at a positive price, repairing
   * those places only as far as needed. The network is read as a pseudo-flow in which every
   * queued place (free seats with a positive price) still sends a unit per free seat to the sink:
   * all reduced costs are then valid, the pending units are excesses, and the deficits are the
   * queued places' free seats and, when there are more pending units than such seats, the sink
   * itself. A shortest path from a pending unit to the nearest deficit keeps the flow optimal
   * (successive shortest paths), and a forward search finds it as it stands: a queued place is
   * reached as a free place, and the sink through a free place with price 0 or an unassigned arc.
   * When the sink has no deficit left, queued places are repaired first ({@link #backward}) until
   * it has one, cheapest price first (the price bounds the repair's search). The repairs left over
   * once every unit is routed follow in {@link #repairPrices}.
   */
  private void routeToFreedSeats() {
    long sinkDeficit = 0;
    for (int i = 0; i < pendingCount; i++) {
      if (unitEdge[pendingQueue[i]] == PENDING) {
        sinkDeficit++;
      }
    }
    for (int i = 0; i < repairCount; i++) {
      sinkDeficit -= seatsToRepair(repairQueue[i]);
    }
    int[] queued = byPrice(repairQueue, repairCount);
    int head = 0;
    for (int i = 0; i < pendingCount; i++) {
      int k = pendingQueue[i];
      if (unitEdge[k] != PENDING) {
        continue;
      }
      // (the count may run low, never high: a repair can also clear other queued places; past
      // the last queued place none is left, and the sink is a deficit)
      while (sinkDeficit <= 0 && head < queued.length) {
        int p = queued[head];
        long before = seatsToRepair(p);
        if (before > 0) {
          backward(p);
        }
        long after = seatsToRepair(p);
        sinkDeficit += before - after;
        if (after == 0) {
          head++;
        }
      }
      int s = unitStudent[k];
      if (fresh(s)) {
        u[s] = Math.min(bigM, minReduced(s));
      }
      forward(s, k);
      if (!lastToDeficit) {
        sinkDeficit--;
      }
    }
    pendingCount = 0;
  }

  /**
   * Returns the first {@code n} places of {@code list} by increasing price (ties in list order).
   * The order only steers the work, never the result's optimality.
   */
  private int[] byPrice(int[] list, int n) {
    if (n >= 1 << 20) {
      return Arrays.copyOf(list, n);
    }
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      key[i] = Math.min(v[list[i]], (1L << 43) - 1) << 20 | i;
    }
    Arrays.sort(key);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = list[(int) (key[i] & 0xfffff)];
    }
    return out;
  }

  /** Returns the free seats of {@code p} if its price is positive (they break (I3)), else 0. */
  private int seatsToRepair(int p) {
    return v[p] > 0 ? freeCap[p] - load[p] : 0;
  }

  private boolean fresh(int s) {
    for (int j = unitStart[s]; j < unitStart[s + 1]; j++) {
      if (unitEdge[j] != PENDING) {
        return false;
      }
    }
    return true;
  }

  /** Restores (I3) at every queued place by backward searches (see {@link #backward}). */
  private void repairPrices() {
    for (int i = 0; i < repairCount; i++) {
      int p = repairQueue[i];
      inRepair[p] = false;
      while (v[p] > 0 && load[p] < freeCap[p]) {
        backward(p);
      }
    }
    repairCount = 0;
  }

  private void resetStudent(int s) {
    resets++;
    for (int k = unitStart[s]; k < unitStart[s + 1]; k++) {
      int e = unitEdge[k];
      if (e >= 0) {
        int p = edgePlace[e];
        removeFromSlot(k, p);
        if (v[p] > 0) {
          queueRepair(p);
        }
      }
      unitEdge[k] = PENDING;
      pushPending(k);
    }
    unassigned[s] = 0;
    u[s] = Math.min(bigM, minReduced(s));
  }

  private void queueRepair(int p) {
    if (!inRepair[p]) {
      inRepair[p] = true;
      if (repairCount == repairQueue.length) {
        repairQueue = Arrays.copyOf(repairQueue, repairCount * 2);
      }
      repairQueue[repairCount++] = p;
    }
  }

  private void pushPending(int k) {
    if (pendingCount == pendingQueue.length) {
      pendingQueue = Arrays.copyOf(pendingQueue, pendingCount * 2);
    }
    pendingQueue[pendingCount++] = k;
  }

  private long minReduced(int s) {
    long min = Long.MAX_VALUE;
    for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
      int p = edgePlace[e];
      long c = edgeCost[e] + v[p];
      if (c < min && free(e) && freeCap[p] > 0 && !usedBy(s, e)) {
        min = c;
      }
    }
    return min;
  }

  private void routePending() {
    for (int i = 0; i < pendingCount; i++) {
      int k = pendingQueue[i];
      if (unitEdge[k] != PENDING) {
        continue;
      }
      int s = unitStudent[k];
      if (fresh(s)) {
        // tightest valid price for a student with nothing routed (prices of places moved since)
        u[s] = Math.min(bigM, minReduced(s));
      }
      forward(s, k);
    }
    pendingCount = 0;
  }

  /**
   * Raises the prices of places without free capacity to cover their edges, so that the prices
   * form a complete certificate (such places are full, so any price {@code >= 0} is allowed).
   */
  void fixClosedPlaces() {
    for (int s = 0; s < students; s++) {
      if (unitStart[s] == unitStart[s + 1]) {
        // no free supply: any price up to its cheapest edge certifies; prices of places may have
        // moved down in a repair
        u[s] = Math.min(bigM, minReduced(s));
      }
    }
    boolean any = false;
    for (int p = 0; p < places; p++) {
      if (freeCap[p] == 0) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    for (int s = 0; s < students; s++) {
      for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
        int p = edgePlace[e];
        if (freeCap[p] == 0 && free(e)) {
          long need = u[s] - edgeCost[e];
          if (need > v[p]) {
            v[p] = need;
          }
        }
      }
    }
  }

  /** Returns the chosen edges (routed units and pins), sorted. */
  int[] chosenEdges(int[] pinned) {
    int n = 0;
    for (int e : unitEdge) {
      if (e >= 0) {
        n++;
      }
    }
    // units are grouped by student and a student's edges lie in its row: only the edges of one
    // student with several units may need ordering
    int[] routed = new int[n];
    int i = 0;
    for (int s = 0; s < students; s++) {
      int from = i;
      for (int k = unitStart[s]; k < unitStart[s + 1]; k++) {
        if (unitEdge[k] >= 0) {
          routed[i++] = unitEdge[k];
        }
      }
      if (i - from > 1) {
        Arrays.sort(routed, from, i);
      }
    }
    if (pinned.length == 0) {
      return routed;
    }
    int[] out = new int[n + pinned.length];
    int a = 0;
    int b = 0;
    for (int o = 0; o < out.length; o++) {
      out[o] = b == pinned.length || (a < n && routed[a] < pinned[b]) ? routed[a++] : pinned[b++];
    }
    return out;
  }

  /** Returns the first broken invariant or slot inconsistency in words, or null (for tests). */
  String firstBrokenInvariant() {
    for (int k = 0; k < unitEdge.length; k++) {
      int e = unitEdge[k];
      if (e >= 0) {
        int p = edgePlace[e];
        int i = unitSlot[k];
        if (i < slotStart[p] || i >= slotStart[p] + load[p] || slotUnit[i] != k) {
          return "slot of unit " + k + " (student " + unitStudent[k] + ", place " + p + ")";
        }
      }
    }
    for (int s = 0; s < students; s++) {
      boolean pending = false;
      for (int k = unitStart[s]; k < unitStart[s + 1]; k++) {
        pending |= unitEdge[k] == PENDING;
      }
      if (pending) {
        continue;
      }
      if (u[s] > bigM || (unassigned[s] > 0 && u[s] != bigM)) {
        return "I4 student " + s + " u=" + u[s] + " unassigned=" + unassigned[s];
      }
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        int p = edgePlace[e];
        if (!free(e) || freeCap[p] == 0) {
          continue;
        }
        long r = edgeCost[e] - u[s] + v[p];
        if (usedBy(s, e) ? r > 0 : r < 0) {
          return "I1/I2 student " + s + " place " + p + " used=" + usedBy(s, e) + " r=" + r;
        }
      }
    }
    for (int p = 0; p < places; p++) {
      if (v[p] < 0 || (v[p] > 0 && load[p] < freeCap[p] && !inRepair[p])) {
        return "I3 place " + p + " v=" + v[p] + " load=" + load[p] + "/" + freeCap[p];
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- slots

  boolean usedBy(int s, int e) {
    for (int k = unitStart[s], end = unitStart[s + 1]; k < end; k++) {
      if (unitEdge[k] == e) {
        return true;
      }
    }
    return false;
  }

  private void assign(int k, int e, int p) {
    unitEdge[k] = e;
    int slot = slotStart[p] + load[p]++;
    slotUnit[slot] = k;
    int s = unitStudent[k];
    slotStudent[slot] = simple[s] ? s : ~s;
    slotEdge[slot] = e;
    slotCost[slot] = edgeCost[e];
    unitSlot[k] = slot;
  }

  private void removeFromSlot(int k, int p) {
    int i = unitSlot[k];
    int last = slotStart[p] + --load[p];
    if (i != last) {
      int moved = slotUnit[last];
      slotUnit[i] = moved;
      slotStudent[i] = slotStudent[last];
      slotEdge[i] = slotEdge[last];
      slotCost[i] = slotCost[last];
      unitSlot[moved] = i;
    }
  }

  // ---------------------------------------------------------------- heap (4-ary, indexed)

  // the keys sit beside the nodes in the heap, so that sifting reads no distance at random

  private void heapPush(int n) {
    siftUp(heapSize++, n, dist[n]);
  }

  private void heapDecrease(int n) {
    siftUp(pos[n], n, dist[n]);
  }

  private void siftUp(int i, int n, long d) {
    final int[] heap = this.heap;
    final long[] key = this.heapKey;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      long pd = key[parent];
      if (pd <= d) {
        break;
      }
      int pn = heap[parent];
      heap[i] = pn;
      key[i] = pd;
      pos[pn] = i;
      i = parent;
    }
    heap[i] = n;
    key[i] = d;
    pos[n] = i;
  }

  private int heapPop() {
    final int[] heap = this.heap;
    final long[] key = this.heapKey;
    int top = heap[0];
    pos[top] = -2;
    int size = --heapSize;
    int last = heap[size];
    if (size > 0) {
      int i = 0;
      long d = key[size];
      while (true) {
        int c = (i << 2) + 1;
        if (c >= size) {
          break;
        }
        int best = c;
        long bd = key[c];
        int end = Math.min(c + 4, size);
        for (int j = c + 1; j < end; j++) {
          long dj = key[j];
          if (dj < bd) {
            bd = dj;
            best = j;
          }
        }
        if (bd >= d) {
          break;
        }
        int bn = heap[best];
        heap[i] = bn;
        key[i] = bd;
        pos[bn] = i;
        i = best;
      }
      heap[i] = last;
      key[i] = d;
      pos[last] = i;
    }
    return top;
  }

  private void heapClear() {
    for (int i = 0; i < heapSize; i++) {
      pos[heap[i]] = -1;
    }
    heapSize = 0;
  }

  private boolean touch(int n) {
    if (stamp[n] != curStamp) {
      stamp[n] = curStamp;
      pos[n] = -1;
      return true;
    }
    return false;
  }

  private void newStamp() {
    if (++curStamp == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      curStamp = 1;
    }
    nSettled = 0;
  }

  // ---------------------------------------------------------------- forward search

  /**
   * Routes pending unit {@code k} of student {@code s} along a shortest path; {@link
   * #lastToDeficit} tells whether it ended at a free seat with a positive price.
   */
  private void forward(int s, int k) {
    searches++;
    newStamp();
    final int sn = places + s;
    touch(sn);
    dist[sn] = 0;
    bestD = bigM - u[s];
    bestNode = sn; // a student node as terminal = its "unassigned" arc
    settled[0] = sn;
    settledDist[0] = 0;
    nSettled = 1;
    scanForward(s, 0, FROM_SOURCE);
    final long[] dist = this.dist;
    final int[] settled = this.settled;
    final long[] settledDist = this.settledDist;
    while (heapSize > 0) {
      int p = heap[0];
      long dp = heapKey[0];
      if (dp >= bestD) {
        break;
      }
      heapPop();
      pops++;
      settled[nSettled] = p;
      settledDist[nSettled++] = dp;
      long vp = v[p];
      for (int i = slotStart[p], end = i + load[p]; i < end; i++) {
        int ts = slotStudent[i];
        if (ts >= 0) {
          // a simple student: seated only here, so reached once; its one used edge is this slot's
          long ut = u[ts];
          long dt = dp + ut - vp - slotCost[i];
          if (dt >= bestD) {
            continue;
          }
          settled[nSettled] = places + ts;
          settledDist[nSettled++] = dt;
          long cand = dt + bigM - ut;
          if (cand < bestD) {
            bestD = cand;
            bestNode = places + ts;
            bestSlot = i;
          }
          scanSimple(ts, dt - ut, slotEdge[i], i);
          continue;
        }
        int t = ~ts;
        long dt = dp + u[t] - vp - slotCost[i];
        if (dt >= bestD) {
          continue;
        }
        int tn = places + t;
        if (!touch(tn)) {
          if (dist[tn] <= dt) {
            continue;
          }
        } else {
          settled[nSettled] = tn;
          settledDist[nSettled++] = SEE_DIST;
        }
        dist[tn] = dt;
        long cand = dt + bigM - u[t];
        if (cand < bestD) {
          bestD = cand;
          bestNode = tn;
          bestSlot = i;
        }
        scanForward(t, dt, i);
      }
    }
    heapClear();
    lastToDeficit = bestNode < places && v[bestNode] > 0;
    // prices: every labelled node with a distance below bestD moves up by the difference
    final long big = bestD;
    for (int i = 0; i < nSettled; i++) {
      int n = settled[i];
      long d = settledDist[i];
      if (d == SEE_DIST) {
        d = dist[n];
      }
      if (d < big) {
        if (n < places) {
          v[n] += big - d;
        } else {
          u[n - places] += big - d;
        }
      }
    }
    // augment: the places on the path each take the unit that reached them and give up their own
    int cur;
    if (bestNode >= places) {
      int t = bestNode - places;
      if (t == s) {
        unitEdge[k] = UNASSIGNED;
        unassigned[s]++;
        return;
      }
      int k2 = slotUnit[bestSlot];
      int p2 = edgePlace[unitEdge[k2]];
      removeFromSlot(k2, p2);
      unitEdge[k2] = UNASSIGNED;
      unassigned[t]++;
      cur = p2;
    } else {
      cur = bestNode;
    }
    while (true) {
      int e = predEdge[cur];
      int slot = predUnit[cur];
      if (slot == FROM_SOURCE) {
        assign(k, e, cur);
        return;
      }
      int k2 = slotUnit[slot];
      int p2 = edgePlace[unitEdge[k2]];
      removeFromSlot(k2, p2);
      assign(k2, e, cur);
      cur = p2;
    }
  }

  /** Relaxes the edges of simple student {@code t}, seated by edge {@code used} in {@code slot}. */
  private void scanSimple(int t, long base, int used, int slot) {
    final int[] edgePlace = this.edgePlace;
    final int[] edgeCost = this.edgeCost;
    final long[] v = this.v;
    for (int e = rowStart[t], end = rowStart[t + 1]; e < end; e++) {
      int p = edgePlace[e];
      long nd = base + edgeCost[e] + v[p];
      if (nd >= bestD) {
        continue;
      }
      int cap = freeCap[p];
      if (cap == 0 || e == used) {
        continue;
      }
      reach(p, nd, e, slot, cap);
    }
  }

  /**
   * Relaxes the edges of student {@code t} at distance {@code dt}, reached through {@code slot}
   * (or the search's own student, {@link #FROM_SOURCE}).
   */
  private void scanForward(int t, long dt, int slot) {
    final long base = dt - u[t];
    final int k0 = unitStart[t];
    final int nu = unitStart[t + 1] - k0;
    final int[] edgePlace = this.edgePlace;
    final int[] edgeCost = this.edgeCost;
    final long[] v = this.v;
    // the edges t uses (one or two units: read once here; more: usedBy per edge)
    final int used0 = nu >= 1 ? unitEdge[k0] : UNASSIGNED;
    final int used1 = nu >= 2 ? unitEdge[k0 + 1] : UNASSIGNED;
    for (int e = rowStart[t], end = rowStart[t + 1]; e < end; e++) {
      if (state != null && state[e] != 0) {
        continue;
      }
      int p = edgePlace[e];
      long nd = base + edgeCost[e] + v[p];
      if (nd >= bestD) {
        continue;
      }
      int cap = freeCap[p];
      if (cap == 0) {
        continue;
      }
      if (e == used0 || e == used1 || (nu > 2 && usedBy(t, e))) {
        continue;
      }
      reach(p, nd, e, slot, cap);
    }
  }

  /**
   * Labels place {@code p} with distance {@code nd} unless it has a label at most as far: a
   * terminal if it has a free seat, else queued.
   */
  private void reach(int p, long nd, int e, int slot, int cap) {
    edgeScans++;
    if (!touch(p) && nd >= dist[p]) {
      return;
    }
    dist[p] = nd;
    predEdge[p] = e;
    predUnit[p] = slot; // for a place node: the slot of the unit that would move in
    if (load[p] < cap) {
      bestD = nd;
      bestNode = p;
    } else if (pos[p] >= 0) {
      heapDecrease(p);
    } else if (pos[p] == -1) {
      heapPush(p);
    }
  }

  // ---------------------------------------------------------------- backward search

  /**
   * One backward Dijkstra from non-full place {@code p} with {@code v[p] > 0}: either lowers the
   * prices so that {@code v[p] = 0}, or cancels a negative cycle sink -> ... -> p -> sink that moves
   * one unit into {@code p} (from a place that then gets price 0, or from an unassigned unit).
   */
  private void backward(int p) {
    backwardSearches++;
    if (transpose == null) {
      transpose = topology.transpose();
    }
    final int[] colStart = transpose.colStart;
    final int[] colEdge = transpose.colEdge;
    final int[] colStudent = transpose.colStudent;
    final int[] colCost = transpose.colCost;
    newStamp();
    bestD = v[p];
    bestNode = -1;
    bestUnit = -1;
    touch(p);
    dist[p] = 0;
    heapPush(p);
    while (heapSize > 0) {
      int n = heap[0];
      long dn = heapKey[0];
      if (dn >= bestD) {
        break;
      }
      heapPop();
      pops++;
      settled[nSettled++] = n;
      if (n < places) {
        int x = n;
        if (x != p && load[x] > 0) {
          long cand = dn + v[x];
          if (cand < bestD) {
            bestD = cand;
            bestNode = x;
            bestUnit = -1;
          }
        }
        long base = dn + v[x];
        for (int i = colStart[x], end = colStart[x + 1]; i < end; i++) {
          int t = colStudent[i];
          long dt = base + colCost[i] - u[t];
          if (dt >= bestD) {
            continue; // most entries stop here, after one random read
          }
          int e = colEdge[i];
          if (!free(e)) {
            continue;
          }
          int k0 = unitStart[t];
          if (k0 == unitStart[t + 1] || unitEdge[k0] == PENDING || usedBy(t, e)) {
            continue;
          }
          edgeScans++;
          int tn = places + t;
          if (!touch(tn)) {
            if (dt >= dist[tn]) {
              continue;
            }
          }
          dist[tn] = dt;
          predEdge[tn] = e;
          // terminals seen at once (not only when popped) shrink the bound early: an unassigned
          // unit of t, or any place q that t would leave (cost dt + rr(q, t) + v[q])
          if (unassigned[t] > 0 && dt < bestD) {
            bestD = dt;
            bestNode = tn;
            bestUnit = -1;
          }
          long ut = u[t];
          for (int k = k0, kEnd = unitStart[t + 1]; k < kEnd; k++) {
            int ek = unitEdge[k];
            if (ek >= 0 && edgePlace[ek] != p) {
              long cand = dt + ut - edgeCost[ek];
              if (cand < bestD) {
                bestD = cand;
                bestNode = edgePlace[ek];
                bestUnit = k;
              }
            }
          }
          if (pos[tn] >= 0) {
            heapDecrease(tn);
          } else if (pos[tn] == -1 && dt < bestD) {
            heapPush(tn);
          }
        }
      } else {
        int t = n - places;
        if (unassigned[t] > 0 && dn < bestD) {
          bestD = dn;
          bestNode = n;
          bestUnit = -1;
        }
        long ut = u[t];
        for (int k = unitStart[t], end = unitStart[t + 1]; k < end; k++) {
          int e = unitEdge[k];
          if (e < 0) {
            continue;
          }
          int q = edgePlace[e];
          long dq = dn + ut - v[q] - edgeCost[e];
          relax(q, dq, k);
        }
      }
    }
    heapClear();
    final long big = bestD;
    for (int i = 0; i < nSettled; i++) {
      int n = settled[i];
      long d = dist[n];
      if (d < big) {
        if (n < places) {
          v[n] -= big - d;
          if (v[n] < 0) {
            if (load[n] > 0) {
              throw new IllegalStateException("Place (" + n + ") with load " + load[n]
                  + " got a negative price " + v[n] + " in a repair of place " + p + ".");
            }
            v[n] = 0;
          }
        } else {
          u[n - places] -= big - d;
        }
      }
    }
    if (bestNode < 0) {
      return;
    }
    // cancel the cycle: bestNode -> ... -> p; the places on it are full, so all units leave
    // their places first and then take their new ones
    int n = bestNode;
    int moves = 0;
    int firstUnit = -1;
    int firstEdge = -1;
    if (n >= places) {
      int t = n - places;
      for (int j = unitStart[t]; j < unitStart[t + 1]; j++) {
        if (unitEdge[j] == UNASSIGNED) {
          firstUnit = j;
          break;
        }
      }
      unassigned[t]--;
      firstEdge = predEdge[n];
      n = edgePlace[firstEdge];
    }
    int firstLeaving = bestNode < places ? bestUnit : -1;
    while (n != p) {
      int k = firstLeaving >= 0 ? firstLeaving : predUnit[n];
      firstLeaving = -1;
      int t = unitStudent[k];
      int e = predEdge[places + t];
      removeFromSlot(k, n);
      heap[moves] = k;
      settled[moves++] = e;
      n = edgePlace[e];
    }
    if (firstUnit >= 0) {
      assign(firstUnit, firstEdge, edgePlace[firstEdge]);
    }
    for (int i = 0; i < moves; i++) {
      assign(heap[i], settled[i], edgePlace[settled[i]]);
    }
  }

  private void relax(int n, long d, int pred) {
    if (d >= bestD) {
      return;
    }
    if (!touch(n)) {
      if (d >= dist[n]) {
        return;
      }
    }
    dist[n] = d;
    if (n < places) {
      predUnit[n] = pred;
    } else {
      predEdge[n] = pred;
    }
    if (pos[n] >= 0) {
      heapDecrease(n);
    } else if (pos[n] == -1) {
      heapPush(n);
    }
  }
}
