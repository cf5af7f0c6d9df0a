package nl.stagematch.bench.research.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Determinism and structure of generated cohorts; the calibration figures have their own test. */
class ResearchCohortGeneratorTest {
  private static final CohortSpec SMALL = CohortSpec.parse("students=2000");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 2025, -7})
  void theSameSpecAndSeedGiveAnEqualCohort(long seed) {
    ResearchCohort a = ResearchCohortGenerator.generate(SMALL, seed);
    ResearchCohort b = ResearchCohortGenerator.generate(SMALL, seed);
    assertEquals(a, b, "seed " + seed);
    assertEquals(new String(ProblemJson.toBytes(a.problem())),
        new String(ProblemJson.toBytes(b.problem())), "seed " + seed);
    ResearchCohort other = ResearchCohortGenerator.generate(SMALL, seed + 1);
    assertNotEquals(a.problem(), other.problem(), "seed " + seed + " and the next");
    assertNotEquals(a.group(), other.group(), "seed " + seed + " and the next");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 4})
  void everyStudentHasASchoolAndTheGroupIsOutsideTheProblem(long seed) {
    ResearchCohort c = ResearchCohortGenerator.generate(
        CohortSpec.parse("students=3000,schools=4,regions=3"), seed);
    MatchingProblem p = c.problem();
    assertEquals("generated-3000", c.label());
    assertEquals(3000, p.students().size(), "seed " + seed);
    assertEquals(3000, c.schools().size(), "seed " + seed);
    assertEquals(Set.of("roc-01", "roc-02", "roc-03", "roc-04"),
        new TreeSet<>(c.schools().values()), "seed " + seed);
    Set<String> ids = new HashSet<>();
    for (Student s : p.students()) {
      ids.add(s.id());
    }
    assertTrue(ids.containsAll(c.group()), "seed " + seed);
    // The group is not derivable from the problem: the same problem comes with another
    // group for another share.
    ResearchCohort half = ResearchCohortGenerator.generate(
        CohortSpec.parse("students=3000,schools=4,regions=3,group-share=0.5"), seed);
    assertEquals(p, half.problem(), "seed " + seed);
    assertTrue(half.group().size() > c.group().size() + 500, "seed " + seed);
  }

  @Test
  void mostStudentsGoToTheSchoolOfTheirRegion() {
    ResearchCohort c = ResearchCohortGenerator.generate(
        CohortSpec.parse("students=4000,regions=3,schools=3"), 11);
    Map<String, Map<String, Integer>> perRegion = new TreeMap<>();
    // The region of a student is not in the problem; the nearest town tells it.
    for (Student s : c.problem().students()) {
      String region = nearestRegion(s.home().latitude(), s.home().longitude(), 3);
      perRegion.computeIfAbsent(region, k -> new TreeMap<>())
          .merge(c.schools().get(s.id()), 1, Integer::sum);
    }
    for (Map.Entry<String, Map<String, Integer>> e : perRegion.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      int top = e.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
      double share = top / (double) total;
      assertTrue(share > 0.8 && share < 0.95, "seed 11, region " + e.getKey() + ": " + share);
    }
  }

  private static String nearestRegion(double lat, double lon, int regions) {
    String best = null;
    double bestD = Double.MAX_VALUE;
    for (Catalog.Region r : Catalog.REGIONS.subList(0, regions)) {
      double d = Math.pow(r.latitude() - lat, 2) + Math.pow((r.longitude() - lon) * 0.62, 2);
      if (d < bestD) {
        bestD = d;
        best = r.code();
      }
    }
    return best;
  }

  @Test
  void companiesAreRecognisedForTheirPlacesWithSizesAndRegions() {
    ResearchCohort c = ResearchCohortGenerator.generate(SMALL, 5);
    MatchingProblem p = c.problem();
    Set<String> regions = new HashSet<>();
    for (Catalog.Region r : Catalog.REGIONS.subList(0, 5)) {
      regions.add(r.code());
    }
    for (Place place : p.places()) {
      Company company = p.companyOf(place);
      assertTrue(company.recognition(place.qualification()).isPresent(),
          "seed 5: place " + place.id());
      assertEquals(company.sector(),
          ResearchCohortGenerator.sectorOf(place.qualification()).orElseThrow(),
          "seed 5: place " + place.id());
      assertTrue(place.capacity() >= 1 && place.capacity() <= 5, "seed 5: " + place.id());
    }
    Set<Object> sizes = new HashSet<>();
    for (Company company : p.companies()) {
      assertTrue(regions.contains(company.region()), "seed 5: " + company.id());
      sizes.add(company.size());
      int wps = company.recognitions().get(0).workProcesses().size();
      assertTrue(wps >= 3, "seed 5: " + company.id());
    }
    assertEquals(4, sizes.size(), "seed 5: all size classes");
  }

  @Test
  void anEmptyCohortIsValid() {
    ResearchCohort c = ResearchCohortGenerator.generate(CohortSpec.parse("students=0"), 1);
    assertEquals(0, c.problem().students().size());
    assertEquals(0, c.problem().places().size());
    assertEquals(0, Eligibility.compute(c.problem()).report().students());
  }

  @Test
  void tightnessScalesTheSeats() {
    long loose = ResearchCohortGenerator.generate(SMALL.withTightness(0.8), 9).problem()
        .totalCapacity();
    long tight = ResearchCohortGenerator.generate(SMALL.withTightness(1.25), 9).problem()
        .totalCapacity();
    double ratio = loose / (double) tight;
    // 1.25 / 0.8 = 1.5625 for the seats of companies taking part; the others add a few percent.
    assertTrue(ratio > 1.45 && ratio < 1.7, "seed 9: " + ratio);
  }
}
