package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import nl.stagematch.bench.gen.UniformCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AnswersFile;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch session}, run in this JVM through {@link Main#run}. */
class SessionCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  private static Run run(String... args) {
    return ValidateCommandTest.runDefault(args);
  }

  private static Run ok(String... args) {
    Run r = run(args);
    assertEquals(0, r.exit(), String.join(" ", args) + ":\n" + r.err());
    return r;
  }

  private Path problemFile() throws IOException {
    Path file = tmp.resolve("problem.json");
    ProblemJson.write(UniformCohortGenerator.generate(21, 80, 40, 16, 2), file);
    return file;
  }

  private Path start() throws IOException {
    Path dir = tmp.resolve("round");
    Run r = ok("session", "start", dir.toString(), "--problem", problemFile().toString(),
        "--variant", "school-placement", "--seed", "2025", "--coordinator", "K-01");
    assertTrue(r.out().startsWith("Sessie gestart in " + dir + ": voorstel 1 staat in"
        + " proposal-001.json"), r.out());
    return dir;
  }

  private static MatchResult proposal(Path dir, int version) throws IOException {
    return ResultJson.read(dir.resolve(String.format("proposal-%03d.json", version)));
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (var list = Files.list(dir)) {
      for (Path f : (Iterable<Path>) list::iterator) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static void assertUnchanged(Map<String, byte[]> before, Path dir, String what)
      throws IOException {
    Map<String, byte[]> after = snapshot(dir);
    assertEquals(before.keySet(), after.keySet(), what + ": files");
    for (String name : before.keySet()) {
      assertArrayEquals(before.get(name), after.get(name), what + ": " + name);
    }
  }

  /** A clock standing at the time it is set to. */
  private static final class SetClock extends Clock {
    Instant now;

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

  /**
   * Commands in separate calls give the bytes of one in-memory session taking the same steps at
   * the times the lines record.
   */
  @Test
  void commandsOneByOneGiveTheBytesOfOneSession() throws Exception {
    Path dir = start();
    List<Placement> ps = proposal(dir, 1).placements();
    String s0 = ps.get(0).studentId();
    String p0 = ps.get(0).placeId();
    String s1 = ps.get(1).studentId();
    String p1 = ps.get(1).placeId();
    String s2 = ps.get(2).studentId();
    String p2 = ps.get(2).placeId();
    Run r = ok("session", "decide", dir.toString(), "confirm", s0, p0);
    assertEquals("Vastgelegd in regel 1 van decisions.jsonl: decide confirm " + s0 + " " + p0
        + ".\nHet geldt vanaf het volgende voorstel: stagematch session rematch " + dir,
        r.out().strip());
    ok("session", "decide", dir.toString(), "--coordinator", "K-02", "refuse", s1, p1,
        "--reason", "TRAVEL", "--note", "NOTE-1");
    ok("session", "decide", dir.toString(), "pin", s2, p2);
    ok("session", "decide", dir.toString(), "opt-out", ps.get(3).studentId());
    r = ok("session", "rematch", dir.toString(), "--lang", "en");
    assertTrue(r.out().startsWith("Proposal 2 is in " + dir.resolve("proposal-002.json")),
        r.out());
    assertTrue(r.out().contains("with 4 new decision(s)"), r.out());
    ok("session", "undo", dir.toString(), "pin", s2, p2);
    ok("session", "undo", dir.toString(), "opt-out", ps.get(3).studentId());
    ok("session", "decide", dir.toString(), "forbid", s2, p0);
    ok("session", "undo", dir.toString(), "forbid", s2, p0);
    ok("session", "rematch", dir.toString());

    // The same steps in one process, at the times the files record.
    JsonNode session = MAPPER.readTree(dir.resolve("session.json").toFile());
    SetClock clock = new SetClock();
    clock.now = Instant.parse(session.get("created").asText());
    MatchingProblem problem = ProblemJson.read(dir.resolve("problem.json"));
    MatchingSession mem = MatchingSession.builder(problem, "school-placement").seed(2025)
        .clock(clock).start("K-01");
    List<byte[]> proposals = new java.util.ArrayList<>(List.of(mem.resultBytes()));
    List<String> lines = Files.readAllLines(dir.resolve("decisions.jsonl"));
    assertEquals(10, lines.size(), String.join("\n", lines));
    for (String line : lines) {
      JsonNode n = MAPPER.readTree(line);
      clock.now = Instant.parse(n.get("at").asText());
      if (n.get("kind").asText().equals("REMATCH")) {
        mem.rematch(n.get("coordinator").asText());
        proposals.add(mem.resultBytes());
      } else {
        mem.decide(decision(n).at(clock.now));
      }
    }
    assertEquals(mem.trailJson(), Files.readString(dir.resolve("trail.json")));
    assertEquals(3, proposals.size());
    for (int v = 1; v <= 3; v++) {
      assertArrayEquals(proposals.get(v - 1), Files.readAllBytes(dir.resolve(
          String.format("proposal-%03d.json", v))), "proposal " + v);
    }
    // proposal 2 kept the confirmation and the pin; never the refused pair
    MatchResult second = proposal(dir, 2);
    assertEquals(p0, second.placement(s0).orElseThrow().placeId());
    assertEquals(p2, second.placement(s2).orElseThrow().placeId());
    assertFalse(second.placement(s1).map(p -> p.placeId().equals(p1)).orElse(false));
  }

  /** The decision a line holds, built from its fields (independently of the library's reader). */
  private static Decision decision(JsonNode n) {
    String kind = n.get("kind").asText();
    String k = n.get("coordinator").asText();
    String s = n.get("studentId").asText();
    String p = n.has("placeId") ? n.get("placeId").asText() : null;
    switch (kind) {
      case "CONFIRM":
        return Decision.confirm(k, s, p);
      case "PIN":
        return Decision.pin(k, s, p);
      case "FORBID":
        return Decision.forbid(k, s, p);
      case "OPT_OUT":
        return Decision.optOut(k, s);
      case "REFUSE":
        return Decision.refuse(k, s, p, ReasonCategory.valueOf(n.get("reason").asText()),
            n.get("noteRef").asText());
      case "WITHDRAW":
        switch (n.get("withdraws").asText()) {
          case "PIN":
            return Decision.withdrawPin(k, s, p);
          case "FORBID":
            return Decision.withdrawForbid(k, s, p);
          default:
            return Decision.withdrawOptOut(k, s);
        }
      default:
        throw new AssertionError(kind);
    }
  }

  @Test
  void aRefusedDecisionExitsTwoAndLeavesEveryFileAsItWas() throws Exception {
    Path dir = start();
    List<Placement> ps = proposal(dir, 1).placements();
    Map<String, byte[]> before = snapshot(dir);
    // Confirm a pair the proposal does not make: the first student at the second's place.
    Run r = run("session", "decide", dir.toString(), "confirm", ps.get(0).studentId(),
        ps.get(1).placeId());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("fout [CLI_SESSION_REFUSED]: De sessie weigert dit besluit; er"
        + " is niets geschreven:\nVoorstel 1 plaatst student (" + ps.get(0).studentId()
        + ") niet op plaats (" + ps.get(1).placeId() + ")"), r.err());
    assertUnchanged(before, dir, "refused confirm");
    r = run("session", "undo", dir.toString(), "pin", ps.get(0).studentId(),
        ps.get(0).placeId(), "--lang", "en");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("error [CLI_SESSION_REFUSED]: The session refuses this"
        + " decision; nothing was written:\n")
        && r.err().contains("is not pinned"), r.err());
    assertUnchanged(before, dir, "nothing to undo");
    r = ValidateCommandTest.run("session", "undo", dir.toString(), "refuse",
        ps.get(0).studentId(), ps.get(0).placeId());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("error [CLI_SESSION_REFUSED]: "), r.err());
    assertTrue(r.err().contains("stays forbidden (R3, R4"), r.err());
    assertUnchanged(before, dir, "undo refuse");
    r = ValidateCommandTest.run("session", "decide", dir.toString(), "end-early",
        ps.get(0).studentId(), ps.get(0).placeId(), "--reason", "SAFETY");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("error [CLI_SESSION_END_EARLY_DATE]: end-early needs --date"),
        r.err());
    assertUnchanged(before, dir, "end-early without a date");
  }

  @Test
  void aCorruptLineIsNamedWithItsFileAndLineAndExitsTwo() throws Exception {
    Path dir = start();
    Placement p = proposal(dir, 1).placements().get(0);
    ok("session", "decide", dir.toString(), "confirm", p.studentId(), p.placeId());
    Path lines = dir.resolve("decisions.jsonl");
    Files.writeString(lines, Files.readString(lines)
        + "{\"kind\":\"CONFIRM\",\"coordinator\":\"K-01\",\"studentId\":\"S-0001\"}\n");
    Map<String, byte[]> before = snapshot(dir);
    for (String action : List.of("status", "rematch")) {
      Run r = ValidateCommandTest.run("session", action, dir.toString());
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().startsWith("error [CLI_SESSION_BAD_INPUT]: The session in " + dir
          + " cannot take this step:\n" + lines + " line 2: $.at: the time is missing"),
          r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
    assertUnchanged(before, dir, "a corrupt line");
  }

  @Test
  void statusSaysWhatIsProposedDecidedAndPendingInDutchAndEnglish() throws Exception {
    Path dir = start();
    List<Placement> ps = proposal(dir, 1).placements();
    ok("session", "decide", dir.toString(), "confirm", ps.get(0).studentId(),
        ps.get(0).placeId());
    ok("session", "rematch", dir.toString());
    ok("session", "decide", dir.toString(), "refuse", ps.get(1).studentId(),
        ps.get(1).placeId(), "--reason", "TRAVEL");
    MatchResult second = proposal(dir, 2);
    String nl = ok("session", "status", dir.toString()).out();
    String en = ok("session", "status", dir.toString(), "--lang", "en").out();
    int open = second.placedCount() - 1;
    assertTrue(nl.contains("voorstel:       2 (proposal-002.json): " + second.placedCount()
        + " geplaatst, " + second.unplaced().size() + " niet geplaatst"), nl);
    assertTrue(nl.contains("openstaand:     " + open + " voorgestelde plaatsing(en) nog niet"
        + " bevestigd"), nl);
    assertTrue(nl.contains("bevestigd:      1\n  " + ps.get(0).studentId() + " -> "
        + ps.get(0).placeId()), nl);
    assertTrue(nl.contains("wachtend:       1 besluit(en) sinds voorstel 2\n  refuse "
        + ps.get(1).studentId() + " " + ps.get(1).placeId() + " --reason TRAVEL (K-01, "), nl);
    assertTrue(en.contains("proposal:       2 (proposal-002.json): " + second.placedCount()
        + " placed, " + second.unplaced().size() + " unplaced"), en);
    assertTrue(en.contains("confirmed:      1\n") && en.contains("pending:        1 decision(s)"
        + " since proposal 2") && en.contains("They take effect at the next proposal"), en);
    for (String dutchOnly : List.of("geplaatst", "bevestigd", "wachtend", "besluit")) {
      assertFalse(en.contains(dutchOnly), dutchOnly + " in English:\n" + en);
    }
    for (String englishOnly : List.of("placed", "confirmed", "pending", "decision")) {
      assertFalse(nl.contains(englishOnly), englishOnly + " in Dutch:\n" + nl);
    }
  }

  @Test
  void anEarlyEndIsCheckedAgainstTheWindowAndTheRematchUsesTheRestOfThePeriod()
      throws Exception {
    Path dir = start();
    MatchingProblem problem = ProblemJson.read(dir.resolve("problem.json"));
    Placement p = proposal(dir, 1).placements().get(0);
    ok("session", "decide", dir.toString(), "confirm", p.studentId(), p.placeId());
    ok("session", "rematch", dir.toString());
    Period wish = problem.student(p.studentId()).orElseThrow().wish().period();
    Period place = problem.place(p.placeId()).orElseThrow().period();
    LocalDate start = wish.start().isAfter(place.start()) ? wish.start() : place.start();
    LocalDate earliest = start.plusDays(14);
    Map<String, byte[]> before = snapshot(dir);
    Run r = run("session", "decide", dir.toString(), "end-early", p.studentId(), p.placeId(),
        "--reason", "SUPERVISION_CAPACITY", "--date", earliest.minusDays(1).toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("fout [CLI_SESSION_REFUSED]: "), r.err());
    assertTrue(r.err().contains("Tip: geef de datum " + earliest + " of later"), r.err());
    assertUnchanged(before, dir, "an early end before the window");
    ok("session", "decide", dir.toString(), "end-early", p.studentId(), p.placeId(),
        "--reason", "SUPERVISION_CAPACITY", "--date", earliest.toString());
    ok("session", "rematch", dir.toString());
    String status = ok("session", "status", dir.toString(), "--lang", "en").out();
    assertTrue(status.contains("  " + p.studentId() + " matched again from " + earliest
        + " to " + wish.end()), status);
    Period rest = new Period(earliest, wish.end(), wish.form(), wish.daysPerWeek());
    int percent = problem.policy().minPeriodCoveragePercent();
    MatchResult third = proposal(dir, 3);
    third.placement(p.studentId()).ifPresent(again -> {
      Period at = problem.place(again.placeId()).orElseThrow().period();
      assertTrue(100 * rest.coveredWeekdays(at) >= (long) percent * rest.weekdays(),
          again.placeId() + " " + at + " covers less than " + percent + "% of " + rest);
      assertFalse(again.placeId().equals(p.placeId()), "the ended pair again");
    });
  }

  /**
   * After an early end with a date, the re-match places her at a place that covers only the rest
   * of her wished period (P-D starts a month after her period does); {@code verify --problem}
   * on the session's own files checks it against that rest, from the proposal's provenance, and
   * says VERIFIED. Without the recorded rest, the same proposal fails feasibility (PERIOD).
   */
  @Test
  void theProposalAfterADatedEarlyEndVerifiesFromTheSessionFiles() throws Exception {
    LocalDate wishStart = LocalDate.of(2026, 2, 2);
    LocalDate wishEnd = LocalDate.of(2026, 4, 24);
    Qualification ict = Qualification.of("25604", 4);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025)));
    b.addCompany(Company.builder("C-1").recognition(ict, "B1-K1-W1").size(SizeClass.MEDIUM)
        .sector("ict").kind("office").region("utrecht").location(52.09, 5.11).build());
    b.addPlace(Place.builder("P-A", "C-1", ict, Period.block(wishStart, wishEnd)).capacity(1)
        .build());
    b.addPlace(Place.builder("P-D", "C-1", ict,
        Period.block(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29))).capacity(1).build());
    b.addStudent(Student.builder("S-1", LearningWish.builder(ict,
        Period.block(wishStart, wishEnd)).workProcess("B1-K1-W1", 1.0).build())
        .home(52.09, 5.12).build());
    Path problemFile = tmp.resolve("periods.json");
    ProblemJson.write(b.build(), problemFile);
    Path dir = tmp.resolve("periods");
    ok("session", "start", dir.toString(), "--problem", problemFile.toString(), "--variant",
        "school-placement", "--seed", "7", "--coordinator", "K-01");
    assertEquals("P-A", proposal(dir, 1).placement("S-1").orElseThrow().placeId());
    ok("session", "decide", dir.toString(), "confirm", "S-1", "P-A");
    ok("session", "rematch", dir.toString());
    ok("session", "decide", dir.toString(), "end-early", "S-1", "P-A", "--reason",
        "SUPERVISION_CAPACITY", "--date", "2026-03-02");
    ok("session", "rematch", dir.toString());
    MatchResult third = proposal(dir, 3);
    assertEquals("P-D", third.placement("S-1").orElseThrow().placeId());
    assertEquals(Map.of("S-1", LocalDate.of(2026, 3, 2)), third.provenance().remainingFrom());
    Path proposalFile = dir.resolve("proposal-003.json");
    Run verified = ValidateCommandTest.run("verify", "--problem",
        dir.resolve("problem.json").toString(), proposalFile.toString());
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    assertTrue(verified.out().contains(": VERIFIED\n"), verified.out());

    Path stripped = tmp.resolve("stripped.json");
    ResultJson.write(third.withEvidence(third.provenance().withProblem(
        third.provenance().problemSha256(), third.provenance().optedOut(), Map.of()),
        third.certificate()), stripped);
    Run failed = ValidateCommandTest.run("verify", "--problem",
        dir.resolve("problem.json").toString(), stripped.toString());
    assertEquals(2, failed.exit(), failed.out() + failed.err());
    assertTrue(failed.out().contains("failed      feasibility at $")
        && failed.out().contains("PERIOD"), failed.out());
  }

  @Test
  void wrongArgumentsAreNamed() throws Exception {
    // in English (the environment says so), each with its code
    Run r = ValidateCommandTest.run("session", "start", tmp.resolve("x").toString(), "--sample",
        "--variant", "school-placement", "--fit-weights", "learning=1");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error [CLI_SESSION_NO_FIT_OPTIONS]: "), r.err());
    assertTrue(r.err().contains("uses the problem's fit model"), r.err());
    r = ValidateCommandTest.run("session", "jump", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error [CLI_SESSION_UNKNOWN_ACTION]: The session action (jump)"
        + " is unknown"), r.err());
    // in Dutch by default
    r = run("session", "jump", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("fout [CLI_SESSION_UNKNOWN_ACTION]: De sessie-actie (jump) is"
        + " onbekend"), r.err());
    r = ValidateCommandTest.run("session", "status", tmp.resolve("none").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("does not exist.\nMaybe start one"), r.err());
    Path dir = start();
    r = ValidateCommandTest.run("session", "start", dir.toString(), "--sample", "--variant",
        "school-placement");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is not empty"), r.err());
    r = ValidateCommandTest.run("session", "decide", dir.toString(), "confirm", "S-0001");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error [CLI_SESSION_TAKES_PAIR]: "), r.err());
    assertTrue(r.err().contains("takes the student id and the place id"), r.err());
    r = ok("session", "start", tmp.resolve("v2").toString(), "--sample", "--variant",
        "two-by-two", "--lang", "en");
    assertTrue(r.err().startsWith("answers:   simulated by the built-in responder"), r.err());
    assertTrue(r.out().startsWith("Session started in " + tmp.resolve("v2")), r.out());
    byte[] help = run("session", "--help").out().getBytes(StandardCharsets.UTF_8);
    assertTrue(new String(help, StandardCharsets.UTF_8).contains("end-early S P --date"));
  }

  /**
   * The orders of both sides over the meetings that {@code match --stage meetings} plans for
   * {@code problem} (seed 7), each side ordering its met pairs by id descending.
   */
  @SuppressWarnings("unchecked")
  private AnswersFile plannedOrders(Path problem) throws IOException {
    Path plan = tmp.resolve("plan.json");
    ok("match", "--variant", "two-by-two", "--seed", "7", "--stage", "meetings",
        problem.toString(), "--out", plan.toString());
    Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(plan), "plan");
    Map<String, List<String>> students = new TreeMap<>();
    ((Map<String, List<String>>) doc.get("students")).forEach((id, met) -> {
      List<String> order = new ArrayList<>(met);
      order.sort(Collections.reverseOrder());
      students.put(id, order);
    });
    Map<String, List<String>> places = new TreeMap<>();
    ((Map<String, Map<String, Object>>) doc.get("places")).forEach((id, o) -> {
      List<String> order = new ArrayList<>((List<String>) o.get("students"));
      order.sort(Collections.reverseOrder());
      places.put(id, order);
    });
    return AnswersFile.ofOrders(students, places);
  }

  /**
   * {@code session start --answers}: proposal 1 is what {@code match --answers} computes from the
   * same files, the trail records the answers, a later command reopens the session from its copy
   * of the file, and a changed copy is refused.
   */
  @Test
  void aSessionStartedWithAnswersProposesWhatMatchWithTheAnswersDoes() throws IOException {
    Path problem = problemFile();
    Path answers = tmp.resolve("orders.json");
    Files.writeString(answers, plannedOrders(problem).toJson());
    Path result = tmp.resolve("result.json");
    ok("match", "--variant", "two-by-two", "--seed", "7", "--answers", answers.toString(),
        problem.toString(), "--out", result.toString());
    Path dir = tmp.resolve("round");
    Run r = ok("session", "start", dir.toString(), "--problem", problem.toString(), "--variant",
        "two-by-two", "--seed", "7", "--answers", answers.toString());
    assertTrue(r.out().contains("antwoorden:   " + answers + " (answers-file sha256:"), r.out());
    assertFalse(r.err().contains("gesimuleerd"), r.err());
    assertEquals(ResultJson.read(result).placements(), proposal(dir, 1).placements());
    assertArrayEquals(Files.readAllBytes(answers), Files.readAllBytes(dir.resolve("answers.json")));
    String trail = Files.readString(dir.resolve("trail.json"));
    assertTrue(trail.contains("\"responder\": \"answers-file sha256:"), trail);
    assertTrue(trail.contains("\"STUDENT_ORDER\"") && trail.contains("\"PLACE_ORDER\""));
    ok("session", "rematch", dir.toString());
    assertEquals(proposal(dir, 1).placements(), proposal(dir, 2).placements());
    ok("session", "status", dir.toString());

    AnswersFile planned = plannedOrders(problem);
    Map<String, List<String>> other = new TreeMap<>(planned.studentOrders());
    other.replaceAll((id, order) -> {
      List<String> reversed = new ArrayList<>(order);
      Collections.reverse(reversed);
      return reversed;
    });
    Files.writeString(dir.resolve("answers.json"),
        AnswersFile.ofOrders(other, planned.placeOrders()).toJson());
    Run changed = run("session", "status", dir.toString());
    assertEquals(2, changed.exit(), changed.err());
    assertTrue(changed.err().contains("answers.json is niet het antwoordenbestand waarmee de"
        + " sessie begon"), changed.err());

    Files.writeString(dir.resolve("answers.json"), "{}\n");
    Run broken = run("session", "status", dir.toString());
    assertEquals(2, broken.exit(), broken.err());
    assertTrue(broken.err().contains(dir.resolve("answers.json") + ": $.format: het veld"
        + " ontbreekt"), broken.err());
  }

  /** Answers that do not fit proposal 1 are all reported, and nothing is written. */
  @Test
  void aSessionStartedWithWrongAnswersIsNotWritten() throws IOException {
    Path problem = problemFile();
    AnswersFile planned = plannedOrders(problem);
    Map<String, List<String>> students = new TreeMap<>(planned.studentOrders());
    String first = students.keySet().iterator().next();
    students.put(first, List.of("P-NOT-MET"));
    Path answers = tmp.resolve("orders.json");
    Files.writeString(answers, AnswersFile.ofOrders(students, planned.placeOrders()).toJson());
    Path dir = tmp.resolve("round");
    Run r = run("session", "start", dir.toString(), "--problem", problem.toString(), "--variant",
        "two-by-two", "--seed", "7", "--answers", answers.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("fout [") && r.err().contains(answers.toString()), r.err());
    assertTrue(r.err().contains("$.studentOrders"), r.err());
    assertFalse(Files.exists(dir), "nothing is written");

    Files.writeString(answers, "{\"format\": \"stagematch-answers/1\",");
    Run malformed = run("session", "start", dir.toString(), "--problem", problem.toString(),
        "--variant", "two-by-two", "--seed", "7", "--answers", answers.toString());
    assertEquals(2, malformed.exit(), malformed.err());
    assertTrue(malformed.err().contains("het antwoordenbestand is geen geldige JSON op regel 1"),
        malformed.err());
    assertFalse(Files.exists(dir), "nothing is written");
  }
}
