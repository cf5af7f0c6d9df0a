package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AnswersFile;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.TrailVerificationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match --variant blind-shortlist --stage shortlists} and {@code --answers} with picks: two
 * rounds on the sample from the files the stage writes, the same files for the same input, the
 * placement equal to a live run with the same picks, the picks in the trail, and exit 2 with every
 * error and nothing written for picks that do not fit.
 */
class MatchShortlistsCommandTest {
  @TempDir
  Path dir;

  private static final String SEED = "3";
  private static final String ROUNDS = "max-rounds=2";

  private static ValidateCommandTest.Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private ValidateCommandTest.Run stage(Path answers, Path outDir, String... more) {
    List<String> args = new ArrayList<>(List.of("match", "--variant", "blind-shortlist",
        "--seed", SEED, "--option", ROUNDS, "--sample", "--stage", "shortlists", "--out-dir",
        outDir.toString()));
    if (answers != null) {
      args.addAll(List.of("--answers", answers.toString()));
    }
    args.addAll(List.of(more));
    return ValidateCommandTest.runDefault(args.toArray(new String[0]));
  }

  /** The companies' rule: no one at every fourth place in round 1, else the last profile. */
  private static Optional<String> rule(String placeId, int round, List<String> tokens) {
    if (round == 1 && Math.floorMod(placeId.hashCode(), 4) == 0) {
      return Optional.empty();
    }
    return Optional.of(tokens.get(tokens.size() - 1));
  }

  /** Fills in the picks file the stage wrote, from its shortlists document, by the rule. */
  @SuppressWarnings("unchecked")
  private Path fillIn(Path outDir, int round) throws IOException {
    Map<String, Object> shortlists = (Map<String, Object>) Json.parse(Files.readString(
        outDir.resolve("shortlists-round-" + round + ".json")), "shortlists");
    assertEquals("stagematch-shortlists/1", shortlists.get("format"));
    assertEquals((long) round, shortlists.get("round"));
    Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(
        outDir.resolve("picks-round-" + round + ".json")), "picks");
    Map<String, Object> places = (Map<String, Object>) shortlists.get("places");
    for (Object o : (List<Object>) doc.get("picks")) {
      Map<String, Object> entry = (Map<String, Object>) o;
      if (((Long) entry.get("round")) != round) {
        continue;
      }
      assertEquals("", entry.get("pick"), "the new round's picks are left to fill in");
      String place = (String) entry.get("place");
      List<String> tokens = new ArrayList<>();
      for (Object p : (List<Object>) ((Map<String, Object>) places.get(place)).get("profiles")) {
        tokens.add((String) ((Map<String, Object>) p).get("token"));
      }
      entry.put("pick", rule(place, round, tokens).orElse(AnswersFile.NONE));
    }
    Path filled = dir.resolve("picks-" + round + ".json");
    Files.writeString(filled, Json.pretty(doc), StandardCharsets.UTF_8);
    return filled;
  }

  private static Map<String, byte[]> files(Path d) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(d)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void twoRoundsFromTheWrittenFilesGiveThePlacementOfTheSamePicksGivenLive() throws Exception {
    MatchingProblem sample = SampleCohort.load();
    ValidateCommandTest.Run r1 = stage(null, dir.resolve("r1"));
    assertEquals(0, r1.exit(), r1.err());
    assertTrue(r1.out().startsWith("ronde:     1 (shortlijsten voor "), r1.out());
    // the same input writes the same bytes
    ValidateCommandTest.Run again = stage(null, dir.resolve("r1-again"));
    assertEquals(0, again.exit(), again.err());
    Map<String, byte[]> first = files(dir.resolve("r1"));
    Map<String, byte[]> second = files(dir.resolve("r1-again"));
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    assertTrue(first.containsKey("shortlijsten-ronde-1.csv"), first.keySet().toString());
    assertTrue(first.keySet().stream().anyMatch(n -> n.matches("shortlijsten-ronde-1-C-.*\\.html")));
    // blind: no student id in what the companies get
    String csv = new String(first.get("shortlijsten-ronde-1.csv"), StandardCharsets.UTF_8);
    String json = new String(first.get("shortlists-round-1.json"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFBedrijf;Plaats;Ronde;Volgorde;Code;"), csv.substring(0, 80));
    for (Student s : sample.students()) {
      assertFalse(csv.contains(s.id()) || json.contains(s.id()), s.id());
    }

    Path picks1 = fillIn(dir.resolve("r1"), 1);
    ValidateCommandTest.Run r2 = stage(picks1, dir.resolve("r2"), "--lang", "en");
    assertEquals(0, r2.exit(), r2.err());
    assertTrue(r2.out().startsWith("round:     2 (shortlists for "), r2.out());
    assertTrue(Files.exists(dir.resolve("r2").resolve("shortlists-round-2.csv")));
    // the picks file accumulates: round 1 as given, round 2 to fill in
    AnswersFile given1 = AnswersFile.read(picks1);
    Path picks2 = fillIn(dir.resolve("r2"), 2);
    AnswersFile given2 = AnswersFile.read(picks2);
    assertEquals(given1.picks().get(1), given2.picks().get(1));
    assertEquals(2, given2.lastRound());

    ValidateCommandTest.Run done = stage(picks2, dir.resolve("r3"), "--lang", "en");
    assertEquals(0, done.exit(), done.err());
    assertTrue(done.out().startsWith("done:      every round is answered (2)"), done.out());
    assertFalse(Files.exists(dir.resolve("r3")));

    Path result = dir.resolve("result.json");
    ValidateCommandTest.Run fin = run("match", "--variant", "blind-shortlist", "--seed", SEED,
        "--option", ROUNDS, "--sample", "--answers", picks2.toString(), "--out",
        result.toString());
    assertEquals(0, fin.exit(), fin.err());
    assertFalse(fin.out().contains("simulated") || fin.err().contains("simulated"), fin.err());
    MatchResult fromFiles = ResultJson.read(result);
    assertEquals("answers-file sha256:" + given2.sha256(), fromFiles.provenance().responder());

    // independently: the same rule as a live responder, in one run
    Responder live = new Responder() {
      @Override
      public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
        List<String> tokens = new ArrayList<>();
        shortlist.forEach(p -> tokens.add(p.token()));
        return rule(placeId, round, tokens);
      }
    };
    MatchRequest request = MatchRequest.builder(sample).seed(Long.parseLong(SEED))
        .option("max-rounds", "2").responder(live).build();
    Proposal direct = Variants.builtIn().get("blind-shortlist").match(request);
    assertEquals(direct.result().placements(), fromFiles.placements());
    assertEquals(direct.result().unplaced(), fromFiles.unplaced());
    assertEquals(direct.result().certificate(), fromFiles.certificate());

    // the trail records the picks and replays from them; a changed pick is caught
    Path decisions = dir.resolve("decisions.json");
    Files.writeString(decisions, "{\"format\":\"stagematch-decisions/1\",\"steps\":[]}");
    Path trail = dir.resolve("trail.json");
    ValidateCommandTest.Run session = run("match", "--variant", "blind-shortlist", "--seed",
        SEED, "--option", ROUNDS, "--sample", "--answers", picks2.toString(), "--decisions",
        decisions.toString(), "--trail", trail.toString(), "--out",
        dir.resolve("session.json").toString());
    assertEquals(0, session.exit(), session.err());
    String trailJson = Files.readString(trail);
    assertTrue(trailJson.contains("answers-file sha256:" + given2.sha256()));
    assertTrue(trailJson.contains("\"PICK\""));
    MatchingSession replayed = MatchingSession.replay(sample, trailJson, Variants.builtIn());
    assertEquals(fromFiles.placements(), replayed.result().placements());
    // a pick changed in the trail: the chain breaks
    String token = given2.picks().get(2).values().stream().filter(t -> !t.equals("none"))
        .findFirst().orElseThrow();
    String forged = trailJson.replaceFirst("\"answer\": \\[\\s*\"" + token.replace(".", "\\.")
        + "\"", "\"answer\": []");
    assertFalse(forged.equals(trailJson), "the trail holds the pick " + token);
    Files.writeString(trail, forged);
    ValidateCommandTest.Run tampered = run("report", "--sample", trail.toString());
    assertEquals(2, tampered.exit(), tampered.out() + tampered.err());
    // a picks file changed after the fact is not the one the trail names
    Map<Integer, Map<String, String>> changed = new TreeMap<>(given2.picks());
    Map<String, String> round2 = new TreeMap<>(changed.get(2));
    round2.replaceAll((place, pick) -> AnswersFile.NONE);
    changed.put(2, round2);
    AnswersFile other = AnswersFile.ofPicks(changed);
    assertThrows(TrailVerificationException.class, () -> MatchingSession.replay(sample,
        trailJson, Variants.builtIn().get("blind-shortlist"), other.responder(sample),
        Clock.systemUTC()));
  }

  @Test
  void picksThatDoNotFitExitTwoWithEveryErrorAndWriteNothing() throws Exception {
    Path picks = dir.resolve("bad.json");
    Files.writeString(picks, "{\"format\":\"stagematch-answers/1\",\"variant\":"
        + "\"blind-shortlist\",\"picks\":[{\"round\":1,\"place\":\"P-0001\",\"pick\":\"r1.s1.n9\"},"
        + "{\"round\":1,\"place\":\"NOPE\",\"pick\":\"none\"}]}");
    Path out = dir.resolve("out");
    ValidateCommandTest.Run r = stage(picks, out, "--lang", "en");
    assertEquals(2, r.exit(), r.err());
    assertFalse(Files.exists(out));
    // every error on its own coded line, after the file's name
    assertTrue(r.err().startsWith("error [CLI_"), r.err());
    assertTrue(r.err().contains("]: " + picks + ": $.picks[0].pick: the token (r1.s1.n9) is not"
        + " on the shortlist of place (P-0001) in round 1"), r.err());
    assertTrue(r.err().contains("]: " + picks + ": $.picks[1].place: unknown place (NOPE)"),
        r.err());
    assertTrue(r.err().contains("]: " + picks + ": $.picks: round 1 has no pick for place ("),
        r.err());
    // the same in Dutch, with the same codes
    ValidateCommandTest.Run nl = stage(picks, out);
    assertEquals(2, nl.exit(), nl.err());
    assertTrue(nl.err().startsWith("fout [CLI_"), nl.err());
    assertFalse(Files.exists(out));
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    // the final run refuses a file that leaves a round open
    Path result = dir.resolve("r.json");
    Files.writeString(picks, AnswersFile.ofPicks(Map.of()).toJson());
    ValidateCommandTest.Run fin = run("match", "--variant", "blind-shortlist", "--sample",
        "--answers", picks.toString(), "--out", result.toString());
    assertEquals(2, fin.exit(), fin.err());
    assertTrue(fin.err().startsWith("error [CLI_"), fin.err());
    assertTrue(fin.err().contains("]: " + picks + ": $.picks: round 1 has no picks"), fin.err());
    assertFalse(Files.exists(result));
    // usage
    ValidateCommandTest.Run usage = run("match", "--variant", "two-by-two", "--sample",
        "--stage", "shortlists", "--out-dir", out.toString());
    assertEquals(2, usage.exit(), usage.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aSimulatedRunSaysSoInTheSummary() throws Exception {
    ValidateCommandTest.Run sim = run("match", "--variant", "blind-shortlist", "--seed", "1",
        "--option", "max-rounds=1", "--sample", "--out", dir.resolve("sim.json").toString());
    assertEquals(0, sim.exit(), sim.err());
    assertTrue(sim.out().contains("answers:   simulated by fit (by-fit), not given by people"),
        sim.out());
    assertEquals("by-fit", ResultJson.read(dir.resolve("sim.json")).provenance().responder());
  }
}
