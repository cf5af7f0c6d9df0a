package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AuditTrail;
import nl.stagematch.variants.process.MatchingSession;

/**
 * The trail check on any bytes, then the replay of a trail that passed on the small problem: a
 * session or a user error naming the entry. Seeds: {@code TrailCheckFuzzTestInputs/trail/} and
 * {@code TrailCheckFuzzTestInputs/rehashedTrail/}.
 *
 * <p>{@link #trail} takes the bytes as they are, so nearly every mutation breaks the hash chain
 * and is refused by it. {@link #rehashedTrail} plays the one who edits a trail and recomputes
 * every hash (SHA-256 of the compact entry without its hash, chained from 64 zeros; computed here
 * from the format's definition): the edit passes the chain, and the checks behind it (fields,
 * personal values, the replay) must refuse it by name.
 */
class TrailCheckFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void trail(byte[] data) {
    UserErrors.check(() -> {
      String text = InputFiles.decodeUtf8(data, "trail");
      AuditTrail.check(text, null, null);
      MatchingSession.replay(Fixtures.problem(), text, Variants.load());
    });
  }

  @FuzzTest(maxDuration = "60s")
  void rehashedTrail(byte[] data) {
    String rehashed = rehash(new String(data, StandardCharsets.UTF_8));
    if (rehashed == null) {
      return; // not a JSON object with a list of entries: the first target covers it
    }
    UserErrors.check(() -> {
      AuditTrail.check(rehashed, null, null);
      MatchingSession.replay(Fixtures.problem(), rehashed, Variants.load());
    });
  }

  /** The trail with every entry's index, previous hash and hash recomputed; null if not one. */
  @SuppressWarnings("unchecked")
  private static String rehash(String json) {
    Object parsed;
    try {
      parsed = Json.parse(json, "the trail");
    } catch (RuntimeException e) {
      return null;
    }
    if (!(parsed instanceof Map<?, ?> map) || !(map.get("entries") instanceof List<?> list)) {
      return null;
    }
    Map<String, Object> doc = new LinkedHashMap<>((Map<String, Object>) map);
    String previous = "0".repeat(64);
    List<Object> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> entry)) {
        return null;
      }
      Map<String, Object> e = new LinkedHashMap<>((Map<String, Object>) entry);
      e.remove("hash");
      e.put("index", (long) out.size());
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
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
