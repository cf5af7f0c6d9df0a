package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import org.junit.jupiter.api.Test;

/**
 * Travel minutes supplied by the school (its own route planner) in place of the modelled travel
 * time: eligibility and fit use them where given, the modelled time elsewhere; the problem
 * document carries them and refuses bad ones at their path.
 */
class TravelMinutesTest {
  // both companies 55.6 km south of the student's home: by bike about 289 modelled minutes
  private static final double HOME_LAT = 52.5;
  private static final double COMPANY_LAT = 52.0;

  private static LearningWish wish() {
    // no work processes, no kinds, and recognitions without work processes: travel is the only
    // applicable fit component, so the score is round(1000 * (1 - minutes / limit))
    return LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .travelLimit(Transport.BIKE, 30).build();
  }

  private static Company company(String id) {
    return Company.builder(id).recognition(Fixtures.CARE_2).sector("care").region("utrecht")
        .location(COMPANY_LAT, 5.0).build();
  }

  private static MatchingProblem problem(TravelMinutes minutes) {
    Student home = Student.builder("S-1", wish()).home(HOME_LAT, 5.0).build();
    Student noHome = Student.builder("S-2", wish()).build();
    Student neither = Student.builder("S-3", wish()).build();
    return MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR))
        .addStudent(home).addStudent(noHome).addStudent(neither)
        .addCompany(company("C-1")).addCompany(company("C-2"))
        .addPlace(Place.builder("P-1", "C-1", Fixtures.CARE_2, Fixtures.SPRING_BLOCK).build())
        .addPlace(Place.builder("P-2", "C-2", Fixtures.CARE_2, Fixtures.SPRING_BLOCK).build())
        .travelMinutes(minutes).build();
  }

  private static final TravelMinutes GIVEN = TravelMinutes.of(Map.of(
      "S-1", Map.of("C-1", 20.0),
      "S-2", Map.of("C-1", 45.0)));

  @Test
  void givenMinutesDecideTheTravelRuleAndOtherPairsKeepTheModel() {
    Eligibility without = Eligibility.compute(problem(TravelMinutes.none()));
    // the model: 55.6 km by bike is far over 30 minutes
    assertTrue(without.travelMinutes(0, 0).getAsDouble() > 250);
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), without.reason("S-1", "P-1"));

    Eligibility e = Eligibility.compute(problem(GIVEN));
    // S-1: 20 minutes to C-1 (given) are within 30; C-2 has no minutes: the model refuses it
    assertTrue(e.isAdmissible("S-1", "P-1"));
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), e.reason("S-1", "P-2"));
    assertEquals(OptionalDouble.of(20.0), e.travelMinutes(0, 0));
    // S-2 has no home: 45 given minutes to C-1 are over her limit; C-2 cannot be checked
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), e.reason("S-2", "P-1"));
    assertTrue(e.isAdmissible("S-2", "P-2"));
    assertEquals(OptionalDouble.empty(), e.travelMinutes(1, 1));
    // a limit is unchecked only without a home and without any minutes
    assertFalse(e.travelLimitUnchecked(0));
    assertFalse(e.travelLimitUnchecked(1));
    assertTrue(e.travelLimitUnchecked(2));
    assertEquals(1, e.report().travelLimitsNotChecked());
  }

  @Test
  void theFitUsesTheGivenMinutes() {
    MatchingProblem problem = problem(GIVEN);
    FitModel model = FitModel.defaults();
    // 1000 * (1 - 20 / 30) = 333.33
    assertEquals(333, model.fit(problem, "S-1", "P-1").score());
    assertEquals(333, model.score(problem, "S-1", "P-1"));
    Eligibility e = Eligibility.compute(problem);
    assertArrayEquals(new int[] {333}, model.scores(e, 0));
    assertTrue(model.fit(problem, "S-1", "P-1").render(Locale.forLanguageTag("nl"))
        .contains("reistijd 20 van 30 minuten"), model.fit(problem, "S-1", "P-1")
        .render(Locale.forLanguageTag("nl")));
    // S-2 (no home) at P-2: no minutes, so the travel item cannot be scored; nothing applies
    assertEquals(1000, model.score(problem, "S-2", "P-2"));
    // without the problem, the model's own estimate: far over the limit, slack 0
    Student s1 = problem.student("S-1").orElseThrow();
    Place p1 = problem.place("P-1").orElseThrow();
    assertEquals(0, model.score(s1, p1, problem.companyOf(p1)));
  }

  @Test
  void theDocumentCarriesThemAndKeepsItsBytesWithoutThem() throws Exception {
    MatchingProblem problem = problem(GIVEN);
    String text = new String(ProblemJson.toBytes(problem), StandardCharsets.UTF_8);
    assertTrue(text.contains("  \"travelMinutes\": {\n    \"S-1\": {\"C-1\": 20.0},\n"
        + "    \"S-2\": {\"C-1\": 45.0}\n  }\n}\n"), text);
    MatchingProblem back = ProblemJson.read(new ByteArrayInputStream(text.getBytes(
        StandardCharsets.UTF_8)));
    assertEquals(problem, back);
    assertEquals(GIVEN, back.travelMinutes());
    String none = new String(ProblemJson.toBytes(problem(TravelMinutes.none())),
        StandardCharsets.UTF_8);
    assertFalse(none.contains("travelMinutes"), none);
  }

  private static List<String> errors(String minutes) {
    String text = new String(ProblemJson.toBytes(problem(TravelMinutes.none())),
        StandardCharsets.UTF_8);
    String doc = text.substring(0, text.lastIndexOf('}')).stripTrailing()
        + ",\n  \"travelMinutes\": " + minutes + "\n}\n";
    return assertThrows(JsonFormatException.class, () -> ProblemJson.read(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))).lines();
  }

  @Test
  void badMinutesAreRefusedAtTheirPath() {
    List<String> lines = errors("{\"S-1\": {\"C-1\": -5, \"C-2\": 1441}, \"S-2\": {\"C-1\":"
        + " \"20\"}, \"S-9\": {\"C-1\": 5}, \"S-3\": {\"C-9\": 5}}");
    assertEquals(5, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("$.travelMinutes.S-1.C-1: The travel minutes (-5.0) of"
        + " student (S-1) to company (C-1) must be a number from 0 to 1440"), lines.get(0));
    assertTrue(lines.get(1).startsWith("$.travelMinutes.S-1.C-2: The travel minutes (1441.0)"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("$.travelMinutes.S-2.C-1: "), lines.get(2));
    // the rules between elements, by student id
    assertTrue(lines.get(3).startsWith("$.travelMinutes.S-3.C-9: The company (C-9) of the"
        + " travel minutes of student (S-3) is unknown."), lines.get(3));
    assertTrue(lines.get(4).startsWith("$.travelMinutes.S-9: The student (S-9) of the travel"
        + " minutes is unknown."), lines.get(4));
  }

  @Test
  void theModelRefusesBadValuesAndUnknownIds() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TravelMinutes.of(Map.of("S-1", Map.of("C-1", Double.NaN))));
    assertEquals(List.of("S-1", "C-1"), e.field());
    assertThrows(InvalidProblemException.class,
        () -> problem(TravelMinutes.of(Map.of("S-1", Map.of("C-7", 3.0)))));
  }
}
