package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session on disk: rebuilt from its directory for every step, it writes the same bytes (trail
 * and every proposal) as one session taking the same steps at the same times in memory; a step
 * the session refuses leaves every file as it was.
 */
class SessionDirectoryTest {
  private static final Instant T0 = Instant.parse("2026-01-12T09:00:00Z");
  private static final AtomicLong TAKEN = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong WITHDRAWN = new AtomicLong();
  private static final AtomicLong ENDED = new AtomicLong();

  @TempDir
  Path tmp;

  @AfterAll
  static void summary() {
    System.out.println("Sessions on disk: " + TAKEN + " steps taken (" + WITHDRAWN
        + " withdrawals, " + ENDED + " early ends with a date), " + REFUSED + " refused");
    assertTrue(TAKEN.get() > 0 && REFUSED.get() > 0 && WITHDRAWN.get() > 0 && ENDED.get() > 0,
        "the random sessions did not cover every case");
  }

  /** A clock that stands at the time it is set to. */
  private static final class SetClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TestFactory
  Stream<DynamicTest> replayingTheDirectoryGivesTheBytesOfOneProcess() {
    return Stream.iterate(1L, s -> s + 1).limit(8).map(seed -> DynamicTest.dynamicTest(
        "seed " + seed, () -> run(seed, tmp.resolve("s" + seed))));
  }

  private static void run(long seed, Path dir) throws IOException {
    String at = "seed " + seed + ": ";
    Random r = new Random(seed);
    MatchingProblem problem = TestProblems.random(seed, 15 + r.nextInt(20), 5 + r.nextInt(8));
    byte[] bytes = ProblemJson.toBytes(problem);
    SessionDirectory.start(dir, bytes, "school-placement", seed, Map.of(), "K-1", T0);
    SetClock clock = new SetClock();
    MatchingSession mem = MatchingSession.builder(ProblemJson.read(
        new java.io.ByteArrayInputStream(bytes)), "school-placement").seed(seed).clock(clock)
        .start("K-1");
    List<byte[]> proposals = new ArrayList<>();
    proposals.add(mem.resultBytes());
    int steps = 15 + r.nextInt(10);
    for (int i = 1; i <= steps; i++) {
      Instant t = T0.plus(Duration.ofMinutes(7L * i));
      clock.now = t;
      SessionDirectory sd = SessionDirectory.open(dir);
      if (r.nextInt(5) == 0) {
        String k = "K-" + (1 + r.nextInt(2));
        sd.rematch(k, t);
        mem.rematch(k);
        proposals.add(mem.resultBytes());
        TAKEN.incrementAndGet();
        continue;
      }
      Decision d = randomDecision(r, problem, mem).at(t);
      byte[] lines = Files.readAllBytes(dir.resolve(SessionDirectory.DECISIONS));
      byte[] trail = Files.readAllBytes(dir.resolve(SessionDirectory.TRAIL));
      String memRefused = null;
      try {
        mem.decide(d);
      } catch (IllegalArgumentException e) {
        memRefused = e.getMessage();
      }
      String dirRefused = null;
      try {
        sd.decide(d);
      } catch (IllegalArgumentException e) {
        dirRefused = e.getMessage();
      }
      assertEquals(memRefused, dirRefused, at + d);
      if (dirRefused != null) {
        REFUSED.incrementAndGet();
        assertArrayEquals(lines, Files.readAllBytes(dir.resolve(SessionDirectory.DECISIONS)),
            at + "a refused " + d + " changed " + SessionDirectory.DECISIONS);
        assertArrayEquals(trail, Files.readAllBytes(dir.resolve(SessionDirectory.TRAIL)),
            at + "a refused " + d + " changed the trail");
      } else {
        TAKEN.incrementAndGet();
        WITHDRAWN.addAndGet(d.kind() == DecisionKind.WITHDRAW ? 1 : 0);
        ENDED.addAndGet(d.date() != null ? 1 : 0);
        List<String> written = Files.readAllLines(dir.resolve(SessionDirectory.DECISIONS));
        assertEquals(lines.length == 0 ? 1 : new String(lines, StandardCharsets.UTF_8)
            .split("\n").length + 1, written.size(), at + "one line per decision");
        assertEquals(d, Decision.fromJson(nl.stagematch.variants.canon.Node.parse(
            written.get(written.size() - 1), "the last line")), at + "the line is the decision");
      }
    }
    SessionDirectory last = SessionDirectory.open(dir);
    assertEquals(mem.trailJson(), Files.readString(dir.resolve(SessionDirectory.TRAIL)),
        at + "trail.json");
    assertEquals(mem.state(), last.session().state(), at + "state");
    assertEquals(proposals.size(), mem.version(), at + "versions");
    for (int v = 1; v <= proposals.size(); v++) {
      assertArrayEquals(proposals.get(v - 1),
          Files.readAllBytes(dir.resolve(SessionDirectory.proposalFile(v))),
          at + SessionDirectory.proposalFile(v));
    }
    AuditTrail.verify(mem.trailJson());
  }

  /** A decision of a random kind, on a random or a currently meaningful pair; may be refused. */
  private static Decision randomDecision(Random r, MatchingProblem problem, MatchingSession s) {
    String k = "K-" + (1 + r.nextInt(2));
    List<Placement> proposed = s.result().placements();
    SessionState st = s.state();
    Student student = problem.students().get(r.nextInt(problem.students().size()));
    Place place = problem.places().get(r.nextInt(problem.places().size()));
    Placement pl = proposed.isEmpty() ? new Placement(student.id(), place.id(), 0)
        : proposed.get(r.nextInt(proposed.size()));
    ReasonCategory reason = ReasonCategory.values()[r.nextInt(ReasonCategory.values().length)];
    switch (r.nextInt(10)) {
      case 0:
      case 1:
        return Decision.confirm(k, pl.studentId(), pl.placeId());
      case 2:
        return Decision.pin(k, student.id(), place.id());
      case 3:
        return Decision.forbid(k, student.id(), place.id());
      case 4:
        return Decision.refuse(k, pl.studentId(), pl.placeId(), reason, "NOTE-1");
      case 5:
        return Decision.object(k, pl.studentId(), pl.placeId(),
            r.nextBoolean() ? Side.STUDENT : Side.COMPANY, reason,
            reason == ReasonCategory.OTHER || r.nextBoolean() ? "N-2" : null);
      case 6: {
        Map<String, String> confirmed = new TreeMap<>(st.confirmed());
        String s0 = confirmed.isEmpty() ? pl.studentId()
            : new ArrayList<>(confirmed.keySet()).get(r.nextInt(confirmed.size()));
        String p0 = confirmed.getOrDefault(s0, pl.placeId());
        // Around the evaluation window: the spring period starts on 2 February.
        return Decision.endEarly(k, s0, p0, reason, "NOTE-3")
            .effective(TestProblems.SPRING.start().plusDays(10 + r.nextInt(30)));
      }
      case 7:
        return Decision.optOut(k, student.id());
      default: {
        int what = r.nextInt(3);
        if (what == 0) {
          if (!st.pinned().isEmpty() && r.nextBoolean()) {
            String s0 = new ArrayList<>(st.pinned().keySet()).get(r.nextInt(st.pinned().size()));
            return Decision.withdrawPin(k, s0, st.pinned().get(s0));
          }
          return Decision.withdrawPin(k, student.id(), place.id());
        }
        if (what == 1) {
          if (!st.forbidden().isEmpty() && r.nextInt(4) > 0) {
            StudentPlace f = new ArrayList<>(st.forbidden()).get(r.nextInt(
                st.forbidden().size()));
            return Decision.withdrawForbid(k, f.studentId(), f.placeId());
          }
          return Decision.withdrawForbid(k, student.id(), place.id());
        }
        if (!st.optedOut().isEmpty() && r.nextBoolean()) {
          return Decision.withdrawOptOut(k, new ArrayList<>(st.optedOut()).get(
              r.nextInt(st.optedOut().size())));
        }
        return Decision.withdrawOptOut(k, student.id());
      }
    }
  }

  private Path started() throws IOException {
    Path dir = tmp.resolve("one");
    MatchingProblem problem = TestProblems.random(5, 20, 8);
    SessionDirectory sd = SessionDirectory.start(dir, ProblemJson.toBytes(problem),
        "school-placement", 5, Map.of(), "K-1", T0);
    Placement p = sd.session().result().placements().get(0);
    sd.decide(Decision.confirm("K-1", p.studentId(), p.placeId()).at(T0.plusSeconds(60)));
    sd.rematch("K-1", T0.plusSeconds(120));
    return dir;
  }

  @Test
  void theDirectoryHoldsTheDocumentedFiles() throws IOException {
    Path dir = started();
    List<String> names = new ArrayList<>();
    try (var list = Files.list(dir)) {
      list.forEach(f -> names.add(f.getFileName().toString()));
    }
    names.sort(null);
    assertEquals(List.of("decisions.jsonl", "problem.json", "proposal-001.json",
        "proposal-002.json", "session.json", "trail.json"), names, "no temporary file is left");
    List<String> lines = Files.readAllLines(dir.resolve(SessionDirectory.DECISIONS));
    assertEquals(2, lines.size());
    // Compact, the fields sorted by name (the canonical form of the trail's hashes).
    assertTrue(lines.get(0).startsWith("{\"at\":\"2026-01-12T09:01:00Z\",\"coordinator\":\"K-1\","
        + "\"kind\":\"CONFIRM\",\"placeId\":"), lines.get(0));
    assertEquals("{\"at\":\"2026-01-12T09:02:00Z\",\"coordinator\":\"K-1\",\"kind\":\"REMATCH\"}",
        lines.get(1));
    String session = Files.readString(dir.resolve(SessionDirectory.SESSION));
    assertTrue(session.contains("\"format\": \"stagematch-session/1\"")
        && session.contains("\"created\": \"2026-01-12T09:00:00Z\""), session);
  }

  @Test
  void aStartInADirectoryThatIsNotEmptyIsRefused() throws IOException {
    Path dir = started();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SessionDirectory.start(dir, ProblemJson.toBytes(TestProblems.random(5, 20, 8)),
            "school-placement", 5, Map.of(), "K-1", T0));
    assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
  }

  @Test
  void aCorruptLineIsNamedWithItsFileAndLine() throws IOException {
    Path dir = started();
    Path file = dir.resolve(SessionDirectory.DECISIONS);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    List<String[]> cases = List.of(
        new String[] {"{\"kind\":\"PIN\",\"coordinator\":\"K-1\"", "line 3: "},
        new String[] {"{\"kind\":\"OPT_OUT\",\"coordinator\":\"K-1\",\"studentId\":\"S-0001\"}",
            "line 3: $.at: the time is missing"},
        new String[] {"{\"kind\":\"JUMP\",\"coordinator\":\"K-1\",\"at\":\"2026-01-12T09:03:00Z\"}",
            "line 3: $.kind: unknown value (JUMP)"},
        new String[] {"", "line 3: the line is empty"});
    for (String[] c : cases) {
      List<String> bad = new ArrayList<>(lines);
      bad.add(c[0]);
      Files.write(file, bad);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SessionDirectory.open(dir));
      assertTrue(e.getMessage().startsWith(file + " " + c[1]), c[0] + ": " + e.getMessage());
    }
  }

  @Test
  void aChangedTrailIsRefused() throws IOException {
    Path dir = started();
    Path trail = dir.resolve(SessionDirectory.TRAIL);
    Files.writeString(trail, Files.readString(trail).replace("\"K-1\"", "\"K-2\""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SessionDirectory.open(dir));
    assertTrue(e.getMessage().startsWith(trail + ": the trail is not the one"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreNamedWithTheFileLineAndColumn() throws IOException {
    Path dir = started();
    Path file = dir.resolve(SessionDirectory.DECISIONS);
    int lines = Files.readAllLines(file).size();
    String before = "{\"at\":\"2026-01-12T09:03:00Z\",\"coordinator\":\"K-";
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(Files.readAllBytes(file));
    bytes.write(before.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    bytes.write(0xFF);
    bytes.write("1\",\"kind\":\"REMATCH\"}\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Files.write(file, bytes.toByteArray());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SessionDirectory.open(dir));
    assertTrue(e.getMessage().startsWith(file + " is not valid UTF-8 at line " + (lines + 1)
        + ", column " + (before.length() + 1) + " "), e.getMessage());
  }
}
