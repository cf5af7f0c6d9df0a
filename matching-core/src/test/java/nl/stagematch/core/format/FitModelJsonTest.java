package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Transport;
import org.junit.jupiter.api.Test;

/** The problem's optional {@code fitModel}: default, round trip, bad values at their path. */
class FitModelJsonTest {
  private static final String POLICY = "\"policy\": {\"schoolYear\": \"2025-26\"}";

  private static String withFitModel(String fitModel) {
    String text = Fixtures.text("minimal.json");
    assertTrue(text.contains(POLICY), "minimal.json changed");
    return text.replace(POLICY, POLICY + ", \"fitModel\": " + fitModel);
  }

  private static MatchingProblem read(String text) throws IOException {
    return Fixtures.problem(text.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
  }

  private static String canonical(MatchingProblem problem) {
    return new String(ProblemJson.toBytes(problem), StandardCharsets.UTF_8);
  }

  @Test
  void absentOrAllDefaultMeansTheDefaultModelAndTheSameBytes() throws IOException {
    MatchingProblem problem = Fixtures.problem("minimal.json");
    assertTrue(problem.fitParameters().isEmpty());
    assertEquals(FitModel.defaults(), FitModel.of(problem));
    Fixtures.assertGolden("minimal.canonical.json", ProblemJson.toBytes(problem));
    // every default written out is the same problem, and is written back without it
    for (String same : new String[] {"{}", "{\"weights\": {}}",
        "{\"weights\": {\"workProcesses\": 500, \"companyKind\": 150, \"workKind\": 150,"
            + " \"travel\": 100, \"learningRoom\": 100}, \"travel\": {\"detourFactor\": 1.3,"
            + " \"speedKmh\": {\"WALK\": 5, \"BIKE\": 15, \"PUBLIC_TRANSPORT\": 30, \"CAR\": 45},"
            + " \"publicTransportWaitMinutes\": 10}, \"masteryLevel\": 3}"}) {
      MatchingProblem explicit = read(withFitModel(same));
      assertEquals(problem, explicit, same);
      assertEquals(canonical(problem), canonical(explicit), same);
      assertFalse(canonical(explicit).contains("fitModel"), same);
    }
    // the embedded sample: its canonical bytes (and so its hash) are what they were
    MatchingProblem sample = SampleCohort.load();
    assertTrue(sample.fitParameters().isEmpty());
    assertArrayEquals(SampleCohort.bytes(), ProblemJson.toBytes(sample));
  }

  @Test
  void customValuesSurviveTheRoundTripAndChangeTheHash() throws IOException {
    MatchingProblem problem = read(withFitModel("{\"weights\": {\"travel\": 400,"
        + " \"learningRoom\": 0}, \"travel\": {\"speedKmh\": {\"BIKE\": 12.5}},"
        + " \"masteryLevel\": 4}"));
    assertEquals(Map.of("weights.travel", "400.0", "weights.learningRoom", "0.0",
        "travel.speedKmh.BIKE", "12.5", "masteryLevel", "4"), problem.fitParameters());
    FitModel model = FitModel.of(problem);
    assertEquals(400.0, model.weights().travel());
    assertEquals(0.0, model.weights().learningRoom());
    assertEquals(500.0, model.weights().workProcesses());
    assertEquals(12.5, model.travelModel().speedKmh(Transport.BIKE));
    assertEquals(30.0, model.travelModel().speedKmh(Transport.PUBLIC_TRANSPORT));
    assertEquals(4, model.masteryLevel());
    String text = canonical(problem);
    // the canonical form writes every value of the model, after the policy
    assertTrue(text.contains("  \"fitModel\": {\n    \"weights\": {\"workProcesses\": 500.0,"
        + " \"companyKind\": 150.0, \"workKind\": 150.0, \"travel\": 400.0,"
        + " \"learningRoom\": 0.0},\n    \"travel\": {\n      \"detourFactor\": 1.3,\n"
        + "      \"speedKmh\": {\"WALK\": 5.0, \"BIKE\": 12.5, \"PUBLIC_TRANSPORT\": 30.0,"
        + " \"CAR\": 45.0},\n      \"publicTransportWaitMinutes\": 10.0\n    },\n"
        + "    \"masteryLevel\": 4\n  },\n  \"students\""), text);
    MatchingProblem back = read(text);
    assertEquals(problem, back);
    assertEquals(text, canonical(back));
    assertNotEquals(ProblemJson.sha256(Fixtures.problem("minimal.json")),
        ProblemJson.sha256(problem));
  }

  @Test
  void eachBadValueIsAnErrorAtItsPathThatSaysWhatToDo() {
    assertEquals(List.of("$.fitModel.weights.travel: The weight (-1.0) of fit component (travel)"
        + " must be a finite number >= 0. Maybe use 0 to switch it off."),
        Fixtures.errorsOfText(withFitModel("{\"weights\": {\"travel\": -1}}")));
    assertEquals(List.of("$.fitModel.weights: all fit weights are 0; at least one must be"
        + " positive. Maybe leave out \"weights\" for the defaults (see docs/fit.md)."),
        Fixtures.errorsOfText(withFitModel("{\"weights\": {\"workProcesses\": 0,"
            + " \"companyKind\": 0, \"workKind\": 0, \"travel\": 0, \"learningRoom\": 0}}")));
    assertEquals(List.of("$.fitModel.travel.detourFactor: The detour factor (0.9) must be a"
        + " finite number from 1 to 3. Maybe use 1.3, the default."),
        Fixtures.errorsOfText(withFitModel("{\"travel\": {\"detourFactor\": 0.9}}")));
    assertEquals(List.of("$.fitModel.travel.speedKmh.CAR: The mean speed (0.0 km/h) for (CAR)"
        + " must be a finite number from 1 to 200. Maybe use the default, 45.0."),
        Fixtures.errorsOfText(withFitModel("{\"travel\": {\"speedKmh\": {\"CAR\": 0}}}")));
    assertEquals(List.of("$.fitModel.travel.publicTransportWaitMinutes: The public-transport"
        + " waiting time (-5.0 minutes) must be a finite number from 0 to 60. Maybe use 10, the"
        + " default."),
        Fixtures.errorsOfText(withFitModel("{\"travel\": {\"publicTransportWaitMinutes\": -5}}")));
    assertEquals(List.of("$.fitModel.masteryLevel: The mastery level (6) must be 1 to 5."
        + " Maybe use 3, the default."),
        Fixtures.errorsOfText(withFitModel("{\"masteryLevel\": 6}")));
    // all at once, each at its own field
    assertEquals(3, Fixtures.errorsOfText(withFitModel("{\"weights\": {\"travel\": -1},"
        + " \"travel\": {\"detourFactor\": 5}, \"masteryLevel\": 0}")).size());
    // unknown fields and wrong types are refused like anywhere else in the document
    for (String bad : new String[] {"{\"weight\": {}}", "{\"weights\": {\"distance\": 1}}",
        "{\"travel\": {\"speedKmh\": {\"TRAIN\": 60}}}", "{\"travel\": {\"detour\": 1.2}}",
        "{\"masteryLevel\": 3.5}", "{\"weights\": {\"travel\": \"400\"}}", "[]"}) {
      List<String> errors = Fixtures.errorsOfText(withFitModel(bad));
      assertEquals(1, errors.size(), bad + ": " + errors);
      assertTrue(errors.get(0).startsWith("$.fitModel"), bad + ": " + errors);
      assertTrue(errors.get(0).contains("Maybe"), bad + ": " + errors);
    }
  }
}
