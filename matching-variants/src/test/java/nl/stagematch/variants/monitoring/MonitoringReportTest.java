package nl.stagematch.variants.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.Fixtures;
import nl.stagematch.variants.testing.Golden;
import org.junit.jupiter.api.Test;

class MonitoringReportTest {

  private static MonitoringReport small() {
    return MonitoringReport.of(Fixtures.smallCohort(), Fixtures.smallResult(),
        Fixtures.smallDecisions());
  }

  @Test
  void theSmallCohortGivesTheGoldenJson() throws Exception {
    Golden.assertGolden("/nl/stagematch/variants/monitoring/small-report.json", small().toJson());
  }

  @Test
  void theSmallCohortGivesTheGoldenCsv() throws Exception {
    Golden.assertGolden("/nl/stagematch/variants/monitoring/small-report.csv", small().toCsv());
  }

  @Test
  void theSmallCohortIsCountedByTheRules() {
    MonitoringReport r = small();
    assertEquals(7, r.count("total", "all", "studentsTotal"));
    assertEquals(1, r.count("total", "all", "studentsOutOfScope"));
    assertEquals(6, r.count("total", "all", "studentsInScope"));
    assertEquals(3, r.count("total", "all", "matched"));
    assertEquals(3, r.count("total", "all", "unplaced"));
    assertEquals(1, r.count("total", "all", "optedOut"));
    assertEquals(3, r.count("total", "all", "companiesParticipating"));
    assertEquals(1, r.count("total", "all", "companiesNotParticipating"));
    assertEquals(4, r.count("total", "all", "placesParticipating"));
    assertEquals(5, r.count("total", "all", "capacityParticipating"));
    assertEquals(1, r.count("unplacedReason", "REFUSED", "students"));
    assertEquals(0, r.count("unplacedReason", "OUT_OF_SCOPE", "students"));
    assertEquals(1, r.count("refusalReason", "TRAVEL", "refusals"));
    assertEquals(1, r.count("objectionReason", "SAFETY", "byCompany"));
    assertEquals(1, r.count("objectionReason", "OTHER", "byStudent"));
    assertEquals(1, r.count("endReason", "LEARNING_CONTENT", "endedEarly"));
    assertEquals(1, r.count("sector", "care", "companiesNotParticipating"));
    assertEquals(1, r.count("sector", "care", "matched"));
    assertEquals(0, r.count("sizeClass", "SMALL", "placesParticipating"));
    assertEquals(2, r.count("region", "utrecht", "matched"));
    assertEquals(3, r.count("qualification", "25491/2", "studentsInScope"));
    assertEquals(1, r.count("qualification", "25604/4", "optedOut"));
    assertEquals(List.of("total", "unplacedReason", "refusalReason", "objectionReason",
        "endReason", "withdrawnKind", "sector", "sizeClass", "region", "qualification"),
        r.dimensions());
    assertEquals(0, r.count("total", "all", "withdrawals"));
  }

  /**
   * A session with withdrawals: each is counted once in {@code withdrawals} and once under the
   * kind it withdrew; the decisions it withdrew stay counted as taken.
   */
  @Test
  void withdrawalsAreCountedByTheKindTheyWithdrew() {
    MatchingProblem sample = SampleCohort.load();
    MatchingSession session = MatchingSession.builder(sample, "school-placement").seed(2025)
        .clock(FixedClock.monday()).start("K-01");
    List<Placement> placements = session.result().placements();
    Placement a = placements.get(0);
    Placement b = placements.get(1);
    Placement c = placements.get(2);
    Placement d = placements.get(3);
    session.decide(Decision.pin("K-01", a.studentId(), a.placeId()));
    session.decide(Decision.pin("K-01", b.studentId(), b.placeId()));
    session.decide(Decision.forbid("K-01", c.studentId(), c.placeId()));
    session.decide(Decision.optOut("K-01", d.studentId()));
    session.decide(Decision.withdrawPin("K-01", a.studentId(), a.placeId()));
    session.decide(Decision.withdrawPin("K-01", b.studentId(), b.placeId()));
    session.decide(Decision.withdrawOptOut("K-01", d.studentId()));
    MonitoringReport r = MonitoringReport.of(session);
    assertEquals(3, r.count("total", "all", "withdrawals"));
    assertEquals(2, r.count("withdrawnKind", "PIN", "withdrawals"));
    assertEquals(0, r.count("withdrawnKind", "FORBID", "withdrawals"));
    assertEquals(1, r.count("withdrawnKind", "OPT_OUT", "withdrawals"));
    assertEquals(2, r.count("total", "all", "pins"));
    assertEquals(1, r.count("total", "all", "forbids"));
    assertEquals(1, r.count("total", "all", "optOutDecisions"));
    assertTrue(r.toCsv().contains("\ntotal,all,withdrawals,3\n"), r.toCsv());
    assertTrue(r.toCsv().contains("\nwithdrawnKind,PIN,withdrawals,2\n"), r.toCsv());
  }

  @Test
  void aResultOfAnotherProblemIsRefused() {
    MatchResult other = new MatchResult("x", 1, List.of(new Placement("S-1", "P-1", 1)),
        List.of(), Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MonitoringReport.of(Fixtures.smallCohort(), other, List.of()));
    assertTrue(e.getMessage().contains("(S-2) is in scope but neither placed nor unplaced"),
        e.getMessage());
  }

  /** The sums of the report agree with each other on the sample cohort, after a session. */
  @Test
  void theCountsAddUpOnTheSampleCohort() {
    MatchingProblem sample = SampleCohort.load();
    MatchingSession session = MatchingSession.builder(sample, "school-placement").seed(2025)
        .clock(FixedClock.monday()).start("K-01");
    int k = 0;
    for (Placement p : session.result().placements()) {
      if (k++ % 10 == 0) {
        session.decide(Decision.refuse("K-01", p.studentId(), p.placeId(),
            ReasonCategory.values()[k % ReasonCategory.values().length], "NOTE-" + k));
      } else if (k % 10 == 5) {
        session.decide(Decision.confirm("K-01", p.studentId(), p.placeId()));
      }
    }
    session.rematch("K-01");
    MonitoringReport r = MonitoringReport.of(session);
    long inScope = r.count("total", "all", "studentsInScope");
    long matched = r.count("total", "all", "matched");
    long unplaced = r.count("total", "all", "unplaced");
    assertTrue(inScope > 1000, "the sample has " + inScope + " students in scope");
    assertTrue(matched > 0 && unplaced > 0, matched + " matched, " + unplaced + " unplaced");
    assertEquals(inScope, matched + unplaced);
    assertEquals(sample.students().size(), inScope + r.count("total", "all",
        "studentsOutOfScope"));
    assertEquals(unplaced, sum(r, "unplacedReason", "students"));
    assertEquals(inScope, sum(r, "qualification", "studentsInScope"));
    assertEquals(matched, sum(r, "qualification", "matched"));
    assertEquals(unplaced, sum(r, "qualification", "unplaced"));
    assertEquals(r.count("total", "all", "optedOut"), sum(r, "qualification", "optedOut"));
    assertTrue(r.count("unplacedReason", UnplacedReason.REFUSED.name(), "students")
        <= r.count("total", "all", "refusals"));
    assertEquals(r.count("total", "all", "refusals"), sum(r, "refusalReason", "refusals"));
    for (String dim : List.of("sector", "sizeClass", "region")) {
      assertEquals(matched, sum(r, dim, "matched"), dim);
      assertEquals(r.count("total", "all", "companiesParticipating"),
          sum(r, dim, "companiesParticipating"), dim);
      assertEquals(r.count("total", "all", "companiesNotParticipating"),
          sum(r, dim, "companiesNotParticipating"), dim);
      assertEquals(r.count("total", "all", "capacityParticipating"),
          sum(r, dim, "capacityParticipating"), dim);
    }
    assertEquals(r.count("total", "all", "placesParticipating"),
        sum(r, "qualification", "placesParticipating"));
    String csv = r.toCsv();
    assertEquals(r.rows().size() + 1, csv.split("\n").length);
  }

  private static long sum(MonitoringReport r, String dimension, String metric) {
    long sum = 0;
    for (MonitoringReport.Row row : r.rows()) {
      if (row.dimension().equals(dimension) && row.metric().equals(metric)) {
        sum += row.count();
      }
    }
    return sum;
  }
}
