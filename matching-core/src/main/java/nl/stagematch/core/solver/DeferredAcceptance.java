package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;
import nl.stagematch.core.model.Lottery;

/**
 * Student-proposing deferred acceptance (Gale-Shapley, many-to-one) for student choice (V4), and
 * its degenerate case open hiring.
 *
 * <p>Students propose down their strict lists; a place holds the best proposers up to its capacity
 * and rejects the rest. Places rank by fit class only (higher first); the seeded lottery breaks the
 * ties ({@link TieBreaking}, default {@link TieBreaking#SINGLE}), a lower number winning, and on the
 * (2<sup>-63</sup>) collision of two numbers the smaller student id. The result is the
 * student-optimal stable placement for the strict priorities the lottery makes: no student and
 * place would both rather be matched to each other, and no student does better in any other
 * stable placement. It does not depend on the order of students or places in the input.
 *
 * <p>Implementation: a queue of free students per round, and per place a binary heap of the held
 * students with the weakest at the root, keyed by one {@code long} that packs the inverted fit
 * class above the top bits of the lottery number (equal keys fall back to the full numbers and the
 * ids); everything on primitive arrays, no boxing. Time {@code O(E log c)} for {@code E} list entries and
 * capacity {@code c}; memory {@code O(students + places + E)} (plus one number per entry for
 * multiple tie-breaking).
 *
 * <p>Use {@link StabilityVerifier} to check a result independently, or {@link #solveChecked} to
 * have it done after the run.
 */
public final class DeferredAcceptance {
  private DeferredAcceptance() {}

  /** Runs deferred acceptance with the default {@link TieBreaking#SINGLE}. */
  public static DeferredAcceptanceResult solve(PreferenceInstance instance, Lottery lottery) {
    return solve(instance, lottery, TieBreaking.defaultTieBreaking());
  }

  /** Runs deferred acceptance with the given tie-breaking. */
  public static DeferredAcceptanceResult solve(PreferenceInstance instance, Lottery lottery,
      TieBreaking tieBreaking) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(lottery, "lottery");
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    long[] numbers = tieBreaking == TieBreaking.SINGLE
        ? LotteryDraws.perStudent(instance, lottery)
        : LotteryDraws.perEntry(instance, lottery);
    return new Run(instance, tieBreaking, numbers).solve();
  }

  /**
   * Runs deferred acceptance and then {@link StabilityVerifier} on the result, throwing {@link
   * IllegalStateException} if the verifier finds a problem or a blocking pair. Slow: the verifier
   * draws every lottery number again from the id strings (one string per pair for multiple
   * tie-breaking) and scans every list; several times the cost of the run itself. Meant for tests,
   * audits and a checked mode.
   */
  public static DeferredAcceptanceResult solveChecked(PreferenceInstance instance, Lottery lottery,
      TieBreaking tieBreaking) {
    DeferredAcceptanceResult result = solve(instance, lottery, tieBreaking);
    StabilityReport report = StabilityVerifier.verify(instance, lottery, tieBreaking,
        result.placement());
    if (!report.isStable()) {
      throw new IllegalStateException("Deferred acceptance produced an unstable placement; this is"
          + " a bug: " + report);
    }
    if (!Arrays.equals(report.lotteryNumbers(), result.lotteryNumbers())) {
      throw new IllegalStateException("Deferred acceptance used other lottery numbers than the"
          + " verifier drew; this is a bug in the bulk lottery draws.");
    }
    return result;
  }

  /**
   * Runs deferred acceptance with given lottery numbers: one per student for {@code SINGLE}, one per
   * list entry for {@code MULTIPLE}, lower wins. For tests and research (e.g. a given draw).
   */
  static DeferredAcceptanceResult solveWithNumbers(PreferenceInstance instance,
      TieBreaking tieBreaking, long[] numbers) {
    int expected = tieBreaking == TieBreaking.SINGLE ? instance.studentCount()
        : instance.entryCount();
    if (numbers.length != expected) {
      throw new IllegalArgumentException("The lottery numbers array has length (" + numbers.length
          + ") but " + tieBreaking + " tie-breaking needs (" + expected + ").\n"
          + "Maybe give one number per " + (tieBreaking == TieBreaking.SINGLE ? "student."
          : "list entry."));
    }
    return new Run(instance, tieBreaking, numbers.clone()).solve();
  }

  /**
   * Open hiring, first come first placed, in the lottery's order: students arrive in order of
   * their lottery number (lowest first) and each takes the first place on her list that still has
   * room. Fit classes are ignored. Equal to deferred acceptance with all fit classes equal and
   * single tie-breaking.
   */
  public static DeferredAcceptanceResult openHiring(PreferenceInstance instance, Lottery lottery) {
    Objects.requireNonNull(lottery, "lottery");
    long[] numbers = LotteryDraws.perStudent(instance, lottery);
    int[] order = LotteryOrder.order(numbers, instance.studentIds);
    return serial(instance, order, numbers);
  }

  /**
   * Open hiring in a given arrival order: {@code arrivalOrder[i]} is the student who arrived
   * {@code i}-th; it must be a permutation of the students. The result's numbers are the arrival
   * positions.
   */
  public static DeferredAcceptanceResult openHiring(PreferenceInstance instance,
      int[] arrivalOrder) {
    int n = instance.studentCount();
    if (arrivalOrder.length != n) {
      throw new IllegalArgumentException("The arrival order has length (" + arrivalOrder.length
          + ") but there are (" + n + ") students.\nMaybe list every student exactly once.");
    }
    long[] position = new long[n];
    Arrays.fill(position, -1);
    for (int i = 0; i < n; i++) {
      int s = arrivalOrder[i];
      if (s < 0 || s >= n || position[s] >= 0) {
        throw new IllegalArgumentException("The arrival order lists student index (" + s
            + ") at position (" + i + ") " + (s < 0 || s >= n ? "out of range [0, " + n + ")"
            : "a second time") + ".\nMaybe list every student exactly once.");
      }
      position[s] = i;
    }
    return serial(instance, arrivalOrder.clone(), position);
  }

  private static DeferredAcceptanceResult serial(PreferenceInstance in, int[] order,
      long[] numbers) {
    int[] left = in.capacity.clone();
    int[] placement = new int[in.studentCount()];
    Arrays.fill(placement, -1);
    long proposals = 0;
    long rejections = 0;
    for (int s : order) {
      for (int k = in.listStart[s]; k < in.listStart[s + 1]; k++) {
        int p = in.place[k];
        proposals++;
        if (left[p] > 0) {
          left[p]--;
          placement[s] = p;
          break;
        }
        rejections++;
      }
    }
    MatchingStats stats = MatchingStats.of(proposals, proposals > 0 ? 1 : 0, rejections,
        rejections);
    return new DeferredAcceptanceResult(placement, TieBreaking.SINGLE, true, numbers, stats);
  }

  /** One run on arrays; not thread-safe, used once. */
  private static final class Run {
    private final PreferenceInstance in;
    private final int[] place;
    private final int[] fitClass;
    private final int[] listStart;
    private final boolean single;
    private final long[] numbers;
    /** The entry through which each student currently proposes (or last proposed). */
    private final int[] current;
    /** Bits for the inverted fit class at the top of a priority key. */
    private final int classBits;
    private final int maxClass;

    Run(PreferenceInstance in, TieBreaking tieBreaking, long[] numbers) {
      this.in = in;
      this.place = in.place;
      this.fitClass = in.fitClass;
      this.listStart = in.listStart;
      this.single = tieBreaking == TieBreaking.SINGLE;
      this.numbers = numbers;
      this.current = new int[in.studentCount()];
      int max = 0;
      for (int c : fitClass) {
        max = Math.max(max, c);
      }
      this.maxClass = max;
      this.classBits = 32 - Integer.numberOfLeadingZeros(max);
    }

    /**
     * The priority key of student {@code s} proposing through entry {@code k}: the inverted fit
     * class in the top bits, the top bits of the lottery number below; a higher key is a lower
     * priority. Equal keys are resolved by {@link #weaker(int, int)} on the full numbers.
     */
    private long key(int s, int k) {
      long number = single ? numbers[s] : numbers[k];
      return ((long) (maxClass - fitClass[k]) << (63 - classBits)) | (number >>> classBits);
    }

    /** Whether student {@code a} has a lower priority than {@code b} at the place both propose to. */
    private boolean weaker(int a, int b) {
      int ka = current[a];
      int kb = current[b];
      int ca = fitClass[ka];
      int cb = fitClass[kb];
      if (ca != cb) {
        return ca < cb;
      }
      long na = single ? numbers[a] : numbers[ka];
      long nb = single ? numbers[b] : numbers[kb];
      if (na != nb) {
        return na > nb;
      }
      return in.studentIds[a].compareTo(in.studentIds[b]) > 0;
    }

    DeferredAcceptanceResult solve() {
      int n = in.studentCount();
      int m = in.placeCount();
      int[] inDegree = new int[m];
      for (int p : place) {
        inDegree[p]++;
      }
      int[] heapStart = new int[m + 1];
      for (int p = 0; p < m; p++) {
        heapStart[p + 1] = heapStart[p] + Math.min(in.capacity[p], inDegree[p]);
      }
      int[] heap = new int[heapStart[m]];
      long[] heapKey = new long[heapStart[m]];
      int[] size = new int[m];
      int[] next = new int[n];
      System.arraycopy(listStart, 0, next, 0, n);
      int[] queue = new int[n];
      int[] nextQueue = new int[n];
      int queued = 0;
      for (int s = 0; s < n; s++) {
        if (listStart[s + 1] > listStart[s]) {
          queue[queued++] = s;
        }
      }
      long proposals = 0;
      long rejections = 0;
      int rounds = 0;
      while (queued > 0) {
        rounds++;
        int nextQueued = 0;
        for (int i = 0; i < queued; i++) {
          int s = queue[i];
          int k = next[s]++;
          current[s] = k;
          int p = place[k];
          proposals++;
          long key = key(s, k);
          int base = heapStart[p];
          int room = heapStart[p + 1] - base;
          int rejected;
          if (size[p] < room) {
            siftUp(heap, heapKey, base, size[p]++, s, key);
            continue;
          }
          int weakest = heap[base];
          long weakestKey = heapKey[base];
          if (weakestKey > key || (weakestKey == key && weaker(weakest, s))) {
            siftDown(heap, heapKey, base, size[p], s, key);
            rejected = weakest;
          } else {
            rejected = s;
          }
          rejections++;
          if (next[rejected] < listStart[rejected + 1]) {
            nextQueue[nextQueued++] = rejected;
          }
        }
        int[] swap = queue;
        queue = nextQueue;
        nextQueue = swap;
        queued = nextQueued;
      }
      int[] placement = new int[n];
      Arrays.fill(placement, -1);
      int[] weakestClass = new int[m];
      for (int p = 0; p < m; p++) {
        int base = heapStart[p];
        weakestClass[p] = size[p] > 0 ? fitClass[current[heap[base]]] : -1;
        for (int i = 0; i < size[p]; i++) {
          placement[heap[base + i]] = p;
        }
      }
      long tieBreaks = 0;
      for (int s = 0; s < n; s++) {
        int end = placement[s] >= 0 ? current[s] : next[s];
        for (int k = listStart[s]; k < end; k++) {
          int p = place[k];
          if (size[p] < heapStart[p + 1] - heapStart[p]) {
            throw new IllegalStateException("Place (" + in.placeIds[p] + ") rejected student ("
                + in.studentIds[s] + ") but is not full (" + size[p] + " of " + in.capacity[p]
                + "); this is a bug in deferred acceptance.");
          }
          if (fitClass[k] == weakestClass[p]) {
            tieBreaks++;
          }
        }
      }
      MatchingStats stats = MatchingStats.of(proposals, rounds, rejections, tieBreaks);
      return new DeferredAcceptanceResult(placement, single ? TieBreaking.SINGLE
          : TieBreaking.MULTIPLE, false, numbers, stats);
    }

    /** Whether the student in slot a (key ka) is weaker than student b (key kb). */
    private boolean weaker(int a, long ka, int b, long kb) {
      return ka > kb || (ka == kb && weaker(a, b));
    }

    /** Inserts {@code s} at heap position {@code pos} (the new last slot) and restores order. */
    private void siftUp(int[] heap, long[] heapKey, int base, int pos, int s, long key) {
      while (pos > 0) {
        int parent = (pos - 1) >>> 1;
        int up = heap[base + parent];
        long upKey = heapKey[base + parent];
        if (!weaker(s, key, up, upKey)) {
          break;
        }
        heap[base + pos] = up;
        heapKey[base + pos] = upKey;
        pos = parent;
      }
      heap[base + pos] = s;
      heapKey[base + pos] = key;
    }

    /** Replaces the root (the weakest held student) with {@code s} and restores order. */
    private void siftDown(int[] heap, long[] heapKey, int base, int size, int s, long key) {
      int pos = 0;
      while (true) {
        int child = 2 * pos + 1;
        if (child >= size) {
          break;
        }
        int right = child + 1;
        if (right < size && weaker(heap[base + right], heapKey[base + right], heap[base + child],
            heapKey[base + child])) {
          child = right;
        }
        int c = heap[base + child];
        long cKey = heapKey[base + child];
        if (!weaker(c, cKey, s, key)) {
          break;
        }
        heap[base + pos] = c;
        heapKey[base + pos] = cKey;
        pos = child;
      }
      heap[base + pos] = s;
      heapKey[base + pos] = key;
    }
  }
}
