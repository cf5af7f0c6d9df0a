package nl.stagematch.core.solver;

/**
 * How {@link AcquaintanceResolution} chooses between the placements of one component of the
 * student/seat meeting graph (the two perfect matchings of a cycle, the maximum matchings of a
 * path). Scores use each side's stated rank within the choice it faces; see {@link
 * AcquaintanceResolution}. In every rule the remaining ties go to the lottery.
 */
public enum ComponentChoice {
  /** The default: the lowest sum of both sides' ranks. */
  BOTH_SIDES,
  /** The lowest sum of the students' ranks; ties by the sum of the places' ranks. */
  STUDENTS_FIRST,
  /** The lowest sum of the places' ranks; ties by the sum of the students' ranks. */
  PLACES_FIRST;

  /** The default rule: {@link #BOTH_SIDES}. */
  public static ComponentChoice defaultChoice() {
    return BOTH_SIDES;
  }
}
