package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;
import nl.stagematch.core.model.Lottery;

/**
 * Stage 2 of two-by-two acquaintance (V2, motion 525): the final placement from the met pairs
 * only, following both sides' stated orders after the meetings.
 *
 * <p><b>Seats.</b> A place of capacity {@code c} that met {@code D <= 2c} students is split into
 * {@code min(c, D)} seats, each meeting at most two students: the place's met students are ordered
 * by their pair lottery number {@code lottery.number(placeId, studentId)}, lowest first, and dealt
 * round-robin, the {@code i}-th to seat {@code i mod c}. The rule depends only on the seed and the
 * ids, never on input order; a place that met {@code c} or fewer students gives each its own seat.
 *
 * <p><b>Components.</b> Every student has at most two meetings (at distinct places, hence distinct
 * seats) and every seat at most two, so the student/seat meeting graph splits into even cycles and
 * paths. Each component is placed on its own, by a maximum matching that places every student with
 * two meetings:
 *
 * <ul>
 *   <li>a cycle has exactly two perfect matchings; one of them is chosen;
 *   <li>a path with an odd number of meetings has one maximum matching, which places all its
 *       students;
 *   <li>a path with an even number of meetings and seats at both ends can leave any one of its
 *       seats empty; every choice places all its students;
 *   <li>a path with an even number of meetings and students at both ends must leave one student
 *       out: one of the two end students (who have a single meeting), never a student with two.
 * </ul>
 *
 * Hence nobody with two meetings ends unplaced; in a 2-regular meeting graph (each student meets
 * two places, each place meets {@code 2c} students) everybody is placed.
 *
 * <p><b>Choice.</b> Among the admissible choices of a component, the {@link ComponentChoice} rule
 * (default {@link ComponentChoice#BOTH_SIDES}) compares the sums of the stated ranks of the chosen
 * meetings, each side ranked within the choice it faces: a student's rank among her met places (1
 * or 2), a seat's rank among its (one or two) students by the place's stated order. Ranks count
 * double, and "no preference" counts as the middle rank ({@code d + 1} for {@code d} options), so
 * that it weighs neither way. Remaining ties go to the lottery: the choice that contains the
 * meeting with the lowest pair lottery number among the meetings in which the tied choices differ
 * wins (repeated until one choice is left).
 *
 * <p>Time {@code O(M log M)} for {@code M} meetings (the sort of each tied component's meetings).
 */
public final class AcquaintanceResolution {
  private static final long BIG = 1L << 32;

  private AcquaintanceResolution() {}

  /** Resolves with the default {@link ComponentChoice#BOTH_SIDES}. */
  public static AcquaintanceResult resolve(Meetings meetings, MeetingPreferences preferences,
      Lottery lottery) {
    return resolve(meetings, preferences, lottery, ComponentChoice.defaultChoice());
  }

  /** Resolves the meetings into a placement by the given rule. */
  public static AcquaintanceResult resolve(Meetings meetings, MeetingPreferences preferences,
      Lottery lottery, ComponentChoice choice) {
    Objects.requireNonNull(lottery, "lottery");
    Objects.requireNonNull(choice, "choice");
    if (preferences.studentRank.length != meetings.meetingCount()) {
      throw new IllegalArgumentException("The preferences hold (" + preferences.studentRank.length
          + ") meetings but the meetings (" + meetings.meetingCount() + ").\n"
          + "Maybe build the preferences for these meetings.");
    }
    return new Run(meetings, preferences, lottery, choice).resolve();
  }

  /** One run on arrays. */
  private static final class Run {
    private final Meetings mt;
    private final MeetingPreferences pref;
    private final ComponentChoice choice;
    private final long[] number;
    private final int[] owner;
    /** Global seat of each meeting. */
    private final int[] seatOf;
    /** The (at most two) meetings of each global seat, -1 if none. */
    private int[] seatEdge0;
    private int[] seatEdge1;
    private int[] seatPlace;
    private int[] seatBase;
    private final long[] weight;
    private final boolean[] visited;
    private final int[] path;
    private final int[] placement;
    private final int[] seat;
    private final int[] meeting;
    private int cycles;
    private int paths;
    private int lotteryDecisions;

    Run(Meetings mt, MeetingPreferences pref, Lottery lottery, ComponentChoice choice) {
      this.mt = mt;
      this.pref = pref;
      this.choice = choice;
      int e = mt.meetingCount();
      int n = mt.studentCount();
      this.number = LotteryDraws.perEntry(mt.studentIds, mt.placeIds, mt.start, mt.place, lottery);
      this.owner = new int[e];
      for (int s = 0; s < n; s++) {
        for (int k = mt.start[s]; k < mt.start[s + 1]; k++) {
          owner[k] = s;
        }
      }
      this.seatOf = new int[e];
      this.weight = new long[e];
      this.visited = new boolean[e];
      this.path = new int[e];
      this.placement = new int[n];
      this.seat = new int[n];
      this.meeting = new int[n];
      Arrays.fill(placement, -1);
      Arrays.fill(seat, -1);
      Arrays.fill(meeting, -1);
    }

    /** Whether meeting a goes before b in the lottery (a collision goes to the ids). */
    private boolean before(int a, int b) {
      if (number[a] != number[b]) {
        return number[a] < number[b];
      }
      int c = mt.studentIds[owner[a]].compareTo(mt.studentIds[owner[b]]);
      return c != 0 ? c < 0 : mt.placeIds[mt.place[a]].compareTo(mt.placeIds[mt.place[b]]) < 0;
    }

    private int compareIds(int a, int b) {
      int c = mt.studentIds[owner[a]].compareTo(mt.studentIds[owner[b]]);
      return c != 0 ? c : mt.placeIds[mt.place[a]].compareTo(mt.placeIds[mt.place[b]]);
    }

    AcquaintanceResult resolve() {
      splitSeats();
      computeWeights();
      int n = mt.studentCount();
      // Paths, from their ends: students and seats with one meeting.
      for (int s = 0; s < n; s++) {
        if (mt.start[s + 1] - mt.start[s] == 1 && !visited[mt.start[s]]) {
          walkPath(mt.start[s]);
        }
      }
      for (int t = 0; t < seatEdge0.length; t++) {
        if (seatEdge1[t] < 0 && seatEdge0[t] >= 0 && !visited[seatEdge0[t]]) {
          walkPath(seatEdge0[t]);
        }
      }
      // What is left are cycles.
      for (int k = 0; k < mt.meetingCount(); k++) {
        if (!visited[k]) {
          walkCycle(k);
        }
      }
      int placed = 0;
      int withMeetings = 0;
      int without = 0;
      for (int s = 0; s < n; s++) {
        if (placement[s] >= 0) {
          placed++;
        } else if (mt.start[s + 1] > mt.start[s]) {
          withMeetings++;
        } else {
          without++;
        }
      }
      AcquaintanceStats stats = new AcquaintanceStats(cycles, paths, lotteryDecisions, placed,
          withMeetings, without);
      return new AcquaintanceResult(placement, seat, meeting, choice, stats);
    }

    private void splitSeats() {
      int m = mt.placeCount();
      int e = mt.meetingCount();
      int[] count = new int[m];
      for (int k = 0; k < e; k++) {
        count[mt.place[k]]++;
      }
      int[] byPlaceStart = new int[m + 1];
      seatBase = new int[m + 1];
      for (int p = 0; p < m; p++) {
        byPlaceStart[p + 1] = byPlaceStart[p] + count[p];
        seatBase[p + 1] = seatBase[p] + Math.min(mt.capacity[p], count[p]);
      }
      int[] fill = byPlaceStart.clone();
      int[] byPlace = new int[e];
      for (int k = 0; k < e; k++) {
        byPlace[fill[mt.place[k]]++] = k;
      }
      int seats = seatBase[m];
      seatEdge0 = new int[seats];
      seatEdge1 = new int[seats];
      seatPlace = new int[seats];
      Arrays.fill(seatEdge0, -1);
      Arrays.fill(seatEdge1, -1);
      for (int p = 0; p < m; p++) {
        LotteryOrder.sort(byPlace, byPlaceStart[p], byPlaceStart[p + 1], number, this::compareIds);
        int c = mt.capacity[p];
        for (int i = byPlaceStart[p]; i < byPlaceStart[p + 1]; i++) {
          int k = byPlace[i];
          int t = seatBase[p] + (i - byPlaceStart[p]) % c;
          seatOf[k] = t;
          seatPlace[t] = p;
          if (seatEdge0[t] < 0) {
            seatEdge0[t] = k;
          } else {
            seatEdge1[t] = k;
          }
        }
      }
    }

    private void computeWeights() {
      for (int k = 0; k < mt.meetingCount(); k++) {
        int s = owner[k];
        int d = mt.start[s + 1] - mt.start[s];
        int r = pref.studentRank[k];
        long studentWeight = r == MeetingPreferences.NO_PREFERENCE ? d + 1 : 2L * r;
        int t = seatOf[k];
        int other = seatEdge0[t] == k ? seatEdge1[t] : seatEdge0[t];
        long seatWeight;
        if (other < 0) {
          seatWeight = 2;
        } else if (pref.placeRank[k] == MeetingPreferences.NO_PREFERENCE) {
          seatWeight = 3;
        } else {
          seatWeight = pref.placeRank[k] < pref.placeRank[other] ? 2 : 4;
        }
        switch (choice) {
          case BOTH_SIDES:
            weight[k] = studentWeight + seatWeight;
            break;
          case STUDENTS_FIRST:
            weight[k] = studentWeight * BIG + seatWeight;
            break;
          case PLACES_FIRST:
            weight[k] = seatWeight * BIG + studentWeight;
            break;
          default:
            throw new IllegalStateException("Unknown component choice (" + choice + ").");
        }
      }
    }

    /** The other meeting of the student of meeting k, or -1. */
    private int otherAtStudent(int k) {
      int s = owner[k];
      int from = mt.start[s];
      if (mt.start[s + 1] - from < 2) {
        return -1;
      }
      return mt.start[s] == k ? from + 1 : from;
    }

    /** The other meeting of the seat of meeting k, or -1. */
    private int otherAtSeat(int k) {
      int t = seatOf[k];
      return seatEdge0[t] == k ? seatEdge1[t] : seatEdge0[t];
    }

    /** Walks the path whose first meeting is {@code first}, from its end vertex of degree one. */
    private void walkPath(int first) {
      boolean startsAtStudent = otherAtStudent(first) < 0;
      int length = 0;
      int k = first;
      boolean atSeat = startsAtStudent; // the vertex we move to next is a seat
      while (k >= 0 && !visited[k]) {
        visited[k] = true;
        path[length++] = k;
        k = atSeat ? otherAtSeat(k) : otherAtStudent(k);
        atSeat = !atSeat;
      }
      paths++;
      if (length % 2 == 1) {
        apply(0, length);
        return;
      }
      // Options j: leave out vertex 2j, using path[2i] for i < j and path[2i+1] for i >= j.
      int half = length / 2;
      long[] score = new long[half + 1];
      long suffix = 0;
      for (int i = half - 1; i >= 0; i--) {
        suffix += weight[path[2 * i + 1]];
      }
      long prefix = 0;
      for (int j = 0; j <= half; j++) {
        score[j] = prefix + suffix;
        if (j < half) {
          prefix += weight[path[2 * j]];
          suffix -= weight[path[2 * j + 1]];
        }
      }
      // Students at both ends: only the two end students may be left out.
      int[] allowed = startsAtStudent ? new int[] {0, half} : range(half + 1);
      long best = Long.MAX_VALUE;
      int tied = 0;
      for (int j : allowed) {
        if (score[j] < best) {
          best = score[j];
          tied = 0;
        }
        if (score[j] == best) {
          allowed[tied++] = j;
        }
      }
      int j = tied == 1 ? allowed[0] : lotteryAmong(allowed, tied, length);
      apply(0, 2 * j);
      apply(2 * j + 1, length);
    }

    private static int[] range(int count) {
      int[] r = new int[count];
      for (int i = 0; i < count; i++) {
        r[i] = i;
      }
      return r;
    }

    /**
     * Picks among the tied path options {@code options[0..count)} (ascending j) by the lottery:
     * repeatedly the lowest-numbered meeting on which the remaining options differ.
     */
    private int lotteryAmong(int[] options, int count, int length) {
      lotteryDecisions++;
      int[] byNumber = new int[length];
      for (int i = 0; i < length; i++) {
        byNumber[i] = i;
      }
      LotteryOrder.sort(byNumber, 0, length, numbersAlongPath(length),
          (a, b) -> compareIds(path[a], path[b]));
      int lo = 0;
      int hi = count - 1;
      for (int x = 0; x < length && lo < hi; x++) {
        int i = byNumber[x];
        if (i % 2 == 0) {
          // path[i] is used by options with j > i / 2.
          int bound = i / 2;
          if (options[lo] > bound || options[hi] <= bound) {
            continue;
          }
          while (options[lo] <= bound) {
            lo++;
          }
        } else {
          // path[i] is used by options with j <= (i - 1) / 2.
          int bound = (i - 1) / 2;
          if (options[hi] <= bound || options[lo] > bound) {
            continue;
          }
          while (options[hi] > bound) {
            hi--;
          }
        }
      }
      if (lo != hi) {
        throw new IllegalStateException("The lottery left (" + (hi - lo + 1)
            + ") options of a path; this is a bug in the acquaintance resolution.");
      }
      return options[lo];
    }

    private long[] numbersAlongPath(int length) {
      long[] numbers = new long[length];
      for (int i = 0; i < length; i++) {
        numbers[i] = number[path[i]];
      }
      return numbers;
    }

    /** Walks the cycle through meeting {@code first}. */
    private void walkCycle(int first) {
      int length = 0;
      int k = first;
      boolean atSeat = true;
      while (!visited[k]) {
        visited[k] = true;
        path[length++] = k;
        k = atSeat ? otherAtSeat(k) : otherAtStudent(k);
        atSeat = !atSeat;
      }
      if (k != first || length % 2 != 0) {
        throw new IllegalStateException("The walk from meeting (" + first + ") closed at ("
            + k + ") after (" + length + ") meetings; this is a bug in the acquaintance resolution.");
      }
      cycles++;
      long even = 0;
      long odd = 0;
      int bestEven = path[0];
      int bestOdd = path[1];
      for (int i = 0; i < length; i += 2) {
        even += weight[path[i]];
        odd += weight[path[i + 1]];
        if (before(path[i], bestEven)) {
          bestEven = path[i];
        }
        if (before(path[i + 1], bestOdd)) {
          bestOdd = path[i + 1];
        }
      }
      int parity;
      if (even != odd) {
        parity = even < odd ? 0 : 1;
      } else {
        lotteryDecisions++;
        parity = before(bestEven, bestOdd) ? 0 : 1;
      }
      apply(parity, length);
    }

    /** Places along {@code path[from], path[from + 2], ...} below {@code to}. */
    private void apply(int from, int to) {
      for (int i = from; i < to; i += 2) {
        int k = path[i];
        int s = owner[k];
        int t = seatOf[k];
        int p = seatPlace[t];
        if (placement[s] >= 0) {
          throw new IllegalStateException("Student (" + mt.studentIds[s]
              + ") is placed twice; this is a bug in the acquaintance resolution.");
        }
        placement[s] = p;
        seat[s] = t - seatBase[p];
        meeting[s] = k;
      }
    }
  }
}
