package nl.stagematch.core.solver;

import java.util.List;

/**
 * The outcome of {@link AssignmentVerifier}: the violations found, each in words, and the
 * objective recomputed from the assignment.
 *
 * @param violations what is wrong, one sentence each, in the order the checks ran (at most {@link
 *     AssignmentVerifier#MAX_LISTED} are listed; {@code total} counts all)
 * @param total the number of violations found, listed or not
 * @param assigned {@code K} recomputed from the chosen edges
 * @param cost {@code C} recomputed from the chosen edges
 */
public record VerificationReport(List<String> violations, long total, long assigned, long cost) {

  /** Copies the list and checks the counts. */
  public VerificationReport {
    violations = List.copyOf(violations);
    if (total < violations.size()) {
      throw new IllegalArgumentException("The total (" + total
          + ") must count at least the listed violations (" + violations.size() + ").");
    }
  }

  /** Returns whether the result is feasible and certified optimal. */
  public boolean ok() {
    return total == 0;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(ok() ? "OK" : total + " violation(s)").append(": assigned=").append(assigned)
        .append(" cost=").append(cost);
    for (String v : violations) {
      sb.append("\n - ").append(v);
    }
    if (total > violations.size()) {
      sb.append("\n - ... and ").append(total - violations.size()).append(" more");
    }
    return sb.toString();
  }
}
