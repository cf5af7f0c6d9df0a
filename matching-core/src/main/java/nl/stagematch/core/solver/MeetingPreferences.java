package nl.stagematch.core.solver;

/**
 * Both sides' stated orders after the meetings of two-by-two acquaintance, one rank per meeting and
 * side.
 *
 * <p>For each student, the student ranks of her meetings are either all {@code 0} ("no
 * preference") or exactly {@code 1..d} for her {@code d} meetings ({@code 1} = best). For each
 * place, the place ranks of its meetings are either all {@code 0} or exactly {@code 1..D} for the
 * {@code D} students it met. Immutable; {@link #of} copies.
 */
public final class MeetingPreferences {
  /** The rank meaning "no preference". */
  public static final int NO_PREFERENCE = 0;

  final int[] studentRank;
  final int[] placeRank;

  private MeetingPreferences(int[] studentRank, int[] placeRank) {
    this.studentRank = studentRank;
    this.placeRank = placeRank;
  }

  /**
   * Returns the stated orders; {@code studentRank[k]} and {@code placeRank[k]} belong to meeting
   * {@code k} of {@code meetings}.
   *
   * @throws IllegalArgumentException if a side's ranks are neither all 0 nor exactly 1..d
   */
  public static MeetingPreferences of(Meetings meetings, int[] studentRank, int[] placeRank) {
    int e = meetings.meetingCount();
    if (studentRank.length != e || placeRank.length != e) {
      throw new IllegalArgumentException("The rank arrays have lengths (" + studentRank.length
          + ", " + placeRank.length + ") but there are (" + e + ") meetings.\n"
          + "Maybe give one student rank and one place rank per meeting (0 = no preference).");
    }
    int[] sr = studentRank.clone();
    int[] pr = placeRank.clone();
    for (int s = 0; s < meetings.studentCount(); s++) {
      int from = meetings.start[s];
      int to = meetings.start[s + 1];
      long seen = 0;
      boolean zero = false;
      for (int k = from; k < to; k++) {
        int r = sr[k];
        if (r == NO_PREFERENCE) {
          zero = true;
        } else if (r < 1 || r > to - from || (seen & (1L << r)) != 0) {
          throw new IllegalArgumentException("The rank (" + r + ") that student ("
              + meetings.studentIds[s] + ") gives place (" + meetings.placeIds[meetings.place[k]]
              + ") is not a rank 1.." + (to - from) + " used once.\n"
              + "Maybe rank each met place once, or give 0 (no preference) to all.");
        } else {
          seen |= 1L << r;
        }
      }
      if (zero && seen != 0) {
        throw new IllegalArgumentException("Student (" + meetings.studentIds[s]
            + ") ranks some met places and gives others 0 (no preference).\n"
            + "Maybe rank all met places or give 0 to all.");
      }
    }
    int m = meetings.placeCount();
    int[] count = new int[m];
    int[] zeros = new int[m];
    for (int k = 0; k < e; k++) {
      count[meetings.place[k]]++;
    }
    boolean[] used = new boolean[e + 1];
    int[] byPlaceStart = new int[m + 1];
    for (int p = 0; p < m; p++) {
      byPlaceStart[p + 1] = byPlaceStart[p] + count[p];
    }
    int[] fill = byPlaceStart.clone();
    int[] ranksByPlace = new int[e];
    for (int k = 0; k < e; k++) {
      int p = meetings.place[k];
      ranksByPlace[fill[p]++] = pr[k];
      if (pr[k] == NO_PREFERENCE) {
        zeros[p]++;
      }
    }
    for (int p = 0; p < m; p++) {
      int d = count[p];
      if (zeros[p] == d) {
        continue;
      }
      for (int i = byPlaceStart[p]; i < byPlaceStart[p + 1]; i++) {
        int r = ranksByPlace[i];
        if (r < 1 || r > d || used[r]) {
          throw new IllegalArgumentException("Place (" + meetings.placeIds[p]
              + ") gives a rank (" + r + ") that is not a rank 1.." + d + " used once.\n"
              + "Maybe rank each met student once, or give 0 (no preference) to all.");
        }
        used[r] = true;
      }
      for (int i = byPlaceStart[p]; i < byPlaceStart[p + 1]; i++) {
        used[ranksByPlace[i]] = false;
      }
    }
    return new MeetingPreferences(sr, pr);
  }

  /** Returns the preferences where nobody states an order. */
  public static MeetingPreferences none(Meetings meetings) {
    int e = meetings.meetingCount();
    return new MeetingPreferences(new int[e], new int[e]);
  }

  /** Returns the student's rank of meeting {@code k}, or {@link #NO_PREFERENCE}. */
  public int studentRank(int k) {
    return studentRank[k];
  }

  /** Returns the place's rank of meeting {@code k}, or {@link #NO_PREFERENCE}. */
  public int placeRank(int k) {
    return placeRank[k];
  }
}
