package nl.stagematch.bench.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.stagematch.bench.instance.Instance;

/**
 * Seeded generator of "national cohort" assignment instances, a Java port of the cohort family of
 * the shared peer benchmark's generator (same structure and parameters, a different random
 * source, so not the same bytes): places with capacity 1..8 summing to {@code capRatio * S}, 12
 * regions with 75 % of a student's pairs in the home region, log-normal place popularity, about
 * {@code degree} pairs per student (uniform in 0.6..1.4 times), and cost = 600 * preference rank +
 * 400 * (1 - fit) in 0..1000 with preferences correlated with popularity (contested places).
 *
 * <p>The same arguments always give the same instance.
 */
public final class CohortGenerator {
  private static final int REGIONS = 12;
  private static final double HOME_SHARE = 0.75;
  private static final int MAX_COST = 1000;

  private CohortGenerator() {}

  /**
   * Generates a cohort instance.
   *
   * @param students the number of students ({@code >= 0})
   * @param places the number of places ({@code >= 1})
   * @param degree the mean number of pairs per student ({@code >= 1})
   * @param capRatio total capacity divided by the number of students ({@code > 0})
   * @param seed the seed
   */
  public static Instance cohort(int students, int places, int degree, double capRatio,
      long seed) {
    if (students < 0 || places < 1 || degree < 1 || !(capRatio > 0)) {
      throw new IllegalArgumentException("The cohort parameters (students " + students
          + ", places " + places + ", degree " + degree + ", capRatio " + capRatio
          + ") must be >= 0, >= 1, >= 1 and > 0.");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] region = new int[places];
    double[] logpop = new double[places];
    double[] pop = new double[places];
    int[] cap = new int[places];
    for (int j = 0; j < places; j++) {
      region[j] = rnd.nextInt(REGIONS);
      logpop[j] = rnd.nextGaussian();
      pop[j] = Math.exp(logpop[j]);
      cap[j] = 1 + rnd.nextInt(8);
    }
    long target = Math.round(capRatio * students);
    long total = Arrays.stream(cap).asLongStream().sum();
    long guard = 100L * places + 10L * students;
    while (total != target && guard-- > 0) {
      int j = rnd.nextInt(places);
      if (total < target && cap[j] < 8) {
        cap[j]++;
        total++;
      } else if (total > target && cap[j] > 1) {
        cap[j]--;
        total--;
      }
    }
    List<List<Integer>> byRegion = new ArrayList<>();
    for (int r = 0; r < REGIONS; r++) {
      byRegion.add(new ArrayList<>());
    }
    for (int j = 0; j < places; j++) {
      byRegion.get(region[j]).add(j);
    }
    Sampler[] regional = new Sampler[REGIONS];
    for (int r = 0; r < REGIONS; r++) {
      regional[r] = new Sampler(byRegion.get(r).stream().mapToInt(Integer::intValue).toArray(),
          pop);
    }
    int[] all = new int[places];
    for (int j = 0; j < places; j++) {
      all[j] = j;
    }
    Sampler national = new Sampler(all, pop);
    int lo = Math.max(1, (int) Math.ceil(0.6 * degree));
    int hi = Math.max(lo, (int) Math.floor(1.4 * degree));
    int[] rowStart = new int[students + 1];
    int[] edgePlace = new int[students * (hi + 1) + 1];
    int[] edgeCost = new int[edgePlace.length];
    int at = 0;
    int[] mark = new int[places];
    int[] chosen = new int[hi];
    double[] key = new double[hi];
    Integer[] order = new Integer[hi];
    for (int s = 0; s < students; s++) {
      int home = rnd.nextInt(REGIONS);
      int d = Math.min(places, lo + rnd.nextInt(hi - lo + 1));
      int n = 0;
      int tries = 0;
      while (n < d && tries < 50 * d) {
        tries++;
        int j = rnd.nextDouble() < HOME_SHARE && regional[home].size() > 0
            ? regional[home].draw(rnd) : national.draw(rnd);
        if (mark[j] != s + 1) {
          mark[j] = s + 1;
          chosen[n++] = j;
        }
      }
      for (int i = 0; i < n; i++) {
        key[i] = -(logpop[chosen[i]] + rnd.nextGaussian());
        order[i] = i;
      }
      Arrays.sort(order, 0, n, (a, b) -> Double.compare(key[a], key[b]));
      for (int rank = 0; rank < n; rank++) {
        double fit = rnd.nextDouble();
        double rterm = n > 1 ? (double) rank / (n - 1) : 0.0;
        int c = (int) Math.round(600.0 * rterm + 400.0 * (1.0 - fit));
        edgePlace[at] = chosen[order[rank]];
        edgeCost[at++] = Math.max(0, Math.min(MAX_COST, c));
      }
      rowStart[s + 1] = at;
    }
    int[] fileEdge = new int[at];
    for (int e = 0; e < at; e++) {
      fileEdge[e] = e;
    }
    return new Instance(students, places, cap, rowStart, Arrays.copyOf(edgePlace, at),
        Arrays.copyOf(edgeCost, at), fileEdge, false);
  }

  /**
   * Generates a cohort instance with the proportions of the shared catalog for {@code students}
   * students: {@code 0.26 * students} places (at least 1), capacity ratio 1.1, mean degree 15 up
   * to 10,000 students, 20 up to 50,000 and 25 above.
   */
  public static Instance cohort(int students, long seed) {
    int degree = students <= 10_000 ? 15 : students <= 50_000 ? 20 : 25;
    return cohort(students, Math.max(1, (int) Math.round(students * 0.26)), degree, 1.10, seed);
  }

  /** Generates a dense {@code n x n} instance with costs uniform in 0..1000. */
  public static Instance dense(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] cap = new int[n];
    Arrays.fill(cap, 1);
    int[] rowStart = new int[n + 1];
    int[] edgePlace = new int[n * n];
    int[] edgeCost = new int[n * n];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = (i + 1) * n;
      for (int j = 0; j < n; j++) {
        edgePlace[i * n + j] = j;
        edgeCost[i * n + j] = rnd.nextInt(MAX_COST + 1);
      }
    }
    int[] fileEdge = new int[n * n];
    for (int e = 0; e < fileEdge.length; e++) {
      fileEdge[e] = e;
    }
    return new Instance(n, n, cap, rowStart, edgePlace, edgeCost, fileEdge, true);
  }

  /** Weighted sampling by cumulative weights and binary search. */
  private static final class Sampler {
    private final int[] ids;
    private final double[] cum;

    Sampler(int[] ids, double[] weight) {
      this.ids = ids;
      this.cum = new double[ids.length];
      double acc = 0;
      for (int i = 0; i < ids.length; i++) {
        acc += weight[ids[i]];
        cum[i] = acc;
      }
    }

    int size() {
      return ids.length;
    }

    int draw(SplittableRandom rnd) {
      double x = rnd.nextDouble() * cum[cum.length - 1];
      int k = Arrays.binarySearch(cum, x);
      k = k < 0 ? -k - 1 : k + 1;
      return ids[Math.min(k, ids.length - 1)];
    }
  }
}
