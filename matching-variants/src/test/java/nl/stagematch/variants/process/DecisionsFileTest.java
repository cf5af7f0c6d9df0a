package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.Fixtures;
import nl.stagematch.variants.testing.Golden;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionsFileTest {

  @Test
  void everyKindOfDecisionIsWrittenCanonicallyAndReadBack() throws Exception {
    List<DecisionsFile.Step> steps = new ArrayList<>();
    for (Decision d : Fixtures.smallDecisions()) {
      steps.add(new DecisionsFile.Decide(d));
    }
    steps.add(new DecisionsFile.Rematch("K-01"));
    DecisionsFile file = new DecisionsFile(steps);
    String json = file.toJson();
    Golden.assertGolden("/nl/stagematch/variants/process/decisions.json", json);
    assertEquals(file, DecisionsFile.parse(json));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"format\": \"stagematch-decisions/2\", \"steps\": []}|$.format: the document is a"
          + " (stagematch-decisions/2) document",
      "{\"format\": \"stagematch-decisions/1\"}|$.steps: the field is missing",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"CONFIRMED\"}]}"
          + "|$.steps[0].kind: unknown value (CONFIRMED)",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"REFUSE\","
          + " \"coordinator\": \"K-1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\"}]}"
          + "|$.steps[0].reason: The reason category of the REFUSE decision on student (S-1) is"
          + " missing",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"OBJECT\","
          + " \"coordinator\": \"K-1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\","
          + " \"side\": \"COMPANY\", \"reason\": \"OTHER\"}]}"
          + "|$.steps[0].reason: The reason category OTHER of the OBJECT decision on student (S-1)"
          + " needs a note reference",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"REFUSE\","
          + " \"coordinator\": \"K-1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\","
          + " \"reason\": \"TRAVEL\", \"noteRef\": \"she lives too far away\"}]}"
          + "|$.steps[0].noteRef: The id (she lives too far away) of the note reference",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"CONFIRM\","
          + " \"coordinator\": \"K 1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\"}]}"
          + "|$.steps[0].coordinator: The id (K 1) of the coordinator",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"CONFIRM\","
          + " \"coordinator\": \"K-1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\","
          + " \"reason\": \"TRAVEL\"}]}|$.steps[0].reason: The reason (TRAVEL) does not belong",
      "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"CONFIRM\","
          + " \"coordinator\": \"K-1\", \"studentId\": \"S-1\", \"placeId\": \"P-1\","
          + " \"comment\": \"x\"}]}|$.steps[0].comment: unknown field"})
  void invalidFilesAreRefusedWithThePath(String json, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionsFile.parse(json));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void applyingAFileRematchesAtTheEndAndAFailingStepNamesItsPosition() {
    MatchingProblem problem = TestProblems.random(41, 30, 12);
    MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(1)
        .clock(FixedClock.monday()).start("K-01");
    List<Placement> ps = session.result().placements();
    DecisionsFile.of(List.of(
        Decision.confirm("K-01", ps.get(0).studentId(), ps.get(0).placeId()),
        Decision.refuse("K-02", ps.get(1).studentId(), ps.get(1).placeId(),
            ReasonCategory.TRAVEL, null))).applyTo(session);
    assertEquals(2, session.version());
    assertFalse(session.state().pendingDecisions());
    DecisionsFile bad = DecisionsFile.of(List.of(
        Decision.endEarly("K-01", ps.get(2).studentId(), ps.get(2).placeId(),
            ReasonCategory.SAFETY, null)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> bad.applyTo(session));
    assertTrue(e.getMessage().startsWith("$.steps[0]: "), e.getMessage());
  }
}
