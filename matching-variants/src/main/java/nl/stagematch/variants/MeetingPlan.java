package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantReport;

/**
 * The report of two-by-two acquaintance (V2): the meetings of stage 1 and how stage 2 went.
 *
 * <p>Figures, in this order: {@code meetings}; {@code students-two-meetings}, {@code
 * students-one-meeting}, {@code students-no-meeting} (over the students who took part: in scope,
 * not pinned, with a usable place); {@code cycles} and {@code paths} (components of the
 * student/seat meeting graph); {@code lottery-decisions} (components where the stated orders tied
 * and the lottery chose); {@code placed-without-meeting} (students placed after stage 2 on a seat
 * still free, with the option {@code fill-remaining}; 0 without it).
 *
 * @param meetings every meeting as a (student, place) pair, sorted by student id, then place id
 * @param studentsWithTwo students with two meetings
 * @param studentsWithOne students with one meeting
 * @param studentsWithNone students who took part but met no place
 * @param cycles cycle components of stage 2
 * @param paths path components of stage 2
 * @param lotteryDecisions components decided by the lottery in stage 2
 * @param placedWithoutMeeting students placed after stage 2 by {@code fill-remaining}, on seats
 *     still free (they had fewer than two meetings; some met no place at all)
 */
public record MeetingPlan(List<StudentPlace> meetings, int studentsWithTwo, int studentsWithOne,
    int studentsWithNone, int cycles, int paths, int lotteryDecisions, int placedWithoutMeeting)
    implements VariantReport {

  /**
   * A plan without {@code fill-remaining}: nobody placed without meetings.
   *
   * @param meetings every meeting as a (student, place) pair, in any order
   * @param studentsWithTwo students with two meetings
   * @param studentsWithOne students with one meeting
   * @param studentsWithNone students who took part but met no place
   * @param cycles cycle components of stage 2
   * @param paths path components of stage 2
   * @param lotteryDecisions components decided by the lottery in stage 2
   */
  public MeetingPlan(List<StudentPlace> meetings, int studentsWithTwo, int studentsWithOne,
      int studentsWithNone, int cycles, int paths, int lotteryDecisions) {
    this(meetings, studentsWithTwo, studentsWithOne, studentsWithNone, cycles, paths,
        lotteryDecisions, 0);
  }

  /**
   * Sorts and copies the meetings.
   *
   * @param meetings every meeting as a (student, place) pair, in any order
   * @param studentsWithTwo students with two meetings
   * @param studentsWithOne students with one meeting
   * @param studentsWithNone students who took part but met no place
   * @param cycles cycle components of stage 2
   * @param paths path components of stage 2
   * @param lotteryDecisions components decided by the lottery in stage 2
   * @param placedWithoutMeeting students placed after stage 2 by {@code fill-remaining}
   */
  public MeetingPlan {
    Objects.requireNonNull(meetings, "meetings");
    List<StudentPlace> sorted = new ArrayList<>(meetings);
    sorted.sort(null);
    meetings = List.copyOf(sorted);
  }

  /**
   * The places {@code studentId} met, sorted by place id.
   *
   * @param studentId the student
   * @return the ids of the places she met; empty if none
   */
  public List<String> placesMetBy(String studentId) {
    List<String> out = new ArrayList<>();
    for (StudentPlace m : meetings) {
      if (m.studentId().equals(studentId)) {
        out.add(m.placeId());
      }
    }
    return out;
  }

  @Override
  public Map<String, Long> figures() {
    Map<String, Long> f = new LinkedHashMap<>();
    f.put("meetings", (long) meetings.size());
    f.put("students-two-meetings", (long) studentsWithTwo);
    f.put("students-one-meeting", (long) studentsWithOne);
    f.put("students-no-meeting", (long) studentsWithNone);
    f.put("cycles", (long) cycles);
    f.put("paths", (long) paths);
    f.put("lottery-decisions", (long) lotteryDecisions);
    f.put("placed-without-meeting", (long) placedWithoutMeeting);
    return f;
  }
}
