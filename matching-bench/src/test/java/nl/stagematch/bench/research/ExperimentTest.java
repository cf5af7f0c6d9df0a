package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExperimentTest {
  private static final Arms ARMS = Arms.defaults();
  private static final CohortSource SAMPLE =
      CohortSource.fixed("sample", SampleCohort.load(), 0.25);

  private static List<RunRecord> run(Experiment e, int threads) {
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new ExperimentRunner(threads, log, false).run(e);
  }

  private static Experiment sample(long seed) {
    return new Experiment(ARMS.select("v0-practice,school-placement,two-by-two+bias"), SAMPLE,
        2, seed);
  }

  @Test
  void theSameSeedsGiveTheSameCsvBytes() {
    Experiment e = sample(11);
    String first = new ComparisonReport(e, run(e, 2)).resultsCsv();
    String second = new ComparisonReport(e, run(e, 2)).resultsCsv();
    assertEquals(first, second, "seed 11");
    assertFalse(first.equals(new ComparisonReport(sample(12), run(sample(12), 2)).resultsCsv()),
        "seeds 11 and 12 gave the same numbers");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void parallelEqualsSequential(int threads) {
    Experiment e = new Experiment(ARMS.select("v0-practice,student-choice,blind-shortlist,"
        + "regional-allocation"), CohortSource.generated(CohortSpec.parse("students=600")), 3,
        5);
    assertEquals(new ComparisonReport(e, run(e, 1)).resultsCsv(),
        new ComparisonReport(e, run(e, threads)).resultsCsv(), "seed 5, threads " + threads);
  }

  @Test
  void timingsGiveEachVariantsStagesAndNaForOtherContenders() {
    Experiment e = new Experiment(ARMS.select("v0-practice,school-placement"), SAMPLE, 1, 3);
    String[] lines = new ComparisonReport(e, run(e, 1)).timingsCsv().split("\n");
    assertEquals("arm,replication,seed,runtime_ms,eligibility_ms,fit_ms,build_ms,solve_ms,"
        + "result_ms,explanations_ms", lines[0]);
    assertEquals(3, lines.length, String.join("\n", lines));
    String[] practice = lines[1].split(",");
    String[] v1 = lines[2].split(",");
    assertEquals("v0-practice", practice[0]);
    assertEquals(List.of("NA", "NA", "NA", "NA", "NA", "NA"),
        Arrays.asList(practice).subList(4, 10));
    assertEquals("school-placement", v1[0]);
    double stages = 0;
    for (int i = 4; i < 10; i++) {
      stages += Double.parseDouble(v1[i]);
    }
    // the stages are timed inside the run, so together they take no longer than it
    assertTrue(Double.parseDouble(v1[4]) > 0 && stages <= Double.parseDouble(v1[3]),
        lines[2]);
  }

  @Test
  void replicationsUseConsecutiveSeedsAndArePrinted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Experiment e = new Experiment(ARMS.select("school-placement"), SAMPLE, 3, 40);
    List<RunRecord> records = new ExperimentRunner(1,
        new PrintStream(out, true, StandardCharsets.UTF_8), false).run(e);
    assertEquals(List.of(40L, 41L, 42L), records.stream().map(RunRecord::seed).toList());
    String log = out.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("replication 3 of 3: seed 42"), log);
  }

  @Test
  void theMetricsAgreeWithTheResult() {
    ResearchCohort cohort = SAMPLE.cohort(3);
    Arm v1 = ARMS.select("school-placement").get(0);
    ArmRun run = v1.run(cohort, 3);
    MatchResult r = run.result();
    int active = r.placements().size();
    int activeGroup = (int) r.placements().stream().filter(p -> cohort.inGroup(p.studentId()))
        .count();
    int placedGroup = activeGroup;
    for (Unplaced u : r.unplaced()) {
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        active++;
        if (cohort.inGroup(u.studentId())) {
          activeGroup++;
        }
      }
    }
    List<Measure> m = RunMetrics.of(cohort, run);
    assertEquals(r.placedCount() / (double) active, value(m, "placement-rate", "all"), 1e-12);
    assertEquals(placedGroup / (double) activeGroup, value(m, "placement-rate", "group"), 1e-12);
    assertEquals(value(m, "placement-rate", "others") - value(m, "placement-rate", "group"),
        value(m, "placement-gap", "all"), 1e-12);
    assertEquals(r.totalFit() / (double) r.placedCount(), value(m, "fit-mean", "all"), 1e-9);
    double bins = 0;
    for (int b = 0; b < RunMetrics.FIT_BINS; b++) {
      bins += value(m, RunMetrics.fitBin(b), "all");
    }
    assertEquals(1.0, bins, 1e-9);
    assertEquals(r.unplacedByReason().get(UnplacedReason.NO_ADMISSIBLE_PLACE),
        value(m, "unplaced-no-admissible-place", "all"), 0);
    double met = value(m, "wish-fully-met", "all");
    assertTrue(met > 0 && met < value(m, "placement-rate", "all"), "wish fully met " + met);
  }

  @Test
  void v0ReportsApplicationsAndTheirRatio() {
    ResearchCohort cohort = SAMPLE.cohort(9);
    List<Measure> m = RunMetrics.of(cohort, ARMS.select("v0-practice").get(0).run(cohort, 9));
    double g = value(m, "applications-mean", "group");
    double o = value(m, "applications-mean", "others");
    assertEquals(g / o, value(m, "applications-ratio", "all"), 1e-12);
    assertTrue(g > o, "seed 9: group " + g + ", others " + o);
  }

  private static double value(List<Measure> m, String metric, String group) {
    return m.stream().filter(x -> x.metric().equals(metric) && x.group().equals(group))
        .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " " + group))
        .value();
  }

  @Test
  void theProcessArmIsReproducibleAndCountsItsDecisions() {
    Arm process = ARMS.select("school-placement+process").get(0);
    ResearchCohort cohort = SAMPLE.cohort(4);
    ArmRun a = process.run(cohort, 4);
    assertEquals(a, process.run(cohort, 4), "seed 4");
    long refusals = a.figures().get("refusals");
    long objections = a.figures().get("objections");
    // 5% and 3% of about 1,260 proposed students in the first round alone
    assertTrue(refusals > 30 && refusals < 150, "seed 4: refusals " + refusals);
    assertTrue(objections > 15 && objections < 100, "seed 4: objections " + objections);
    assertEquals(3L, a.figures().get("rounds"));
    assertEquals(cohort.problem().students().size(),
        a.result().placements().size() + a.result().unplaced().size());
    assertTrue(a.result().unplacedByReason().get(UnplacedReason.REFUSED) > 0, "seed 4");
    assertThrows(IllegalArgumentException.class, () -> new ProcessArm(
        nl.stagematch.variants.Variants.load().get("school-placement"), 1.5, 0, 3));
  }

  @Test
  void confidenceIntervalsByHand() {
    Summary.Aggregate a = Summary.aggregate("x", "m", "all", List.of(1.0, 2.0, 3.0, 4.0));
    assertEquals(4, a.n());
    assertEquals(2.5, a.mean(), 1e-12);
    // sd = sqrt(5/3) = 1.2909944; t(0.975, 3) = 3.182; half-width = 3.182 * sd / 2
    assertEquals(3.182 * Math.sqrt(5.0 / 3.0) / 2, a.halfWidth(), 1e-12);
    Summary.Aggregate one = Summary.aggregate("x", "m", "all", List.of(7.0));
    assertEquals(7.0, one.mean());
    assertTrue(Double.isNaN(one.halfWidth()));
    Summary.Aggregate some = Summary.aggregate("x", "m", "all",
        Arrays.asList(Double.NaN, 2.0, 4.0));
    assertEquals(2, some.n());
    assertEquals(12.706 * Math.sqrt(2.0) / Math.sqrt(2), some.halfWidth(), 1e-12);
    assertEquals(2.0, Summary.t975(60), 0.005);
    assertEquals(1.96, Summary.t975(100_000), 0.001);
    assertThrows(IllegalArgumentException.class, () -> Summary.t975(0));
  }

  @Test
  void theReportHasOneChartPerMetricAndNoExternalUrl() {
    Experiment e = sample(21);
    ComparisonReport report = new ComparisonReport(e, run(e, 2));
    String html = report.html();
    List<String> charts = new ArrayList<>();
    Matcher m = Pattern.compile("<svg[^>]*data-metric=\"([^\"]+)\"").matcher(html);
    while (m.find()) {
      charts.add(m.group(1));
    }
    List<String> expected = new ArrayList<>();
    for (String metric : List.of("placement-gap", "fit-gap", "placement-rate", "fit-mean")) {
      expected.add("contrast-" + metric);
    }
    expected.add("fit-distribution");
    expected.addAll(report.tableMetrics());
    expected.add("travel-distribution");
    for (String metric : List.of("placement-gap", "fit-gap")) {
      for (String prefix : List.of("sector", "level", "qualification")) {
        expected.add(metric + "-by-" + prefix);
      }
    }
    expected.add("placement-rate-by-school");
    expected.add("fit-mean-by-school");
    assertEquals(expected, charts);
    assertEquals(expected, report.extraCharts());
    assertTrue(report.tableMetrics().containsAll(List.of("justified-envy",
        "travel-minutes-mean")), report.tableMetrics().toString());
    assertTrue(charts.containsAll(List.of("placement-rate", "placement-gap", "fit-mean")));
    assertEquals(charts.size(), html.split("<svg", -1).length - 1);
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"),
        "the report links to the network");
    assertFalse(Pattern.compile("(src|href)\\s*=").matcher(html).find(),
        "the report loads a resource");
  }

  @Test
  void unknownContendersAreNamedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ARMS.select("school-placement,v9"));
    assertTrue(e.getMessage().contains("(v9)") && e.getMessage().contains("v0-practice")
        && e.getMessage().contains("two-by-two+bias"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Experiment(ARMS.select("school-placement,school-placement"), SAMPLE, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new Experiment(ARMS.select("school-placement"), SAMPLE, 0, 1));
  }
}
