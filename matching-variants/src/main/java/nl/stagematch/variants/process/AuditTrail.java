package nl.stagematch.variants.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;

/**
 * The append-only, hash-chained record of every step of a {@link MatchingSession}, exportable as
 * the canonical JSON document {@code stagematch-trail/1} (see {@code docs/decisions.md}).
 *
 * <p>The chain: every entry carries {@code previousHash}, the {@code hash} of the entry before it
 * (64 zeros for the first), and its own {@code hash} = SHA-256 (lower-case hex) of the UTF-8
 * bytes of the entry's JSON object <em>without</em> the {@code hash} field, written compactly (no
 * whitespace) with the fields of every object sorted by name. So {@link #verify} needs nothing
 * but the JSON: changing, inserting, removing or reordering an entry breaks the chain at that
 * entry. Cutting entries off the end leaves a valid shorter chain; to detect that, keep the {@link
 * #headHash()} somewhere else (in the minutes of the meeting, say) and pass it to {@link
 * #verify(String, String)}.
 *
 * <p>Thread-safe: its methods are synchronized, so the trail of a running session can be read
 * (exported, verified) from another thread.
 */
public final class AuditTrail {
  /** The format marker of a trail document: {@value}. */
  public static final String FORMAT = "stagematch-trail/2";
  /** The format before the responder and its answers were recorded; refused with a reason. */
  static final String FORMAT_1 = "stagematch-trail/1";
  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private final List<AuditEntry> entries = new ArrayList<>();

  AuditTrail() {}

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
    AuditEntry draft = new AuditEntry(entries.size(), time, coordinator, action, proposalVersion,
        variant, seed, inputHash, options, schools, responder, decision, warm, proposalHash,
        lotteryNumbers, answers, headHash(), GENESIS);
    String hash = Json.sha256(Json.compact(draft.content()));
    AuditEntry entry = new AuditEntry(draft.index(), time, coordinator, action, proposalVersion,
        variant, seed, inputHash, draft.options(), draft.schools(), responder, decision, warm,
        proposalHash, draft.lotteryNumbers(), draft.answers(), draft.previousHash(), hash);
    entries.add(entry);
    return entry;
  }

  /** The canonical JSON document of the trail. */
  public synchronized String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
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
    Node doc = Node.parse(json, "the audit trail");
    doc.allow("format", "entries");
    String format = doc.string("format");
    if (FORMAT_1.equals(format)) {
      throw new IllegalArgumentException("$.format: the trail is in the earlier format (" + format
          + "), which did not record the responder and its answers; this version reads (" + FORMAT
          + ").\nMaybe verify and replay it with the version of the library that wrote it.");
    }
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("$.format: the document is a (" + format
          + ") document, not an audit trail (" + FORMAT + ").\nMaybe pass the trail exported by"
          + " the session.");
    }
    List<Node> raw = doc.objects("entries");
    AuditTrail trail = new AuditTrail();
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
            + " written: its hash (" + stored + ") does not match its content (" + computed
            + ").\nMaybe restore the trail from a backup; a trail that fails verification cannot"
            + " be trusted.");
      }
      if (!previous.equals(content.get("previousHash"))) {
        throw new TrailVerificationException(i, "Audit " + label + " does not follow the entry"
            + " before it: its previousHash (" + content.get("previousHash") + ") should be ("
            + previous + ").\nMaybe an entry before it was removed, inserted or moved; restore"
            + " the trail from a backup.");
      }
      Object index = content.get("index");
      if (!(index instanceof Long) || (Long) index != i) {
        throw new TrailVerificationException(i, "Audit " + label + " is at position " + i
            + " but has index (" + index + ").\nMaybe entries were reordered; restore the trail"
            + " from a backup.");
      }
      AuditEntry entry;
      try {
        entry = AuditEntry.fromJson(n);
      } catch (IllegalArgumentException e) {
        throw new TrailVerificationException(i, "Audit " + label + " cannot be read: "
            + e.getMessage());
      }
      trail.entries.add(entry);
      previous = (String) stored;
    }
    return trail;
  }

  /** Verifies a trail document; see {@link #read}. */
  public static void verify(String json) {
    read(json);
  }

  /**
   * Verifies a trail document and that it ends at {@code expectedHead} (so that no entry was cut
   * off its end).
   */
  public static void verify(String json, String expectedHead) {
    AuditTrail trail = read(json);
    if (!trail.headHash().equals(expectedHead)) {
      throw new TrailVerificationException(trail.size() - 1, "The audit trail ends at hash ("
          + trail.headHash() + ") after " + trail.size() + " entries, not at the expected ("
          + expectedHead + ").\nMaybe entries were cut off its end, or it is another session's"
          + " trail.");
    }
  }

  private static String label(Node n, int i) {
    Object action = n.raw().get("action");
    Object who = n.raw().get("coordinator");
    Object time = n.raw().get("time");
    return "entry " + i + " (" + action + " by " + who + " at " + time + ")";
  }

  @Override
  public synchronized String toString() {
    return "AuditTrail[" + entries.size() + " entries, head " + headHash() + "]";
  }
}
