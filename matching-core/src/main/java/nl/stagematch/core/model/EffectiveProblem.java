package nl.stagematch.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;

/**
 * The problem a variant is given after a matching session's decisions, derived from the problem
 * as written: students who opted out by a decision are marked as opted out, and a student whose
 * placement ended early on a date (R11) wishes only the rest of her period, from that date to the
 * end of her wished period, in the same form. Nothing else changes.
 *
 * <p>The one function for both sides: a matching session builds the problem it gives the variant
 * with it, and {@code nl.stagematch.core.check.ResultVerifier} rebuilds the same problem from a
 * result's provenance ({@code optedOut}, {@code remainingFrom}).
 */
public final class EffectiveProblem {
  private EffectiveProblem() {}

  /**
   * The rest of {@code wished} from {@code from}: from that day to the end of the wished period,
   * with the same form and days per week.
   *
   * @param studentId the student whose period it is (for the message)
   * @throws InvalidValueException when {@code from} is before the start or after the end of
   *     {@code wished}
   */
  public static Period restOfPeriod(String studentId, Period wished, LocalDate from) {
    Objects.requireNonNull(wished, "wished");
    Objects.requireNonNull(from, "from");
    if (from.isBefore(wished.start()) || from.isAfter(wished.end())) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_REST_OUTSIDE_WISH,
          SafeText.clean(studentId),
          from, wished.start(), wished.end()));
    }
    return new Period(from, wished.end(), wished.form(), wished.daysPerWeek());
  }

  /**
   * {@code problem} with the students of {@code optedOut} marked as opted out and the wished
   * period of every student of {@code remainingFrom} replaced by its rest from the given day
   * ({@link #restOfPeriod}); {@code problem} itself when both are empty. Students not named keep
   * their own object; the order of the students does not change.
   *
   * @throws InvalidValueException when a student of {@code remainingFrom} is not in the problem,
   *     or a day is outside her wished period
   */
  public static MatchingProblem of(MatchingProblem problem, Collection<String> optedOut,
      Map<String, LocalDate> remainingFrom) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(optedOut, "optedOut");
    Objects.requireNonNull(remainingFrom, "remainingFrom");
    if (optedOut.isEmpty() && remainingFrom.isEmpty()) {
      return problem;
    }
    for (Map.Entry<String, LocalDate> e : remainingFrom.entrySet()) {
      if (problem.studentIndex(e.getKey()) < 0) {
        throw new InvalidValueException(Message.of(CoreMessage.MODEL_REST_UNKNOWN_STUDENT,
            e.getKey(), e.getValue()));
      }
    }
    Set<String> out = new TreeSet<>(optedOut);
    List<Student> students = new ArrayList<>(problem.students().size());
    for (Student s : problem.students()) {
      boolean opted = s.optedOut() || out.contains(s.id());
      LocalDate from = remainingFrom.get(s.id());
      LearningWish wish = s.wish();
      if (from != null) {
        wish = new LearningWish(wish.qualification(), wish.workProcesses(), wish.companyKind(),
            wish.workKind(), restOfPeriod(s.id(), wish.period(), from), wish.travelLimit(),
            wish.requiredFeatures());
      }
      students.add(opted == s.optedOut() && from == null ? s
          : new Student(s.id(), s.track(), s.studyYear(), s.firstInternship(), opted, wish,
              s.competences(), s.home()));
    }
    return problem.toBuilder().withoutStudents().addStudents(students).build();
  }
}
