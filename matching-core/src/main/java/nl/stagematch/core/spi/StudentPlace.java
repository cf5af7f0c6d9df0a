package nl.stagematch.core.spi;

import java.util.Comparator;
import java.util.Objects;
import nl.stagematch.core.model.Pseudonyms;

/**
 * A (student, place) pair named by id, as pinned or forbidden by the coordinator (R6).
 *
 * @param studentId the pseudonymous student id
 * @param placeId the place id
 */
public record StudentPlace(String studentId, String placeId) implements Comparable<StudentPlace> {
  private static final Comparator<StudentPlace> ORDER =
      Comparator.comparing(StudentPlace::studentId).thenComparing(StudentPlace::placeId);

  /**
   * Validates both ids.
   *
   * @param studentId the pseudonymous student id
   * @param placeId the place id
   */
  public StudentPlace {
    check(studentId, Pseudonyms.Kind.STUDENT, "the student of a pair");
    check(placeId, Pseudonyms.Kind.PLACE, "the place of the pair of student (" + studentId + ")");
  }

  /**
   * A pair of {@code studentId} and {@code placeId}.
   *
   * @param studentId the student
   * @param placeId the place
   * @return the pair
   */
  public static StudentPlace of(String studentId, String placeId) {
    return new StudentPlace(studentId, placeId);
  }

  /** Checks an id that is not a student's or a school's (a candidate list, a profile token). */
  static String check(String id, String what) {
    return check(id, Pseudonyms.Kind.OTHER, what);
  }

  /** Checks an id of {@code kind} ({@link Pseudonyms#check}). */
  static String check(String id, Pseudonyms.Kind kind, String what) {
    return Pseudonyms.check(id, kind, what,
        "Maybe use the pseudonymous id from the matching problem.");
  }

  /** Orders by student id, then place id. */
  @Override
  public int compareTo(StudentPlace o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return "(" + studentId + ", " + placeId + ")";
  }
}
