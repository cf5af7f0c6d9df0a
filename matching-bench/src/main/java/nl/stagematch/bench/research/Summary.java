package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of every contender aggregated over the replications: the mean and a 95%
 * confidence interval from Student's t distribution with n - 1 degrees of freedom. Values that
 * are undefined in a replication (NaN) are left out of that metric's n.
 */
public final class Summary {

  /**
   * One aggregated metric.
   *
   * @param arm the contender
   * @param metric the metric
   * @param group {@code all}, {@code group} or {@code others}
   * @param n the number of replications with a value
   * @param mean the mean over those replications (NaN if none)
   * @param halfWidth the half-width of the 95% interval; NaN when n is below 2
   */
  public record Aggregate(String arm, String metric, String group, int n, double mean,
      double halfWidth) {

    /** The lower end of the interval. */
    public double low() {
      return mean - halfWidth;
    }

    /** The upper end of the interval. */
    public double high() {
      return mean + halfWidth;
    }
  }

  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
      2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
      2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  private Summary() {}

  /**
   * The two-sided 95% quantile of Student's t with {@code df} degrees of freedom (table values to
   * three decimals for df 1..30; beyond, the approximation z + (z^3 + z) / (4 df) with z = 1.96).
   */
  public static double t975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("Degrees of freedom (" + df + ") must be at least 1.");
    }
    if (df <= T975.length) {
      return T975[df - 1];
    }
    double z = 1.959964;
    return z + (z * z * z + z) / (4.0 * df);
  }

  /**
   * The two-sided p-value of Student's t statistic {@code t} with {@code df} degrees of freedom:
   * P(|T| >= |t|) = I_x(df/2, 1/2) with x = df / (df + t^2), the regularized incomplete beta
   * function (continued fraction, as in Numerical Recipes, 6.4). NaN for a NaN {@code t}.
   */
  public static double twoSidedP(double t, int df) {
    if (df < 1) {
      throw new IllegalArgumentException("Degrees of freedom (" + df + ") must be at least 1.");
    }
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    double x = df / (df + t * t);
    return Math.min(1, Math.max(0, incompleteBeta(df / 2.0, 0.5, x)));
  }

  /**
   * The quantile of Student's t with {@code df} degrees of freedom for the upper tail {@code
   * alpha / 2}: the t with two-sided p-value {@code alpha}, by bisection on {@link #twoSidedP}
   * (to 1e-9). {@code tQuantile(0.05, df)} agrees with {@link #t975} to the table's three
   * decimals.
   *
   * @param alpha the two-sided level, more than 0 and less than 1
   */
  public static double tQuantile(double alpha, int df) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("The level (" + alpha + ") must be between 0 and 1.");
    }
    double lo = 0;
    double hi = 1;
    while (twoSidedP(hi, df) > alpha) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-9; i++) {
      double mid = (lo + hi) / 2;
      if (twoSidedP(mid, df) > alpha) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** The regularized incomplete beta function I_x(a, b). */
  static double incompleteBeta(double a, double b, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
        + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(a, b, x) / a;
    }
    return 1 - front * betaFraction(b, a, 1 - x) / b;
  }

  private static double betaFraction(double a, double b, double x) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 1000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** ln Gamma(x) for x > 0 (Lanczos, g = 7, nine coefficients; relative error below 1e-13). */
  static double logGamma(double x) {
    double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = g[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** The aggregate of {@code values}, NaN values left out. */
  public static Aggregate aggregate(String arm, String metric, String group, List<Double> values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n == 0) {
      return new Aggregate(arm, metric, group, 0, Double.NaN, Double.NaN);
    }
    double mean = sum / n;
    if (n < 2) {
      return new Aggregate(arm, metric, group, n, mean, Double.NaN);
    }
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Aggregate(arm, metric, group, n, mean, t975(n - 1) * sd / Math.sqrt(n));
  }

  /**
   * The aggregates of {@code records}, per contender in the order of {@code arms}, then per
   * (metric, group) in the order they first appear.
   */
  public static List<Aggregate> of(List<String> arms, List<RunRecord> records) {
    List<Aggregate> out = new ArrayList<>();
    for (String arm : arms) {
      Map<String, List<Double>> values = new LinkedHashMap<>();
      for (RunRecord r : records) {
        if (r.arm().equals(arm)) {
          for (Measure m : r.measures()) {
            values.computeIfAbsent(m.metric() + "\u0000" + m.group(), k -> new ArrayList<>())
                .add(m.value());
          }
        }
      }
      for (Map.Entry<String, List<Double>> e : values.entrySet()) {
        String[] key = e.getKey().split("\u0000", 2);
        out.add(aggregate(arm, key[0], key[1], e.getValue()));
      }
    }
    return List.copyOf(out);
  }
}
