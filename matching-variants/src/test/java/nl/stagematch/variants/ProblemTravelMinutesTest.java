package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.TravelMinutes;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import org.junit.jupiter.api.Test;

/**
 * Travel minutes a school supplies reach the engine: the students of the sample who are too far
 * from every place by the model get 5 minutes to every company of their qualification, and are
 * then matched, with fits computed from those minutes, and the result verifies.
 */
class ProblemTravelMinutesTest {

  @Test
  void studentsTooFarByTheModelAreMatchedWithTheSchoolsMinutes() throws IOException {
    MatchingProblem sample = SampleCohort.load();
    Eligibility before = Eligibility.compute(sample);
    Map<String, Map<String, Double>> minutes = new TreeMap<>();
    for (int s = 0; s < sample.students().size(); s++) {
      if (before.noPlaceReason(s).equals(Optional.of(IneligibilityReason.TRAVEL))) {
        Student student = sample.students().get(s);
        Map<String, Double> perCompany = new TreeMap<>();
        for (Place p : sample.places()) {
          if (p.qualification().equals(student.wish().qualification())) {
            perCompany.put(p.companyId(), 5.0);
          }
        }
        minutes.put(student.id(), perCompany);
      }
    }
    assertTrue(minutes.size() > 50, "students too far: " + minutes.size());
    MatchingProblem given = ProblemJson.read(new ByteArrayInputStream(ProblemJson.toBytes(
        sample.toBuilder().travelMinutes(TravelMinutes.of(minutes)).build())));
    assertEquals(TravelMinutes.of(minutes), Prepared.canonical(given).travelMinutes());
    Eligibility after = Eligibility.compute(given);
    for (String id : minutes.keySet()) {
      assertTrue(after.admissiblePlaces(id).size() > 0, id);
    }

    MatchRequest request = MatchRequest.builder(given).seed(SampleCohort.SEED).build();
    MatchResult result = new SchoolPlacement().match(request).withProvenance(request).result();
    result = ResultJson.read(new ByteArrayInputStream(ResultJson.toBytes(result)));
    FitModel model = FitModel.of(given);
    int placedWithMinutes = 0;
    for (Placement p : result.placements()) {
      assertEquals(model.score(given, p.studentId(), p.placeId()), p.fit(), p.toString());
      if (minutes.containsKey(p.studentId())) {
        placedWithMinutes++;
        // 5 of her limit's minutes: the travel slack is 1 - 5 / limit, not the model's 0
        Student s = given.student(p.studentId()).orElseThrow();
        Place place = given.place(p.placeId()).orElseThrow();
        assertTrue(p.fit() >= model.score(s, place, given.companyOf(place)), p.toString());
      }
    }
    assertTrue(placedWithMinutes > 0, "none of the far students was placed");
    ResultReport report = ResultVerifier.verify(given, result);
    assertTrue(report.verified(), report.summary());
  }
}
