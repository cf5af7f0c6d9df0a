package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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
    } else if (!w.period().overlaps(p.period())
        || 100 * covered(w.period(), p.period())[0]
            < policy.minPeriodCoveragePercent() * covered(w.period(), p.period())[1]
        || w.period().form() != p.period().form()
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

  /**
   * {covered, wanted}: the Monday-to-Friday days of {@code wish} that {@code place} covers too, and
   * all those of {@code wish}; counted day by day.
   */
  static long[] covered(Period wish, Period place) {
    long covered = 0;
    long wanted = 0;
    for (LocalDate d = wish.start(); !d.isAfter(wish.end()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        wanted++;
        if (!d.isBefore(place.start()) && !d.isAfter(place.end())) {
          covered++;
        }
      }
    }
    return new long[] {covered, wanted};
  }

  @TestFactory
  Stream<DynamicTest> indexEqualsBruteForce() {
    Map<IneligibilityReason, Integer> seen = new EnumMap<>(IneligibilityReason.class);
    int[] admissible = new int[1];
    // admissible pairs covering only part of the wish; pairs refused on coverage alone
    int[] partial = new int[2];
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
            Place place = problem.places().get(p);
            long[] cw = covered(student.wish().period(), place.period());
            boolean shareDay = student.wish().period().overlaps(place.period());
            double share = !shareDay ? 0.0 : cw[1] == 0 ? 1.0 : (double) cw[0] / cw[1];
            assertEquals(share, e.coveredShare(s, p), 1e-12, where);
            if (expected.isEmpty() && cw[0] < cw[1]) {
              partial[0]++;
            }
            if (expected.equals(Optional.of(IneligibilityReason.PERIOD)) && shareDay
                && cw[0] > 0 && student.wish().period().form() == place.period().form()
                && student.wish().period().daysPerWeek() == place.period().daysPerWeek()) {
              partial[1]++;
            }
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
      assertTrue(partial[0] > 0, "no admissible pair covers only part of its wish");
      assertTrue(partial[1] > 0, "no pair was refused for covering too little of its wish");
    });
    return Stream.concat(cases, Stream.of(coverage));
  }
}
