package nl.stagematch.core.check;

import java.util.List;

/**
 * The outcome of {@link ResultVerifier}: what was checked, what failed, and what could not be
 * checked.
 *
 * @param checked what was checked and held, one line each, in the order of the checks (such as
 *     {@code feasibility: 1,000 students listed once; 835 placements admissible ...})
 * @param failures the properties that failed, in the order found (at most {@link
 *     ResultVerifier#MAX_LISTED} are listed; {@code failureCount} counts all)
 * @param failureCount the number of failures found, listed or not
 * @param notChecked the properties that could not be checked and why (such as a result without
 *     a certificate); empty when the whole promise was checked
 */
public record ResultReport(List<String> checked, List<Finding> failures, long failureCount,
    List<Finding> notChecked) {

  /** Copies the lists and checks the count. */
  public ResultReport {
    checked = List.copyOf(checked);
    failures = List.copyOf(failures);
    notChecked = List.copyOf(notChecked);
    if (failureCount < failures.size()) {
      throw new IllegalArgumentException("The failure count (" + failureCount
          + ") must count at least the listed failures (" + failures.size() + ").");
    }
  }

  /** Whether no check failed (some may not have been done: see {@link #complete()}). */
  public boolean ok() {
    return failureCount == 0;
  }

  /** Whether every check could be done (the result has a provenance and a supported certificate). */
  public boolean complete() {
    return notChecked.isEmpty();
  }

  /** Whether no check failed and every check could be done. */
  public boolean verified() {
    return ok() && complete();
  }

  /**
   * The report in words, one line each: {@code VERIFIED}, {@code FAILED} or {@code NOT FULLY
   * CHECKED}, then the failures, the checks not done, and what was checked.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(!ok() ? "FAILED: " + failureCount + " failure(s)"
        : complete() ? "VERIFIED" : "NOT FULLY CHECKED: " + notChecked.size()
            + " check(s) could not be done").append('\n');
    for (Finding f : failures) {
      sb.append("  failed      ").append(f).append('\n');
    }
    if (failureCount > failures.size()) {
      sb.append("  failed      ... and ").append(failureCount - failures.size())
          .append(" more\n");
    }
    for (Finding f : notChecked) {
      sb.append("  not checked ").append(f).append('\n');
    }
    for (String line : checked) {
      sb.append("  checked     ").append(line).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
