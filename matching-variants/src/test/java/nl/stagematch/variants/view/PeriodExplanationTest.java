package nl.stagematch.variants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * The period rule as the student reads it: refused with the period named as the reason under
 * the default policy; placed with "period partly covered" and a lower fit when the school allows
 * part of the period.
 */
class PeriodExplanationTest {
  private static final Locale NL = Locale.forLanguageTag("nl");

  /** One student wishing 2 Feb-24 Apr 2026; one place of 24 Apr-10 Jul 2026 (one shared day). */
  private static MatchingProblem problem(int minCoverage) {
    Company company = Company.builder("C-1").recognition(TestProblems.CARE_2, "B1-K1-W1")
        .size(SizeClass.LARGE).sector("care").kind("hospital").region("utrecht")
        .location(52.087, 5.179).build();
    Place place = Place.builder("P-1", "C-1", TestProblems.CARE_2,
        Period.block(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 7, 10))).build();
    Student student = Student.builder("S-1", LearningWish.builder(TestProblems.CARE_2,
        Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24)))
        .workProcess("B1-K1-W1", 1.0).build()).build();
    return MatchingProblem.builder()
        .policy(Policy.defaults(TestProblems.YEAR).withMinPeriodCoveragePercent(minCoverage))
        .addCompany(company).addPlace(place).addStudent(student).build();
  }

  private static MatchResult match(MatchingProblem problem) {
    return Variants.load().get("school-placement")
        .match(MatchRequest.builder(problem).seed(2025).build()).result();
  }

  @Test
  void underTheDefaultPolicyTheStudentIsToldThePeriodIsTheReason() {
    MatchingProblem problem = problem(100);
    MatchResult result = match(problem);
    assertEquals(0, result.placedCount());
    Unplaced u = result.unplacedEntry("S-1").orElseThrow();
    assertEquals(IneligibilityReason.PERIOD.name(), u.detail());
    Explanations explanations = Explanations.of(problem);
    String en = explanations.explain(result, "S-1", Locale.ENGLISH);
    String nl = explanations.explain(result, "S-1", NL);
    assertTrue(en.contains("(the place's period covers too little of the wished period, or"
        + " differs in form or days per week)"), en);
    assertTrue(nl.contains("(periode van de plaats dekt te weinig van de gewenste periode, of"
        + " verschilt in vorm of dagen per week)"), nl);
  }

  @Test
  void whenPartOfThePeriodIsEnoughThePlacementNamesItAndScoresLower() {
    MatchingProblem problem = problem(1);
    MatchResult result = match(problem);
    assertEquals(1, result.placedCount());
    // every wish component is met: 1000 for the whole period, 1 of its 60 weekdays here
    assertEquals(Math.round(1000.0 / 60), result.placements().get(0).fit());
    assertEquals(1000, FitModel.defaults().fit(problem(1).students().get(0),
        Place.builder("P-2", "C-1", TestProblems.CARE_2, problem.students().get(0).wish()
            .period()).build(), problem.companies().get(0)).score());
    Explanations explanations = Explanations.of(problem);
    assertEquals("Placed at P-1; fit 17 of 1000: 1 of 1 wanted work process can be carried out"
        + " here (B1-K1-W1); period partly covered: 1 of 60 weekdays (wanted: 2 Feb-24 Apr"
        + " 2026, here: 24 Apr-10 Jul 2026); 1 of 1 work processes offered here is new to the"
        + " student", explanations.explain(result, "S-1", Locale.ENGLISH));
    assertEquals("Geplaatst bij P-1; passendheid 17 van 1000: 1 van de 1 gewenst werkproces kan"
        + " hier worden uitgevoerd (B1-K1-W1); periode deels gedekt: 1 van 60 weekdagen (gewenst:"
        + " 2 feb-24 apr 2026, hier: 24 apr-10 jul 2026); 1 van de 1 werkprocessen die hier"
        + " kunnen worden uitgevoerd is nieuw voor de student",
        explanations.explain(result, "S-1", NL));
  }
}
