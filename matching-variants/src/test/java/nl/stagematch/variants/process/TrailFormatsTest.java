package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * The trail format 3 against format 2: the honest {@code warm} flag, the decisions' own times,
 * and trails of format 2 that still verify and replay as they are.
 */
class TrailFormatsTest {
  private static final String K = "K-01";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"),
      ZoneOffset.UTC);

  private static String resource(String name) throws Exception {
    try (InputStream in = TrailFormatsTest.class.getResourceAsStream("/trails/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> doc) {
    return (List<Map<String, Object>>) doc.get("entries");
  }

  /** Recomputes every entry's link and hash by the documented rule. */
  private static String rechain(Map<String, Object> doc) {
    String previous = AuditTrail.GENESIS;
    for (Map<String, Object> e : entries(doc)) {
      e.put("previousHash", previous);
      Map<String, Object> content = new LinkedHashMap<>(e);
      content.remove("hash");
      previous = Json.sha256(Json.compact(content));
      e.put("hash", previous);
    }
    return Json.pretty(doc);
  }

  /** The warm flags of the PROPOSED entries, in order. */
  private static List<Boolean> warmFlags(AuditTrail trail) {
    List<Boolean> flags = new ArrayList<>();
    for (AuditEntry e : trail.entries()) {
      if (e.action() == AuditAction.PROPOSED) {
        flags.add(e.warm());
      }
    }
    return flags;
  }

  /**
   * School placement after a confirmation: a refusal is a repair (warm), an early end drops the
   * confirmation (a pin withdrawn), which school placement cannot repair: it solves cold, and
   * the trail says so.
   */
  private static MatchingSession earlyEndSession(MatchingProblem problem) {
    return earlyEndSession(problem, new ArrayList<>());
  }

  /** As {@link #earlyEndSession(MatchingProblem)}, adding every proposal's result to {@code out}. */
  private static MatchingSession earlyEndSession(MatchingProblem problem, List<MatchResult> out) {
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(8)
        .clock(CLOCK).start(K);
    out.add(s.result());
    List<Placement> ps = s.result().placements();
    Placement kept = ps.get(0);
    Placement refused = ps.get(1);
    s.decide(Decision.confirm(K, kept.studentId(), kept.placeId()));
    s.rematch(K);
    out.add(s.result());
    s.decide(Decision.refuse(K, refused.studentId(), refused.placeId(), ReasonCategory.TRAVEL,
        null));
    s.rematch(K);
    out.add(s.result());
    s.decide(Decision.endEarly(K, kept.studentId(), kept.placeId(),
        ReasonCategory.SUPERVISION_CAPACITY, null));
    s.rematch(K);
    out.add(s.result());
    return s;
  }

  @Test
  void warmIsTrueOnlyWhenTheVariantReSolvedWarm() {
    MatchingProblem problem = TestProblems.random(41, 40, 15);
    MatchingSession s = earlyEndSession(problem);
    // proposal 1 cold (first); 2 after a new confirmation (a pin added: a repair); 3 after a
    // refusal (a pair forbidden: a repair); 4 after the early end (a pin withdrawn: cold).
    assertEquals(List.of(false, true, true, false), warmFlags(s.trail()));
    assertEquals(0L, s.proposal().report().figures().get("warm"));
    // The trail replays to the same bytes.
    MatchingSession replayed = MatchingSession.replay(problem, s.trailJson(), Variants.load());
    assertEquals(s.trailJson(), replayed.trailJson());
  }

  @Test
  void aFormat2TrailKeepsItsMeaningOfWarmAndReplaysAsItIs() throws Exception {
    MatchingProblem problem = TestProblems.random(42, 40, 15);
    List<MatchResult> proposals = new ArrayList<>();
    String v3 = earlyEndSession(problem, proposals).trailJson();
    // What the earlier version wrote for the same session: no decidedAt, "warm": true for the
    // proposal after the early end (a warm re-match was asked for), format 2.
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) Json.parse(v3, "test");
    doc.put("format", "stagematch-trail/2");
    List<Map<String, Object>> es = entries(doc);
    int k = 0;
    for (Map<String, Object> e : es) {
      e.remove("decidedAt");
      // The earlier version hashed stagematch-result/1 documents, without provenance and
      // certificate.
      if ("PROPOSED".equals(e.get("action"))) {
        e.put("proposalHash", v1Hash(proposals.get(k++)));
      }
    }
    assertEquals(proposals.size(), k);
    Map<String, Object> last = es.get(es.size() - 1);
    assertEquals(Boolean.FALSE, last.get("warm"));
    last.put("warm", true);
    String v2 = rechain(doc);
    AuditTrail read = AuditTrail.read(v2);
    assertEquals(2, read.formatVersion());
    assertEquals("stagematch-trail/2", AuditTrail.check(v2, null, read.headHash()).format());
    MatchingSession replayed = MatchingSession.replay(problem, v2, Variants.load());
    assertEquals(v2, replayed.trailJson(), "a replayed format 2 trail stays format 2");
    // A decision with its own time does not fit format 2; without one it continues the trail.
    Placement p = replayed.result().placements().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> replayed.decide(Decision.confirm(K, p.studentId(), p.placeId())
            .at(Instant.parse("2026-03-03T10:00:00Z"))));
    assertTrue(e.getMessage().contains("earlier format (stagematch-trail/2)"), e.getMessage());
    replayed.decide(Decision.confirm(K, p.studentId(), p.placeId()));
    AuditTrail.verify(replayed.trailJson());
    assertTrue(replayed.trailJson().startsWith("{\n  \"format\": \"stagematch-trail/2\","));
    // The format 2 reading is applied: the same trail with "warm": false there does not replay.
    last.put("warm", false);
    String wrong = rechain(doc);
    TrailVerificationException diverged = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, wrong, Variants.load()));
    assertEquals(es.size() - 1, diverged.entry());
    // A format 2 trail cannot carry a decidedAt or a signature.
    es.get(2).put("decidedAt", "2026-03-03T10:00:00Z");
    String withTime = rechain(doc);
    TrailVerificationException time = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.read(withTime));
    assertTrue(time.getMessage().contains("unknown field (\"decidedAt\")"), time.getMessage());
  }

  @Test
  void theFormat2ExampleOfTheEarlierDocsStillVerifiesAndReplays() throws Exception {
    String v2 = resource("docs-example-v2.json");
    AuditTrail trail = AuditTrail.read(v2);
    assertEquals(4, trail.size());
    assertEquals("fc566c942b9628ab61a867625b1057d7cd8311f16b7b69fdf0ca0fd56de0941c",
        trail.headHash());
    AuditTrail.verify(v2, trail.headHash());
    MatchingSession replayed = MatchingSession.replay(DocsExamplesTest.docsProblem(), v2,
        Variants.load());
    assertEquals(v2.strip(), replayed.trailJson().strip());
    assertEquals(2, replayed.version());
    TrailVerificationException unsigned = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(v2, TrailSignature.generateKeyPair().getPublic()));
    assertTrue(unsigned.getMessage().startsWith("The audit trail is not signed"));
  }

  @Test
  void decisionsCarryTheirOwnTimeIntoTheTrail() {
    MatchingProblem problem = TestProblems.random(43, 30, 12);
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(3)
        .clock(CLOCK).start(K);
    List<Placement> ps = s.result().placements();
    String json = "{\"format\": \"stagematch-decisions/1\", \"steps\": [\n"
        + "  {\"kind\": \"CONFIRM\", \"coordinator\": \"K-01\", \"studentId\": \""
        + ps.get(0).studentId() + "\", \"placeId\": \"" + ps.get(0).placeId()
        + "\", \"at\": \"2026-03-02T09:30:00+01:00\"},\n"
        + "  {\"kind\": \"REFUSE\", \"coordinator\": \"K-02\", \"studentId\": \""
        + ps.get(1).studentId() + "\", \"placeId\": \"" + ps.get(1).placeId()
        + "\", \"reason\": \"TRAVEL\"},\n"
        + "  {\"kind\": \"REMATCH\", \"coordinator\": \"K-01\"}\n]}";
    DecisionsFile file = DecisionsFile.parse(json);
    Decision confirm = ((DecisionsFile.Decide) file.steps().get(0)).decision();
    assertEquals(Instant.parse("2026-03-02T08:30:00Z"), confirm.at());
    assertEquals(null, ((DecisionsFile.Decide) file.steps().get(1)).decision().at());
    assertTrue(file.toJson().contains("\"at\": \"2026-03-02T08:30:00Z\""), file.toJson());
    assertEquals(file, DecisionsFile.parse(file.toJson()));
    file.applyTo(s);
    List<AuditEntry> decided = new ArrayList<>();
    for (AuditEntry e : s.trail().entries()) {
      if (e.action() == AuditAction.DECIDED) {
        decided.add(e);
      }
    }
    assertEquals(2, decided.size());
    // The entry's time is when the session recorded it; decidedAt when it was decided.
    assertEquals(Instant.parse("2026-03-02T15:00:00Z"), decided.get(0).time());
    assertEquals("2026-03-02T08:30:00Z", decided.get(0).decidedAt());
    assertEquals(AuditEntry.TIME_NOT_GIVEN, decided.get(1).decidedAt());
    String trail = s.trailJson();
    assertTrue(trail.contains("\"decidedAt\": \"2026-03-02T08:30:00Z\""), trail);
    assertTrue(trail.contains("\"decidedAt\": \"not-given\""), trail);
    assertFalse(trail.contains("\"at\":"), "the decision's time is in decidedAt only");
    // Replay (at another wall-clock time) gives the same entries, with the decisions' times.
    MatchingSession replayed = MatchingSession.replay(problem, trail, Variants.load());
    assertEquals(trail, replayed.trailJson());
    assertEquals(s.decisions(), replayed.decisions());
    assertEquals(confirm.at(), replayed.decisions().get(0).at());
  }

  @Test
  void badDecisionTimesAreRefusedWithTheirPath() {
    String[][] cases = {
        {"\"2026-03-02T09:30:00\"", "$.steps[0].at: the time (2026-03-02T09:30:00) is not an"
            + " ISO-8601 date and time with an offset."},
        {"\"02-03-2026 09:30\"", "$.steps[0].at: the time (02-03-2026 09:30) is not"},
        {"\"2026-02-30T09:30:00Z\"", "$.steps[0].at: the time (2026-02-30T09:30:00Z) is not"},
        {"1772440200", "$.steps[0].at: expected a string"},
    };
    for (String[] c : cases) {
      String json = "{\"format\": \"stagematch-decisions/1\", \"steps\": [{\"kind\": \"OPT_OUT\","
          + " \"coordinator\": \"K-01\", \"studentId\": \"S-0001\", \"at\": " + c[0] + "}]}";
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DecisionsFile.parse(json), c[0]);
      assertTrue(e.getMessage().startsWith(c[1]), c[0] + ": " + e.getMessage());
      assertTrue(e.getMessage().contains("\nMaybe "), e.getMessage());
    }
    IllegalArgumentException rematch = assertThrows(IllegalArgumentException.class,
        () -> DecisionsFile.parse("{\"format\": \"stagematch-decisions/1\", \"steps\": ["
            + "{\"kind\": \"REMATCH\", \"coordinator\": \"K-01\", \"at\": \"2026-03-02T09:30:00Z\"}"
            + "]}"));
    assertTrue(rematch.getMessage().startsWith("$.steps[0].at: unknown field"),
        rematch.getMessage());
  }

  /** The SHA-256 of {@code result} as a stagematch-result/1 document, written independently. */
  private static String v1Hash(MatchResult result) throws Exception {
    String v2 = new String(ResultJson.toBytes(result.withEvidence(null, null)),
        StandardCharsets.UTF_8);
    assertTrue(v2.contains("\"stagematch-result/2\""), v2);
    String v1 = v2.replace("\"stagematch-result/2\"", "\"stagematch-result/1\"");
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(v1.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
