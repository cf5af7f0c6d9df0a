package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of student choice (V4) on dense indices: each student's strict preference list over
 * places, the places' capacities, and the places' weak priorities as a fit class per listed pair.
 *
 * <p>Students are numbered {@code 0..studentCount()-1} and places {@code 0..placeCount()-1}; the
 * pseudonymous ids are kept only to draw lottery numbers and to name things in messages. The lists
 * are stored in compressed-sparse-row form: the list of student {@code s} is the entries {@code
 * listStart(s) <= k < listEnd(s)}, best first, and entry {@code k} names place {@link #placeAt(int)}
 * with fit class {@link #fitClassAt(int)}. A higher fit class means a higher priority at that place;
 * places rank students by fit class only, and the lottery breaks the ties.
 *
 * <p>Instances are immutable; {@link #of} copies its arrays.
 */
public final class PreferenceInstance {
  final String[] studentIds;
  final String[] placeIds;
  final int[] capacity;
  final int[] listStart;
  final int[] place;
  final int[] fitClass;

  private PreferenceInstance(String[] studentIds, String[] placeIds, int[] capacity,
      int[] listStart, int[] place, int[] fitClass) {
    this.studentIds = studentIds;
    this.placeIds = placeIds;
    this.capacity = capacity;
    this.listStart = listStart;
    this.place = place;
    this.fitClass = fitClass;
  }

  /**
   * Returns the instance with these students, places and lists.
   *
   * @param studentIds the pseudonymous student ids, distinct and non-empty
   * @param placeIds the place ids, distinct and non-empty
   * @param capacity the capacity of each place, each {@code >= 1}
   * @param listStart {@code studentIds.size() + 1} offsets into {@code place}: the list of student
   *     {@code s} is {@code place[listStart[s] .. listStart[s+1])}; {@code listStart[0] == 0},
   *     non-decreasing, last entry {@code place.length}
   * @param place the place index of each list entry, best first within a list, no place twice in
   *     one list
   * @param fitClass the fit class of each list entry, {@code >= 0}; higher is a higher priority
   * @throws IllegalArgumentException naming the first problem found
   */
  public static PreferenceInstance of(List<String> studentIds, List<String> placeIds,
      int[] capacity, int[] listStart, int[] place, int[] fitClass) {
    String[] students = studentIds.toArray(new String[0]);
    String[] places = placeIds.toArray(new String[0]);
    requireDistinctIds("student", students);
    requireDistinctIds("place", places);
    int n = students.length;
    int m = places.length;
    int[] cap = capacity.clone();
    int[] start = listStart.clone();
    int[] pl = place.clone();
    int[] cls = fitClass.clone();
    if (cap.length != m) {
      throw new IllegalArgumentException("The capacity array has length (" + cap.length
          + ") but there are (" + m + ") places.\nMaybe give one capacity per place id.");
    }
    for (int p = 0; p < m; p++) {
      if (cap[p] < 1) {
        throw new IllegalArgumentException("The capacity (" + cap[p] + ") of place (" + places[p]
            + ") must be positive.\nMaybe remove the place or set capacity >= 1.");
      }
    }
    if (start.length != n + 1 || start[0] != 0 || start[n] != pl.length) {
      throw new IllegalArgumentException("The listStart array (length " + start.length
          + ", first " + (start.length > 0 ? start[0] : "none") + ", last "
          + (start.length > 0 ? start[start.length - 1] : "none") + ") must have length "
          + (n + 1) + ", start at 0 and end at the number of entries (" + pl.length + ").\n"
          + "Maybe build it as the running sum of the list lengths.");
    }
    if (cls.length != pl.length) {
      throw new IllegalArgumentException("The fitClass array has length (" + cls.length
          + ") but there are (" + pl.length + ") list entries.\n"
          + "Maybe give one fit class per (student, place) entry.");
    }
    int[] lastSeen = new int[m];
    Arrays.fill(lastSeen, -1);
    for (int s = 0; s < n; s++) {
      if (start[s + 1] < start[s]) {
        throw new IllegalArgumentException("The listStart (" + start[s + 1] + ") of student ("
            + (s + 1 < n ? students[s + 1] : "end") + ") is smaller than that of student ("
            + students[s] + ") (" + start[s] + ").\nMaybe the offsets are not cumulative.");
      }
      for (int k = start[s]; k < start[s + 1]; k++) {
        int p = pl[k];
        if (p < 0 || p >= m) {
          throw new IllegalArgumentException("The place index (" + p + ") in the list of student ("
              + students[s] + ") is out of range [0, " + m + ").\nMaybe the place was removed.");
        }
        if (lastSeen[p] == s) {
          throw new IllegalArgumentException("Place (" + places[p]
              + ") appears twice in the list of student (" + students[s] + ").\n"
              + "Maybe keep only its first (best) occurrence: preferences must be strict.");
        }
        lastSeen[p] = s;
        if (cls[k] < 0) {
          throw new IllegalArgumentException("The fit class (" + cls[k] + ") of student ("
              + students[s] + ") at place (" + places[p] + ") must be >= 0.\n"
              + "Maybe shift the classes so that the lowest is 0.");
        }
      }
    }
    return new PreferenceInstance(students, places, cap, start, pl, cls);
  }

  private static void requireDistinctIds(String kind, String[] ids) {
    Map<String, Integer> seen = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      String id = Objects.requireNonNull(ids[i], kind + " id at index " + i);
      if (id.isEmpty()) {
        throw new IllegalArgumentException("The " + kind + " id at index (" + i
            + ") is empty.\nMaybe give every " + kind + " a pseudonymous id.");
      }
      Integer earlier = seen.putIfAbsent(id, i);
      if (earlier != null) {
        throw new IllegalArgumentException("The " + kind + " id (" + id + ") is used at index ("
            + earlier + ") and at index (" + i + ").\nMaybe merge the two or give them distinct ids.");
      }
    }
  }

  /** Returns the number of students. */
  public int studentCount() {
    return studentIds.length;
  }

  /** Returns the number of places. */
  public int placeCount() {
    return placeIds.length;
  }

  /** Returns the number of list entries, that is of (student, place) pairs listed. */
  public int entryCount() {
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

  /** Returns the first entry of the list of student {@code s}. */
  public int listStart(int s) {
    return listStart[s];
  }

  /** Returns one past the last entry of the list of student {@code s}. */
  public int listEnd(int s) {
    return listStart[s + 1];
  }

  /** Returns the place index of entry {@code k}. */
  public int placeAt(int k) {
    return place[k];
  }

  /** Returns the fit class of entry {@code k}; higher is a higher priority. */
  public int fitClassAt(int k) {
    return fitClass[k];
  }

  /**
   * Returns the entry of place {@code p} in the list of student {@code s}, or {@code -1} if the
   * student does not list it; a linear scan of the list.
   */
  public int entryOf(int s, int p) {
    for (int k = listStart[s]; k < listStart[s + 1]; k++) {
      if (place[k] == p) {
        return k;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "PreferenceInstance[students=" + studentIds.length + ", places=" + placeIds.length
        + ", entries=" + place.length + "]";
  }
}
