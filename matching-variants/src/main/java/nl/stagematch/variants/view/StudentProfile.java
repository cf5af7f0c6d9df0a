package nl.stagematch.variants.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Student;

/**
 * The pseudonymous profile of a student as a company may see it (R1): the qualification with its
 * level, the work processes she wants to practise, and the period. Nothing else: no location, no
 * travel limit, no support needs (R9: those are requirements on the place, never a label), no
 * competences, no kinds wished, no weights.
 *
 * @param studentId the pseudonymous id, so that the company can answer about this profile
 * @param qualification the qualification (crebo) and level of the learning wish
 * @param wantedWorkProcesses the codes of the work processes she wants to practise (weight above
 *     0), sorted
 * @param period the period of the internship
 */
public record StudentProfile(String studentId, Qualification qualification,
    List<String> wantedWorkProcesses, Period period) {

  /**
   * Checks and copies; sorts the work processes.
   *
   * @param studentId the pseudonymous id
   * @param qualification the qualification and level of the learning wish
   * @param wantedWorkProcesses the codes of the work processes she wants to practise
   * @param period the period of the internship
   */
  public StudentProfile {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(period, "period");
    List<String> sorted = new ArrayList<>(wantedWorkProcesses);
    sorted.sort(null);
    wantedWorkProcesses = List.copyOf(sorted);
  }

  /**
   * The profile of {@code student}.
   *
   * @param student the student
   * @return what a company may see of her
   */
  public static StudentProfile of(Student student) {
    LearningWish wish = student.wish();
    List<String> wanted = new ArrayList<>();
    for (Map.Entry<String, Double> e : wish.workProcesses().entrySet()) {
      if (e.getValue() > 0) {
        wanted.add(e.getKey());
      }
    }
    return new StudentProfile(student.id(), wish.qualification(), wanted, wish.period());
  }
}
