package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.EligibilityReport;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Track;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key figures of the sample cohort, for the shipped seed and a few others. */
class SampleCohortGeneratorTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {SampleCohortGenerator.DEFAULT_SEED, 1L, 7L, -42L})
  void keyFigures(long seed) {
    MatchingProblem p = SampleCohortGenerator.generate(seed);
    Eligibility e = Eligibility.compute(p);
    EligibilityReport r = e.report();
    String where = "seed " + seed + ": ";

    long firstYearBol = p.students().stream()
        .filter(s -> s.track() == Track.BOL && s.studyYear() == 1).count();
    assertTrue(firstYearBol >= 1200 && firstYearBol <= 1800, where + firstYearBol);
    assertTrue(r.studentsOutOfScope() > 0 && r.studentsOptedOut() > 0, where + r);
    assertTrue(p.students().stream().anyMatch(s -> s.track() == Track.BBL), where);
    assertTrue(p.students().stream().anyMatch(s -> !s.wish().requiredFeatures().isEmpty()));

    Set<Qualification> quals = p.students().stream().map(s -> s.wish().qualification())
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(quals.size() >= 15 && quals.size() <= 25, where + quals.size());
    assertEquals(Set.of(1, 2, 3, 4),
        quals.stream().map(Qualification::level).collect(Collectors.toSet()), where);
    Set<String> sectors = p.companies().stream().map(Company::sector).collect(Collectors.toSet());
    assertTrue(sectors.containsAll(Set.of("care", "technology", "ict", "commerce", "hospitality",
        "logistics")), where + sectors);
    Set<String> regions = p.companies().stream().map(Company::region).collect(Collectors.toSet());
    assertTrue(regions.size() >= 4 && regions.size() <= 6, where + regions);
    assertEquals(EnumSet.allOf(SizeClass.class),
        p.companies().stream().map(Company::size).collect(Collectors.toSet()), where);
    assertTrue(p.companies().size() >= 200 && p.companies().size() <= 800, where);
    assertTrue(r.participatingCompanies() < r.companies() && r.placesLeftOut() > 0, where + r);
    assertTrue(p.places().stream().allMatch(x -> x.capacity() >= 1 && x.capacity() <= 4));
    assertTrue(p.places().stream().anyMatch(x -> !x.features().isEmpty()));
    assertTrue(p.places().stream().map(x -> x.period().form()).distinct().count() == 2, where);

    // Shortage in care and at level 2; enough elsewhere.
    Map<Qualification, String> sectorOf = new HashMap<>();
    for (Company c : p.companies()) {
      c.recognitions().forEach(rec -> sectorOf.put(rec.qualification(), c.sector()));
    }
    Predicate<Qualification> care = q -> "care".equals(sectorOf.get(q));
    Predicate<Qualification> level2 = q -> q.level() == 2;
    Predicate<Qualification> neither = care.or(level2).negate();
    for (Predicate<Qualification> shortage : java.util.List.of(care, level2)) {
      assertTrue(capacity(p, e, shortage) < active(p, e, shortage), where + "no shortage");
    }
    assertTrue(capacity(p, e, neither) > active(p, e, neither), where + "shortage elsewhere");

    // Most active students have an admissible place.
    assertTrue(r.studentsWithAdmissiblePlace() >= 0.9 * r.activeStudents(), where + r);
  }

  private static long capacity(MatchingProblem p, Eligibility e, Predicate<Qualification> q) {
    long sum = 0;
    for (Place place : p.places()) {
      if (q.test(place.qualification())
          && e.companyParticipates(p.companyIndex(place.companyId()))) {
        sum += place.capacity();
      }
    }
    return sum;
  }

  private static long active(MatchingProblem p, Eligibility e, Predicate<Qualification> q) {
    long n = 0;
    for (int s = 0; s < p.students().size(); s++) {
      if (e.isActive(s) && q.test(p.students().get(s).wish().qualification())) {
        n++;
      }
    }
    return n;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {SampleCohortGenerator.DEFAULT_SEED, 3L})
  void deterministic(long seed) {
    MatchingProblem a = SampleCohortGenerator.generate(seed);
    MatchingProblem b = SampleCohortGenerator.generate(seed);
    assertEquals(a, b, "seed " + seed);
    assertEquals(a.hashCode(), b.hashCode(), "seed " + seed);
    assertNotEquals(a, SampleCohortGenerator.generate(seed + 1), "seed " + seed);
  }
}
