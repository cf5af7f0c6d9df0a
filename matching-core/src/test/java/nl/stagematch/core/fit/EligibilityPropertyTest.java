package nl.stagematch.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The indexed eligibility equals an independent brute-force check of every student x place pair,
 * written here directly from the documented rules; over seeded random problems.
 */
class EligibilityPropertyTest {
  private static final long BASE_SEED = 0x5EEDL;
  private static final int CASES = 200;

  /** The rules as documented, pair by pair, without any index. */
  static Optional<IneligibilityReason> bruteForce(MatchingProblem problem, Student s, Place p,
      TravelTimeModel travel) {
    Policy policy = problem.policy();
    LearningWish w = s.wish();
    Company c = problem.companyOf(p);
    IneligibilityReason r = null;
    if (!policy.scope().includes(s)) {
      r = IneligibilityReason.OUT_OF_SCOPE;
    } else if (s.optedOut()) {
      r = IneligibilityReason.OPTED_OUT;
    } else if (!p.qualification().equals(w.qualification())) {
      r = IneligibilityReason.QUALIFICATION;
    } else if (c.recognition(p.qualification()).isEmpty()) {
      r = IneligibilityReason.NOT_RECOGNISED;
    } else if (!policy.participation().participates(c, policy.schoolYear())) {
      r = IneligibilityReason.COMPANY_NOT_PARTICIPATING;
    } else if (!w.period().overlaps(p.period()) || w.period().form() != p.period().form()
        || (w.period().form() == PeriodForm.RIBBON
            && w.period().daysPerWeek() != p.period().daysPerWeek())) {
      r = IneligibilityReason.PERIOD;
    } else if (!p.features().containsAll(w.requiredFeatures())) {
      r = IneligibilityReason.FEATURES;
    } else if (w.travelLimit() != null && s.home() != null
        && travel.minutes(s.home(), c.location(), w.travelLimit().transport())
            > w.travelLimit().maxMinutes()) {
      r = IneligibilityReason.TRAVEL;
    }
    return Optional.ofNullable(r);
  }

  @TestFactory
  Stream<DynamicTest> indexEqualsBruteForce() {
    Map<IneligibilityReason, Integer> seen = new EnumMap<>(IneligibilityReason.class);
    int[] admissible = new int[1];
    Stream<DynamicTest> cases = LongStream.range(0, CASES).mapToObj(i -> {
      long seed = BASE_SEED + i;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        MatchingProblem problem = RandomProblems.generate(seed, 25, 30);
        TravelTimeModel travel = TravelTimeModel.defaults();
        Eligibility e = Eligibility.compute(problem, travel);
        long pairs = 0;
        for (int s = 0; s < problem.students().size(); s++) {
          Student student = problem.students().get(s);
          int best = -1;
          boolean any = false;
          int k = 0;
          for (int p = 0; p < problem.places().size(); p++) {
            Optional<IneligibilityReason> expected =
                bruteForce(problem, student, problem.places().get(p), travel);
            String where = "seed " + seed + ", student " + student.id() + ", place "
                + problem.places().get(p).id();
            assertEquals(expected, e.reason(s, p), where);
            assertEquals(expected.isEmpty(), e.isAdmissible(s, p), where);
            if (expected.isEmpty()) {
              assertEquals(p, e.admissiblePlace(s, k++), where);
              any = true;
              pairs++;
            } else {
              seen.merge(expected.get(), 1, Integer::sum);
              best = Math.max(best, expected.get().ordinal());
            }
          }
          assertEquals(k, e.admissibleCount(s), "seed " + seed + ", student " + student.id());
          boolean studentLevel = best >= 0 && best <= IneligibilityReason.OPTED_OUT.ordinal();
          Optional<IneligibilityReason> noPlace = any ? Optional.empty()
              : Optional.of(IneligibilityReason.values()[studentLevel ? best : Math.max(best,
                  IneligibilityReason.QUALIFICATION.ordinal())]);
          assertEquals(noPlace, e.noPlaceReason(s), "seed " + seed + ", student " + student.id());
        }
        assertEquals(pairs, e.admissiblePairCount(), "seed " + seed);
        for (int p = 0; p < problem.places().size(); p++) {
          int[] students = e.admissibleStudents(p);
          for (int k = 0; k < students.length; k++) {
            assertTrue(e.isAdmissible(students[k], p), "seed " + seed + ", place " + p);
            assertTrue(k == 0 || students[k - 1] < students[k], "seed " + seed + ", order");
          }
          long expected = 0;
          for (int s = 0; s < problem.students().size(); s++) {
            expected += e.isAdmissible(s, p) ? 1 : 0;
          }
          assertEquals(expected, students.length, "seed " + seed + ", place " + p);
        }
        admissible[0] += (int) pairs;
      });
    });
    DynamicTest coverage = DynamicTest.dynamicTest("the generator reaches every rule", () -> {
      for (IneligibilityReason r : IneligibilityReason.values()) {
        assertTrue(seen.getOrDefault(r, 0) > 0, "no pair failed on " + r + ": " + seen);
      }
      assertTrue(admissible[0] > CASES, "too few admissible pairs: " + admissible[0]);
    });
    return Stream.concat(cases, Stream.of(coverage));
  }
}
