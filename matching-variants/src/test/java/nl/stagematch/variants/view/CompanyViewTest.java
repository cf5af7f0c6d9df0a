package nl.stagematch.variants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.model.FitExplanation;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.ShortlistRounds;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.Fixtures;
import nl.stagematch.variants.testing.Golden;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

class CompanyViewTest {

  private static List<String> components(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName() + ":" + c.getGenericType().getTypeName());
    }
    return names;
  }

  /** The view types have exactly these fields; anything added must be argued for here (R1). */
  @Test
  void theViewTypesHaveOnlyTheProfileFields() {
    assertEquals(List.of("companyId:java.lang.String",
        "entries:java.util.List<nl.stagematch.variants.view.CompanyView$Entry>"),
        components(CompanyView.class));
    assertEquals(List.of("placeId:java.lang.String",
        "status:nl.stagematch.variants.view.CompanyView$Status",
        "profile:nl.stagematch.variants.view.StudentProfile",
        // only the student's wished period (in the profile already) and the company's own
        // place's period, so that the company knows how much of the wish its place covers
        "periodCoverage:nl.stagematch.core.model.FitExplanation$PeriodCoverage"),
        components(CompanyView.Entry.class));
    assertEquals(List.of("wanted:nl.stagematch.core.model.Period",
        "offered:nl.stagematch.core.model.Period"),
        components(FitExplanation.PeriodCoverage.class));
    assertEquals(List.of("studentId:java.lang.String",
        "qualification:nl.stagematch.core.model.Qualification",
        "wantedWorkProcesses:java.util.List<java.lang.String>",
        "period:nl.stagematch.core.model.Period"), components(StudentProfile.class));
  }

  /** No type reachable from the view (recursively through records) is or holds a location. */
  @Test
  void noTypeReachableFromTheViewHoldsALocation() {
    Set<String> seen = new TreeSet<>();
    walk(CompanyView.class, seen);
    assertFalse(seen.contains(Location.class.getName()), seen.toString());
    assertTrue(seen.contains(Qualification.class.getName()), seen.toString());
    assertTrue(seen.contains(Period.class.getName()), seen.toString());
    for (String name : seen) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (String bad : List.of("location", "student$", "company$", "wish", "travel", "home",
          "competence", "feature")) {
        assertFalse(lower.matches(".*" + bad + ".*"), name);
      }
    }
  }

  private static void walk(Type type, Set<String> seen) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        walk(arg, seen);
      }
      walk(p.getRawType(), seen);
      return;
    }
    if (!(type instanceof Class<?> c) || !seen.add(c.getName())) {
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        walk(rc.getGenericType(), seen);
      }
    }
  }

  @Test
  void theJsonHoldsOnlyTheProfileFields() throws Exception {
    MatchingProblem problem = Fixtures.smallCohort();
    CompanyView view = CompanyView.placed(problem, Fixtures.smallResult(), "C-3");
    String json = view.toJson();
    Golden.assertGolden("/nl/stagematch/variants/view/company-view-c3.json", json);
    Set<String> keys = new TreeSet<>();
    collectKeys(Json.parse(json, "test"), keys);
    assertEquals(new TreeSet<>(List.of("format", "companyId", "entries", "placeId", "status",
        "profile", "studentId", "qualification", "crebo", "level", "wantedWorkProcesses",
        "period", "start", "end", "form", "daysPerWeek", "periodCoverage", "coveredWeekdays",
        "wantedWeekdays", "sameForm")), keys);
    for (String bad : List.of("latitude", "longitude", "home", "location", "travel",
        "feature", "competence", "tailored-supervision", "52.09", "5.12")) {
      assertFalse(json.contains(bad), bad + " in " + json);
    }
  }

  private static void collectKeys(Object value, Set<String> keys) {
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        keys.add((String) e.getKey());
        collectKeys(e.getValue(), keys);
      }
    } else if (value instanceof List<?> l) {
      l.forEach(v -> collectKeys(v, keys));
    }
  }

  @Test
  void aCompanySeesOnlyItsOwnPlacesAndWantedProcessesWithWeight() {
    MatchingProblem problem = Fixtures.smallCohort();
    CompanyView view = CompanyView.placed(problem, Fixtures.smallResult(), "C-1");
    assertEquals(1, view.entries().size());
    StudentProfile p = view.entries().get(0).profile();
    assertEquals("S-1", p.studentId());
    assertEquals(List.of("B1-K1-W1"), p.wantedWorkProcesses());
    assertEquals(CompanyView.Status.PLACED, view.entries().get(0).status());
  }

  @Test
  void theCompanySeesHowMuchOfTheWishedPeriodItsPlaceCovers() {
    MatchingProblem problem = Fixtures.smallCohort();
    CompanyView.Entry full = CompanyView.placed(problem, Fixtures.smallResult(), "C-3")
        .entries().get(0);
    assertEquals(60, full.periodCoverage().wantedWeekdays());
    assertEquals(60, full.periodCoverage().coveredWeekdays());
    assertEquals("periode past (2 feb-24 apr 2026)",
        full.describePeriod(Locale.forLanguageTag("nl")));
    assertEquals("period fits (2 Feb-24 Apr 2026)", full.describePeriod(Locale.ENGLISH));
    // the same student shortlisted for a place of 23 Feb-10 Jul: 45 of her 60 weekdays
    MatchingProblem.Builder b = MatchingProblem.builder().policy(problem.policy()
        .withMinPeriodCoveragePercent(75));
    problem.companies().forEach(b::addCompany);
    problem.students().forEach(b::addStudent);
    b.addPlace(Place.builder("P-9", "C-3", TestProblems.ICT_4, Period.block(
        LocalDate.of(2026, 2, 23), LocalDate.of(2026, 7, 10))).build());
    CompanyView.Entry part = CompanyView.shortlisted(b.build(), "C-3",
        Map.of("P-9", List.of("S-4"))).entries().get(0);
    assertEquals(45, part.periodCoverage().coveredWeekdays());
    assertEquals("periode deels gedekt: 45 van 60 weekdagen (gewenst: 2 feb-24 apr 2026, hier:"
        + " 23 feb-10 jul 2026)", part.describePeriod(Locale.forLanguageTag("nl")));
    assertEquals("period partly covered: 45 of 60 weekdays (wanted: 2 Feb-24 Apr 2026, here:"
        + " 23 Feb-10 Jul 2026)", part.describePeriod(Locale.ENGLISH));
    String json = new CompanyView("C-3", List.of(part)).toJson();
    assertTrue(json.contains("\"periodCoverage\": {\n        \"coveredWeekdays\": 45,\n"
        + "        \"wantedWeekdays\": 60,\n        \"sameForm\": true\n      }"), json);
  }

  @Test
  void theShortlistsOfTheBlindShortlistVariantAreShown() {
    MatchingProblem problem = TestProblems.random(31, 40, 12);
    MatchingSession session = MatchingSession.builder(problem, "blind-shortlist").seed(3)
        .clock(FixedClock.monday()).start("K-1");
    Proposal proposal = session.proposal();
    ShortlistRounds rounds = (ShortlistRounds) proposal.report();
    String placeId = rounds.shortlists().get(0).placeId();
    String companyId = problem.place(placeId).orElseThrow().companyId();
    CompanyView view = CompanyView.of(problem, proposal, companyId);
    Set<String> shown = new TreeSet<>();
    for (CompanyView.Entry e : view.entries()) {
      shown.add(e.placeId() + "/" + e.profile().studentId());
      assertEquals(companyId, problem.place(e.placeId()).orElseThrow().companyId());
    }
    for (ShortlistRounds.Shortlist s : rounds.shortlists()) {
      if (problem.place(s.placeId()).orElseThrow().companyId().equals(companyId)) {
        for (String student : s.studentIds()) {
          assertTrue(shown.contains(s.placeId() + "/" + student), student);
        }
      }
    }
  }

  @Test
  void aShortlistForAnotherCompanysPlaceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompanyView.shortlisted(Fixtures.smallCohort(), "C-1",
            Map.of("P-3", List.of("S-4"))));
    assertTrue(e.getMessage().contains("belongs to company (C-3), not to (C-1)"),
        e.getMessage());
  }
}
