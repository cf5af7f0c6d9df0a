package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The place's period must cover the policy's minimum share of the weekdays of the wished period;
 * partial coverage lowers the fit and is named in the explanation.
 */
class PeriodCoverageTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final Qualification CARE_2 = Qualification.of("25498", 2);
  /** The wish of the issue: 2 Feb-24 Apr 2026, Monday to Friday, 12 weeks. */
  private static final Period WISH = Period.block(LocalDate.of(2026, 2, 2),
      LocalDate.of(2026, 4, 24));
  /** The place of the issue: 24 Apr-10 Jul 2026, sharing one day (a Friday) with the wish. */
  private static final Period TOUCHING = Period.block(LocalDate.of(2026, 4, 24),
      LocalDate.of(2026, 7, 10));

  /** The README's hospital and student, with the place's period and the policy's minimum. */
  private static MatchingProblem problem(Period placePeriod, int minCoverage) {
    Company hospital = Company.builder("C-1")
        .recognition(CARE_2, "B1-K1-W1", "B1-K1-W2", "B1-K2-W1")
        .size(SizeClass.LARGE).sector("care").kind("hospital")
        .region("utrecht").location(52.0870, 5.1790)
        .build();
    Place place = Place.builder("P-1", "C-1", CARE_2, placePeriod).capacity(2).build();
    Student student = Student.builder("S-1",
            LearningWish.builder(CARE_2, WISH)
                .workProcess("B1-K1-W1", 2.0)
                .workProcess("B1-K2-W3", 1.0)
                .companyKind("hospital")
                .travelLimit(Transport.BIKE, 45)
                .build())
        .home(52.0907, 5.1214)
        .build();
    return MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025)).withMinPeriodCoveragePercent(minCoverage))
        .addCompany(hospital).addPlace(place).addStudent(student)
        .build();
  }

  @Test
  void theWeekdaysOfTheIssueExample() {
    assertEquals(60, WISH.weekdays());
    assertEquals(1, WISH.coveredWeekdays(TOUCHING));
    assertEquals(1, TOUCHING.coveredWeekdays(WISH));
    assertEquals(56, TOUCHING.weekdays(), "Friday 24 April and 11 weeks");
    assertEquals(0, WISH.coveredWeekdays(Period.block(LocalDate.of(2026, 4, 25),
        LocalDate.of(2026, 4, 26))), "a weekend after the wish");
  }

  @Test
  void theIssueExampleIsRefusedOnPeriodUnderTheDefaultPolicy() {
    MatchingProblem problem = problem(TOUCHING, Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT);
    assertEquals(100, problem.policy().minPeriodCoveragePercent());
    Eligibility e = Eligibility.compute(problem);
    assertFalse(e.isAdmissible("S-1", "P-1"));
    assertEquals(Optional.of(IneligibilityReason.PERIOD), e.reason("S-1", "P-1"));
    assertEquals(Optional.of(IneligibilityReason.PERIOD), e.noPlaceReason("S-1"));
    assertEquals(1.0 / 60, e.coveredShare(0, 0), 1e-15);
    assertEquals("periode van de plaats dekt te weinig van de gewenste periode, of verschilt in"
        + " vorm of dagen per week", IneligibilityReason.PERIOD.describe(NL));
    assertEquals("the place's period covers too little of the wished period, or differs in form"
        + " or days per week", IneligibilityReason.PERIOD.describe(Locale.UK));
    String report = e.report().render(Locale.ENGLISH);
    assertTrue(report.contains("minimum coverage of the wished period: 100% of its weekdays\n"),
        report);
    assertTrue(report.contains("\n    " + IneligibilityReason.PERIOD.describe(Locale.ENGLISH)
        + ": 1 (e.g. S-1)\n"), report);
    assertTrue(e.report().render(NL).contains(
        "minimale dekking van de gewenste periode: 100% van de weekdagen\n"));
  }

  @Test
  void theIssueExampleUnderLowerMinimums() {
    Fit full = FitModel.defaults().fit(problem(WISH, 100), "S-1", "P-1");
    assertEquals(750, full.score());
    // 1 of 60 weekdays is 1.67 %: refused at 2 % and more, admitted at 1 % and 0 %
    for (int min : new int[] {2, 50, 99}) {
      Eligibility e = Eligibility.compute(problem(TOUCHING, min));
      assertEquals(Optional.of(IneligibilityReason.PERIOD), e.reason("S-1", "P-1"), "min " + min);
    }
    for (int min : new int[] {0, 1}) {
      MatchingProblem problem = problem(TOUCHING, min);
      Eligibility e = Eligibility.compute(problem);
      assertTrue(e.isAdmissible("S-1", "P-1"), "min " + min);
      Fit fit = FitModel.defaults().fit(problem, "S-1", "P-1");
      // the unrounded full score (637.6 / 850 of 1000) times 1/60
      double unrounded = fullUnrounded(problem);
      assertEquals(Math.round(unrounded / 60), fit.score());
      assertEquals(13, fit.score());
      assertTrue(fit.score() < full.score());
      assertEquals(fit.score(), FitModel.defaults().scores(e, 0)[0]);
      assertEquals("passendheid 13 van 1000: 1 van de 2 gewenste werkprocessen kunnen hier worden"
          + " uitgevoerd (B1-K1-W1), niet hier: B1-K2-W3; soort bedrijf past (hospital); periode"
          + " deels gedekt: 1 van 60 weekdagen (gewenst: 2 feb-24 apr 2026, hier: 24 apr-10 jul"
          + " 2026); reistijd 21 van 45 minuten met de fiets; 3 van de 3 werkprocessen die hier"
          + " kunnen worden uitgevoerd zijn nieuw voor de student", fit.render(NL));
      assertEquals("fit 13 of 1000: 1 of 2 wanted work processes can be carried out here"
          + " (B1-K1-W1), not here: B1-K2-W3; kind of company matches (hospital); period partly"
          + " covered: 1 of 60 weekdays (wanted: 2 Feb-24 Apr 2026, here: 24 Apr-10 Jul 2026);"
          + " travel 21 of 45 minutes by bike; 3 of 3 work processes offered here are new to the"
          + " student", fit.render(Locale.ENGLISH));
    }
  }

  /** 1000 * sum(w c) / sum(w) of the README pair, computed here from the documented formula. */
  private static double fullUnrounded(MatchingProblem problem) {
    double minutes = TravelTimeModel.defaults().minutes(problem.students().get(0).home(),
        problem.companies().get(0).location(), Transport.BIKE);
    double sum = 500 * 2.0 / 3 + 150 + 100 * (1 - minutes / 45) + 100;
    return 1000 * sum / 850;
  }

  @Test
  void theDocumentedPartialExample() {
    // fit.md: a place of 23 Feb-10 Jul covers 45 of the 60 weekdays; admitted at 75 %, not at 76
    Period late = Period.block(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 7, 10));
    assertEquals(45, WISH.coveredWeekdays(late));
    assertEquals(Optional.of(IneligibilityReason.PERIOD),
        Eligibility.compute(problem(late, 76)).reason("S-1", "P-1"));
    MatchingProblem problem = problem(late, 75);
    assertTrue(Eligibility.compute(problem).isAdmissible("S-1", "P-1"));
    Fit fit = FitModel.defaults().fit(problem, "S-1", "P-1");
    assertEquals(Math.round(fullUnrounded(problem) * 0.75), fit.score());
    assertEquals(563, fit.score());
    assertTrue(fit.render(NL).contains("; periode deels gedekt: 45 van 60 weekdagen (gewenst:"
        + " 2 feb-24 apr 2026, hier: 23 feb-10 jul 2026); "), fit.render(NL));
    assertTrue(fit.render(Locale.ENGLISH).contains("; period partly covered: 45 of 60 weekdays"
        + " (wanted: 2 Feb-24 Apr 2026, here: 23 Feb-10 Jul 2026); "));
  }

  @Test
  void fullCoverageKeepsTheScoreAndSaysSoBriefly() {
    // a longer place, ending on a Sunday after the wish, covers all of it
    Period longer = Period.block(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 4, 26));
    MatchingProblem problem = problem(longer, 100);
    assertTrue(Eligibility.compute(problem).isAdmissible("S-1", "P-1"));
    Fit fit = FitModel.defaults().fit(problem, "S-1", "P-1");
    assertEquals(Math.round(fullUnrounded(problem)), fit.score());
    assertTrue(fit.render(NL).contains("; periode past (2 feb-24 apr 2026); "), fit.render(NL));
    assertTrue(fit.render(Locale.ENGLISH).contains("; period fits (2 Feb-24 Apr 2026); "));
    // a wish up to a Sunday is covered by a place up to the Friday before (weekdays count)
    Period toSunday = Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 26));
    assertEquals(60, toSunday.weekdays());
    assertEquals(60, toSunday.coveredWeekdays(WISH));
    FitExplanation.PeriodCoverage item = new FitExplanation.PeriodCoverage(toSunday, WISH);
    assertTrue(item.matched());
    assertEquals("period fits (2 Feb-26 Apr 2026)", item.render(Locale.ENGLISH));
  }

  @Test
  void anotherFormIsNamedAndNotCalledAFit() {
    Period ribbon = Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2);
    FitExplanation.PeriodCoverage item = new FitExplanation.PeriodCoverage(ribbon,
        Period.block(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30)));
    assertFalse(item.matched());
    assertEquals("vorm van de periode past niet (gewenst: lint 2 dagen per week 1 sep 2025-30 jan"
        + " 2026, hier: blok 1 sep 2025-30 jan 2026)", item.render(NL));
    assertEquals("form of the period does not match (wanted: ribbon 2 days a week 1 Sep 2025-30"
        + " Jan 2026, here: block 1 Sep 2025-30 Jan 2026)", item.render(Locale.ENGLISH));
    FitExplanation.PeriodCoverage apart = new FitExplanation.PeriodCoverage(WISH,
        Period.block(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26)));
    assertEquals("period not covered: 0 of 60 weekdays (wanted: 2 Feb-24 Apr 2026, here: 4"
        + " May-26 Jun 2026)", apart.render(Locale.ENGLISH));
    assertEquals("periode niet gedekt: 0 van 60 weekdagen (gewenst: 2 feb-24 apr 2026, hier: 4"
        + " mei-26 jun 2026)", apart.render(NL));
  }

  /** Weekdays of a period counted day by day. */
  private static long[] dayByDay(Period wish, Period place) {
    return EligibilityPropertyTest.covered(wish, place);
  }

  private static Period randomPeriod(Random r, LocalDate base) {
    LocalDate start = base.plusDays(r.nextInt(120));
    LocalDate end = start.plusDays(r.nextInt(r.nextInt(5) == 0 ? 4 : 100));
    return Period.block(start, end);
  }

  /**
   * Over seeded random periods and minimums: admissible exactly when the periods share a day and
   * the day-by-day covered share of weekdays reaches the minimum; the fit drops in proportion.
   */
  @TestFactory
  Stream<DynamicTest> admissibilityEqualsTheCoveredShareComputedDayByDay() {
    return LongStream.range(0, 40).mapToObj(i -> {
      long seed = 0xC0FEL + i;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        Random r = new Random(seed);
        LocalDate base = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
        int min = new int[] {0, 1, 25, 50, 75, 90, 100, 100}[r.nextInt(8)];
        Company company = Company.builder("C-1").recognition(CARE_2, "B1-K1-W1")
            .sector("care").region("r").location(52.0, 5.0).build();
        MatchingProblem.Builder b = MatchingProblem.builder()
            .policy(Policy.defaults(SchoolYear.of(2025)).withMinPeriodCoveragePercent(min))
            .addCompany(company);
        List<Period> places = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
          Period period = randomPeriod(r, base);
          places.add(period);
          b.addPlace(Place.builder("P-" + p, "C-1", CARE_2, period).build());
        }
        List<Period> wishes = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
          Period period = randomPeriod(r, base);
          wishes.add(period);
          b.addStudent(Student.builder("S-" + s, LearningWish.builder(CARE_2, period)
              .workProcess("B1-K1-W1", 1.0).build()).build());
        }
        MatchingProblem problem = b.build();
        Eligibility e = Eligibility.compute(problem);
        for (int s = 0; s < wishes.size(); s++) {
          int[] scores = FitModel.defaults().scores(e, s);
          int k = 0;
          for (int p = 0; p < places.size(); p++) {
            String where = "seed " + seed + ", min " + min + ", wish " + wishes.get(s)
                + ", place " + places.get(p);
            long[] cw = dayByDay(wishes.get(s), places.get(p));
            boolean shareDay = !wishes.get(s).start().isAfter(places.get(p).end())
                && !places.get(p).start().isAfter(wishes.get(s).end());
            double share = cw[1] == 0 ? 1.0 : (double) cw[0] / cw[1];
            boolean expected = shareDay && share * 100 >= min - 1e-9;
            assertEquals(expected, e.isAdmissible(s, p), where);
            assertEquals(expected ? Optional.empty() : Optional.of(IneligibilityReason.PERIOD),
                e.reason(s, p), where);
            assertEquals(cw[1], wishes.get(s).weekdays(), where);
            assertEquals(cw[0], wishes.get(s).coveredWeekdays(places.get(p)), where);
            Fit fit = FitModel.defaults().fit(problem.students().get(s), problem.places().get(p),
                company);
            // every component is met: 1000 scaled by the share (0 without a shared day)
            assertEquals(Math.round(1000 * (shareDay ? share : 0.0)), fit.score(), where);
            if (expected) {
              assertEquals(fit.score(), scores[k++], where);
            }
          }
          assertEquals(k, scores.length, "seed " + seed);
        }
      });
    });
  }
}
