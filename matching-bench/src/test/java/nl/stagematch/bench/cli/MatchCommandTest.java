package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch match} and {@code demo}, run in this JVM through {@link Main#run}. */
class MatchCommandTest {
  @TempDir
  Path dir;

  private static ValidateCommandTest.Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  @Test
  void helpListsEveryVariantWithItsDescription() {
    ValidateCommandTest.Run run = run("match", "--help");
    assertEquals(0, run.exit());
    for (MatchingVariant v : Variants.load().all()) {
      assertTrue(run.out().contains("  " + v.name() + " ") && run.out().contains(v.description()),
          v.name() + " missing from:\n" + run.out());
    }
    assertTrue(run.out().contains("--option shortlist-size=1..5 (default 2)"), run.out());
  }

  @Test
  void matchesTheSampleAndWritesTheSameBytesForTheSameSeed() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    ValidateCommandTest.Run first = run("match", "--variant", "two-by-two", "--seed", "7",
        "--sample", "--out", a.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("variant:   two-by-two (seed 7)"), first.out());
    assertTrue(first.out().contains("  meetings "), first.out());
    assertEquals(0, run("match", "--variant", "two-by-two", "--seed", "7", "--sample", "--out",
        b.toString()).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    MatchResult result = ResultJson.read(a);
    assertEquals("two-by-two", result.variant());
    assertEquals(SampleCohort.load().students().size(),
        result.placedCount() + result.unplaced().size());
  }

  @Test
  void aProblemFileGivesTheSameResultAsTheEmbeddedSample() throws IOException {
    Path problem = dir.resolve("cohort.json");
    assertEquals(0, run("sample", "--out", problem.toString()).exit());
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertEquals(0, run("match", "--variant", "student-choice", "--seed", "3",
        problem.toString(), "--out", a.toString()).exit());
    assertEquals(0, run("match", "--variant", "student-choice", "--seed", "3", "--sample",
        "--out", b.toString()).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void withoutOutTheResultGoesToStandardOutput() throws IOException {
    ValidateCommandTest.Run run = run("match", "--variant", "school-placement", "--sample");
    assertEquals(0, run.exit(), run.err());
    MatchResult result = ResultJson.read(new java.io.ByteArrayInputStream(
        run.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("school-placement", result.variant());
    assertTrue(run.err().contains("placed:    " + String.format("%,d", result.placedCount())),
        run.err());
  }

  @Test
  void optionsAndSchoolsReachTheVariant() throws IOException {
    Path schools = dir.resolve("schools.csv");
    StringBuilder sb = new StringBuilder("# student,school\n");
    SampleCohort.load().students().forEach(s -> sb.append(s.id()).append(',')
        .append(s.id().hashCode() % 2 == 0 ? "north" : "south").append('\n'));
    Files.writeString(schools, sb.toString());
    ValidateCommandTest.Run run = run("match", "--variant", "regional-allocation", "--schools",
        schools.toString(), "--sample", "--out", dir.resolve("r.json").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  schools                      2"), run.out());
    ValidateCommandTest.Run v3 = run("match", "--variant", "blind-shortlist", "--option",
        "shortlist-size=3", "--sample", "--out", dir.resolve("s.json").toString());
    assertEquals(0, v3.exit(), v3.err());
    assertTrue(v3.out().contains("options:   max-rounds=20, shortlist-size=3"), v3.out());
  }

  @Test
  void badArgumentsExitTwoWithAMessage() {
    ValidateCommandTest.Run unknown = run("match", "--variant", "klikgesprek", "--sample");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("error [CLI_MATCH_UNKNOWN_VARIANT]: Unknown variant"
        + " (klikgesprek). Known variants:"
        + " school-placement, two-by-two,"), unknown.err());
    ValidateCommandTest.Run option = run("match", "--variant", "two-by-two", "--option",
        "group=1", "--sample");
    assertEquals(2, option.exit());
    assertTrue(option.err().startsWith("error [CLI_BAD_INPUT]: Variant (two-by-two) has no option"
        + " (group)."),
        option.err());
    assertEquals(2, run("match", "--sample").exit());
    assertEquals(2, run("match", "--variant", "two-by-two").exit());
    assertEquals(2, run("match", "--variant", "two-by-two", "--sample", "x.json").exit());
    ValidateCommandTest.Run missing = run("match", "--variant", "two-by-two",
        dir.resolve("none.json").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("does not exist"), missing.err());
  }

  @Test
  void decisionsAreAppliedInASessionAndTheTrailIsWritten() throws IOException {
    Path first = dir.resolve("first.json");
    assertEquals(0, run("match", "--variant", "school-placement", "--seed", "7", "--sample",
        "--out", first.toString()).exit());
    MatchResult before = ResultJson.read(first);
    var keep = before.placements().get(0);
    var refuse = before.placements().get(1);
    Path decisions = dir.resolve("decisions.json");
    Files.writeString(decisions, "{\"format\": \"stagematch-decisions/1\", \"steps\": [\n"
        + "  {\"kind\": \"CONFIRM\", \"coordinator\": \"K-01\", \"studentId\": \""
        + keep.studentId() + "\", \"placeId\": \"" + keep.placeId() + "\"},\n"
        + "  {\"kind\": \"REFUSE\", \"coordinator\": \"K-01\", \"studentId\": \""
        + refuse.studentId() + "\", \"placeId\": \"" + refuse.placeId()
        + "\", \"reason\": \"TRAVEL\", \"noteRef\": \"NOTE-1\"}\n]}\n");
    Path after = dir.resolve("after.json");
    Path trail = dir.resolve("trail.json");
    ValidateCommandTest.Run run = run("match", "--variant", "school-placement", "--seed", "7",
        "--sample", "--decisions", decisions.toString(), "--trail", trail.toString(), "--out",
        after.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("decisions: 2 step(s) from"), run.out());
    MatchResult result = ResultJson.read(after);
    assertEquals(keep, result.placement(keep.studentId()).orElseThrow());
    assertTrue(result.placement(refuse.studentId()).map(p -> !p.placeId()
        .equals(refuse.placeId())).orElse(true), "the refused pair is used again");
    assertTrue(Files.readString(trail).contains("\"format\": \"stagematch-trail/3\""));
    ValidateCommandTest.Run bad = run("match", "--variant", "school-placement", "--sample",
        "--trail", trail.toString());
    assertEquals(2, bad.exit());
  }

  @Test
  void demoComparesEveryVariant(@TempDir Path dir) throws IOException {
    ValidateCommandTest.Run run = run("demo", "--replications", "2", "--out",
        dir.toString());
    assertEquals(0, run.exit(), run.err());
    String header = run.out().lines().filter(l -> l.contains("school-placement")
        && l.contains("v0-practice")).findFirst().orElseThrow();
    for (MatchingVariant v : Variants.load().all()) {
      assertTrue(header.contains(v.name()), header);
    }
    assertTrue(header.contains("two-by-two+bias"), header);
    for (String row : new String[] {"placement-rate", "placement-gap", "fit-mean",
        "wish-fully-met", "unplaced-no-admissible-place", "applications-ratio", "meetings",
        "rounds", "runtime-ms"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.startsWith(row + " ")), row + " in\n"
          + run.out());
    }
    assertTrue(run.out().contains("Report: " + dir.resolve("report.html")), run.out());
    assertTrue(Files.size(dir.resolve("report.html")) > 1000);
    assertTrue(run.out().contains("replication 2 of 2: seed 2026"), run.out());
  }

}
