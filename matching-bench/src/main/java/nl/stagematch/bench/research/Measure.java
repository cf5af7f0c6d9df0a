package nl.stagematch.bench.research;

import java.util.Objects;

/**
 * One number of one run: a metric for a group of students.
 *
 * @param metric the metric's name, such as {@code placement-rate} (see {@link RunMetrics})
 * @param group {@code all}, {@code group} (the research group) or {@code others}
 * @param value the value; NaN where it is undefined (a mean over no students)
 */
public record Measure(String metric, String group, double value) {

  /** The group name for a figure over every student. */
  public static final String ALL = "all";
  /** The group name for the students in the research group. */
  public static final String GROUP = "group";
  /** The group name for the students outside the research group. */
  public static final String OTHERS = "others";

  /** Validates. */
  public Measure {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(group, "group");
  }
}
