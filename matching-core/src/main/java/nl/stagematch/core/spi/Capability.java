package nl.stagematch.core.spi;

/**
 * What a matching variant declares about itself, so that registries, tools and tests can filter
 * on it (the contract tests run a check only on the variants that declare what it needs).
 */
public enum Capability {
  /** Two stages with people's answers in between (V2: meetings, then orders). */
  TWO_STAGE,
  /** The variant asks the {@link Responder} for preferences or picks (V2, V3, V4). */
  NEEDS_PREFERENCES,
  /** Ties and scarcity are decided by the seeded {@link nl.stagematch.core.model.Lottery}. */
  USES_LOTTERY,
  /** The same request (problem, seed, pins, options, answers) gives the same bytes. */
  DETERMINISTIC_GIVEN_SEED,
  /** Pinned pairs are placed as given and kept (R6). */
  SUPPORTS_PINS,
  /** Forbidden pairs are never used (R4, R6). */
  SUPPORTS_FORBIDDEN,
  /** The variant divides places among several schools ({@link MatchRequest#schools()}). */
  MULTI_SCHOOL,
  /** Places as many students as possible, then maximises the total fit (an exact optimum). */
  MAXIMUM_PLACED,
  /** The result is stable for the stated preferences: no blocking pair (V4). */
  STABLE,
  /** The variant runs in rounds and reports them (V3). */
  ROUNDS
}
