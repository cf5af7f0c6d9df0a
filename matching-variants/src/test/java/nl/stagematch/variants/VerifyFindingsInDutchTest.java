package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.check.Finding;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import org.junit.jupiter.api.Test;

/**
 * The findings of a tampered result read in Dutch (the default for people) and in English, each
 * with its stable code: a result of another problem (problem-hash), a student left out
 * (feasibility) and a changed dual price (optimality).
 */
class VerifyFindingsInDutchTest {

  private static MatchingProblem problem() {
    return TestCohorts.generate(7, 60, 0.6);
  }

  private static MatchResult v1(MatchingProblem problem) throws IOException {
    MatchRequest request = TestCohorts.request(problem, 7, true, true, 0);
    MatchResult result = new SchoolPlacement().match(request).withProvenance(request).result();
    return ResultJson.read(new ByteArrayInputStream(ResultJson.toBytes(result)));
  }

  private static ResultReport refused(MatchingProblem problem, MatchResult result) {
    ResultReport report = ResultVerifier.verify(problem, result);
    assertFalse(report.ok(), report.summary());
    return report;
  }

  @Test
  void aResultOfAnotherProblemIsRefusedInDutchWithItsCode() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    Policy p = problem.policy();
    boolean wasDefault = p.participation().equals(ParticipationPolicy.DEFAULT);
    MatchingProblem other = MatchingProblem.of(new Policy(p.schoolYear(), p.scope(),
        wasDefault ? ParticipationPolicy.OPT_OUT_ALLOWED : ParticipationPolicy.DEFAULT),
        problem.students(), problem.companies(), problem.places());
    ResultReport report = refused(other, result);
    Finding f = report.failures().get(0);
    assertEquals("VERIFY_PROBLEM_HASH", f.code());
    String nl = f.message(Message.DUTCH);
    assertTrue(nl.startsWith("het resultaat is berekend voor het probleem met SHA-256 "
        + ProblemJson.sha256(problem) + ", maar het gegeven probleem heeft SHA-256 "
        + ProblemJson.sha256(other) + ": "), nl);
    assertTrue(nl.contains("; het beleid verschilt: participation.optOutAllowed " + !wasDefault
        + " in het resultaat, " + wasDefault + " in het probleem. Tip: "), nl);
    // English, as before, and the default of message() and toString()
    assertTrue(f.message().startsWith("the result was computed for the problem with SHA-256 "
        + ProblemJson.sha256(problem)), f.message());
    assertEquals(f.message(Locale.ENGLISH), f.message());
    String summary = report.summary(Message.DUTCH);
    assertEquals("AFGEKEURD: 1 fout(en)", summary.lines().findFirst().orElseThrow());
    assertTrue(summary.contains("  afgekeurd   problem-hash bij $.provenance.problemSha256"
        + " [VERIFY_PROBLEM_HASH]: het resultaat is berekend"), summary);
    assertTrue(report.summary().startsWith("FAILED: 1 failure(s)\n  failed      problem-hash at"
        + " $.provenance.problemSha256 [VERIFY_PROBLEM_HASH]: the result was computed"),
        report.summary());
  }

  @Test
  void aStudentLeftOutIsAFeasibilityFindingInDutch() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    List<Placement> fewer = new ArrayList<>(result.placements());
    Placement dropped = fewer.remove(5);
    ResultReport report = refused(problem, new MatchResult(result.variant(), result.seed(),
        fewer, result.unplaced(), result.lotteryNumbers(), result.provenance(),
        result.certificate()));
    Finding f = report.failures().stream().filter(x -> x.code().equals(
        "VERIFY_STUDENTS_MISSING")).findFirst().orElseThrow(() -> new AssertionError(
            report.summary()));
    assertEquals("feasibility", f.property());
    assertEquals("1 student(en) van het probleem staan niet in het resultaat, geplaatst noch"
        + " ongeplaatst: " + dropped.studentId() + ".", f.message(Message.DUTCH));
    assertEquals("1 student(s) of the problem are not in the result, neither placed nor"
        + " unplaced: " + dropped.studentId() + ".", f.message());
    assertTrue(report.summary(Message.DUTCH).contains("afgekeurd   feasibility bij $"
        + " [VERIFY_STUDENTS_MISSING]: 1 student(en)"), report.summary(Message.DUTCH));
  }

  @Test
  void aChangedDualPriceIsAnOptimalityFindingInDutch() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    AssignmentCertificate c = (AssignmentCertificate) result.certificate();
    String id = c.studentPrices().keySet().iterator().next();
    Map<String, Long> students = new TreeMap<>(c.studentPrices());
    long price = students.get(id) + 1;
    students.put(id, price);
    ResultReport report = refused(problem, result.withEvidence(result.provenance(),
        new AssignmentCertificate(c.penalty(), students, c.placePrices())));
    Set<String> optimality = Set.of("VERIFY_PRICES_INFEASIBLE", "VERIFY_PRICE_ABOVE_PENALTY",
        "VERIFY_DUAL_GAP", "VERIFY_DUAL_GAP_BETTER");
    for (Finding f : report.failures()) {
      assertEquals("optimality", f.property(), report.summary());
      assertTrue(optimality.contains(f.code()), f.toString());
      String nl = f.message(Message.DUTCH);
      assertFalse(nl.equals(f.message()), nl);
      if (f.code().equals("VERIFY_PRICES_INFEASIBLE")) {
        // the pair of the tampered student, with her new price in the sum
        assertTrue(nl.startsWith("de prijzen zijn niet toelaatbaar bij het paar (" + id + ", "),
            nl);
        assertTrue(nl.contains(" - studentprijs " + price + " + plaatsprijs "), nl);
      } else if (f.code().startsWith("VERIFY_DUAL_GAP")) {
        assertTrue(nl.startsWith("de duale doelwaarde"), nl);
      }
    }
  }
}
