package nl.stagematch.core.solver;

/**
 * How the seeded lottery makes the places' weak priorities strict in {@link DeferredAcceptance}.
 *
 * <p>The default is {@link #SINGLE}, Amsterdam's choice for secondary-school admission: with one
 * number per place ({@link #MULTIPLE}) many pupils wanted to swap afterwards, because independent
 * draws per place create avoidable envy between students.
 */
public enum TieBreaking {
  /**
   * One lottery number per student, {@code lottery.number(studentId)}, used by every place: a
   * student who loses a tie at one place loses it at all places.
   */
  SINGLE,
  /**
   * One lottery number per (place, student) pair, {@code lottery.number(placeId, studentId)}: each
   * place draws its own order.
   */
  MULTIPLE;

  /** The default tie-breaking: {@link #SINGLE}. */
  public static TieBreaking defaultTieBreaking() {
    return SINGLE;
  }
}
