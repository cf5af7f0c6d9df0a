package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import org.junit.jupiter.api.Test;

/**
 * A problem that sets its own fit model is matched, explained and verified with it: the request's
 * default model is the problem's, the result records it, and the verifier accepts the result from
 * the problem and the result document alone.
 */
class ProblemFitModelTest {
  private static final Map<String, String> CUSTOM = Map.of("weights.workProcesses", "100.0",
      "weights.travel", "900.0", "travel.speedKmh.BIKE", "10.0", "masteryLevel", "4");

  @Test
  void aProblemWithOtherWeightsGivesOtherFitsAndItsResultVerifies() throws IOException {
    MatchingProblem sample = SampleCohort.load();
    // written and read back, as a school's file would be
    MatchingProblem custom = ProblemJson.read(new ByteArrayInputStream(
        ProblemJson.toBytes(sample.toBuilder().fitParameters(CUSTOM).build())));
    assertEquals(CUSTOM, custom.fitParameters());
    FitModel model = FitModel.of(custom);
    assertEquals(900.0, model.weights().travel());
    assertNotEquals(ProblemJson.sha256(sample), ProblemJson.sha256(custom));

    MatchRequest request = MatchRequest.builder(custom).seed(SampleCohort.SEED).build();
    assertEquals(FitParameters.of(model), FitParameters.of(request.fitModel()));
    MatchResult result = new SchoolPlacement().match(request).withProvenance(request).result();
    result = ResultJson.read(new ByteArrayInputStream(ResultJson.toBytes(result)));
    assertEquals(FitParameters.of(model), result.provenance().fitModel());
    assertFalse(result.placements().isEmpty());
    int differing = 0;
    for (Placement p : result.placements()) {
      Student s = custom.student(p.studentId()).orElseThrow();
      Place place = custom.place(p.placeId()).orElseThrow();
      assertEquals(model.score(s, place, custom.companyOf(place)), p.fit(), p.toString());
      if (FitModel.defaults().score(s, place, custom.companyOf(place)) != p.fit()) {
        differing++;
      }
    }
    assertTrue(differing > 0, "no placement's fit depends on the weights");

    ResultReport report = ResultVerifier.verify(custom, result);
    assertTrue(report.verified(), report.summary());
    // the same result does not belong to the sample with the default model
    assertFalse(ResultVerifier.verify(sample, result).verified());
  }

  @Test
  void explanationsAndAnExplicitModelFollowTheRequest() {
    MatchingProblem custom = SampleCohort.load().toBuilder().fitParameters(CUSTOM).build();
    // a request may still override the problem's model for one run
    MatchRequest request = MatchRequest.builder(custom).fitModel(FitModel.defaults()).build();
    assertEquals(FitModel.defaults(), request.fitModel());
    // the problem's model survives the re-ordering the variants do internally
    assertEquals(CUSTOM, Prepared.canonical(custom).fitParameters());
  }
}
