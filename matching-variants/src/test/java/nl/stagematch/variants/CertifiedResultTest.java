package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.stagematch.core.check.Finding;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.RegionalCertificate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * V1 and V5 results carry a certificate and a provenance that {@link ResultVerifier} accepts from
 * the problem and the result document alone, on the sample and on seeded cohorts, cold and after
 * a warm re-match; and every tampered result is refused with the property that broke.
 */
class CertifiedResultTest {
  /** Runs the variant, sets the provenance, writes and reads the document back. */
  private static MatchResult certified(MatchingVariant variant,
      MatchRequest request) throws IOException {
    Proposal proposal = variant.match(request).withProvenance(request);
    byte[] bytes = ResultJson.toBytes(proposal.result());
    MatchResult read = ResultJson.read(new ByteArrayInputStream(bytes));
    assertEquals(proposal.result(), read, "the v2 document reads back to the same result");
    return read;
  }

  private static void assertVerified(MatchingProblem problem, MatchResult result, String what) {
    ResultReport report = ResultVerifier.verify(problem, result);
    assertTrue(report.verified(), what + "\n" + report.summary());
  }

  @Test
  void theSampleVerifiesForV1AndV5() throws IOException {
    MatchingProblem sample = SampleCohort.load();
    MatchResult v1 = certified(new SchoolPlacement(), MatchRequest.builder(sample).seed(2025)
        .build());
    assertInstanceOf(AssignmentCertificate.class, v1.certificate());
    assertVerified(sample, v1, "V1 on the sample");
    Map<String, String> schools = new TreeMap<>();
    for (int i = 0; i < sample.students().size(); i++) {
      schools.put(sample.students().get(i).id(), i % 3 == 0 ? "north" : "south");
    }
    MatchResult v5 = certified(new RegionalAllocation(), MatchRequest.builder(sample).seed(2025)
        .schools(schools).build());
    assertInstanceOf(RegionalCertificate.class, v5.certificate());
    assertVerified(sample, v5, "V5 on the sample");
  }

  @TestFactory
  Stream<DynamicTest> seededCohortsVerify() {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      for (double supply : new double[] {0.6, 1.3}) {
        long s = seed;
        tests.add(DynamicTest.dynamicTest("seed " + seed + " supply " + supply, () -> {
          MatchingProblem problem = TestCohorts.generate(s, 60, supply);
          MatchRequest v1 = TestCohorts.request(problem, s, true, true, 0);
          assertVerified(problem, certified(new SchoolPlacement(), v1), "V1 seed " + s
              + " supply " + supply);
          MatchRequest v5 = TestCohorts.request(problem, s, true, true, 3);
          assertVerified(problem, certified(new RegionalAllocation(), v5), "V5 seed " + s
              + " supply " + supply);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aWarmRematchInASessionVerifies() {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      long s = seed;
      tests.add(DynamicTest.dynamicTest("seed " + seed, () -> {
        MatchingProblem problem = TestCohorts.generate(s, 50, 0.8);
        MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(s)
            .start("K-1");
        assertVerified(problem, session.result(), "proposal 1, seed " + s);
        List<Placement> placed = session.result().placements();
        session.decide(Decision.confirm("K-1", placed.get(0).studentId(),
            placed.get(0).placeId()));
        session.decide(Decision.refuse("K-1", placed.get(1).studentId(),
            placed.get(1).placeId(), ReasonCategory.TRAVEL, null));
        session.decide(Decision.optOut("K-1", placed.get(2).studentId()));
        session.rematch("K-1");
        assertEquals(1L, session.proposal().report().figures().get("warm"),
            "the re-match is warm, seed " + s);
        MatchResult read = ResultJson.read(new ByteArrayInputStream(session.resultBytes()));
        assertEquals(List.of(placed.get(2).studentId()), read.provenance().optedOut());
        assertVerified(problem, read, "warm proposal 2, seed " + s);
      }));
    }
    return tests.stream();
  }

  /**
   * Every variant's result passes every check the verifier can do (hash, lottery, feasibility,
   * fit, reasons), also where it cannot check the promise yet.
   */
  @TestFactory
  Stream<DynamicTest> everyVariantsResultPassesTheChecksThatApply() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MatchingVariant variant : Variants.builtIns()) {
      for (long seed = 1; seed <= 3; seed++) {
        long s = seed;
        tests.add(DynamicTest.dynamicTest(variant.name() + " seed " + seed, () -> {
          MatchingProblem problem = TestCohorts.generate(s, 50, s == 2 ? 1.3 : 0.7);
          MatchRequest request = TestCohorts.request(problem, s, true, true, 3);
          MatchResult result = variant.match(request).withProvenance(request).result();
          ResultReport report = ResultVerifier.verify(problem, result);
          assertTrue(report.ok(), variant.name() + " seed " + s + "\n" + report.summary());
        }));
      }
    }
    return tests.stream();
  }

  // ---- tampering: each change is refused, naming the property that broke ----

  private static MatchingProblem problem() {
    return TestCohorts.generate(7, 60, 0.6);
  }

  private static MatchResult v1(MatchingProblem problem) throws IOException {
    return certified(new SchoolPlacement(), TestCohorts.request(problem, 7, true, true, 0));
  }

  private static Set<String> failed(MatchingProblem problem, MatchResult result) {
    ResultReport report = ResultVerifier.verify(problem, result);
    assertFalse(report.ok(), "the tampered result is refused:\n" + report.summary());
    Set<String> properties = new TreeSet<>();
    for (Finding f : report.failures()) {
      properties.add(f.property());
    }
    return properties;
  }

  private static MatchResult withPlacements(MatchResult r, List<Placement> placements) {
    return new MatchResult(r.variant(), r.seed(), placements, r.unplaced(), r.lotteryNumbers(),
        r.provenance(), r.certificate());
  }

  @Test
  void aPlacementMovedToAWorseFreeSeatIsNotOptimal() throws IOException {
    MatchingProblem problem = TestCohorts.generate(7, 60, 1.3); // ample: free seats exist
    MatchResult result = v1(problem);
    assertVerified(problem, result, "untampered");
    Eligibility e = Eligibility.compute(problem);
    FitModel fit = FitModel.defaults();
    Map<String, Integer> load = new HashMap<>();
    for (Placement p : result.placements()) {
      load.merge(p.placeId(), 1, Integer::sum);
    }
    Set<String> pinned = new TreeSet<>();
    result.provenance().pinned().forEach(p -> pinned.add(p.studentId()));
    Set<String> forbidden = new TreeSet<>();
    result.provenance().forbidden().forEach(p -> forbidden.add(p.studentId() + "|" + p.placeId()));
    // The first free placement with an admissible, allowed place of lower fit and a free seat.
    for (int i = 0; i < result.placements().size(); i++) {
      Placement pl = result.placements().get(i);
      if (pinned.contains(pl.studentId())) {
        continue;
      }
      int s = problem.studentIndex(pl.studentId());
      for (int p : e.admissiblePlaces(s)) {
        String placeId = problem.places().get(p).id();
        int f = fit.fit(problem, pl.studentId(), placeId).score();
        if (f < pl.fit() && !forbidden.contains(pl.studentId() + "|" + placeId)
            && load.getOrDefault(placeId, 0) < problem.places().get(p).capacity()) {
          List<Placement> moved = new ArrayList<>(result.placements());
          moved.set(i, new Placement(pl.studentId(), placeId, f));
          assertEquals(Set.of("optimality"), failed(problem, withPlacements(result, moved)));
          // and to a place that is not admissible for her at all: feasibility
          List<Placement> wrong = new ArrayList<>(result.placements());
          String other = firstInadmissible(problem, e, s);
          wrong.set(i, new Placement(pl.studentId(), other, pl.fit()));
          assertTrue(failed(problem, withPlacements(result, wrong)).contains("feasibility"));
          return;
        }
      }
    }
    throw new AssertionError("the cohort has no placement to move; pick another seed");
  }

  private static String firstInadmissible(MatchingProblem problem, Eligibility e, int s) {
    for (int p = 0; p < problem.places().size(); p++) {
      if (!e.isAdmissible(s, p)) {
        return problem.places().get(p).id();
      }
    }
    throw new AssertionError("every place is admissible");
  }

  @Test
  void aChangedDualPriceIsRefused() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    AssignmentCertificate c = (AssignmentCertificate) result.certificate();
    for (int delta : new int[] {1, -1}) {
      String id = c.studentPrices().keySet().iterator().next();
      Map<String, Long> students = new TreeMap<>(c.studentPrices());
      students.put(id, students.get(id) + delta);
      MatchResult tampered = result.withEvidence(result.provenance(),
          new AssignmentCertificate(c.penalty(), students, c.placePrices()));
      assertEquals(Set.of("optimality"), failed(problem, tampered), "student price " + delta);
    }
    String place = c.placePrices().entrySet().stream().filter(x -> x.getValue() > 0)
        .findFirst().orElseThrow().getKey();
    Map<String, Long> places = new TreeMap<>(c.placePrices());
    places.put(place, places.get(place) - 1);
    MatchResult tampered = result.withEvidence(result.provenance(),
        new AssignmentCertificate(c.penalty(), c.studentPrices(), places));
    assertEquals(Set.of("optimality"), failed(problem, tampered), "place price - 1");
  }

  @Test
  void aChangedFitIsRefused() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    List<Placement> changed = new ArrayList<>(result.placements());
    Placement p = changed.get(3);
    changed.set(3, new Placement(p.studentId(), p.placeId(), p.fit() == 1000 ? 999 : p.fit() + 1));
    assertTrue(failed(problem, withPlacements(result, changed)).contains("fit"));
  }

  @Test
  void aResultOfAnotherProblemIsRefusedByItsHash() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    Policy p = problem.policy();
    MatchingProblem other = MatchingProblem.of(new Policy(p.schoolYear(), p.scope(),
        p.participation().equals(ParticipationPolicy.DEFAULT)
            ? ParticipationPolicy.OPT_OUT_ALLOWED : ParticipationPolicy.DEFAULT),
        problem.students(), problem.companies(), problem.places());
    ResultReport report = ResultVerifier.verify(other, result);
    assertEquals(List.of("problem-hash"), report.failures().stream().map(Finding::property)
        .toList(), report.summary());
    assertTrue(report.failures().get(0).message().contains(ProblemJson.sha256(other)));
    assertTrue(report.failures().get(0).message().contains(ProblemJson.sha256(problem)));
    assertTrue(report.failures().get(0).message().contains("the policies differ:"
        + " participation.optOutAllowed"), report.summary());
  }

  @Test
  void aDroppedStudentIsRefused() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    List<Placement> fewer = new ArrayList<>(result.placements());
    Placement dropped = fewer.remove(5);
    Set<String> failed = failed(problem, withPlacements(result, fewer));
    assertTrue(failed.contains("feasibility"), failed.toString());
    ResultReport report = ResultVerifier.verify(problem, withPlacements(result, fewer));
    assertTrue(report.summary().contains(dropped.studentId()), report.summary());
  }

  @Test
  void aChangedSeedIsRefused() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    MatchResult reseeded = new MatchResult(result.variant(), result.seed() + 1,
        result.placements(), result.unplaced(), result.lotteryNumbers(), result.provenance(),
        result.certificate());
    assertEquals(Set.of("provenance", "lottery"), failed(problem, reseeded));
  }

  @Test
  void v5PlacementsOutsideTheSchoolsAllocationAreRefused() throws IOException {
    MatchingProblem problem = TestCohorts.generate(3, 60, 1.3);
    MatchResult result = certified(new RegionalAllocation(),
        TestCohorts.request(problem, 3, false, false, 3));
    RegionalCertificate c = (RegionalCertificate) result.certificate();
    assertVerified(problem, result, "untampered");
    // Give a used place to another school.
    Placement pl = result.placements().get(0);
    String school = c.allocation().get(pl.placeId());
    String other = c.schools().keySet().stream().filter(x -> !x.equals(school)).findFirst()
        .orElseThrow();
    Map<String, String> allocation = new TreeMap<>(c.allocation());
    allocation.put(pl.placeId(), other);
    MatchResult tampered = result.withEvidence(result.provenance(),
        new RegionalCertificate(allocation, c.schools()));
    assertTrue(failed(problem, tampered).contains("allocation"));
  }

  @Test
  void withoutProvenanceOrCertificateTheChecksNotDoneAreNamed() throws IOException {
    MatchingProblem problem = problem();
    MatchResult result = v1(problem);
    ResultReport bare = ResultVerifier.verify(problem, new MatchResult(result.variant(),
        result.seed(), result.placements(), result.unplaced(), result.lotteryNumbers()));
    assertFalse(bare.complete(), bare.summary());
    assertTrue(bare.notChecked().stream().anyMatch(f -> f.property().equals("problem-hash")),
        bare.summary());
    assertTrue(bare.notChecked().stream().anyMatch(f -> f.property().equals("optimality")),
        bare.summary());
    ResultReport noCertificate = ResultVerifier.verify(problem,
        result.withEvidence(result.provenance(), null));
    assertTrue(noCertificate.ok() && !noCertificate.complete(), noCertificate.summary());
    assertNotNull(noCertificate.notChecked().get(0).message());
  }
}
