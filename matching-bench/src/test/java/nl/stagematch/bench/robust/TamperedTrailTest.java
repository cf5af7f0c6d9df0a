package nl.stagematch.bench.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AuditTrail;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.TrailVerificationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trail edited and then re-hashed (every entry's hash and the chain recomputed, as someone who
 * knows the format would) is refused naming the entry and the field, never with a
 * NullPointerException or ClassCastException. The hashes are recomputed here from the format's
 * definition (SHA-256 of the compact entry without its hash), not with the library's own writer.
 */
class TamperedTrailTest {
  private static MatchingProblem problem;
  private static String trail;

  @BeforeAll
  static void session() throws Exception {
    try (InputStream in = TamperedTrailTest.class.getResourceAsStream(
        "/nl/stagematch/bench/cli/valid.json")) {
      problem = ProblemJson.read(in);
    }
    MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(2025)
        .clock(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC)).start("K-01");
    Placement p = session.result().placements().get(0);
    session.decide(Decision.refuse("K-01", p.studentId(), p.placeId(), ReasonCategory.TRAVEL,
        null));
    session.rematch("K-01");
    trail = session.trailJson();
  }

  @Test
  void theUntouchedTrailAndItsRehashedCopyReplay() {
    assertEquals(trail, rehash(trail, doc -> { }));
    MatchingSession replayed = MatchingSession.replay(problem, trail, Variants.load());
    assertEquals(4, replayed.trail().size());
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("the first entry without its seed", "entries[0]", "seed",
            edit(0, e -> e.remove("seed"))),
        Arguments.of("a seed that is a string", "entry 0", "seed",
            edit(0, e -> e.put("seed", "2025"))),
        Arguments.of("a seed that is an object", "entry 0", "seed",
            edit(0, e -> e.put("seed", new LinkedHashMap<>()))),
        Arguments.of("the variant that is a number", "entry 0", "variant",
            edit(0, e -> e.put("variant", 7L))),
        Arguments.of("an unknown variant", "entries[0]", "variant",
            edit(0, e -> e.put("variant", "lottery\u001b[2J"))),
        Arguments.of("options that are a list", "entry 0", "options",
            edit(0, e -> e.put("options", new ArrayList<>()))),
        Arguments.of("an option value that is a number", "entry 0", "options",
            edit(0, e -> ((Map<String, Object>) e.get("options")).put("checked", 1L))),
        Arguments.of("a decision with an unknown reason", "entry 2", "reason",
            edit(2, e -> ((Map<String, Object>) e.get("decision")).put("reason", "WHIM"))),
        Arguments.of("a decision that is a string", "entry 2", "decision",
            edit(2, e -> e.put("decision", "REFUSE"))),
        Arguments.of("a decision entry without its decision", "entry 2", "decision",
            edit(2, e -> e.remove("decision"))),
        Arguments.of("a decision without its student", "entry 2", "studentId",
            edit(2, e -> ((Map<String, Object>) e.get("decision")).remove("studentId"))),
        Arguments.of("lottery numbers that are strings", "entry 1", "lotteryNumbers",
            edit(1, e -> ((Map<String, Object>) e.get("lotteryNumbers")).replaceAll(
                (k, v) -> "1"))),
        Arguments.of("a proposal hash changed", "entry 1", "",
            edit(1, e -> e.put("proposalHash", "0".repeat(64)))),
        Arguments.of("an action that is unknown", "entry 3", "action",
            edit(3, e -> e.put("action", "HACKED"))),
        Arguments.of("a time that is a number", "entry 1", "time",
            edit(1, e -> e.put("time", 5L))),
        Arguments.of("the decision entry removed", "entry 2", "",
            (Consumer<List<Map<String, Object>>>) list -> list.remove(2)),
        Arguments.of("the entries that are strings", "entries", "",
            (Consumer<List<Map<String, Object>>>) list -> {
              list.clear();
            }));
  }

  @SuppressWarnings("unchecked")
  private static Consumer<List<Map<String, Object>>> edit(int index,
      Consumer<Map<String, Object>> change) {
    return list -> change.accept(list.get(index));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void aRehashedEditIsRefusedNamingTheEntry(String what, String entry, String field,
      Consumer<List<Map<String, Object>>> change) {
    String tampered = rehash(trail, change);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      AuditTrail.check(tampered, null, null);
      MatchingSession.replay(problem, tampered, Variants.load());
    }, what);
    String m = e.getMessage();
    assertTrue(m.contains(entry) || (e instanceof TrailVerificationException
        && entry.startsWith("entr")), what + ": " + m);
    assertTrue(m.contains(field), what + ": the message does not name " + field + ": " + m);
    assertTrue(m.chars().noneMatch(c -> c < 0x20 && c != '\n'), what + ": " + m);
  }

  @Test
  void aRehashedEditThatKeepsTheProposalsIsCaughtByTheHeadKeptElsewhere() {
    // another refusal reason changes no proposal: only the head (or a signature) shows it
    String head = AuditTrail.check(trail, null, null).headHash();
    String tampered = rehash(trail, list -> ((Map<String, Object>) list.get(2).get("decision"))
        .put("reason", "SAFETY"));
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.check(tampered, null, head));
    assertTrue(e.getMessage().contains("not at the expected (" + head + ")"), e.getMessage());
  }

  /** The trail with {@code change} applied to its entries, then every hash recomputed. */
  @SuppressWarnings("unchecked")
  static String rehash(String json, Consumer<List<Map<String, Object>>> change) {
    Map<String, Object> doc = (Map<String, Object>) Json.parse(json, "the trail");
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Object o : (List<Object>) doc.get("entries")) {
      entries.add((Map<String, Object>) o);
    }
    change.accept(entries);
    String previous = "0".repeat(64);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = new LinkedHashMap<>(entries.get(i));
      e.remove("hash");
      e.put("index", (long) i);
      e.put("previousHash", previous);
      previous = sha256(Json.compact(e));
      e.put("hash", previous);
      out.add(e);
    }
    doc.put("entries", out);
    return Json.pretty(doc);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
