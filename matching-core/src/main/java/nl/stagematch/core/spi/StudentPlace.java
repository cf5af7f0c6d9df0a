package nl.stagematch.core.spi;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A (student, place) pair named by id, as pinned or forbidden by the coordinator (R6).
 *
 * @param studentId the pseudonymous student id
 * @param placeId the place id
 */
public record StudentPlace(String studentId, String placeId) implements Comparable<StudentPlace> {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Comparator<StudentPlace> ORDER =
      Comparator.comparing(StudentPlace::studentId).thenComparing(StudentPlace::placeId);

  /** Validates both ids. */
  public StudentPlace {
    check(studentId, "the student of a pair");
    check(placeId, "the place of the pair of student (" + studentId + ")");
  }

  /** A pair of {@code studentId} and {@code placeId}. */
  public static StudentPlace of(String studentId, String placeId) {
    return new StudentPlace(studentId, placeId);
  }

  static String check(String id, String what) {
    Objects.requireNonNull(id, () -> "The id of " + what + " is missing.");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("The id (" + id + ") of " + what
          + " must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
          + "\nMaybe use the pseudonymous id from the matching problem.");
    }
    return id;
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
