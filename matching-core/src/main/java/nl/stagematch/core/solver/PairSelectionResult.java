package nl.stagematch.core.solver;

/**
 * The outcome of two-by-two acquaintance stage 1: the meetings, each side's shortfall, the total
 * fit, and the assignment result whose certificate proves the selection optimal. Immutable.
 */
public final class PairSelectionResult {
  private final Meetings meetings;
  private final int[] pairOfMeeting;
  private final int[] studentShortfall;
  private final int[] placeShortfall;
  private final long totalFit;
  private final AssignmentResult assignment;
  /** Input student index to canonical (solver) index, and the same for places. */
  private final int[] canonicalStudent;
  private final int[] canonicalPlace;

  PairSelectionResult(Meetings meetings, int[] pairOfMeeting, int[] studentShortfall,
      int[] placeShortfall, long totalFit, AssignmentResult assignment, int[] studentOrder,
      int[] placeOrder) {
    this.meetings = meetings;
    this.pairOfMeeting = pairOfMeeting;
    this.studentShortfall = studentShortfall;
    this.placeShortfall = placeShortfall;
    this.totalFit = totalFit;
    this.assignment = assignment;
    this.canonicalStudent = new int[studentOrder.length];
    for (int i = 0; i < studentOrder.length; i++) {
      canonicalStudent[studentOrder[i]] = i;
    }
    this.canonicalPlace = new int[placeOrder.length];
    for (int j = 0; j < placeOrder.length; j++) {
      canonicalPlace[placeOrder[j]] = j;
    }
  }

  /**
   * Returns the dual price of student {@code s} (input order) in the certificate of {@link
   * #assignment()}, whose costs are {@code AdmissiblePairs.MAX_FIT - fit}.
   */
  public long studentPrice(int s) {
    return assignment.studentPrice(canonicalStudent[s]);
  }

  /** Returns the dual price of place {@code p} (input order); see {@link #studentPrice}. */
  public long placePrice(int p) {
    return assignment.placePrice(canonicalPlace[p]);
  }

  /** Returns the meetings, the input of stage 2 ({@link AcquaintanceResolution}). */
  public Meetings meetings() {
    return meetings;
  }

  /** Returns the admissible pair (index into the input) that meeting {@code k} uses. */
  public int pairOfMeeting(int k) {
    return pairOfMeeting[k];
  }

  /** Returns the number of meetings. */
  public int meetingCount() {
    return meetings.meetingCount();
  }

  /** Returns {@code 2 - meetings} of student {@code s}: 0 when she meets two places. */
  public int studentShortfall(int s) {
    return studentShortfall[s];
  }

  /** Returns {@code 2 * capacity - meetings} of place {@code p}: 0 when every seat meets two. */
  public int placeShortfall(int p) {
    return placeShortfall[p];
  }

  /** Returns the number of students with fewer than two meetings. */
  public int studentsShort() {
    int count = 0;
    for (int x : studentShortfall) {
      count += x > 0 ? 1 : 0;
    }
    return count;
  }

  /** Returns the number of places meeting fewer than twice their capacity. */
  public int placesShort() {
    int count = 0;
    for (int x : placeShortfall) {
      count += x > 0 ? 1 : 0;
    }
    return count;
  }

  /** Returns the sum of the fit scores of the meetings. */
  public long totalFit() {
    return totalFit;
  }

  /**
   * Returns the underlying assignment (supply 2 per student, capacity {@code 2c} per place, cost
   * {@code MAX_FIT - fit}; students and places in the canonical lottery order described in {@link
   * PairSelection}); {@link nl.stagematch.core.solver.AssignmentVerifier} checks its optimality
   * certificate.
   */
  public AssignmentResult assignment() {
    return assignment;
  }

  /** Returns the row of input student {@code s} in {@link #assignment()} (the canonical order). */
  public int assignmentRow(int s) {
    return canonicalStudent[s];
  }

  @Override
  public String toString() {
    return "PairSelectionResult[meetings=" + meetingCount() + ", totalFit=" + totalFit
        + ", studentsShort=" + studentsShort() + ", placesShort=" + placesShort() + "]";
  }
}
