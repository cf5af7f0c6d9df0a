package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.model.TravelMinutes;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;

/**
 * The school's travel minutes are in what the student and the school read, and never in what a
 * company reads: a student without a home location, placed only because the school's minutes
 * (20 of her 30) admit her.
 */
class ExplainTravelMinutesTest {

  @Test
  void theSchoolsMinutesReachTheStudentsFileAndNoCompanyFile() {
    Qualification q = Qualification.of("25491", 2);
    Period spring = Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));
    Student student = Student.builder("S-1", LearningWish.builder(q, spring)
        .travelLimit(Transport.BIKE, 30).build()).build();
    Company company = Company.builder("C-1").recognition(q).sector("care").region("utrecht")
        .location(52.0, 5.0).build();
    MatchingProblem problem = MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025))).addStudent(student).addCompany(company)
        .addPlace(Place.builder("P-1", "C-1", q, spring).build())
        .travelMinutes(TravelMinutes.of(Map.of("S-1", Map.of("C-1", 20.0)))).build();
    MatchRequest request = MatchRequest.builder(problem).seed(1).build();
    MatchResult result = Variants.builtIn().get("school-placement").match(request).withProvenance(request).result();
    assertEquals("P-1", result.placement("S-1").orElseThrow().placeId());
    // travel is the only applicable component: 1000 * (1 - 20 / 30)
    assertEquals(333, result.placement("S-1").orElseThrow().fit());

    SortedMap<String, String> files = new ExplainOutputs(problem, result, FitModel.of(problem),
        Locale.forLanguageTag("nl"), Map.of()).files();
    assertTrue(files.get("studenten.csv").contains("reistijd 20 van 30 minuten met de fiets"),
        files.get("studenten.csv"));
    for (String name : files.keySet()) {
      if (name.startsWith("bedrijven")) {
        String text = files.get(name);
        assertTrue(text.contains("S-1"), name);
        assertFalse(text.contains("reistijd") || text.contains("20 van 30")
            || text.contains("minuten"), name + ": " + text);
      }
    }
  }
}
