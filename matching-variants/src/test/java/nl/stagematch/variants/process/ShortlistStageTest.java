package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blind shortlist from picks as data ({@link ShortlistStage}, {@link AnswersFile#ofPicks}): the
 * staged rounds give the same result as a responder that answers the same questions live, the
 * picks that the built-in responder would make give the simulated result, the same input gives
 * the same shortlists, and every pick that does not fit the run is refused with its path, all at
 * once.
 */
class ShortlistStageTest {
  private static final MatchingVariant V3 = Variants.builtIn().get("blind-shortlist");

  /**
   * A company's rule, independent of the code under test: no one at every fourth place (by the
   * digits of its id) in odd rounds, else the last profile on the shortlist.
   */
  static Optional<String> rule(String placeId, int round, List<Profile> shortlist) {
    if (round % 2 == 1 && Math.floorMod(placeId.hashCode(), 4) == 0) {
      return Optional.empty();
    }
    return Optional.of(shortlist.get(shortlist.size() - 1).token());
  }

  /** The same rule as a live responder. */
  static final class Rule implements Responder {
    @Override
    public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
      return rule(placeId, round, shortlist);
    }
  }

  /** Runs the stages with {@code picker}, and returns the final stage and the rounds seen. */
  private static ShortlistStage staged(MatchRequest request, Picker picker, List<Integer> rounds) {
    AnswersFile picks = AnswersFile.ofPicks(Map.of());
    ShortlistStage stage = ShortlistStage.next(V3, request, picks);
    while (!stage.finished()) {
      rounds.add(stage.round());
      Map<String, String> byPlace = new TreeMap<>();
      for (Map.Entry<String, List<Profile>> e : stage.shortlists().entrySet()) {
        // the company sees profiles only: never a student id among the tokens
        for (Profile p : e.getValue()) {
          assertTrue(request.problem().student(p.token()).isEmpty(), p.token());
        }
        byPlace.put(e.getKey(), picker.pick(e.getKey(), stage.round(), e.getValue())
            .orElse(AnswersFile.NONE));
      }
      // through the document, as a coordinator's file would come in
      picks = AnswersFile.parse(picks.withPicks(stage.round(), byPlace).toJson());
      stage = ShortlistStage.next(V3, request, picks);
    }
    return stage;
  }

  interface Picker {
    Optional<String> pick(String placeId, int round, List<Profile> shortlist);
  }

  /** The result document with the responder's name blanked, for comparing two runs. */
  private static String withoutResponder(Proposal p) {
    String json = new String(ResultJson.toBytes(p.result()), StandardCharsets.UTF_8);
    return json.replace(p.result().provenance().responder(), "RESPONDER");
  }

  @Test
  void theSampleRoundByRoundFromPicksIsTheRunOfTheSameAnswersGivenLive() {
    MatchingProblem sample = SampleCohort.load();
    MatchRequest request = MatchRequest.builder(sample).seed(11).build();
    List<Integer> rounds = new ArrayList<>();
    ShortlistStage last = staged(request, ShortlistStageTest::rule, rounds);
    assertTrue(rounds.size() >= 2, "rounds " + rounds);
    assertEquals(rounds.size(), rounds.get(rounds.size() - 1), "rounds 1..n: " + rounds);
    MatchRequest live = request.toBuilder().responder(new Rule()).build();
    Proposal direct = V3.match(live).withProvenance(live);
    assertEquals(withoutResponder(direct), withoutResponder(last.proposal()));
    assertTrue(last.proposal().result().provenance().responder().startsWith("answers-file"));
    // the rule made a difference: some shortlists were passed over
    ShortlistCertificate c = (ShortlistCertificate) direct.result().certificate();
    assertTrue(c.shortlists().stream().anyMatch(s -> s.picked() == null));
  }

  @Test
  void picksOfTheFirstProfileGiveTheSimulatedRun() {
    MatchingProblem sample = SampleCohort.load();
    MatchRequest request = MatchRequest.builder(sample).seed(5).build();
    ShortlistStage last = staged(request, (place, round, list) -> {
      // the school's own choice is the profile numbered 1, whatever its place in the list
      for (Profile p : list) {
        if (p.nomination() == 1) {
          return Optional.of(p.token());
        }
      }
      throw new AssertionError("no profile numbered 1 at " + place);
    }, new ArrayList<>());
    Proposal simulated = V3.match(request).withProvenance(request);
    assertEquals("by-fit", simulated.result().provenance().responder());
    assertEquals(withoutResponder(simulated), withoutResponder(last.proposal()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theSameInputGivesTheSameShortlistsAndResult(long seed) {
    MatchingProblem problem = TestProblems.random(700 + seed, 40, 16);
    MatchRequest request = MatchRequest.builder(problem).seed(seed).build();
    ShortlistStage a = staged(request, ShortlistStageTest::rule, new ArrayList<>());
    ShortlistStage b = staged(request, ShortlistStageTest::rule, new ArrayList<>());
    assertEquals(withoutResponder(a.proposal()), withoutResponder(b.proposal()), "seed " + seed);
    AnswersFile round1 = AnswersFile.ofPicks(Map.of());
    assertEquals(ShortlistStage.next(V3, request, round1).shortlists(),
        ShortlistStage.next(V3, request, round1).shortlists(), "seed " + seed);
  }

  /** The first round's shortlists and picks by the rule, of a small problem. */
  private static final MatchingProblem SMALL = TestProblems.random(801, 40, 16);
  private static final MatchRequest SMALL_REQUEST = MatchRequest.builder(SMALL).seed(4).build();

  private static SortedMap<String, List<Profile>> firstRound() {
    return ShortlistStage.next(V3, SMALL_REQUEST, AnswersFile.ofPicks(Map.of())).shortlists();
  }

  private static List<String> errorsOf(String json) {
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> ShortlistStage.next(V3, SMALL_REQUEST, AnswersFile.parse(json)));
    for (String error : e.errors()) {
      assertTrue(error.startsWith("$."), error);
      assertTrue(error.contains("\nMaybe "), error);
    }
    return e.errors();
  }

  private static String doc(List<String> entries) {
    return "{\"format\":\"stagematch-answers/1\",\"variant\":\"blind-shortlist\",\"picks\":["
        + String.join(",", entries) + "]}";
  }

  private static String entry(int round, String place, String pick) {
    return "{\"round\":" + round + ",\"place\":\"" + place + "\",\"pick\":\"" + pick + "\"}";
  }

  @Test
  void everyWrongPickIsReportedAtOnceWithItsPath() {
    SortedMap<String, List<Profile>> shortlists = firstRound();
    assertTrue(shortlists.size() >= 4, shortlists.keySet().toString());
    List<String> places = new ArrayList<>(shortlists.keySet());
    String noShortlist = null;
    for (var p : SMALL.places()) {
      if (!shortlists.containsKey(p.id())) {
        noShortlist = p.id();
        break;
      }
    }
    assertTrue(noShortlist != null, "a place without a shortlist in round 1");
    List<String> entries = new ArrayList<>();
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < places.size(); i++) {
      String place = places.get(i);
      String first = shortlists.get(place).get(0).token();
      switch (i) {
        case 0 -> {
          // a token of another round
          entries.add(entry(1, place, "r2.s1.n1"));
          expected.put("token of another round", "$.picks[" + (entries.size() - 1) + "].pick:"
              + " the token (r2.s1.n1) is not on the shortlist of place (" + place + ")");
        }
        case 1 -> {
          entries.add(entry(1, place, "S-0001"));
          expected.put("unknown token", "$.picks[" + (entries.size() - 1) + "].pick: the token"
              + " (S-0001) is not on the shortlist of place (" + place + ")");
        }
        case 2 -> expected.put("missing pick", "$.picks: round 1 has no pick for place ("
            + place + ")");
        default -> entries.add(entry(1, place, i % 2 == 0 ? first : AnswersFile.NONE));
      }
    }
    entries.add(entry(1, noShortlist, AnswersFile.NONE));
    expected.put("no shortlist", "$.picks[" + (entries.size() - 1) + "]: place (" + noShortlist
        + ") had no shortlist in round 1");
    entries.add(entry(1, "P-NOPE", AnswersFile.NONE));
    expected.put("unknown place", "$.picks[" + (entries.size() - 1) + "].place: unknown place"
        + " (P-NOPE)");
    entries.add(entry(2, places.get(3), "r2.s1.n1"));
    expected.put("later rounds", "$.picks: the picks of the rounds after round 1 are checked");
    List<String> errors = errorsOf(doc(entries));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertTrue(errors.stream().anyMatch(x -> x.startsWith(e.getValue())),
          e.getKey() + ": " + e.getValue() + "\nin\n" + String.join("\n", errors));
    }
    assertEquals(expected.size(), errors.size(), String.join("\n", errors));
  }

  @Test
  void theDocumentsOwnErrorsAreReportedAtOnce() {
    String first = firstRound().firstKey();
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> AnswersFile.parse("{\"format\":\"stagematch-answers/1\",\"variant\":"
            + "\"blind-shortlist\",\"x\":1,\"picks\":[" + entry(1, first, "r1.s1.n1") + ","
            + entry(1, first, AnswersFile.NONE) + ",{\"round\":0,\"place\":\"P\",\"pick\":\"a\","
            + "\"y\":2},{\"round\":1,\"place\":\"P\",\"pick\":\"\"},7]}"));
    List<String> expected = List.of(
        "$.x: unknown field",
        "$.picks[4]: expected an object",
        "$.picks[1]: a second pick for place (" + first + ") in round 1 (the first is"
            + " $.picks[0])",
        "$.picks[2].y: unknown field",
        "$.picks[2].round: the number (0) must be 1",
        "$.picks[3].pick: the pick is empty");
    assertEquals(expected.size(), e.errors().size(), String.join("\n", e.errors()));
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(e.errors().get(i).startsWith(expected.get(i)), e.errors().get(i));
    }
  }

  @Test
  void thePicksExampleInTheDocsReads() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs",
        "variants.md"));
    int start = doc.indexOf("```\n", doc.indexOf("For `blind-shortlist` the one field"));
    AnswersFile file = AnswersFile.parse(doc.substring(start + 4, doc.indexOf("```", start + 4)));
    assertEquals(Map.of("P-0001", "r1.s1.n2", "P-0002", "none"), file.picks().get(1));
    assertEquals(Map.of("P-0002", "r2.s1.n1"), file.picks().get(2));
    assertEquals(2, file.lastRound());
  }

  @Test
  void aFinalRunWithARoundLeftUnansweredIsRefused() {
    MatchRequest request = SMALL_REQUEST.toBuilder()
        .responder(AnswersFile.ofPicks(Map.of()).responder(SMALL)).build();
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> V3.match(request));
    assertTrue(e.getMessage().startsWith("$.picks: round 1 has no picks"), e.getMessage());
    // picks for another variant
    assertThrows(IllegalArgumentException.class, () -> ShortlistStage.next(V3, SMALL_REQUEST,
        AnswersFile.ofRankings(Map.of())));
    assertFalse(ShortlistStage.next(V3, SMALL_REQUEST, AnswersFile.ofPicks(Map.of()))
        .finished());
  }
}
