package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  private static final String K = "K-01";

  private static MatchingSession session(MatchingProblem problem) {
    MatchingSession s = MatchingSession.builder(problem, new GreedyVariant()).seed(5)
        .clock(FixedClock.monday()).start(K);
    List<Placement> ps = s.result().placements();
    s.decide(Decision.confirm(K, ps.get(0).studentId(), ps.get(0).placeId()));
    s.decide(Decision.refuse(K, ps.get(1).studentId(), ps.get(1).placeId(),
        ReasonCategory.TRAVEL, "NOTE-9"));
    s.rematch(K);
    return s;
  }

  @Test
  void anExportedTrailVerifiesAndReadsBackToTheSameEntries() {
    MatchingSession s = session(TestProblems.random(21, 30, 12));
    String json = s.trailJson();
    AuditTrail read = AuditTrail.read(json);
    assertEquals(s.trail().entries(), read.entries());
    assertEquals(json, read.toJson());
    AuditTrail.verify(json, s.trail().headHash());
    assertTrue(json.startsWith("{\n  \"format\": \"stagematch-trail/3\",\n  \"entries\": [\n"));
  }

  @Test
  void theHashIsTheSha256OfTheSortedCompactEntryWithoutItsHash() {
    MatchingSession s = session(TestProblems.random(22, 30, 12));
    Node doc = Node.parse(s.trailJson(), "test");
    Node entry = doc.objects("entries").get(2);
    Map<String, Object> content = new java.util.LinkedHashMap<>(entry.raw());
    String hash = (String) content.remove("hash");
    assertEquals(hash, Json.sha256(Json.compact(content)));
    String compact = Json.compact(content);
    assertTrue(compact.startsWith("{\"action\":\"DECIDED\",\"coordinator\":\"K-01\","), compact);
  }

  @Test
  void aChangedDecisionFailsVerificationNamingTheEntry() {
    String json = session(TestProblems.random(23, 30, 12)).trailJson();
    String tampered = json.replaceFirst("\"reason\": \"TRAVEL\"", "\"reason\": \"SAFETY\"");
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(tampered));
    assertEquals(3, e.entry());
    assertTrue(e.getMessage().startsWith("Audit entry 3 (DECIDED by K-01 at 2026-01-12T09:03:00Z)"
        + " was changed after it was written"), e.getMessage());
  }

  @Test
  void aChangedSeedFailsVerificationNamingTheFirstEntry() {
    String json = session(TestProblems.random(24, 30, 12)).trailJson();
    String tampered = json.replaceFirst("\"seed\": 5,", "\"seed\": 6,");
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(tampered));
    assertEquals(0, e.entry());
    assertTrue(e.getMessage().contains("entry 0 (SEED_FIXED"), e.getMessage());
  }

  @Test
  void aRemovedEntryWithRecomputedHashesStillBreaksTheChain() {
    MatchingSession s = session(TestProblems.random(25, 30, 12));
    Node doc = Node.parse(s.trailJson(), "test");
    List<Object> entries = new ArrayList<>();
    for (Node n : doc.objects("entries")) {
      entries.add(n.raw());
    }
    entries.remove(2);
    // Renumber and re-hash the moved entry itself, as a forger would; the link still breaks.
    @SuppressWarnings("unchecked")
    Map<String, Object> moved = (Map<String, Object>) entries.get(2);
    moved.put("index", 2L);
    moved.remove("hash");
    moved.put("hash", Json.sha256(Json.compact(moved)));
    Map<String, Object> forged = new java.util.LinkedHashMap<>(doc.raw());
    forged.put("entries", entries);
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(Json.pretty(forged)));
    assertEquals(2, e.entry());
    assertTrue(e.getMessage().contains("does not follow the entry before it"), e.getMessage());
  }

  /**
   * The trail of {@code s} with {@code edit} applied to its entry {@code at}, and every hash from
   * there on recomputed as docs/decisions.md describes it: what someone who knows the format
   * does.
   */
  @SuppressWarnings("unchecked")
  private static String rehashed(MatchingSession s, int at,
      java.util.function.Consumer<Map<String, Object>> edit) {
    Node doc = Node.parse(s.trailJson(), "test");
    List<Object> entries = new ArrayList<>();
    for (Node n : doc.objects("entries")) {
      entries.add(new java.util.LinkedHashMap<>(n.raw()));
    }
    edit.accept((Map<String, Object>) entries.get(at));
    String previous = (String) ((Map<String, Object>) entries.get(at)).get("previousHash");
    for (int i = at; i < entries.size(); i++) {
      Map<String, Object> e = (Map<String, Object>) entries.get(i);
      e.remove("hash");
      e.put("previousHash", previous);
      previous = Json.sha256(Json.compact(e));
      e.put("hash", previous);
    }
    Map<String, Object> forged = new java.util.LinkedHashMap<>(doc.raw());
    forged.put("entries", entries);
    return Json.pretty(forged);
  }

  @Test
  void aFieldEveryEntryOfItsActionHasRemovedAndReHashedIsRefusedNamingTheEntryAndTheField() {
    MatchingSession s = session(TestProblems.random(27, 30, 12));
    List<AuditEntry> entries = s.trail().entries();
    // entry: field, for every action the session wrote
    Map<Integer, List<String>> required = new java.util.TreeMap<>();
    for (AuditEntry e : entries) {
      switch (e.action()) {
        case SEED_FIXED -> required.put(e.index(), List.of("variant", "seed", "inputHash"));
        case PROPOSED -> required.put(e.index(), List.of("seed", "proposalHash"));
        case DECIDED -> required.put(e.index(), List.of("decision"));
        default -> { }
      }
    }
    assertEquals(java.util.Set.of(
        nl.stagematch.variants.process.AuditAction.SEED_FIXED,
        nl.stagematch.variants.process.AuditAction.PROPOSED,
        nl.stagematch.variants.process.AuditAction.DECIDED),
        entries.stream().map(AuditEntry::action).collect(java.util.stream.Collectors.toSet()));
    for (Map.Entry<Integer, List<String>> r : required.entrySet()) {
      for (String field : r.getValue()) {
        int at = r.getKey();
        String forged = rehashed(s, at, e -> e.remove(field));
        TrailVerificationException ex = assertThrows(TrailVerificationException.class,
            () -> AuditTrail.read(forged), "entry " + at + " without " + field);
        assertEquals(at, ex.entry(), ex.getMessage());
        assertTrue(ex.getMessage().contains("$.entries[" + at + "]." + field),
            ex.getMessage());
      }
    }
    // the same trail re-hashed without a change is still accepted
    assertEquals(s.trail().entries(), AuditTrail.read(rehashed(s, 0, e -> { })).entries());
  }

  @Test
  void aPersonalFieldOrAskerInAReHashedEntryIsRefusedAsPersonalDataWithoutTheValue() {
    MatchingSession s = session(TestProblems.random(28, 30, 12));
    int decided = s.trail().entries().stream()
        .filter(e -> e.action() == AuditAction.DECIDED).findFirst().orElseThrow().index();
    @SuppressWarnings("unchecked")
    String forged = rehashed(s, decided,
        e -> ((Map<String, Object>) e.get("decision")).put("voornaam", "Jan"));
    TrailVerificationException ex = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.read(forged));
    assertEquals(decided, ex.entry());
    assertTrue(ex.getMessage().contains("$.entries[" + decided + "].decision.voornaam")
        && ex.getMessage().contains("personal characteristic (name)")
        && ex.getMessage().contains("rule R1"), ex.getMessage());
    assertTrue(!ex.getMessage().contains("Jan"), ex.getMessage());
  }

  @Test
  void aTrailCutShortFailsAgainstTheKeptHeadHash() {
    MatchingSession s = session(TestProblems.random(26, 30, 12));
    Node doc = Node.parse(s.trailJson(), "test");
    List<Object> entries = new ArrayList<>();
    for (Node n : doc.objects("entries")) {
      entries.add(n.raw());
    }
    Map<String, Object> cut = new java.util.LinkedHashMap<>(doc.raw());
    cut.put("entries", entries.subList(0, entries.size() - 1));
    String json = Json.pretty(cut);
    AuditTrail.verify(json);
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(json, s.trail().headHash()));
    assertTrue(e.getMessage().contains("Maybe entries were cut off its end"), e.getMessage());
  }

  @Test
  void aTamperedTrailDoesNotReplay() {
    MatchingProblem problem = TestProblems.random(27, 30, 12);
    String json = session(problem).trailJson();
    String tampered = json.replaceFirst("\"coordinator\": \"K-01\"", "\"coordinator\": \"K-66\"");
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, tampered, new GreedyVariant(), Responder.byFit(),
            FixedClock.monday()));
    assertTrue(e.getMessage().startsWith("Audit entry 0 (SEED_FIXED by K-66"), e.getMessage());
  }

  @Test
  void aRecordedProposalThatTheVariantNoLongerGivesFailsTheReplayNamingTheEntry() {
    MatchingProblem problem = TestProblems.random(28, 30, 12);
    String json = session(problem).trailJson();
    // Same name, other behaviour: a variant that ignores the seed's lottery order.
    GreedyVariant changed = new GreedyVariant() {
      @Override
      public nl.stagematch.core.spi.Proposal match(nl.stagematch.core.spi.MatchRequest r) {
        return super.match(r.toBuilder().seed(r.seed() + 1).build().withProblem(r.problem()));
      }
    };
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, json, changed, Responder.byFit(),
            FixedClock.monday()));
    assertEquals(1, e.entry());
    assertTrue(e.getMessage().startsWith("Replay diverged at audit entry 1 (PROPOSED"),
        e.getMessage());
  }

  @Test
  void aDocumentOfAnotherFormatIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditTrail.read("{\"format\": \"stagematch-result/1\", \"entries\": []}"));
    assertTrue(e.getMessage().contains("not an audit trail"), e.getMessage());
  }
}
