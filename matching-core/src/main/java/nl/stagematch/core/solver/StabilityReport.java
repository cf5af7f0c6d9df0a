package nl.stagematch.core.solver;

import java.util.List;

/**
 * What {@link StabilityVerifier} found: feasibility problems, blocking pairs and the lottery
 * numbers it used to make the priorities strict.
 *
 * <p>Problems are listed in the order found (students by index, then places by index); blocking
 * pairs by student index, then in the order of the student's preference list. The lottery numbers
 * are indexed like {@link nl.stagematch.core.solver.DeferredAcceptanceResult#lotteryNumbers()}.
 * Immutable.
 */
public final class StabilityReport {
  private final List<String> problems;
  private final List<BlockingPair> blockingPairs;
  private final long[] lotteryNumbers;

  StabilityReport(List<String> problems, List<BlockingPair> blockingPairs, long[] lotteryNumbers) {
    this.problems = List.copyOf(problems);
    this.blockingPairs = List.copyOf(blockingPairs);
    this.lotteryNumbers = lotteryNumbers.clone();
  }

  /** Returns the feasibility problems (unknown place, unlisted place, capacity exceeded). */
  public List<String> problems() {
    return problems;
  }

  /** Returns every blocking pair (empty if there are feasibility problems; see {@link #problems}). */
  public List<BlockingPair> blockingPairs() {
    return blockingPairs;
  }

  /** Returns a copy of the lottery numbers the verifier used. */
  public long[] lotteryNumbers() {
    return lotteryNumbers.clone();
  }

  /** Returns whether the placement is feasible and has no blocking pair. */
  public boolean isStable() {
    return problems.isEmpty() && blockingPairs.isEmpty();
  }

  @Override
  public String toString() {
    return "StabilityReport[stable=" + isStable() + ", problems=" + problems + ", blockingPairs="
        + blockingPairs + "]";
  }
}
