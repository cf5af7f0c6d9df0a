package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch report}, run in this JVM through {@link Main#run}. */
class ReportCommandTest {
  @TempDir
  Path dir;
  private MatchingSession session;
  private Path trail;
  private Path result;

  @BeforeEach
  void session() throws Exception {
    session = MatchingSession.builder(SampleCohort.load(), "school-placement").seed(2025)
        .clock(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC)).start("K-01");
    Placement p = session.result().placements().get(0);
    session.decide(Decision.refuse("K-01", p.studentId(), p.placeId(), ReasonCategory.TRAVEL,
        null));
    session.rematch("K-01");
    trail = dir.resolve("trail.json");
    Files.writeString(trail, session.trailJson(), StandardCharsets.UTF_8);
    result = dir.resolve("result.json");
    ResultJson.write(session.result(), result);
  }

  @Test
  void aTrailIsReplayedAndReportedWithItsDecisions() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", "--sample", trail.toString(),
        "--format", "csv", "--head", session.trail().headHash());
    assertEquals(0, run.exit(), run.err());
    assertEquals(MonitoringReport.of(session).toCsv(), run.out());
    assertTrue(run.out().contains("\nrefusalReason,TRAVEL,refusals,1\n"), run.out());
  }

  @Test
  void aResultIsReportedWithoutDecisions() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", "--sample",
        result.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("{\n  \"format\": \"stagematch-monitoring/1\",\n"),
        run.out());
    assertTrue(run.out().contains("\"refusals\": 0"), run.out());
  }

  @Test
  void aTamperedTrailFailsWithExitTwoNamingTheEntry() throws Exception {
    String text = Files.readString(trail).replaceFirst("\"reason\": \"TRAVEL\"",
        "\"reason\": \"SAFETY\"");
    Files.writeString(trail, text);
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", "--sample", trail.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("fails verification: Audit entry 2 (DECIDED by K-01"),
        run.err());
  }

  @Test
  void theProblemIsRequired() {
    ValidateCommandTest.Run run = ValidateCommandTest.run("report", result.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Give the problem with --problem FILE"), run.err());
  }
}
