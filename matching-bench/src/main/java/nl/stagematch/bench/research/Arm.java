package nl.stagematch.bench.research;

/**
 * One contender of an experiment: a matching variant run with a responder, or the simulation of
 * today's practice (V0). Implementations are thread-safe and keep no state between runs: the
 * same cohort and seed give the same {@link ArmRun}, on any thread.
 */
public interface Arm {

  /** The unique name in reports, lower-case words joined by '-', such as {@code v0-practice}. */
  String name();

  /** One line: what the contender does, and with which settings. */
  String description();

  /**
   * Runs on {@code cohort} with {@code seed}.
   *
   * @throws IllegalArgumentException if the cohort cannot be run by this contender
   */
  ArmRun run(ResearchCohort cohort, long seed);
}
