package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import nl.stagematch.bench.research.Contrasts.Contrast;
import nl.stagematch.bench.research.Contrasts.Kind;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;

/**
 * The paired contrasts, Holm's adjustment and the t distribution, by hand; and the coverage of
 * the intervals on a null model, where the group has no effect on anything.
 */
class ContrastsTest {

  @Test
  void theTDistributionAgreesWithTheTableAndWithNumericalIntegration() {
    double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
        2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    for (int df = 1; df <= table.length; df++) {
      assertEquals(table[df - 1], Summary.tQuantile(0.05, df), 0.0006, "df " + df);
    }
    // two-sided p-values from integrating the t density numerically (midpoint rule, 200,000 steps)
    assertEquals(0.0733880, Summary.twoSidedP(2.0, 10), 1e-6);
    assertEquals(0.0304663, Summary.twoSidedP(2.5 / (Math.sqrt(5.0 / 3.0) / 2), 3), 1e-6);
    assertEquals(0.0500118, Summary.twoSidedP(2.228, 10), 1e-6);
    assertEquals(1.0, Summary.twoSidedP(0, 7), 1e-12);
    // z = 3.29 is the two-sided 0.1% point of the normal; t with 100,000 df is almost normal
    assertEquals(0.001, Summary.twoSidedP(3.2905, 100_000), 1e-5);
    assertThrows(IllegalArgumentException.class, () -> Summary.tQuantile(0, 3));
  }

  @Test
  void holmsStepDownByHand() {
    // p = 0.01, 0.04, 0.03, 0.005 (m = 4): sorted 0.005 x4 = 0.02, 0.01 x3 = 0.03,
    // 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> raised to 0.06 (monotone)
    double[] p = {0.01, 0.04, 0.03, 0.005};
    List<Contrast> raw = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      raw.add(new Contrast(Kind.GAP, "a" + i, "", "fit-gap", 10, 1, 1, 0.5, p[i], Double.NaN));
    }
    raw.add(new Contrast(Kind.GAP, "untested", "", "fit-gap", 1, 1, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN));
    List<Contrast> out = Contrasts.holm(raw);
    double[] expected = {0.03, 0.06, 0.06, 0.02};
    for (int i = 0; i < p.length; i++) {
      assertEquals(expected[i], out.get(i).holmP(), 1e-12, "test " + i);
      // Bonferroni simultaneous half-width: t(1 - 0.05 / 8, 9) x se, with se in the slot
      assertEquals(Summary.tQuantile(0.05 / 4, 9) * 0.5, out.get(i).adjustedHalfWidth(), 1e-9);
    }
    assertTrue(out.get(0).significant() && !out.get(1).significant()
        && out.get(3).significant());
    assertFalse(out.get(4).tested());
    assertEquals(4, Contrasts.tests(out));
  }

  private static RunRecord record(String arm, int replication, double placementGap,
      double fitGap) {
    return new RunRecord(arm, replication, 100 + replication, "c", List.of(
        new Measure("placement-gap", Measure.ALL, placementGap),
        new Measure("fit-gap", Measure.ALL, fitGap),
        new Measure("fit-gap", Measure.GROUP, 99)), 0);
  }

  @Test
  void pairedDifferencesOverCommonReplicationsByHand() {
    List<RunRecord> records = new ArrayList<>();
    double[] v0 = {10, 12, 11, 13, 50};
    double[] x = {11, 14, 14, 17, Double.NaN};
    for (int r = 0; r < v0.length; r++) {
      records.add(record("v0-practice", r + 1, 0.1, v0[r]));
      records.add(record("x", r + 1, 0.0, x[r]));
    }
    List<Contrast> cs = Contrasts.of(List.of("v0-practice", "x"), records, "v0-practice",
        List.of(List.of("x", "v0-practice"), List.of("v0-practice", "x")));
    Contrast d = find(cs, Kind.BASELINE, "x", "fit-gap");
    // replication 5 has no value for x: the differences are 1, 2, 3, 4 (n = 4), mean 2.5,
    // sd sqrt(5/3), t = 2.5 / (sd / 2) = 3.873 with 3 df, p = 0.0305 (numerical integration)
    assertEquals(4, d.n());
    assertEquals(2.5, d.mean(), 1e-12);
    assertEquals(3.182 * Math.sqrt(5.0 / 3.0) / 2, d.halfWidth(), 1e-12);
    assertEquals(0.0304663, d.p(), 1e-6);
    assertEquals("x - v0-practice", d.label());
    // the gap of v0-practice against zero: 10, 12, 11, 13, 50 (n = 5)
    Contrast gap = find(cs, Kind.GAP, "v0-practice", "fit-gap");
    assertEquals(5, gap.n());
    assertEquals(19.2, gap.mean(), 1e-12);
    // a constant difference has no spread: p is 0 (or 1 for no difference)
    Contrast pg = find(cs, Kind.BASELINE, "x", "placement-gap");
    assertEquals(-0.1, pg.mean(), 1e-12);
    assertEquals(0.0, pg.p());
    // (x, v0-practice) is already in the family; (v0-practice, x) is named and added
    assertEquals(2, cs.stream().filter(c -> c.kind() == Kind.NAMED
        && c.tested()).count());
    assertEquals(2 * 2 + 2 + 2, Contrasts.tests(cs));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Contrasts.of(List.of("x"), records, null, List.of(List.of("x", "nope"))));
    assertTrue(e.getMessage().contains("(nope)"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Contrasts.of(List.of("x"), records, null, List.of(List.of("x", "x"))));
  }

  private static Contrast find(List<Contrast> cs, Kind kind, String arm, String metric) {
    return cs.stream().filter(c -> c.kind() == kind && c.arm().equals(arm)
        && c.metric().equals(metric)).findFirst().orElseThrow();
  }

  @Test
  void consecutiveReplicationsDrawTheGroupIndependently() {
    MatchingProblem sample = SampleCohort.load();
    int n = sample.students().size();
    // two independent draws of share 1/4 share about n/16 students; sd sqrt(n p (1 - p)) with
    // p = 1/16 is about 10 for n = 1706: allow 5 sd
    for (long seed = 2025; seed < 2030; seed++) {
      Set<String> a = ResearchCohort.withSyntheticGroup("s", sample, 0.25, seed).group();
      Set<String> b = new HashSet<>(
          ResearchCohort.withSyntheticGroup("s", sample, 0.25, seed + 1).group());
      b.retainAll(a);
      assertEquals(n / 16.0, b.size(), 50, "seeds " + seed + " and " + (seed + 1));
    }
  }

  /**
   * The measures of a fixed run for one draw of the group: the placement and fit gap, computed
   * here (others minus group) from the active students' outcomes.
   */
  private static List<Measure> gaps(Map<String, Integer> outcome, Set<String> group) {
    double[] active = new double[2];
    double[] placed = new double[2];
    double[] fit = new double[2];
    for (Map.Entry<String, Integer> e : outcome.entrySet()) {
      int g = group.contains(e.getKey()) ? 1 : 0;
      active[g]++;
      if (e.getValue() >= 0) {
        placed[g]++;
        fit[g] += e.getValue();
      }
    }
    return List.of(
        new Measure("placement-gap", Measure.ALL, placed[0] / active[0] - placed[1] / active[1]),
        new Measure("fit-gap", Measure.ALL, fit[0] / placed[0] - fit[1] / placed[1]));
  }

  /** Per active student of {@code run}: the fit of her placement, or -1 if unplaced. */
  private static Map<String, Integer> outcome(ArmRun run) {
    Map<String, Integer> out = new TreeMap<>();
    for (Placement p : run.result().placements()) {
      out.put(p.studentId(), p.fit());
    }
    for (Unplaced u : run.result().unplaced()) {
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        out.put(u.studentId(), -1);
      }
    }
    return out;
  }

  /**
   * The null model: one generated cohort of 300 students, matched once by V1 (contender a) and
   * once by V4 (b), fixed whatever the seed; in every replication the group is drawn anew by the
   * lottery ({@link ResearchCohort#withSyntheticGroup}, as for a fixed cohort), independent of
   * everything. Every gap and the contrast of the two gaps are then zero in expectation (the
   * group is a uniformly random subset of the active students, whatever its size). 400
   * experiments of 10 replications (seeds 1,000,000 + 10 e + r): each 95% interval must cover
   * zero in 95% ± 3 points of them, Holm must call none of the true-null tests significant in at
   * least 92%, and the simultaneous intervals must cover them all together in at least 92%.
   */
  @Test
  void intervalsCoverZeroAtTheStatedRateOnANullModel() {
    ResearchCohort cohort = ResearchCohortGenerator.generate(CohortSpec.parse("students=300"),
        41);
    Arms arms = Arms.defaults();
    Map<String, Integer> a = outcome(arms.select("school-placement").get(0).run(cohort, 41));
    Map<String, Integer> b = outcome(arms.select("student-choice").get(0).run(cohort, 41));
    MatchingProblem problem = cohort.problem();
    int experiments = 400;
    int[] covered = new int[5];
    int familyClean = 0;
    int simultaneous = 0;
    for (int e = 0; e < experiments; e++) {
      long base = 1_000_000L + 10L * e;
      List<RunRecord> records = new ArrayList<>();
      for (int r = 0; r < 10; r++) {
        Set<String> group = ResearchCohort.withSyntheticGroup("null", problem, 0.25, base + r)
            .group();
        records.add(new RunRecord("a", r + 1, base + r, "null", gaps(a, group), 0));
        records.add(new RunRecord("b", r + 1, base + r, "null", gaps(b, group), 0));
      }
      List<Contrast> cs = Contrasts.of(List.of("a", "b"), records, null,
          List.of(List.of("a", "b")));
      List<Contrast> nulls = new ArrayList<>();
      for (Contrast c : cs) {
        if (c.tested()) {
          nulls.add(c);
        }
      }
      assertEquals(6, nulls.size(), "seed " + base);
      for (int i = 0; i < 5; i++) {
        Contrast c = nulls.get(i == 4 ? 5 : i);
        if (Math.abs(c.mean()) <= c.halfWidth()) {
          covered[i]++;
        }
      }
      if (nulls.stream().noneMatch(Contrast::significant)) {
        familyClean++;
      }
      if (nulls.stream().allMatch(c -> Math.abs(c.mean()) <= c.adjustedHalfWidth())) {
        simultaneous++;
      }
    }
    String[] names = {"a placement-gap", "a fit-gap", "b placement-gap", "b fit-gap",
        "a - b fit-gap"};
    for (int i = 0; i < 5; i++) {
      double rate = covered[i] / (double) experiments;
      assertTrue(rate >= 0.92 && rate <= 0.98, String.format(Locale.ROOT,
          "%s: the 95%% interval covered 0 in %.1f%% of %d experiments (seeds 1000000 +)",
          names[i], rate * 100, experiments));
    }
    assertTrue(familyClean >= 0.92 * experiments, "Holm called a true null significant in "
        + (experiments - familyClean) + " of " + experiments + " experiments");
    assertTrue(simultaneous >= 0.92 * experiments, "the simultaneous intervals covered every"
        + " true null together in " + simultaneous + " of " + experiments + " experiments");
  }

  @Test
  void theReportSaysInWordsWhatIsSignificant() {
    List<RunRecord> records = new ArrayList<>();
    double[] noise = {0.3, -0.2, 0.1, -0.4, 0.2, 0.0, -0.1, 0.3};
    for (int r = 0; r < noise.length; r++) {
      records.add(record("v0-practice", r + 1, 0.15 + noise[r] / 100, 30 + noise[r]));
      records.add(record("school-placement", r + 1, noise[r] / 50, noise[(r + 3) % 8]));
    }
    Experiment experiment = new Experiment(Arms.defaults().select(
        "v0-practice,school-placement"), CohortSource.fixed("s", SampleCohort.load(), 0.25), 8,
        1);
    ComparisonReport report = new ComparisonReport(experiment, records);
    String en = report.contrastsText(Locale.ENGLISH);
    assertTrue(en.contains("v0-practice leaves a fit-gap of 30.0"), en);
    assertTrue(en.contains("school-placement: fit-gap 0.0 (95%: "), en);
    assertTrue(en.contains("is not significant after Holm"), en);
    assertTrue(en.contains("adjusted by Holm's method"), en);
    String nl = report.contrastsText(Locale.forLanguageTag("nl"));
    assertTrue(nl.contains("v0-practice laat een fit-gap van 30.0"), nl);
    assertTrue(nl.contains("is niet significant na Holm"), nl);
    assertTrue(nl.contains("gecorrigeerd volgens Holm"), nl);
    assertTrue(report.summaryJson().contains("\"adjustment\" : \"holm\""),
        report.summaryJson());
    // the gaps of both (4) and school-placement - v0-practice on the two gaps; placement-rate
    // and fit-mean have no values here, so no test
    assertEquals(6, Contrasts.tests(report.contrasts()));
  }
}
