package nl.stagematch.core.solver;

import java.util.Objects;

/**
 * A (student, place) pair that blocks a placement: the student would rather have the place than
 * her own placement, and the place has room or holds a student it ranks lower.
 *
 * @param student the student index
 * @param studentId the student's pseudonymous id
 * @param place the place index
 * @param placeId the place's id
 * @param displaced the index of the lowest-priority student the place holds, whom the student
 *     would displace, or {@code -1} if the place has a free seat
 */
public record BlockingPair(int student, String studentId, int place, String placeId,
    int displaced) {

  /** Checks the ids. */
  public BlockingPair {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(placeId, "placeId");
  }
}
