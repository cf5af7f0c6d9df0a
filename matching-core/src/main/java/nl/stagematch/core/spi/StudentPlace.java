package nl.stagematch.core.spi;

import java.util.Comparator;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;
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
   * @throws nl.stagematch.core.model.InvalidValueException if an id is missing ({@code
   *     MODEL_VALUE_MISSING}), malformed ({@code MODEL_BAD_ID}) or has a personal shape ({@code
   *     MODEL_PERSONAL_ID})
   */
  public StudentPlace {
    check(studentId, Pseudonyms.Kind.STUDENT, Message.phrase("de student van een paar",
        "the student of a pair"), "studentId");
    check(placeId, Pseudonyms.Kind.PLACE, Message.phrase("de plaats van het paar van student ("
        + SafeText.clean(studentId) + ")", "the place of the pair of student ("
        + SafeText.clean(studentId) + ")"), "placeId");
  }

  /**
   * A pair of {@code studentId} and {@code placeId}.
   *
   * @param studentId the student
   * @param placeId the place
   * @return the pair
   * @throws nl.stagematch.core.model.InvalidValueException if an id is missing ({@code
   *     MODEL_VALUE_MISSING}), malformed ({@code MODEL_BAD_ID}) or has a personal shape ({@code
   *     MODEL_PERSONAL_ID})
   */
  public static StudentPlace of(String studentId, String placeId) {
    return new StudentPlace(studentId, placeId);
  }

  /** Checks an id that is not a student's or a school's (a candidate list, a profile token). */
  static String check(String id, String what) {
    return check(id, Pseudonyms.Kind.OTHER, what);
  }

  /** Checks an id of {@code kind}, with an English-only description of what it is of. */
  static String check(String id, Pseudonyms.Kind kind, String what) {
    return Pseudonyms.check(id, kind, what,
        "Maybe use the pseudonymous id from the matching problem.");
  }

  /** Checks an id of {@code kind}, with coded messages in both languages. */
  static String check(String id, Pseudonyms.Kind kind, Message what, String... field) {
    return Pseudonyms.check(id, kind, what, field);
  }

  @Override
  public int compareTo(StudentPlace o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return "(" + studentId + ", " + placeId + ")";
  }
}
