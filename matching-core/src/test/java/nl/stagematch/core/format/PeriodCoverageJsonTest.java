package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Policy;
import org.junit.jupiter.api.Test;

/** The policy's optional {@code minPeriodCoveragePercent}: default, round trip, bad values. */
class PeriodCoverageJsonTest {
  private static final String POLICY = "\"policy\": {\"schoolYear\": \"2025-26\"}";

  private static String withCoverage(String value) {
    String text = Fixtures.text("minimal.json");
    assertTrue(text.contains(POLICY), "minimal.json changed");
    return text.replace(POLICY, "\"policy\": {\"schoolYear\": \"2025-26\","
        + " \"minPeriodCoveragePercent\": " + value + "}");
  }

  private static MatchingProblem read(String text) throws IOException {
    return Fixtures.problem(text.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
  }

  @Test
  void absentMeansTheDefaultAndTheCanonicalFormLeavesItOut() throws IOException {
    MatchingProblem problem = Fixtures.problem("minimal.json");
    assertEquals(100, problem.policy().minPeriodCoveragePercent());
    assertEquals(Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT,
        problem.policy().minPeriodCoveragePercent());
    String canonical = new String(ProblemJson.toBytes(problem), StandardCharsets.UTF_8);
    assertFalse(canonical.contains("minPeriodCoveragePercent"), canonical);
    // the same bytes as before the field existed
    Fixtures.assertGolden("minimal.canonical.json", ProblemJson.toBytes(problem));
    // written out as 100 it means the same problem, and is written back without it
    MatchingProblem explicit = read(withCoverage("100"));
    assertEquals(problem, explicit);
    assertEquals(canonical, new String(ProblemJson.toBytes(explicit), StandardCharsets.UTF_8));
  }

  @Test
  void anotherValueSurvivesTheRoundTrip() throws IOException {
    for (int percent : new int[] {0, 1, 75, 99}) {
      MatchingProblem problem = read(withCoverage(Integer.toString(percent)));
      assertEquals(percent, problem.policy().minPeriodCoveragePercent());
      byte[] bytes = ProblemJson.toBytes(problem);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(text.contains("    \"minPeriodCoveragePercent\": " + percent + "\n"), text);
      MatchingProblem back = read(text);
      assertEquals(problem, back);
      assertEquals(percent, back.policy().minPeriodCoveragePercent());
      assertEquals(text, new String(ProblemJson.toBytes(back), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aBadValueIsAnErrorAtItsPathThatSaysWhatToDo() {
    assertEquals(List.of("$.policy.minPeriodCoveragePercent: The minimum period coverage (150)"
        + " must be a percentage from 0 to 100. Maybe use 100 (the default: the place covers"
        + " the whole wished period), or 0 for 'one shared day is enough'."),
        Fixtures.errorsOfText(withCoverage("150")));
    assertEquals(List.of("$.policy.minPeriodCoveragePercent: The minimum period coverage (-5)"
        + " must be a percentage from 0 to 100. Maybe use 100 (the default: the place covers"
        + " the whole wished period), or 0 for 'one shared day is enough'."),
        Fixtures.errorsOfText(withCoverage("-5")));
    for (String bad : new String[] {"\"75%\"", "75.5", "true"}) {
      List<String> errors = Fixtures.errorsOfText(withCoverage(bad));
      assertEquals(1, errors.size(), errors.toString());
      assertTrue(errors.get(0).startsWith("$.policy.minPeriodCoveragePercent: expected an"
          + " integer (the minimum period coverage (percent))"), errors.get(0));
      assertTrue(errors.get(0).contains("Maybe"), errors.get(0));
    }
  }
}
