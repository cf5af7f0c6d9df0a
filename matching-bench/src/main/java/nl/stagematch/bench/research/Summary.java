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
