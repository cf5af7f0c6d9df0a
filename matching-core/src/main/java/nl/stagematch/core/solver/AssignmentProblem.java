package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable capacitated assignment (b-matching) problem on dense integer ids: students, places
 * with capacities, admissible (student, place) pairs with integer costs, per-student supplies,
 * pinned and forbidden pairs, and optional lottery numbers for tie-breaking.
 *
 * <p>Objective (lexicographic): choose a set of admissible, non-forbidden pairs that contains every
 * pinned pair, uses each pair at most once, gives student {@code s} at most {@code supply(s)} pairs
 * and place {@code p} at most {@code capacity(p)} pairs; first maximise the number of chosen pairs
 * {@code K} (assigned units), then minimise their total cost {@code C}.
 *
 * <p>Pairs are stored in compressed rows by student; an edge id {@code e} is a position in those
 * rows ({@code 0 <= e < edges()}); {@link #edgeStudent}, {@link #edgePlace} and {@link #edgeCost}
 * describe it. Problems derived by {@link #apply(AssignmentChange)} share the rows (no copy).
 *
 * <p>Example:
 *
 * <pre>{@code
 * AssignmentProblem problem = AssignmentProblem.builder(3, 2)
 *     .capacity(0, 1).capacity(1, 2)
 *     .pair(0, 0, 10).pair(0, 1, 20).pair(1, 0, 5).pair(2, 1, 0)
 *     .build();
 * }</pre>
 */
public final class AssignmentProblem {
  /** The largest admissible cost of a pair. */
  public static final int MAX_COST = 1_000_000;

  final Topology topology;
  final int[] capacity;
  final int[] supply;
  final int[] pinned;
  final int[] forbidden;
  final long[] lottery;
  final long[] placeLottery;
  final long seed;
  final boolean hasSeed;
  private volatile long costBound = -1;

  AssignmentProblem(Topology topology, int[] capacity, int[] supply, int[] pinned, int[] forbidden,
      long[] lottery, long[] placeLottery, long seed, boolean hasSeed) {
    this.topology = topology;
    this.capacity = capacity;
    this.supply = supply;
    this.pinned = pinned;
    this.forbidden = forbidden;
    this.lottery = lottery;
    this.placeLottery = placeLottery;
    this.seed = seed;
    this.hasSeed = hasSeed;
    checkPins();
  }

  /** Returns a builder for a problem with the given numbers of students and places. */
  public static Builder builder(int students, int places) {
    return new Builder(students, places);
  }

  /**
   * Returns a problem with unit supplies and no pins, forbidden pairs or lottery, built from
   * compressed rows; the arrays are copied and validated.
   *
   * @param capacities capacity per place, each {@code >= 0}
   * @param rowStart {@code students + 1} non-decreasing offsets into the edge arrays, starting at 0
   * @param edgePlace the place of each edge; the places of one student are distinct
   * @param edgeCost the cost of each edge, {@code 0..MAX_COST}
   */
  public static AssignmentProblem fromArrays(int[] capacities, int[] rowStart, int[] edgePlace,
      int[] edgeCost) {
    int places = capacities.length;
    int students = rowStart.length - 1;
    if (students < 0) {
      throw new IllegalArgumentException("The row offsets (length 0) must have students + 1 entries."
          + "\nMaybe pass {0} for a problem without students.");
    }
    int edges = edgePlace.length;
    if (edgeCost.length != edges) {
      throw new IllegalArgumentException("The edge costs (length " + edgeCost.length
          + ") must be as long as the edge places (length " + edges + ").");
    }
    if (rowStart[0] != 0 || rowStart[students] != edges) {
      throw new IllegalArgumentException("The row offsets must start at 0 and end at the edge count ("
          + edges + "), not at " + rowStart[0] + " and " + rowStart[students] + ".");
    }
    for (int p = 0; p < places; p++) {
      checkCapacity(p, capacities[p]);
    }
    int[] mark = new int[places];
    for (int s = 0; s < students; s++) {
      if (rowStart[s + 1] < rowStart[s]) {
        throw new IllegalArgumentException("The row offsets decrease at student (" + s + "): "
            + rowStart[s] + " > " + rowStart[s + 1] + ".");
      }
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        int p = edgePlace[e];
        checkPair(students, places, s, p, edgeCost[e]);
        if (mark[p] == s + 1) {
          throw duplicate(s, p);
        }
        mark[p] = s + 1;
      }
    }
    Topology t = new Topology(students, places, rowStart.clone(), edgePlace.clone(),
        edgeCost.clone());
    int[] supply = new int[students];
    Arrays.fill(supply, 1);
    return new AssignmentProblem(t, capacities.clone(), supply, new int[0], new int[0], null, null,
        0, false);
  }

  /** Returns the number of students. */
  public int students() {
    return topology.students;
  }

  /** Returns the number of places. */
  public int places() {
    return topology.places;
  }

  /** Returns the number of admissible pairs (edges), forbidden ones included. */
  public int edges() {
    return topology.edges();
  }

  /** Returns the capacity of place {@code p}. */
  public int capacity(int p) {
    return capacity[p];
  }

  /** Returns the supply of student {@code s}: how many distinct places it may get (default 1). */
  public int supply(int s) {
    return supply[s];
  }

  /** Returns the first edge id of student {@code s}; its edges are {@code rowStart(s)..rowStart(s+1)-1}. */
  public int rowStart(int s) {
    return topology.rowStart[s];
  }

  /** Returns the student of edge {@code e} (a binary search; O(log students)). */
  public int edgeStudent(int e) {
    Objects.checkIndex(e, edges());
    return topology.studentOf(e);
  }

  /** Returns the place of edge {@code e}. */
  public int edgePlace(int e) {
    return topology.edgePlace[e];
  }

  /** Returns the cost of edge {@code e}. */
  public int edgeCost(int e) {
    return topology.edgeCost[e];
  }

  /** Returns the edge id of pair (s, p), or -1 when the pair is not admissible. */
  public int edgeOf(int s, int p) {
    Objects.checkIndex(s, students());
    Objects.checkIndex(p, places());
    return topology.edgeOf(s, p);
  }

  /** Returns the pinned edges (must be chosen), sorted; a copy. */
  public int[] pinnedEdges() {
    return pinned.clone();
  }

  /** Returns the forbidden edges (must not be chosen), sorted; a copy. */
  public int[] forbiddenEdges() {
    return forbidden.clone();
  }

  /** Returns whether edge {@code e} is forbidden. */
  public boolean isForbidden(int e) {
    return Arrays.binarySearch(forbidden, e) >= 0;
  }

  /** Returns whether edge {@code e} is pinned. */
  public boolean isPinned(int e) {
    return Arrays.binarySearch(pinned, e) >= 0;
  }

  /** Returns whether the problem carries per-student lottery numbers. */
  public boolean hasLotteryNumbers() {
    return lottery != null;
  }

  /** Returns the lottery number of student {@code s}; only when {@link #hasLotteryNumbers()}. */
  public long lotteryNumber(int s) {
    if (lottery == null) {
      throw new IllegalStateException("This problem carries no lottery numbers."
          + "\nMaybe check hasLotteryNumbers() first.");
    }
    return lottery[s];
  }

  /** Returns whether the problem carries per-place lottery numbers. */
  public boolean hasPlaceLotteryNumbers() {
    return placeLottery != null;
  }

  /** Returns the lottery number of place {@code p}; only when {@link #hasPlaceLotteryNumbers()}. */
  public long placeLotteryNumber(int p) {
    if (placeLottery == null) {
      throw new IllegalStateException("This problem carries no place lottery numbers."
          + "\nMaybe check hasPlaceLotteryNumbers() first.");
    }
    return placeLottery[p];
  }

  /** Returns the tie-break seed (0 when none was set). */
  public long seed() {
    return seed;
  }

  /** Returns the problem after {@code change}: the rows are shared, the rest is copied. */
  public AssignmentProblem apply(AssignmentChange change) {
    return change.applyTo(this);
  }

  /** Returns the sum over students of supply times their largest non-forbidden edge cost. */
  long costBound() {
    long bound = costBound;
    if (bound < 0) {
      bound = computeCostBound();
      costBound = bound; // idempotent: a benign race only computes it twice
    }
    return bound;
  }

  private long computeCostBound() {
    long sum = 0;
    int[] rs = topology.rowStart;
    int[] cost = topology.edgeCost;
    int next = 0; // forbidden is sorted: walk it beside the rows
    for (int s = 0; s < topology.students; s++) {
      int from = rs[s];
      int to = rs[s + 1];
      while (next < forbidden.length && forbidden[next] < from) {
        next++;
      }
      int max = 0;
      if (next < forbidden.length && forbidden[next] < to) {
        for (int e = from; e < to; e++) {
          while (next < forbidden.length && forbidden[next] < e) {
            next++; // (a pair may be forbidden twice)
          }
          if ((next == forbidden.length || forbidden[next] != e) && cost[e] > max) {
            max = cost[e];
          }
        }
      } else {
        for (int e = from; e < to; e++) {
          max = Math.max(max, cost[e]);
        }
      }
      sum += (long) max * supply[s];
    }
    return sum;
  }

  private void checkPins() {
    if (pinned.length == 0) {
      return;
    }
    int[] perPlace = new int[topology.places];
    int[] perStudent = new int[topology.students];
    for (int e : pinned) {
      int s = topology.studentOf(e);
      int p = topology.edgePlace[e];
      if (isForbidden(e)) {
        throw new IllegalArgumentException("The pair (student " + s + ", place " + p
            + ") is both pinned and forbidden.\nMaybe unpin it or allow it.");
      }
      if (++perStudent[s] > supply[s]) {
        throw new IllegalArgumentException("Student (" + s + ") has " + perStudent[s]
            + " pins but a supply of " + supply[s] + "; the pins include (student " + s
            + ", place " + p + ").\nMaybe remove a pin of this student or raise its supply.");
      }
      if (++perPlace[p] > capacity[p]) {
        throw new IllegalArgumentException("Place (" + p + ") has more pins than its capacity ("
            + capacity[p] + "); the pins include (student " + s + ", place " + p
            + ").\nMaybe remove a pin at this place or raise its capacity.");
      }
    }
  }

  static void checkCapacity(int p, int cap) {
    if (cap < 0) {
      throw new IllegalArgumentException("The capacity (" + cap + ") of place (" + p
          + ") must be >= 0.\nMaybe set it to 0 to close the place.");
    }
  }

  static void checkPair(int students, int places, int s, int p, int cost) {
    if (s < 0 || s >= students) {
      throw new IllegalArgumentException("The student (" + s + ") of a pair must be in 0.."
          + (students - 1) + ".\nMaybe raise the number of students.");
    }
    if (p < 0 || p >= places) {
      throw new IllegalArgumentException("The place (" + p + ") of the pair of student (" + s
          + ") must be in 0.." + (places - 1) + ".\nMaybe raise the number of places.");
    }
    if (cost < 0 || cost > MAX_COST) {
      throw new IllegalArgumentException("The cost (" + cost + ") of pair (student " + s
          + ", place " + p + ") must be in 0.." + MAX_COST + ".\nMaybe rescale the costs.");
    }
  }

  static IllegalArgumentException duplicate(int s, int p) {
    return new IllegalArgumentException("The pair (student " + s + ", place " + p
        + ") is given twice.\nMaybe remove the duplicate.");
  }

  @Override
  public String toString() {
    return "AssignmentProblem[students=" + students() + ", places=" + places() + ", edges="
        + edges() + ", pinned=" + pinned.length + ", forbidden=" + forbidden.length + "]";
  }

  /**
   * Builds an {@link AssignmentProblem}. Defaults: capacity 0 for every place, supply 1 for every
   * student, no pairs, pins, forbidden pairs or lottery numbers, seed 0. Setters check their
   * arguments at once; {@link #build()} checks duplicates and the pins.
   */
  public static final class Builder {
    private final int students;
    private final int places;
    private final int[] capacity;
    private final int[] supply;
    private int[] ps = new int[16];
    private int[] pp = new int[16];
    private int[] pc = new int[16];
    private int pairs;
    private long[] pins = new long[0];
    private int pinCount;
    private long[] forbids = new long[0];
    private int forbidCount;
    private long[] lottery;
    private long[] placeLottery;
    private long seed;
    private boolean hasSeed;

    Builder(int students, int places) {
      if (students < 0 || places < 0) {
        throw new IllegalArgumentException("The numbers of students (" + students
            + ") and places (" + places + ") must be >= 0.");
      }
      this.students = students;
      this.places = places;
      this.capacity = new int[places];
      this.supply = new int[students];
      Arrays.fill(supply, 1);
    }

    /** Sets the capacity of place {@code p} ({@code >= 0}; default 0). */
    public Builder capacity(int p, int cap) {
      Objects.checkIndex(p, places);
      checkCapacity(p, cap);
      capacity[p] = cap;
      return this;
    }

    /** Sets the capacities of all places. */
    public Builder capacities(int... caps) {
      if (caps.length != places) {
        throw new IllegalArgumentException("The capacities (length " + caps.length
            + ") must have one entry per place (" + places + ").");
      }
      for (int p = 0; p < places; p++) {
        capacity(p, caps[p]);
      }
      return this;
    }

    /** Sets the supply of student {@code s}: how many distinct places it may get (default 1). */
    public Builder supply(int s, int units) {
      Objects.checkIndex(s, students);
      if (units < 0) {
        throw new IllegalArgumentException("The supply (" + units + ") of student (" + s
            + ") must be >= 0.\nMaybe use 0 for a student who takes no place.");
      }
      supply[s] = units;
      return this;
    }

    /** Adds the admissible pair (s, p) with cost {@code 0..MAX_COST}. */
    public Builder pair(int s, int p, int cost) {
      checkPair(students, places, s, p, cost);
      if (pairs == ps.length) {
        int n = Math.max(16, pairs * 2);
        ps = Arrays.copyOf(ps, n);
        pp = Arrays.copyOf(pp, n);
        pc = Arrays.copyOf(pc, n);
      }
      ps[pairs] = s;
      pp[pairs] = p;
      pc[pairs] = cost;
      pairs++;
      return this;
    }

    /**
     * Makes room for {@code n} pairs in all, so that a builder given its pairs by student and
     * then by place builds without copying them (an optional hint; any number of pairs may
     * follow).
     *
     * @param n the number of pairs expected
     * @return this builder
     */
    public Builder expectedPairs(int n) {
      if (n > ps.length) {
        ps = Arrays.copyOf(ps, n);
        pp = Arrays.copyOf(pp, n);
        pc = Arrays.copyOf(pc, n);
      }
      return this;
    }

    /** Pins pair (s, p): it must be chosen. The pair must be admissible (checked in build). */
    public Builder pin(int s, int p) {
      Objects.checkIndex(s, students);
      Objects.checkIndex(p, places);
      if (pinCount == pins.length) {
        pins = Arrays.copyOf(pins, Math.max(4, pinCount * 2));
      }
      pins[pinCount++] = ((long) s << 32) | p;
      return this;
    }

    /** Forbids pair (s, p): it must not be chosen. A pair that is not admissible is ignored. */
    public Builder forbid(int s, int p) {
      Objects.checkIndex(s, students);
      Objects.checkIndex(p, places);
      if (forbidCount == forbids.length) {
        forbids = Arrays.copyOf(forbids, Math.max(4, forbidCount * 2));
      }
      forbids[forbidCount++] = ((long) s << 32) | p;
      return this;
    }

    /**
     * Sets one lottery number per student (lower wins a tie); used by the lottery tie-break. The
     * numbers should be distinct; equal numbers fall back to the student id.
     */
    public Builder lotteryNumbers(long... numbers) {
      if (numbers.length != students) {
        throw new IllegalArgumentException("The lottery numbers (length " + numbers.length
            + ") must have one entry per student (" + students + ").");
      }
      this.lottery = numbers.clone();
      return this;
    }

    /**
     * Sets one lottery number per place, used by the lottery tie-break to order places. Without
     * them places are ordered by a hash of their capacity and pairs, so two places with the same
     * capacity and the same pairs (same students, same costs) are interchangeable and the input
     * order decides between them.
     */
    public Builder placeLotteryNumbers(long... numbers) {
      if (numbers.length != places) {
        throw new IllegalArgumentException("The place lottery numbers (length " + numbers.length
            + ") must have one entry per place (" + places + ").");
      }
      this.placeLottery = numbers.clone();
      return this;
    }

    /** Sets the tie-break seed (default 0), mixed into the lottery numbers. */
    public Builder seed(long seed) {
      this.seed = seed;
      this.hasSeed = true;
      return this;
    }

    /** Builds the problem; fails on duplicate pairs and infeasible pins, naming them. */
    public AssignmentProblem build() {
      int[] rowStart = new int[students + 1];
      for (int i = 0; i < pairs; i++) {
        rowStart[ps[i] + 1]++;
      }
      for (int s = 0; s < students; s++) {
        rowStart[s + 1] += rowStart[s];
      }
      if (inRowOrder()) {
        // already by student, then by place: the arrays as they are (not copied when they are
        // full; any later pair grows them into new arrays first)
        Topology t = new Topology(students, places, rowStart,
            pp.length == pairs ? pp : Arrays.copyOf(pp, pairs),
            pc.length == pairs ? pc : Arrays.copyOf(pc, pairs));
        return problem(t);
      }
      int[] fill = Arrays.copyOf(rowStart, students);
      int[] place = new int[pairs];
      int[] cost = new int[pairs];
      // stable counting sort by student, then sort each row by place
      int[] order = new int[pairs];
      for (int i = 0; i < pairs; i++) {
        order[fill[ps[i]]++] = i;
      }
      for (int s = 0; s < students; s++) {
        int from = rowStart[s];
        int to = rowStart[s + 1];
        long[] keys = new long[to - from];
        for (int k = from; k < to; k++) {
          int i = order[k];
          keys[k - from] = ((long) pp[i] << 32) | pc[i];
        }
        Arrays.sort(keys);
        for (int k = from; k < to; k++) {
          place[k] = (int) (keys[k - from] >>> 32);
          cost[k] = (int) keys[k - from];
          if (k > from && place[k] == place[k - 1]) {
            throw duplicate(s, place[k]);
          }
        }
      }
      return problem(new Topology(students, places, rowStart, place, cost));
    }

    /** Whether the pairs were given by student, then by place, each pair once. */
    private boolean inRowOrder() {
      for (int i = 1; i < pairs; i++) {
        if (ps[i] < ps[i - 1] || ps[i] == ps[i - 1] && pp[i] <= pp[i - 1]) {
          return false;
        }
      }
      return true;
    }

    private AssignmentProblem problem(Topology t) {
      int[] pinned = resolve(t, pins, pinCount, true);
      int[] forbidden = resolve(t, forbids, forbidCount, false);
      return new AssignmentProblem(t, capacity.clone(), supply.clone(), pinned, forbidden,
          lottery == null ? null : lottery.clone(),
          placeLottery == null ? null : placeLottery.clone(), seed, hasSeed);
    }

    private static int[] resolve(Topology t, long[] pairs, int n, boolean pin) {
      int[] out = new int[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        int s = (int) (pairs[i] >>> 32);
        int p = (int) pairs[i];
        int e = t.edgeOf(s, p);
        if (e < 0) {
          if (pin) {
            throw new IllegalArgumentException("The pinned pair (student " + s + ", place " + p
                + ") is not admissible.\nMaybe add it as a pair first or drop the pin.");
          }
          continue;
        }
        out[k++] = e;
      }
      out = Arrays.copyOf(out, k);
      Arrays.sort(out);
      for (int i = 1; i < k; i++) {
        if (out[i] == out[i - 1]) {
          if (pin) {
            int e = out[i];
            throw new IllegalArgumentException("The pair (student " + t.studentOf(e) + ", place "
                + t.edgePlace[e] + ") is pinned twice.\nMaybe remove the second pin.");
          }
        }
      }
      return pin ? out : Arrays.stream(out).distinct().toArray();
    }
  }
}
