package nl.stagematch.variants.process;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;

/**
 * The append-only, hash-chained record of every step of a {@link MatchingSession}, exportable as
 * the canonical JSON document {@code stagematch-trail/3} (see {@code docs/decisions.md}); trails
 * of {@code stagematch-trail/2} are read, verified and replayed as they are.
 *
 * <p>The chain: every entry carries {@code previousHash}, the {@code hash} of the entry before it
 * (64 zeros for the first), and its own {@code hash} = SHA-256 (lower-case hex) of the UTF-8
 * bytes of the entry's JSON object <em>without</em> the {@code hash} field, written compactly (no
 * whitespace) with the fields of every object sorted by name. So {@link #verify} needs nothing
 * but the JSON: changing, inserting, removing or reordering an entry breaks the chain at that
 * entry. Cutting entries off the end leaves a valid shorter chain; to detect that, keep the {@link
 * #headHash()} somewhere else (in the minutes of the meeting, say) and pass it to {@link
 * #verify(String, String)}, or sign the trail: a session given an Ed25519 key ({@link
 * MatchingSession.Builder#signingKey}) exports the trail with a signature of its head, which
 * {@link #check(String, PublicKey, String)} checks against the public key.
 *
 * <p>Thread-safe: its methods are synchronized, so the trail of a running session can be read
 * (exported, verified) from another thread.
 */
public final class AuditTrail {
  /** The format marker of a trail document: {@value}. */
  public static final String FORMAT = "stagematch-trail/3";
  /**
   * The format before decisions carried their own time and before signatures, in which {@code
   * warm} meant "a warm re-match was tried": {@value}. Still read, verified and replayed.
   */
  public static final String FORMAT_2 = "stagematch-trail/2";
  /** The format before the responder and its answers were recorded; refused with a reason. */
  static final String FORMAT_1 = "stagematch-trail/1";
  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private final List<AuditEntry> entries = new ArrayList<>();
  private final int version;
  private KeyPair signingKey;

  /** An empty trail of the current format. */
  AuditTrail() {
    this(3);
  }

  /** An empty trail of format version {@code version} (2 or 3). */
  AuditTrail(int version) {
    this.version = version;
  }

  /** The format version of this trail: 3, or 2 for a trail read (or replayed) from that format. */
  public int formatVersion() {
    return version;
  }

  /** The format marker of this trail ({@link #FORMAT}, or {@link #FORMAT_2}). */
  public String format() {
    return version == 3 ? FORMAT : FORMAT_2;
  }

  /** Signs the exported trail with {@code keys} from now on (format 3 only). */
  synchronized void signWith(KeyPair keys) {
    if (version < 3) {
      throw new IllegalArgumentException("A trail of the earlier format (" + FORMAT_2 + ") cannot"
          + " be signed.\nMaybe start a new session; it writes " + FORMAT + ".");
    }
    this.signingKey = TrailSignature.checkPair(keys, "");
  }

  /** The fingerprint of the key that signs this trail's export, or {@code null} if unsigned. */
  public synchronized String signingKeyFingerprint() {
    return signingKey == null ? null : TrailSignature.fingerprint(signingKey.getPublic());
  }

  /** The entries, oldest first (an unmodifiable snapshot). */
  public synchronized List<AuditEntry> entries() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /** The number of entries. */
  public synchronized int size() {
    return entries.size();
  }

  /** The hash of the last entry ({@link #GENESIS} when empty): what the whole trail hashes to. */
  public synchronized String headHash() {
    return entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
  }

  /** Appends an entry with the given content, computing its index and hashes. */
  synchronized AuditEntry append(Instant time, String coordinator, AuditAction action,
      int proposalVersion, String variant, Long seed, String inputHash,
      Map<String, String> options, Map<String, String> schools, String responder,
      Decision decision, Boolean warm, String proposalHash, Map<String, Long> lotteryNumbers,
      List<ResponderAnswer> answers) {
    String decidedAt = null;
    if (decision != null && version >= 3) {
      decidedAt = decision.at() == null ? AuditEntry.TIME_NOT_GIVEN : decision.at().toString();
    }
    AuditEntry draft = new AuditEntry(entries.size(), time, coordinator, action, proposalVersion,
        variant, seed, inputHash, options, schools, responder, decision, decidedAt, warm,
        proposalHash, lotteryNumbers, answers, headHash(), GENESIS);
    String hash = Json.sha256(Json.compact(draft.content()));
    AuditEntry entry = new AuditEntry(draft.index(), time, coordinator, action, proposalVersion,
        variant, seed, inputHash, draft.options(), draft.schools(), responder, decision,
        decidedAt, warm,
        proposalHash, draft.lotteryNumbers(), draft.answers(), draft.previousHash(), hash);
    entries.add(entry);
    return entry;
  }

  /**
   * The canonical JSON document of the trail; signed (a {@code signature} object after the
   * format) when the session was given a key. Ed25519 signatures are deterministic, so the same
   * trail and key give the same bytes.
   */
  public synchronized String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", format());
    if (signingKey != null) {
      Map<String, Object> sig = new LinkedHashMap<>();
      sig.put("algorithm", TrailSignature.ALGORITHM);
      sig.put("keyFingerprint", TrailSignature.fingerprint(signingKey.getPublic()));
      sig.put("entries", (long) entries.size());
      sig.put("head", headHash());
      sig.put("value", TrailSignature.sign(signingKey.getPrivate(), entries.size(), headHash()));
      doc.put("signature", sig);
    }
    List<Object> list = new ArrayList<>(entries.size());
    for (AuditEntry e : entries) {
      list.add(e.toJson());
    }
    doc.put("entries", list);
    return Json.pretty(doc);
  }

  /**
   * Verifies the chain of a trail document from its JSON alone and returns the trail.
   *
   * @throws TrailVerificationException naming the first entry whose hash or link is wrong
   * @throws IllegalArgumentException when the document is not a trail document
   */
  public static AuditTrail read(String json) {
    return readDocument(json).trail;
  }

  /** A trail read from its document, with its signature object if it has one. */
  private record Read(AuditTrail trail, Node signature) {}

  private static Read readDocument(String json) {
    Node doc = Node.parse(json, "the audit trail");
    doc.allow("format", "signature", "entries");
    String format = doc.string("format");
    if (FORMAT_1.equals(format)) {
      throw InputException.at("$.format",
          Message.of(ProcessMessage.TRAIL_OLD_FORMAT, SafeText.clean(format), FORMAT));
    }
    if (!FORMAT.equals(format) && !FORMAT_2.equals(format)) {
      throw InputException.at("$.format", Message.of(ProcessMessage.TRAIL_NOT_A_TRAIL,
          SafeText.clean(format), FORMAT, FORMAT_2));
    }
    int version = FORMAT.equals(format) ? 3 : 2;
    if (version < 3 && doc.has("signature")) {
      throw doc.error("signature",
          Message.of(ProcessMessage.TRAIL_SIGNATURE_ON_OLD_FORMAT, FORMAT_2));
    }
    List<Node> raw = doc.objects("entries");
    AuditTrail trail = new AuditTrail(version);
    String previous = GENESIS;
    for (int i = 0; i < raw.size(); i++) {
      Node n = raw.get(i);
      Map<String, Object> content = new LinkedHashMap<>(n.raw());
      Object stored = content.remove("hash");
      Message label = label(n, i);
      if (!(stored instanceof String)) {
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_NO_HASH, label);
      }
      String computed = Json.sha256(Json.compact(content));
      if (!computed.equals(stored)) {
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_CHANGED, label,
            SafeText.clean(stored), computed);
      }
      if (!previous.equals(content.get("previousHash"))) {
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_BROKEN_CHAIN, label,
            SafeText.clean(content.get("previousHash")), previous);
      }
      Object index = content.get("index");
      if (!(index instanceof Long) || (Long) index != i) {
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_WRONG_INDEX, label, i,
            SafeText.clean(index));
      }
      AuditEntry entry;
      try {
        entry = AuditEntry.fromJson(n, version);
      } catch (IllegalArgumentException e) {
        Message cause = MatchingSession.cause(e);
        if (e instanceof InputException input && input.path() != null
            && input.path().startsWith("$")) {
          cause = Message.of(CoreMessage.AT_PATH, input.path(), cause); // name the field
        }
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_UNREADABLE_ENTRY, label,
            cause);
      }
      trail.entries.add(entry);
      previous = (String) stored;
    }
    return new Read(trail, doc.has("signature") ? doc.object("signature") : null);
  }

  /** Verifies a trail document; see {@link #read}. */
  public static void verify(String json) {
    read(json);
  }

  /**
   * Verifies a trail document and that it ends at {@code expectedHead} (so that no entry was cut
   * off its end, and no entry was changed with every hash recomputed).
   */
  public static void verify(String json, String expectedHead) {
    check(json, null, expectedHead);
  }

  /**
   * Verifies a trail document and its signature with {@code publicKey}: the trail must be signed
   * by that key, and the signature must cover its head and length.
   *
   * @throws TrailVerificationException when the chain is broken, the trail is not signed, signed
   *     by another key, or changed after it was signed (saying whether the head or the signature
   *     failed)
   */
  public static TrailCheck verify(String json, PublicKey publicKey) {
    return check(json, java.util.Objects.requireNonNull(publicKey, "publicKey"), null);
  }

  /**
   * Checks a trail document: the hash chain always; its signature against {@code publicKey} when
   * given (else a signed trail is reported as signed and not checked); its head against {@code
   * expectedHead} when given. What the {@code verify} and {@code report} commands call.
   *
   * @param publicKey the key the trail must be signed by, or {@code null}
   * @param expectedHead the head hash kept elsewhere (such as in the minutes), or {@code null}
   * @return what was checked
   * @throws TrailVerificationException naming the entry, the head or the signature at fault
   * @throws IllegalArgumentException when the document is not a trail document
   */
  public static TrailCheck check(String json, PublicKey publicKey, String expectedHead) {
    Read read = readDocument(json);
    AuditTrail trail = read.trail;
    String head = trail.headHash();
    int n = trail.size();
    if (expectedHead != null && !head.equals(expectedHead.strip().toLowerCase(
        java.util.Locale.ROOT))) {
      throw new TrailVerificationException(n - 1, ProcessMessage.TRAIL_UNEXPECTED_HEAD, head, n,
          SafeText.clean(expectedHead.strip()));
    }
    String fingerprint = null;
    boolean checked = false;
    if (read.signature != null) {
      Node sig = read.signature;
      sig.allow("algorithm", "keyFingerprint", "entries", "head", "value");
      String algorithm = sig.string("algorithm");
      if (!TrailSignature.ALGORITHM.equals(algorithm)) {
        throw new TrailVerificationException(-1, ProcessMessage.TRAIL_SIGNATURE_ALGORITHM,
            SafeText.clean(algorithm), TrailSignature.ALGORITHM);
      }
      fingerprint = sig.string("keyFingerprint");
      long signedEntries = sig.integer("entries");
      String signedHead = sig.string("head");
      String value = sig.string("value");
      if (signedEntries != n || !signedHead.equals(head)) {
        throw new TrailVerificationException(n - 1, ProcessMessage.TRAIL_SIGNATURE_COVERAGE,
            SafeText.clean(signedHead), signedEntries, head, n);
      }
      if (publicKey != null) {
        String expected = TrailSignature.fingerprint(publicKey);
        if (!expected.equals(fingerprint)) {
          throw new TrailVerificationException(-1, ProcessMessage.TRAIL_OTHER_KEY,
              SafeText.clean(fingerprint), expected);
        }
        if (!TrailSignature.verify(publicKey, n, head, value)) {
          throw new TrailVerificationException(-1, ProcessMessage.TRAIL_BAD_SIGNATURE, head, n,
              expected);
        }
        checked = true;
      }
    } else if (publicKey != null) {
      throw new TrailVerificationException(-1, ProcessMessage.TRAIL_NOT_SIGNED,
          TrailSignature.fingerprint(publicKey));
    }
    return new TrailCheck(trail.format(), n, head, fingerprint, checked,
        expectedHead != null);
  }

  private static Message label(Node n, int i) {
    return AuditEntry.label(i, n.raw().get("action"), n.raw().get("coordinator"),
        n.raw().get("time"));
  }

  @Override
  public synchronized String toString() {
    return "AuditTrail[" + entries.size() + " entries, head " + headHash() + "]";
  }
}
