package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import nl.stagematch.bench.gen.UniformCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AuditTrail;
import nl.stagematch.variants.process.TrailSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keygen}, {@code match --sign-key} and {@code report --public-key / --expect-head}: the
 * exit codes (0 and 2, never a stack trace) and messages that name the file at fault.
 */
class TrailSigningCommandTest {
  @TempDir
  Path dir;
  private Path problem;
  private Path decisions;

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private static void assertBadInput(Run run, String shown) {
    assertEquals(2, run.exit(), "exit code; stderr:\n" + run.err());
    assertTrue(run.err().contains(shown), "should show (" + shown + "):\n" + run.err());
    assertTrue(run.err().contains("Maybe"), "no suggestion:\n" + run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"),
        "a stack trace:\n" + run.err());
  }

  @BeforeEach
  void problemAndDecisions() throws Exception {
    problem = dir.resolve("problem.json");
    ProblemJson.write(UniformCohortGenerator.generate(7, 60, 30, 12, 1), problem);
    Path first = dir.resolve("first.json");
    Run matched = run("match", "--variant", "school-placement", "--seed", "7",
        problem.toString(), "--out", first.toString());
    assertEquals(0, matched.exit(), matched.err());
    MatchResult before = ResultJson.read(first);
    Placement keep = before.placements().get(0);
    Placement refuse = before.placements().get(1);
    decisions = dir.resolve("decisions.json");
    Files.writeString(decisions, "{\"format\": \"stagematch-decisions/1\", \"steps\": [\n"
        + "  {\"kind\": \"CONFIRM\", \"coordinator\": \"K-01\", \"studentId\": \""
        + keep.studentId() + "\", \"placeId\": \"" + keep.placeId()
        + "\", \"at\": \"2026-01-12T09:30:00+01:00\"},\n"
        + "  {\"kind\": \"REFUSE\", \"coordinator\": \"K-01\", \"studentId\": \""
        + refuse.studentId() + "\", \"placeId\": \"" + refuse.placeId()
        + "\", \"reason\": \"TRAVEL\", \"noteRef\": \"NOTE-1\"}\n]}\n");
  }

  private Run signedMatch(Path key, Path trail) {
    return run("match", "--variant", "school-placement", "--seed", "7", problem.toString(),
        "--decisions", decisions.toString(), "--trail", trail.toString(), "--sign-key",
        key.toString(), "--out", dir.resolve("after.json").toString());
  }

  @Test
  void keygenSignAndVerifyRoundTrip() throws Exception {
    Path keys = dir.resolve("keys");
    Run keygen = run("keygen", "--out", keys.toString());
    assertEquals(0, keygen.exit(), keygen.err());
    Path priv = keys.resolve(TrailSignature.PRIVATE_KEY_FILE);
    Path pub = keys.resolve(TrailSignature.PUBLIC_KEY_FILE);
    String fingerprint = TrailSignature.fingerprint(TrailSignature.readPublicKey(pub));
    assertTrue(keygen.out().contains("fingerprint: " + fingerprint), keygen.out());

    Path trail = dir.resolve("trail.json");
    Run match = signedMatch(priv, trail);
    assertEquals(0, match.exit(), match.err());
    String json = Files.readString(trail, StandardCharsets.UTF_8);
    String head = AuditTrail.read(json).headHash();
    assertTrue(match.out().contains("\nhead:      " + head + " (keep this hash elsewhere"),
        match.out());
    assertTrue(match.out().contains("signature: Ed25519, key " + fingerprint), match.out());
    assertTrue(json.contains("\"decidedAt\": \"2026-01-12T08:30:00Z\""), json);
    assertTrue(json.contains("\"decidedAt\": \"not-given\""), json);

    Run checked = run("report", "--problem", problem.toString(), trail.toString(),
        "--public-key", pub.toString(), "--expect-head", head);
    assertEquals(0, checked.exit(), checked.err());
    assertTrue(checked.err().contains("head:      " + head + " (matches the expected head)"),
        checked.err());
    assertTrue(checked.err().contains("key " + fingerprint + ", verified with the public key"),
        checked.err());
    Run unchecked = run("report", "--problem", problem.toString(), trail.toString());
    assertEquals(0, unchecked.exit(), unchecked.err());
    assertTrue(unchecked.err().contains("NOT checked (give the public key"), unchecked.err());
    assertEquals(checked.out(), unchecked.out());

    // keygen never overwrites.
    Run again = run("keygen", "--out", keys.toString());
    assertBadInput(again, "(" + priv + ") already exists");
    assertEquals(json, Files.readString(trail), "unchanged");
  }

  @Test
  void aKeyFileErrorIsShownInDutch() throws Exception {
    Path keys = dir.resolve("keys");
    assertEquals(0, run("keygen", "--out", keys.toString()).exit());
    Path priv = keys.resolve(TrailSignature.PRIVATE_KEY_FILE);
    Run again = run("keygen", "--lang", "nl", "--out", keys.toString());
    assertEquals(2, again.exit(), again.err());
    assertTrue(again.err().startsWith("fout [CLI_BAD_KEY]: Het sleutelbestand (" + priv
        + ") bestaat al; het wordt niet overschreven.\nTip: schrijf het nieuwe paar naar een"
        + " andere map"), again.err());
    assertFalse(again.err().contains("already exists"), again.err());

    Path missing = dir.resolve("geen.pem");
    Run report = run("report", "--lang", "nl", "--problem", problem.toString(),
        problem.toString(), "--public-key", missing.toString());
    assertEquals(2, report.exit(), report.err());
    assertTrue(report.err().contains("Het publiekesleutelbestand (" + missing
        + ") bestaat niet."), report.err());
  }

  @Test
  void theForgedReasonIsRefusedWithTheKeyAndWithTheKeptHead() throws Exception {
    Path keys = dir.resolve("keys");
    assertEquals(0, run("keygen", "--out", keys.toString()).exit());
    Path trail = dir.resolve("trail.json");
    assertEquals(0, signedMatch(keys.resolve(TrailSignature.PRIVATE_KEY_FILE), trail).exit());
    String json = Files.readString(trail);
    String head = AuditTrail.read(json).headHash();
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) Json.parse(json, "test");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) doc.get("entries");
    String previous = AuditTrail.GENESIS;
    for (Map<String, Object> e : entries) {
      Object decision = e.get("decision");
      if (decision instanceof Map<?, ?> d && "TRAVEL".equals(d.get("reason"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) d;
        m.put("reason", "SAFETY");
      }
      e.put("previousHash", previous);
      Map<String, Object> content = new LinkedHashMap<>(e);
      content.remove("hash");
      previous = Json.sha256(Json.compact(content));
      e.put("hash", previous);
    }
    Path forged = dir.resolve("forged.json");
    Files.writeString(forged, Json.pretty(doc));
    Run withKey = run("report", "--problem", problem.toString(), forged.toString(),
        "--public-key", keys.resolve(TrailSignature.PUBLIC_KEY_FILE).toString());
    assertBadInput(withKey, forged + " fails verification: The signature of the audit trail"
        + " covers head (" + head + ")");
    doc.remove("signature");
    Files.writeString(forged, Json.pretty(doc));
    assertBadInput(run("report", "--problem", problem.toString(), forged.toString(),
        "--public-key", keys.resolve(TrailSignature.PUBLIC_KEY_FILE).toString()),
        "The audit trail is not signed");
    assertBadInput(run("report", "--problem", problem.toString(), forged.toString(),
        "--expect-head", head), "not at the expected (" + head + ")");
    // Without a key or a kept head the rewritten chain passes: what the docs warn about.
    Run blind = run("report", "--problem", problem.toString(), forged.toString());
    assertEquals(0, blind.exit(), blind.err());
    assertTrue(blind.err().contains("signature: none"), blind.err());

    // Another school's public key.
    Path otherKeys = dir.resolve("other");
    assertEquals(0, run("keygen", "--out", otherKeys.toString()).exit());
    assertBadInput(run("report", "--problem", problem.toString(), trail.toString(),
        "--public-key", otherKeys.resolve(TrailSignature.PUBLIC_KEY_FILE).toString()),
        "The audit trail is signed by another key");
  }

  @Test
  void badKeyFilesExit2NamingTheFile() throws Exception {
    Path trail = dir.resolve("trail.json");
    Path missing = dir.resolve("no-such.key");
    assertBadInput(signedMatch(missing, trail), "The private key file (" + missing
        + ") does not exist");
    assertFalse(Files.exists(trail));
    Path rsa = dir.resolve("rsa.key");
    Files.writeString(rsa, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder()
        .encodeToString(rsa().getPrivate()
            .getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    assertBadInput(signedMatch(rsa, trail), "The private key in (" + rsa + ") is not an Ed25519"
        + " key (it is an RSA key)");
    Path keys = dir.resolve("keys");
    assertEquals(0, run("keygen", "--out", keys.toString()).exit());
    Path pub = keys.resolve(TrailSignature.PUBLIC_KEY_FILE);
    assertBadInput(signedMatch(pub, trail), "The key file (" + pub + ") holds no private key"
        + " (only a public key");
    Path junk = dir.resolve("junk.key");
    Files.writeString(junk, "not a key\n");
    assertBadInput(signedMatch(junk, trail), "(" + junk + ") is malformed");
    Path badPub = dir.resolve("bad.pub");
    Files.writeString(badPub, "-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----\n");
    assertBadInput(run("report", "--problem", problem.toString(), decisions.toString(),
        "--public-key", badPub.toString()), "(" + badPub + ") is malformed");
    Path noPub = dir.resolve("none.pub");
    assertBadInput(run("report", "--problem", problem.toString(), decisions.toString(),
        "--public-key", noPub.toString()), "The public key file (" + noPub
        + ") does not exist");
    Run noTrail = run("match", "--variant", "school-placement", problem.toString(),
        "--decisions", decisions.toString(), "--sign-key", junk.toString());
    assertEquals(2, noTrail.exit());
    assertTrue(noTrail.err().startsWith("error [CLI_MATCH_SIGN_KEY_NEEDS_TRAIL]: --sign-key needs"
        + " --trail"), noTrail.err());
  }

  @Test
  void aBadDecisionTimeExits2WithItsPath() throws Exception {
    Files.writeString(decisions, Files.readString(decisions).replace(
        "2026-01-12T09:30:00+01:00", "2026-01-12 09:30"));
    Run run = run("match", "--variant", "school-placement", problem.toString(), "--decisions",
        decisions.toString());
    assertBadInput(run, decisions + ": $.steps[0].at: the time (2026-01-12 09:30) is not an"
        + " ISO-8601 date and time with an offset.");
  }

  /** An RSA key pair (small: only its type matters here). */
  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    return g.generateKeyPair();
  }
}
