package nl.stagematch.bench.research;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;

/**
 * A cohort for research: the blind matching input, and beside it the research-only attributes
 * that the matching never sees (R1): the ids of the students who belong to the group whose
 * outcomes are compared with the rest, and the school of every student for the variants that
 * divide places among schools.
 *
 * <p>The group is held outside {@link MatchingProblem} on purpose: no variant can read it. It is
 * joined to the outcomes afterwards, and used only by the simulation of today's practice and by
 * a biased responder that models what a company may do when it meets the student.
 *
 * @param label a short name for reports, such as {@code sample} or {@code generated-10000}
 * @param problem the matching input
 * @param group the ids of the students in the group (each a student of {@code problem}), sorted
 * @param schools the school of every student of {@code problem}, sorted by student id
 */
public record ResearchCohort(String label, MatchingProblem problem, Set<String> group,
    Map<String, String> schools) {

  /** The number of synthetic schools {@link #withSyntheticGroup} splits a cohort into. */
  public static final int SYNTHETIC_SCHOOLS = 3;

  /** Validates and copies. */
  public ResearchCohort {
    Objects.requireNonNull(label, "The label of a research cohort is missing.");
    Objects.requireNonNull(problem, "The problem of research cohort (" + label + ") is missing.");
    Set<String> ids = new HashSet<>();
    for (Student s : problem.students()) {
      ids.add(s.id());
    }
    for (String id : group) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("The group of research cohort (" + label
            + ") names student (" + id + "), who is not in the problem.\n"
            + "Maybe the group was made for another cohort.");
      }
    }
    for (String id : schools.keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("The schools of research cohort (" + label
            + ") name student (" + id + "), who is not in the problem.\n"
            + "Maybe the schools were made for another cohort.");
      }
    }
    if (!schools.isEmpty() && schools.size() != ids.size()) {
      throw new IllegalArgumentException("The schools of research cohort (" + label + ") cover "
          + schools.size() + " of " + ids.size() + " students.\n"
          + "Give every student a school, or none.");
    }
    group = Collections.unmodifiableSortedSet(new TreeSet<>(group));
    schools = Collections.unmodifiableSortedMap(new TreeMap<>(schools));
  }

  /**
   * A cohort whose group and schools are drawn from the seeded lottery, for a problem that
   * carries no research attributes (the embedded sample, a school's own file): a student is in
   * the group when her lottery number for key {@code "group"} falls in the lowest
   * {@code groupShare} of the range, and her school is {@code roc-a}, {@code roc-b} or
   * {@code roc-c} by her lottery number for key {@code "school"} modulo 3 (the split the
   * {@code demo} command uses).
   *
   * @param groupShare the expected share of the group, 0 to 1
   * @throws IllegalArgumentException if {@code groupShare} is outside 0..1
   */
  public static ResearchCohort withSyntheticGroup(String label, MatchingProblem problem,
      double groupShare, long seed) {
    if (!(groupShare >= 0 && groupShare <= 1)) {
      throw new ResearchOptionException(ResearchMessage.GROUP_SHARE_RANGE, groupShare);
    }
    Lottery lottery = Lottery.withSeed(seed);
    double limit = groupShare * (double) Long.MAX_VALUE;
    Set<String> group = new TreeSet<>();
    Map<String, String> schools = new LinkedHashMap<>();
    for (Student s : problem.students()) {
      if (lottery.number("group", s.id()) < limit) {
        group.add(s.id());
      }
      schools.put(s.id(), "roc-" + (char) ('a' + lottery.number("school", s.id())
          % SYNTHETIC_SCHOOLS));
    }
    return new ResearchCohort(label, problem, group, schools);
  }

  /** Whether student {@code studentId} is in the group. */
  public boolean inGroup(String studentId) {
    return group.contains(studentId);
  }
}
