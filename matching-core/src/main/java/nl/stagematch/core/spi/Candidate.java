package nl.stagematch.core.spi;

import java.util.Comparator;

/**
 * One option a person is asked to order: a place (for a student) or a student (for a place's
 * company, after meeting her), with the school's fit score of the pair and the lottery number
 * that breaks ties.
 *
 * @param id the place id or the pseudonymous student id
 * @param fit the fit score of the pair, 0..1000
 * @param lottery the seeded lottery number of the id, >= 0 (lower wins a tie)
 */
public record Candidate(String id, int fit, long lottery) {

  /** Best fit first, then the lower lottery number, then the id. */
  public static final Comparator<Candidate> BY_FIT = Comparator
      .comparingInt((Candidate c) -> -c.fit())
      .thenComparingLong(Candidate::lottery)
      .thenComparing(Candidate::id);

  /**
   * Validates the id, the score and the lottery number.
   *
   * @param id the place id or the pseudonymous student id
   * @param fit the fit score of the pair, 0..1000
   * @param lottery the seeded lottery number of the id, >= 0
   */
  public Candidate {
    StudentPlace.check(id, "a candidate");
    if (fit < 0 || fit > 1000) {
      throw new IllegalArgumentException("The fit (" + fit + ") of candidate (" + id
          + ") must be 0 to 1000.\nMaybe take the score from FitModel.");
    }
    if (lottery < 0) {
      throw new IllegalArgumentException("The lottery number (" + lottery + ") of candidate ("
          + id + ") must be >= 0.\nMaybe take it from Lottery.number(seed, id).");
    }
  }
}
