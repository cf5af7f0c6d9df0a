package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;

/**
 * Paired contrasts over common replications, with Holm's adjustment over the whole family of
 * tests (definitions also in {@code docs/research.md}, "Contrasts").
 *
 * <p>The family, in this order:
 *
 * <ol>
 *   <li>{@link Kind#GAP}: every contender's own gap ({@code placement-gap}, {@code fit-gap}) against
 *       zero: does it leave the group behind?
 *   <li>{@link Kind#BASELINE}: every other contender minus the baseline ({@code v0-practice} where
 *       it runs), on each of {@link #METRICS}, paired per replication;
 *   <li>{@link Kind#NAMED}: every named pair (A minus B, {@code compare --contrast A,B}) on each of
 *       {@link #METRICS}, unless the pair is already in the family.
 * </ol>
 *
 * <p>For each test the per-replication differences d_r (replications where both values are
 * defined) give the mean, sd and n; the 95% interval is mean ± t(0.975, n - 1) sd / sqrt(n) and
 * the p-value is the paired t test's, two-sided. Holm's adjusted p-values (step-down, over the m
 * tests with a p-value) decide what is called significant (adjusted p below 5%), which keeps the
 * chance of calling any true null difference significant at 5% or less. The adjusted interval is
 * Bonferroni's simultaneous one, mean ± t(1 - 0.05 / (2m), n - 1) sd / sqrt(n): together they
 * cover every true difference in at least 95% of experiments; an adjusted interval that excludes
 * zero always goes with a significant Holm verdict (Holm rejects whatever Bonferroni rejects).
 */
public final class Contrasts {
  /** The family-wise level. */
  public static final double ALPHA = 0.05;
  /** The gap metrics, tested against zero for every contender. */
  public static final List<String> GAPS = List.of("placement-gap", "fit-gap");
  /** The metrics on which two contenders are compared. */
  public static final List<String> METRICS =
      List.of("placement-gap", "fit-gap", "placement-rate", "fit-mean");

  /** What a contrast tests. */
  public enum Kind {
    /** A contender's own gap against zero. */
    GAP,
    /** A contender minus the baseline. */
    BASELINE,
    /** A named pair. */
    NAMED
  }

  /**
   * One test of the family.
   *
   * @param kind what it tests
   * @param arm the contender (A)
   * @param other the contender subtracted (B); empty for {@link Kind#GAP}
   * @param metric the metric (group {@code all})
   * @param n the common replications with a value in both
   * @param mean the mean difference (for a gap: the mean gap)
   * @param halfWidth the half-width of the 95% interval; NaN when n is below 2
   * @param adjustedHalfWidth the half-width of the simultaneous (Bonferroni) interval
   * @param p the two-sided p-value of the paired t test; NaN when n is below 2
   * @param holmP Holm's adjusted p-value; NaN when n is below 2
   */
  public record Contrast(Kind kind, String arm, String other, String metric, int n, double mean,
      double halfWidth, double adjustedHalfWidth, double p, double holmP) {

    /** Validates. */
    public Contrast {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(arm, "arm");
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(metric, "metric");
    }

    /** Whether Holm's adjusted p-value is below {@link #ALPHA}. */
    public boolean significant() {
      return holmP < ALPHA;
    }

    /** Whether there is a test (two or more common replications). */
    public boolean tested() {
      return !Double.isNaN(p);
    }

    /** A short label: {@code A} for a gap, else {@code A - B}. */
    public String label() {
      return other.isEmpty() ? arm : arm + " - " + other;
    }
  }

  private Contrasts() {}

  /**
   * The family of contrasts of {@code records} (group {@code all}).
   *
   * @param arms the contenders in the report's order
   * @param baseline the contender every other is compared with, or null for none
   * @param named pairs (A, B) to compare, each of two contenders of {@code arms}
   * @throws IllegalArgumentException if a named pair names a contender that did not run, or the
   *     same contender twice
   */
  public static List<Contrast> of(List<String> arms, List<RunRecord> records, String baseline,
      List<List<String>> named) {
    Map<String, Map<String, TreeMap<Integer, Double>>> values = new HashMap<>();
    for (RunRecord r : records) {
      for (Measure m : r.measures()) {
        if (m.group().equals(Measure.ALL) && METRICS.contains(m.metric())) {
          values.computeIfAbsent(r.arm(), k -> new HashMap<>())
              .computeIfAbsent(m.metric(), k -> new TreeMap<>()).put(r.replication(), m.value());
        }
      }
    }
    List<Contrast> raw = new ArrayList<>();
    for (String arm : arms) {
      for (String metric : GAPS) {
        raw.add(test(Kind.GAP, arm, "", metric, series(values, arm, metric), null));
      }
    }
    Set<String> pairs = new LinkedHashSet<>();
    if (baseline != null && arms.contains(baseline)) {
      for (String arm : arms) {
        if (!arm.equals(baseline)) {
          pairs.add(arm + "\u0000" + baseline);
          for (String metric : METRICS) {
            raw.add(test(Kind.BASELINE, arm, baseline, metric, series(values, arm, metric),
                series(values, baseline, metric)));
          }
        }
      }
    }
    for (List<String> pair : named) {
      String a = pair.get(0);
      String b = pair.get(1);
      for (String name : pair) {
        if (!arms.contains(name)) {
          throw new ResearchOptionException(ResearchMessage.CONTRAST_UNKNOWN, SafeText.clean(name),
              String.join(", ", arms));
        }
      }
      if (a.equals(b)) {
        throw new ResearchOptionException(ResearchMessage.CONTRAST_SAME, SafeText.clean(a + "," + b));
      }
      if (!pairs.add(a + "\u0000" + b)) {
        continue;
      }
      for (String metric : METRICS) {
        raw.add(test(Kind.NAMED, a, b, metric, series(values, a, metric),
            series(values, b, metric)));
      }
    }
    return holm(raw);
  }

  private static TreeMap<Integer, Double> series(
      Map<String, Map<String, TreeMap<Integer, Double>>> values, String arm, String metric) {
    return values.getOrDefault(arm, Map.of()).getOrDefault(metric, new TreeMap<>());
  }

  /** The differences of {@code a} minus {@code b} (or {@code a} alone) over common replications. */
  private static Contrast test(Kind kind, String arm, String other, String metric,
      TreeMap<Integer, Double> a, TreeMap<Integer, Double> b) {
    List<Double> d = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : a.entrySet()) {
      double x = e.getValue();
      double y = b == null ? 0 : b.getOrDefault(e.getKey(), Double.NaN);
      if (!Double.isNaN(x) && !Double.isNaN(y)) {
        d.add(x - y);
      }
    }
    int n = d.size();
    double mean = n == 0 ? Double.NaN : d.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n < 2) {
      return new Contrast(kind, arm, other, metric, n, mean, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double ss = 0;
    for (double v : d) {
      ss += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    double p;
    if (se == 0) {
      p = mean == 0 ? 1 : 0;
    } else {
      p = Summary.twoSidedP(mean / se, n - 1);
    }
    return new Contrast(kind, arm, other, metric, n, mean, Summary.t975(n - 1) * se, se, p,
        Double.NaN);
  }

  /**
   * Holm's step-down adjustment over the tests with a p-value, and the Bonferroni half-widths
   * (the half-width slot holds the standard error until here).
   */
  static List<Contrast> holm(List<Contrast> raw) {
    List<Integer> tested = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).tested()) {
        tested.add(i);
      }
    }
    int m = tested.size();
    tested.sort(Comparator.comparingDouble((Integer i) -> raw.get(i).p())
        .thenComparingInt(i -> i));
    double[] adjusted = new double[raw.size()];
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = tested.get(k);
      running = Math.max(running, Math.min(1, (m - k) * raw.get(i).p()));
      adjusted[i] = running;
    }
    List<Contrast> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Contrast c = raw.get(i);
      if (!c.tested()) {
        out.add(c);
        continue;
      }
      double se = c.adjustedHalfWidth();
      double adjustedHalfWidth = Summary.tQuantile(ALPHA / m, c.n() - 1) * se;
      out.add(new Contrast(c.kind(), c.arm(), c.other(), c.metric(), c.n(), c.mean(),
          c.halfWidth(), adjustedHalfWidth, c.p(), adjusted[i]));
    }
    return List.copyOf(out);
  }

  /** The number of tests in {@code contrasts} (those with a p-value). */
  public static int tests(List<Contrast> contrasts) {
    int m = 0;
    for (Contrast c : contrasts) {
      if (c.tested()) {
        m++;
      }
    }
    return m;
  }
}
