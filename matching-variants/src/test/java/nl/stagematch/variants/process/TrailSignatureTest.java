package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed trails: the signature round trip, the forgery of a reason with every hash recomputed
 * (refused with the key and against the kept head), other keys, removed signatures, and the key
 * files.
 */
class TrailSignatureTest {
  private static final String K = "K-01";
  private static KeyPair school;
  private static KeyPair other;

  @TempDir
  Path dir;

  @BeforeAll
  static void keys() {
    school = TrailSignature.generateKeyPair();
    other = TrailSignature.generateKeyPair();
  }

  private static MatchingSession signedSession(MatchingProblem problem, KeyPair keys) {
    MatchingSession.Builder b = MatchingSession.builder(problem, new GreedyVariant()).seed(5)
        .clock(FixedClock.monday());
    if (keys != null) {
      b.signingKey(keys);
    }
    MatchingSession s = b.start(K);
    List<Placement> ps = s.result().placements();
    s.decide(Decision.confirm(K, ps.get(0).studentId(), ps.get(0).placeId()));
    s.decide(Decision.refuse(K, ps.get(1).studentId(), ps.get(1).placeId(),
        ReasonCategory.TRAVEL, "NOTE-9"));
    s.rematch(K);
    return s;
  }

  /** The document as maps and lists (the library's own parser). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return (Map<String, Object>) Json.parse(json, "test");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> doc) {
    return (List<Map<String, Object>>) doc.get("entries");
  }

  /**
   * The forgery of the issue: the reason of the refusal changed, and every hash from that entry
   * on recomputed by the documented rule (SHA-256 of the sorted compact JSON without the hash,
   * computed here with the JDK's digest), so that the chain is valid again.
   */
  private static Map<String, Object> forgeReason(String json) throws Exception {
    Map<String, Object> doc = parse(json);
    String previous = null;
    boolean changed = false;
    for (Map<String, Object> e : entries(doc)) {
      if (changed) {
        e.put("previousHash", previous);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> decision = (Map<String, Object>) e.get("decision");
      if (!changed && decision != null && "TRAVEL".equals(decision.get("reason"))) {
        decision.put("reason", "SAFETY");
        changed = true;
      }
      if (changed) {
        Map<String, Object> content = new LinkedHashMap<>(e);
        content.remove("hash");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(
            Json.compact(content).getBytes(StandardCharsets.UTF_8));
        e.put("hash", HexFormat.of().formatHex(digest));
      }
      previous = (String) e.get("hash");
    }
    assertTrue(changed, "no refusal to forge");
    return doc;
  }

  @Test
  void aSignedTrailVerifiesWithItsPublicKeyAndIsTheSameBytesTwice() throws Exception {
    MatchingProblem problem = TestProblems.random(31, 30, 12);
    MatchingSession s = signedSession(problem, school);
    String json = s.trailJson();
    assertEquals(json, signedSession(problem, school).trailJson(), "signing is deterministic");
    TrailCheck check = AuditTrail.verify(json, school.getPublic());
    assertTrue(check.signed() && check.signatureChecked());
    assertEquals(s.trail().headHash(), check.headHash());
    assertEquals(s.trail().size(), check.entries());
    // The fingerprint is the SHA-256 of the X.509 encoding, and the signature verifies with the
    // JDK directly over the documented statement.
    String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(school.getPublic().getEncoded()));
    assertEquals(fingerprint, check.keyFingerprint());
    @SuppressWarnings("unchecked")
    Map<String, Object> sig = (Map<String, Object>) parse(json).get("signature");
    assertEquals(fingerprint, sig.get("keyFingerprint"));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(school.getPublic());
    verifier.update(("stagematch-trail/3 " + s.trail().size() + " " + s.trail().headHash())
        .getBytes(StandardCharsets.UTF_8));
    assertTrue(verifier.verify(Base64.getDecoder().decode((String) sig.get("value"))));
    assertTrue(json.startsWith("{\n  \"format\": \"stagematch-trail/3\",\n  \"signature\": {\n"),
        json);
    // Without a key: signed, not checked; the replay reads it.
    TrailCheck unchecked = AuditTrail.check(json, null, null);
    assertTrue(unchecked.signed());
    assertFalse(unchecked.signatureChecked());
    assertTrue(String.join("\n", unchecked.lines()).contains("NOT checked"));
    assertTrue(String.join("\n", unchecked.lines(nl.stagematch.core.model.Message.DUTCH))
        .contains("handtekening: Ed25519, sleutel " + unchecked.keyFingerprint()
            + ", NIET gecontroleerd"));
    assertEquals(s.result(), MatchingSession.replay(problem, json, new GreedyVariant(),
        Responder.byFit(), FixedClock.monday()).result());
  }

  @Test
  void theForgedReasonIsRefusedWithTheKeyAndAgainstTheKeptHead() throws Exception {
    MatchingProblem problem = TestProblems.random(32, 30, 12);
    MatchingSession s = signedSession(problem, school);
    String head = s.trail().headHash();
    Map<String, Object> forged = forgeReason(s.trailJson());
    // The forgery without its signature: a valid chain, and it even replays (a reason does not
    // change a proposal). This is what a key or a kept head must catch.
    Map<String, Object> stripped = new LinkedHashMap<>(forged);
    stripped.remove("signature");
    String strippedJson = Json.pretty(stripped);
    AuditTrail.verify(strippedJson);
    MatchingSession.replay(problem, strippedJson, new GreedyVariant(), Responder.byFit(),
        FixedClock.monday());
    TrailVerificationException noSig = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(strippedJson, school.getPublic()));
    assertTrue(noSig.getMessage().startsWith("The audit trail is not signed"),
        noSig.getMessage());
    TrailVerificationException kept = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(strippedJson, head));
    assertTrue(kept.getMessage().contains("not at the expected (" + head + ")"),
        kept.getMessage());

    // With the original signature kept: it covers the old head, refused even without the key.
    String withSig = Json.pretty(forged);
    for (PublicKey key : new PublicKey[] {school.getPublic(), null}) {
      TrailVerificationException e = assertThrows(TrailVerificationException.class,
          () -> AuditTrail.check(withSig, key, null));
      assertTrue(e.getMessage().startsWith("The signature of the audit trail covers head ("
          + head + ") after " + s.trail().size() + " entries, but the entries now hash to head"),
          e.getMessage());
    }

    // The signature's head and length edited to the forgery's: the value does not verify.
    @SuppressWarnings("unchecked")
    Map<String, Object> sig = (Map<String, Object>) forged.get("signature");
    List<Map<String, Object>> es = entries(forged);
    sig.put("head", es.get(es.size() - 1).get("hash"));
    String edited = Json.pretty(forged);
    TrailVerificationException bad = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(edited, school.getPublic()));
    assertTrue(bad.getMessage().contains("does not verify with the public key"),
        bad.getMessage());

    // Re-signed by the forger's own key: refused, the fingerprint is not the school's.
    sig.put("keyFingerprint", TrailSignature.fingerprint(other.getPublic()));
    sig.put("value", TrailSignature.sign(other.getPrivate(), es.size(),
        (String) es.get(es.size() - 1).get("hash")));
    String resigned = Json.pretty(forged);
    AuditTrail.verify(resigned, other.getPublic());
    TrailVerificationException otherKey = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(resigned, school.getPublic()));
    assertTrue(otherKey.getMessage().startsWith("The audit trail is signed by another key"),
        otherKey.getMessage());
  }

  /**
   * Over seeded sessions: any one entry changed (its coordinator) or the last one cut off, with
   * every hash recomputed, is refused with the key and against the kept head, also when the
   * signature's head and length are edited to match.
   */
  @TestFactory
  Stream<DynamicTest> anyRewrittenEntryIsRefusedWithTheKey() {
    return IntStream.range(0, 12).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random r = new Random(seed);
      MatchingSession s = signedSession(TestProblems.random(100 + seed, 20, 8), school);
      String head = s.trail().headHash();
      Map<String, Object> doc = parse(s.trailJson());
      List<Map<String, Object>> es = entries(doc);
      int at = r.nextInt(es.size() + 1);
      String what;
      if (at == es.size()) {
        es.remove(es.size() - 1);
        what = "seed " + seed + ": the last entry cut off";
      } else {
        es.get(at).put("coordinator", "K-99");
        what = "seed " + seed + ": entry " + at + " rewritten";
      }
      String previous = AuditTrail.GENESIS;
      for (Map<String, Object> e : es) {
        e.put("previousHash", previous);
        Map<String, Object> content = new LinkedHashMap<>(e);
        content.remove("hash");
        previous = Json.sha256(Json.compact(content));
        e.put("hash", previous);
      }
      AuditTrail.verify(Json.pretty(withoutSignature(doc)));
      @SuppressWarnings("unchecked")
      Map<String, Object> sig = (Map<String, Object>) doc.get("signature");
      sig.put("head", previous);
      sig.put("entries", (long) es.size());
      String json = Json.pretty(doc);
      assertThrows(TrailVerificationException.class,
          () -> AuditTrail.verify(json, school.getPublic()), what);
      assertThrows(TrailVerificationException.class, () -> AuditTrail.verify(json, head), what);
    }));
  }

  private static Map<String, Object> withoutSignature(Map<String, Object> doc) {
    Map<String, Object> copy = new LinkedHashMap<>(doc);
    copy.remove("signature");
    return copy;
  }

  @Test
  void aWrongKeyIsRefusedAndAnUnsignedTrailSaysSo() {
    MatchingProblem problem = TestProblems.random(33, 20, 8);
    String json = signedSession(problem, school).trailJson();
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(json, other.getPublic()));
    assertTrue(e.getMessage().contains("fingerprint " + TrailSignature.fingerprint(
        other.getPublic())), e.getMessage());
    MatchingSession unsigned = signedSession(problem, null);
    assertFalse(unsigned.trailJson().contains("\"signature\""));
    assertNull(unsigned.trail().signingKeyFingerprint());
    TrailCheck check = AuditTrail.check(unsigned.trailJson(), null,
        unsigned.trail().headHash());
    assertFalse(check.signed());
    assertTrue(check.headChecked());
    // The same session signed and unsigned has the same entries: the signature is outside them.
    assertEquals(unsigned.trail().headHash(), signedSession(problem, school).trail().headHash());
  }

  @Test
  void aSigningPairWhoseHalvesDoNotBelongTogetherIsRefused() throws Exception {
    KeyPair mixed = new KeyPair(other.getPublic(), school.getPrivate());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchingSession.builder(TestProblems.random(34, 5, 3), new GreedyVariant())
            .signingKey(mixed));
    assertTrue(e.getMessage().contains("does not belong to its private key"), e.getMessage());
    KeyPair rsa = rsa();
    IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
        () -> MatchingSession.builder(TestProblems.random(34, 5, 3), new GreedyVariant())
            .signingKey(rsa));
    assertTrue(r.getMessage().contains("is an RSA key, not an Ed25519 key"), r.getMessage());
  }

  @Test
  void aKeyPairThatCannotBeWrittenLeavesNeitherFileNorATemporaryOne() throws Exception {
    // the public key's directory is missing: the private key must not stay behind alone
    Path priv = dir.resolve("p.key");
    Path pub = dir.resolve("missing").resolve("p.pub");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrailSignature.writeKeyPair(school, priv, pub));
    assertTrue(e.getMessage().contains("cannot be written") && e.getMessage().contains("p.pub"),
        e.getMessage());
    // the private key's directory is missing, the public key's exists
    Path priv2 = dir.resolve("gone").resolve("q.key");
    Path pub2 = dir.resolve("q.pub");
    assertThrows(IllegalArgumentException.class,
        () -> TrailSignature.writeKeyPair(school, priv2, pub2));
    try (Stream<Path> left = Files.list(dir)) {
      List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of(), names, "files left behind");
    }
    // an escape in a path is shown escaped
    Path hostile = dir.resolve("x\u001b[31m").resolve("k.key");
    IllegalArgumentException h = assertThrows(IllegalArgumentException.class,
        () -> TrailSignature.readPrivateKey(hostile));
    assertFalse(h.getMessage().contains("\u001b"), h.getMessage());
    assertTrue(h.getMessage().contains("x\\u001B[31m"), h.getMessage());
  }

  @Test
  void keyFilesRoundTripAndAreNeverOverwritten() throws Exception {
    Path priv = dir.resolve("k.key");
    Path pub = dir.resolve("k.pub");
    TrailSignature.writeKeyPair(school, priv, pub);
    KeyPair read = TrailSignature.readPrivateKey(priv);
    assertEquals(TrailSignature.fingerprint(school.getPublic()),
        TrailSignature.fingerprint(TrailSignature.readPublicKey(pub)));
    assertEquals(TrailSignature.fingerprint(school.getPublic()),
        TrailSignature.fingerprint(read.getPublic()));
    // A trail signed with the key read from the file verifies with the public key file.
    String json = signedSession(TestProblems.random(35, 10, 4), read).trailJson();
    AuditTrail.verify(json, TrailSignature.readPublicKey(pub));
    String pubText = Files.readString(pub);
    assertTrue(pubText.startsWith("-----BEGIN PUBLIC KEY-----\n"), pubText);
    assertTrue(Files.readString(priv).startsWith("-----BEGIN PRIVATE KEY-----\n"));
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
        () -> TrailSignature.writeKeyPair(other, priv, dir.resolve("new.pub")));
    assertTrue(again.getMessage().startsWith("The key file (" + priv + ") already exists"),
        again.getMessage());
    assertFalse(Files.exists(dir.resolve("new.pub")), "nothing written when refused");
    assertEquals(pubText, Files.readString(pub));
    // the refusal is coded and exists in Dutch too
    InputException coded = assertInstanceOf(InputException.class, again);
    assertEquals("KEY_FILE_EXISTS", coded.code());
    assertEquals("Het sleutelbestand (" + priv + ") bestaat al; het wordt niet overschreven.",
        coded.text(Message.DUTCH).lines().findFirst().orElseThrow());
    InputException missing = assertThrows(InputException.class,
        () -> TrailSignature.readPrivateKey(dir.resolve("none.pem")));
    assertEquals("KEY_FILE_MISSING", missing.code());
    assertTrue(missing.text(Message.DUTCH).startsWith("Het privésleutelbestand ("
        + dir.resolve("none.pem") + ") bestaat niet."), missing.text(Message.DUTCH));
    assertTrue(missing.getMessage().startsWith("The private key file ("), missing.getMessage());
  }

  @Test
  void badKeyFilesAreRefusedNamingTheFileAndTheFault() throws Exception {
    Path priv = dir.resolve("k.key");
    Path pub = dir.resolve("k.pub");
    TrailSignature.writeKeyPair(school, priv, pub);
    List<String[]> cases = new ArrayList<>();
    Path missing = dir.resolve("none.key");
    cases.add(new String[] {missing.toString(), "private", "does not exist"});
    cases.add(new String[] {pub.toString(), "private", "only a public key"});
    Path rsa = dir.resolve("rsa.key");
    KeyPair rsaPair = rsa();
    Files.writeString(rsa, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder()
        .encodeToString(rsaPair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    cases.add(new String[] {rsa.toString(), "private", "it is an RSA key"});
    Path rsaPub = dir.resolve("rsa.pub");
    Files.writeString(rsaPub, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
        .encodeToString(rsaPair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    cases.add(new String[] {rsaPub.toString(), "public", "it is an RSA key"});
    Path openssh = dir.resolve("ssh.key");
    Files.writeString(openssh, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
        + "-----END RSA PRIVATE KEY-----\n");
    cases.add(new String[] {openssh.toString(), "private", "holds a (RSA PRIVATE KEY)"});
    Path garbled = dir.resolve("garbled.key");
    Files.writeString(garbled, Files.readString(priv).replace("MC4CAQAw", "MC4C*QAw"));
    cases.add(new String[] {garbled.toString(), "private", "is malformed: the base64"});
    Path cut = dir.resolve("cut.pub");
    Files.writeString(cut, Files.readString(pub).replace("-----END PUBLIC KEY-----\n", ""));
    cases.add(new String[] {cut.toString(), "public", "has no end line"});
    Path empty = dir.resolve("empty.pub");
    Files.writeString(empty, "");
    cases.add(new String[] {empty.toString(), "public", "holds no PEM block"});
    Path onlyPrivate = dir.resolve("only.key");
    String privText = Files.readString(priv);
    Files.writeString(onlyPrivate, privText.substring(0, privText.indexOf("-----BEGIN PUBLIC")));
    cases.add(new String[] {onlyPrivate.toString(), "private", "not its public key block"});
    Path damaged = dir.resolve("damaged.pub");
    Files.writeString(damaged, "-----BEGIN PUBLIC KEY-----\nAAAAAAAA\n-----END PUBLIC KEY-----\n");
    cases.add(new String[] {damaged.toString(), "public", "the key data are damaged"});
    for (String[] c : cases) {
      Path file = Path.of(c[0]);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> {
            if (c[1].equals("private")) {
              TrailSignature.readPrivateKey(file);
            } else {
              TrailSignature.readPublicKey(file);
            }
          }, c[0]);
      assertTrue(e.getMessage().contains("(" + file + ")"), "names the file: " + e.getMessage());
      assertTrue(e.getMessage().contains(c[2]), c[2] + " in: " + e.getMessage());
      assertTrue(e.getMessage().contains("\nMaybe "), e.getMessage());
    }
    assertNotEquals(Files.readString(garbled), Files.readString(priv));
  }

  /** An RSA key pair (small: only its type matters here). */
  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    return g.generateKeyPair();
  }
}
