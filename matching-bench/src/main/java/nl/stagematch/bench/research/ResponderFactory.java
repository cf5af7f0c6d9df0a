package nl.stagematch.bench.research;

import nl.stagematch.core.spi.Responder;

/** Chooses the responder that answers for the people in one run of a variant. */
@FunctionalInterface
public interface ResponderFactory {

  /** The built-in responder (answers by fit, ties by the lottery) for every run. */
  ResponderFactory BY_FIT = (cohort, seed) -> Responder.byFit();

  /** The responder for a run on {@code cohort} with {@code seed}. */
  Responder responder(ResearchCohort cohort, long seed);
}
