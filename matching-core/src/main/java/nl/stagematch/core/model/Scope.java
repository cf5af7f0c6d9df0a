package nl.stagematch.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which students the school matches (R2). The default, {@link #DEFAULT}, is first-year BOL students
 * at their first internship; a school may widen it.
 *
 * @param tracks the tracks in scope (non-empty), e.g. {BOL}
 * @param studyYears the study years in scope (non-empty, each 1..4), sorted
 * @param firstInternshipOnly whether only students at their first internship are in scope
 */
public record Scope(Set<Track> tracks, Set<Integer> studyYears, boolean firstInternshipOnly) {

  /** First-year BOL students at their first internship (R2). */
  public static final Scope DEFAULT = new Scope(Set.of(Track.BOL), Set.of(1), true);

  /**
   * Validates the sets and copies them into ordered unmodifiable sets.
   *
   * @param tracks the tracks in scope
   * @param studyYears the study years in scope
   * @param firstInternshipOnly whether only students at their first internship are in scope
   */
  public Scope {
    Objects.requireNonNull(tracks, "The tracks of a scope are missing.");
    Objects.requireNonNull(studyYears, "The study years of a scope are missing.");
    if (tracks.isEmpty()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_SCOPE_NO_TRACKS), "tracks");
    }
    if (studyYears.isEmpty()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_SCOPE_NO_YEARS),
          "studyYears");
    }
    for (Integer y : studyYears) {
      if (y == null || y < 1 || y > 4) {
        throw new InvalidValueException(Message.of(CoreMessage.MODEL_SCOPE_YEAR, y),
            "studyYears");
      }
    }
    tracks = Collections.unmodifiableSet(EnumSet.copyOf(tracks));
    studyYears = Collections.unmodifiableSortedSet(new TreeSet<>(studyYears));
  }

  /**
   * Whether {@code student} is in scope (her opt-out is not looked at here).
   *
   * @param student the student
   * @return true if she is
   */
  public boolean includes(Student student) {
    return tracks.contains(student.track())
        && studyYears.contains(student.studyYear())
        && (!firstInternshipOnly || student.firstInternship());
  }
}
