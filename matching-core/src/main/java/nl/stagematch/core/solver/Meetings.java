package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The acquaintance meetings of two-by-two acquaintance (V2, motion 525) on dense indices: which
 * places each student meets, at most two distinct ones, and each place meeting at most twice its
 * capacity in students.
 *
 * <p>The meetings of student {@code s} are the entries {@code meetingStart(s) <= k <
 * meetingEnd(s)}, entry {@code k} naming place {@link #placeAt(int)}; the order of a student's
 * meetings carries no meaning. Stage 1 ({@link PairSelection}) produces them; stage 2 ({@link
 * AcquaintanceResolution}) places students along them only. Immutable; {@link #of} copies.
 */
public final class Meetings {
  final String[] studentIds;
  final String[] placeIds;
  final int[] capacity;
  final int[] start;
  final int[] place;

  private Meetings(String[] studentIds, String[] placeIds, int[] capacity, int[] start,
      int[] place) {
    this.studentIds = studentIds;
    this.placeIds = placeIds;
    this.capacity = capacity;
    this.start = start;
    this.place = place;
  }

  /**
   * Returns the meetings.
   *
   * @param studentIds pseudonymous student ids, distinct
   * @param placeIds place ids, distinct
   * @param capacity the capacity of each place, {@code >= 1}
   * @param meetingStart {@code studentIds.size() + 1} offsets into {@code meetingPlace}
   * @param meetingPlace the place of each meeting; per student at most two, distinct
   * @throws IllegalArgumentException if a student meets more than two places or a place twice, or
   *     a place meets more than twice its capacity in students
   */
  public static Meetings of(List<String> studentIds, List<String> placeIds, int[] capacity,
      int[] meetingStart, int[] meetingPlace) {
    int[] fit = new int[meetingPlace.length];
    PreferenceInstance checked = PreferenceInstance.of(studentIds, placeIds, capacity,
        meetingStart, meetingPlace, fit);
    return fromChecked(checked.studentIds, checked.placeIds, checked.capacity, checked.listStart,
        checked.place);
  }

  static Meetings fromChecked(String[] studentIds, String[] placeIds, int[] capacity, int[] start,
      int[] place) {
    int[] met = new int[placeIds.length];
    for (int s = 0; s < studentIds.length; s++) {
      if (start[s + 1] - start[s] > 2) {
        throw new IllegalArgumentException("Student (" + studentIds[s] + ") has ("
            + (start[s + 1] - start[s]) + ") meetings, more than two.\n"
            + "Maybe run stage 1 again: two-by-two acquaintance meets at most two places.");
      }
      for (int k = start[s]; k < start[s + 1]; k++) {
        met[place[k]]++;
      }
    }
    for (int p = 0; p < placeIds.length; p++) {
      if (met[p] > 2L * capacity[p]) {
        throw new IllegalArgumentException("Place (" + placeIds[p] + ") meets (" + met[p]
            + ") students, more than twice its capacity (" + capacity[p] + ").\n"
            + "Maybe raise the capacity or drop meetings: each seat meets at most two students.");
      }
    }
    return new Meetings(studentIds, placeIds, capacity, start, place);
  }

  /** Returns the number of students. */
  public int studentCount() {
    return studentIds.length;
  }

  /** Returns the number of places. */
  public int placeCount() {
    return placeIds.length;
  }

  /** Returns the number of meetings. */
  public int meetingCount() {
    return place.length;
  }

  /** Returns the pseudonymous id of student {@code s}. */
  public String studentId(int s) {
    return studentIds[s];
  }

  /** Returns the id of place {@code p}. */
  public String placeId(int p) {
    return placeIds[p];
  }

  /** Returns the capacity of place {@code p}. */
  public int capacity(int p) {
    return capacity[p];
  }

  /** Returns the first meeting of student {@code s}. */
  public int meetingStart(int s) {
    return start[s];
  }

  /** Returns one past the last meeting of student {@code s}. */
  public int meetingEnd(int s) {
    return start[s + 1];
  }

  /** Returns the place of meeting {@code k}. */
  public int placeAt(int k) {
    return place[k];
  }

  /** Returns the student of meeting {@code k}; a binary search over the offsets. */
  public int studentAt(int k) {
    Objects.checkIndex(k, place.length);
    int i = Arrays.binarySearch(start, k);
    if (i >= 0) {
      while (i + 1 < start.length && start[i + 1] == k) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  /** Returns the number of students place {@code p} meets; a linear scan of all meetings. */
  public int meetingsOf(int p) {
    int count = 0;
    for (int q : place) {
      if (q == p) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String toString() {
    return "Meetings[students=" + studentIds.length + ", places=" + placeIds.length + ", meetings="
        + place.length + "]";
  }
}
