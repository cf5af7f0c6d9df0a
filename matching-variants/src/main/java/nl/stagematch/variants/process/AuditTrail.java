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
      throw new IllegalArgumentException("$.format: the trail is in the earlier format (" + SafeText.clean(format)
          + "), which did not record the responder and its answers; this version reads (" + FORMAT
          + ").\nMaybe verify and replay it with the version of the library that wrote it.");
    }
    if (!FORMAT.equals(format) && !FORMAT_2.equals(format)) {
      throw new IllegalArgumentException("$.format: the document is a (" + SafeText.clean(format)
          + ") document, not an audit trail (" + FORMAT + " or " + FORMAT_2 + ").\nMaybe pass"
          + " the trail exported by the session.");
    }
    int version = FORMAT.equals(format) ? 3 : 2;
    if (version < 3 && doc.has("signature")) {
      throw doc.error("signature", "a trail of format (" + FORMAT_2 + ") has no signature."
          + "\nMaybe the format was changed by hand; restore the trail from a backup.");
    }
    List<Node> raw = doc.objects("entries");
    AuditTrail trail = new AuditTrail(version);
    String previous = GENESIS;
    for (int i = 0; i < raw.size(); i++) {
      Node n = raw.get(i);
      Map<String, Object> content = new LinkedHashMap<>(n.raw());
      Object stored = content.remove("hash");
      String label = label(n, i);
      if (!(stored instanceof String)) {
        throw new TrailVerificationException(i, "Audit " + label + " has no hash."
            + "\nMaybe the entry was edited; restore the trail from the session's own export.");
      }
      String computed = Json.sha256(Json.compact(content));
      if (!computed.equals(stored)) {
        throw new TrailVerificationException(i, "Audit " + label + " was changed after it was"
            + " written: its hash (" + SafeText.clean(stored) + ") does not match its content (" + computed
            + ").\nMaybe restore the trail from a backup; a trail that fails verification cannot"
            + " be trusted.");
      }
      if (!previous.equals(content.get("previousHash"))) {
        throw new TrailVerificationException(i, "Audit " + label + " does not follow the entry"
            + " before it: its previousHash (" + SafeText.clean(content.get("previousHash")) + ") should be ("
            + previous + ").\nMaybe an entry before it was removed, inserted or moved; restore"
            + " the trail from a backup.");
      }
      Object index = content.get("index");
      if (!(index instanceof Long) || (Long) index != i) {
        throw new TrailVerificationException(i, "Audit " + label + " is at position " + i
            + " but has index (" + SafeText.clean(index) + ").\nMaybe entries were reordered; restore the trail"
            + " from a backup.");
      }
      AuditEntry entry;
      try {
        entry = AuditEntry.fromJson(n, version);
      } catch (IllegalArgumentException e) {
        throw new TrailVerificationException(i, "Audit " + label + " cannot be read: "
            + e.getMessage());
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
      throw new TrailVerificationException(n - 1, "The audit trail ends at hash (" + head
          + ") after " + n + " entries, not at the expected (" + expectedHead.strip() + ").\nMaybe"
          + " entries were cut off its end or changed (with every hash recomputed), or it is"
          + " another session's trail.");
    }
    String fingerprint = null;
    boolean checked = false;
    if (read.signature != null) {
      Node sig = read.signature;
      sig.allow("algorithm", "keyFingerprint", "entries", "head", "value");
      String algorithm = sig.string("algorithm");
      if (!TrailSignature.ALGORITHM.equals(algorithm)) {
        throw new TrailVerificationException(-1, "$.signature.algorithm: the trail is signed with ("
            + SafeText.clean(algorithm) + "); this version checks " + TrailSignature.ALGORITHM + " signatures."
            + "\nMaybe the signature was changed by hand; restore the trail from a backup.");
      }
      fingerprint = sig.string("keyFingerprint");
      long signedEntries = sig.integer("entries");
      String signedHead = sig.string("head");
      String value = sig.string("value");
      if (signedEntries != n || !signedHead.equals(head)) {
        throw new TrailVerificationException(n - 1, "The signature of the audit trail covers"
            + " head (" + SafeText.clean(signedHead) + ") after " + signedEntries + " entries, but the entries"
            + " now hash to head (" + head + ") after " + n + " entries: the trail was changed,"
            + " extended or cut off after it was signed.\nMaybe restore the trail from the"
            + " session's own export; a trail that fails verification cannot be trusted.");
      }
      if (publicKey != null) {
        String expected = TrailSignature.fingerprint(publicKey);
        if (!expected.equals(fingerprint)) {
          throw new TrailVerificationException(-1, "The audit trail is signed by another key"
              + " (fingerprint " + SafeText.clean(fingerprint) + ") than the public key given (fingerprint "
              + expected + ").\nMaybe pass the public key of the school that signed it; a trail"
              + " re-signed by someone else cannot be trusted.");
        }
        if (!TrailSignature.verify(publicKey, n, head, value)) {
          throw new TrailVerificationException(-1, "The signature of the audit trail (head "
              + head + ", " + n + " entries) does not verify with the public key (fingerprint "
              + expected + "): the signature or the head was changed after signing.\nMaybe"
              + " restore the trail from the session's own export; a trail that fails"
              + " verification cannot be trusted.");
        }
        checked = true;
      }
    } else if (publicKey != null) {
      throw new TrailVerificationException(-1, "The audit trail is not signed, but a public key"
          + " (fingerprint " + TrailSignature.fingerprint(publicKey) + ") was given: a trail"
          + " whose signature was removed cannot be told from one never signed.\nMaybe check it"
          + " without the key, against the head hash kept elsewhere (--expect-head), if the"
          + " session was not signed.");
    }
    return new TrailCheck(trail.format(), n, head, fingerprint, checked,
        expectedHead != null);
  }

  private static String label(Node n, int i) {
    Object action = n.raw().get("action");
    Object who = n.raw().get("coordinator");
    Object time = n.raw().get("time");
    return "entry " + i + " (" + SafeText.clean(action) + " by " + SafeText.clean(who) + " at "
        + SafeText.clean(time) + ")";
  }

  @Override
  public synchronized String toString() {
    return "AuditTrail[" + entries.size() + " entries, head " + headHash() + "]";
  }
}
