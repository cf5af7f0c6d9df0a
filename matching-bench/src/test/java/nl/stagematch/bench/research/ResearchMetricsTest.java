package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.StabilityCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The researchers' metrics (justified envy, V4's choices, travel times, the gaps by stratum, the
 * schools' outcomes), each recomputed here by brute force from the problem and the result.
 */
class ResearchMetricsTest {
  private static final Arms ARMS = Arms.defaults();

  private static double value(List<Measure> ms, String metric, String group) {
    return ms.stream().filter(m -> m.metric().equals(metric) && m.group().equals(group))
        .findFirst().orElseThrow(() -> new AssertionError(metric + " " + group)).value();
  }

  private static boolean active(Unplaced u) {
    return u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT;
  }

  /**
   * Justified envy by brute force: every student against every place of the problem, with the
   * pair's admissibility from the eligibility's string API and the fit from the fit model's
   * per-pair score (not the index the metric uses).
   */
  static long[] bruteEnvy(ResearchCohort cohort, ArmRun run) {
    MatchingProblem problem = cohort.problem();
    FitModel model = FitModel.of(problem);
    Eligibility el = Eligibility.compute(problem, model.travelModel());
    Map<String, Placement> placed = new HashMap<>();
    Map<String, List<Integer>> held = new HashMap<>();
    for (Placement p : run.result().placements()) {
      placed.put(p.studentId(), p);
      held.computeIfAbsent(p.placeId(), k -> new ArrayList<>()).add(p.fit());
    }
    List<String> active = new ArrayList<>(placed.keySet());
    for (Unplaced u : run.result().unplaced()) {
      if (active(u)) {
        active.add(u.studentId());
      }
    }
    long[] envy = new long[2];
    for (String s : active) {
      Placement own = placed.get(s);
      for (Place place : problem.places()) {
        if (!el.isAdmissible(s, place.id()) || own != null && own.placeId().equals(place.id())) {
          continue;
        }
        int fit = model.score(problem, s, place.id());
        if (own != null && fit <= own.fit()) {
          continue;
        }
        boolean worse = false;
        for (int f : held.getOrDefault(place.id(), List.of())) {
          worse |= f < fit;
        }
        if (worse) {
          envy[cohort.inGroup(s) ? 1 : 0]++;
        }
      }
    }
    return envy;
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 4})
  void justifiedEnvyAgreesWithBruteForceAndStableMatchingHasNone(long seed) {
    ResearchCohort cohort = ResearchCohortGenerator.generate(CohortSpec.parse("students=250"),
        seed);
    for (Arm arm : ARMS.select("v0-practice,school-placement,two-by-two,regional-allocation")) {
      ArmRun run = arm.run(cohort, seed);
      List<Measure> ms = RunMetrics.of(cohort, run);
      long[] envy = bruteEnvy(cohort, run);
      assertEquals(envy[0] + envy[1], value(ms, "justified-envy", "all"), arm.name() + ", seed "
          + seed);
      assertEquals(envy[1], value(ms, "justified-envy", "group"), arm.name() + ", seed " + seed);
      assertEquals(envy[0], value(ms, "justified-envy", "others"), arm.name() + ", seed "
          + seed);
    }
    // V4 with one priority class per fit point is stable for strict preferences by fit: a
    // student who prefers a place (a higher fit) that holds someone with a lower fit there
    // would be a blocking pair; so no justified envy at all
    VariantArm strict = new VariantArm("student-choice-strict",
        Variants.load().get("student-choice"), Map.of("fit-class-width", "1"),
        ResponderFactory.BY_FIT, "V4, fit classes of 1 point");
    ArmRun run = strict.run(cohort, seed);
    assertEquals(0, bruteEnvy(cohort, run)[0] + bruteEnvy(cohort, run)[1], "seed " + seed);
    assertEquals(0.0, value(RunMetrics.of(cohort, run), "justified-envy", "all"),
        "seed " + seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void choicesTravelStrataAndSchoolsByHand(long seed) {
    ResearchCohort cohort = ResearchCohortGenerator.generate(CohortSpec.parse("students=400"),
        seed);
    MatchingProblem problem = cohort.problem();
    ArmRun run = ARMS.select("student-choice").get(0).run(cohort, seed);
    List<Measure> ms = RunMetrics.of(cohort, run);
    String at = "seed " + seed;

    // first choice and top 3: from the rankings the certificate holds
    StabilityCertificate cert = (StabilityCertificate) run.result().certificate();
    Map<String, String> placeOf = new HashMap<>();
    for (Placement p : run.result().placements()) {
      placeOf.put(p.studentId(), p.placeId());
    }
    int ranked = 0;
    int first = 0;
    int top3 = 0;
    for (Map.Entry<String, List<String>> e : cert.rankings().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      ranked++;
      String p = placeOf.get(e.getKey());
      first += e.getValue().get(0).equals(p) ? 1 : 0;
      top3 += p != null && e.getValue().subList(0, Math.min(3, e.getValue().size())).contains(p)
          ? 1 : 0;
    }
    assertTrue(ranked > 300, at);
    assertEquals(first / (double) ranked, value(ms, "first-choice", "all"), 1e-12, at);
    assertEquals(top3 / (double) ranked, value(ms, "top-3-choice", "all"), 1e-12, at);
    assertTrue(first < top3, at);

    // travel: the travel model from home to the company, by her transport
    FitModel model = FitModel.of(problem);
    List<Double> minutes = new ArrayList<>();
    for (Placement p : run.result().placements()) {
      Student s = problem.student(p.studentId()).orElseThrow();
      Place place = problem.place(p.placeId()).orElseThrow();
      Company c = problem.companyOf(place);
      if (s.wish().travelLimit() != null && s.home() != null) {
        minutes.add(model.travelModel().minutes(s.home(), c.location(),
            s.wish().travelLimit().transport()));
      }
    }
    assertTrue(minutes.size() > 300, at);
    Collections.sort(minutes);
    double mean = minutes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    assertEquals(mean, value(ms, "travel-minutes-mean", "all"), 1e-9, at);
    // the median of an even count is the mean of the two middle values; p90 by R's type 7
    int n = minutes.size();
    double median = n % 2 == 1 ? minutes.get(n / 2)
        : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2;
    assertEquals(median, value(ms, "travel-minutes-p50", "all"), 1e-9, at);
    double h = (n - 1) * 0.9;
    int lo = (int) h;
    double p90 = minutes.get(lo) + (h - lo) * (minutes.get(Math.min(n - 1, lo + 1))
        - minutes.get(lo));
    assertEquals(p90, value(ms, "travel-minutes-p90", "all"), 1e-9, at);

    // the placement gap within each level, and the sector from the generator's catalogue
    Map<String, int[]> byLevel = new HashMap<>();
    Map<String, int[]> bySector = new HashMap<>();
    for (Student s : problem.students()) {
      Unplaced u = run.result().unplaced().stream().filter(x -> x.studentId().equals(s.id()))
          .findFirst().orElse(null);
      if (u != null && !active(u)) {
        continue;
      }
      int g = cohort.inGroup(s.id()) ? 1 : 0;
      int placed = u == null ? 1 : 0;
      String sector = ResearchCohortGenerator.sectorOf(s.wish().qualification()).orElseThrow();
      for (int[] c : List.of(
          byLevel.computeIfAbsent("level=" + s.wish().qualification().level(),
              k -> new int[4]),
          bySector.computeIfAbsent("sector=" + sector, k -> new int[4]))) {
        c[g]++;
        c[2 + g] += placed;
      }
    }
    Map<String, int[]> strata = new HashMap<>(byLevel);
    strata.putAll(bySector);
    for (Map.Entry<String, int[]> e : strata.entrySet()) {
      int[] c = e.getValue();
      double gap = c[2] / (double) c[0] - c[3] / (double) c[1];
      double got = value(ms, "placement-gap", e.getKey());
      assertTrue(Double.isNaN(gap) ? Double.isNaN(got) : Math.abs(gap - got) < 1e-12,
          e.getKey() + ": " + gap + " against " + got + ", " + at);
    }

    // per school: the placement rate of its active students
    Map<String, int[]> bySchool = new HashMap<>();
    for (Placement p : run.result().placements()) {
      int[] c = bySchool.computeIfAbsent(cohort.schools().get(p.studentId()), k -> new int[2]);
      c[0]++;
      c[1]++;
    }
    for (Unplaced u : run.result().unplaced()) {
      if (active(u)) {
        bySchool.computeIfAbsent(cohort.schools().get(u.studentId()), k -> new int[2])[0]++;
      }
    }
    assertTrue(bySchool.size() >= 2, at);
    for (Map.Entry<String, int[]> e : bySchool.entrySet()) {
      assertEquals(e.getValue()[1] / (double) e.getValue()[0],
          value(ms, "placement-rate", "school=" + e.getKey()), 1e-12, e.getKey() + ", " + at);
    }
  }
}
