package nl.stagematch.variants.process;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.ValueNames;
import nl.stagematch.variants.canon.Node;

/**
 * One step of a matching session in its {@link AuditTrail}: who did what, when, on which proposal
 * version, and the step's data; chained to the entry before it by SHA-256.
 *
 * <p>Which optional fields an action has: {@link AuditAction#SEED_FIXED} variant, seed,
 * inputHash, options, (if given) schools and responder; {@link AuditAction#PROPOSED} seed, warm,
 * proposalHash, lotteryNumbers and, when the responder is not the built-in one, answers; {@link
 * AuditAction#DECIDED} decision; {@link AuditAction#RESEEDED} seed. The others are {@code
 * null}.
 *
 * @param index the position in the trail, from 0
 * @param time when it happened, from the session's clock
 * @param coordinator the pseudonymous id of the coordinator who took the step
 * @param action what happened
 * @param proposalVersion the proposal the step is on (for PROPOSED: the new version; 0 before the
 *     first proposal)
 * @param variant the variant's name, or {@code null}
 * @param seed the lottery seed, or {@code null}
 * @param inputHash SHA-256 (hex) of the canonical problem document, or {@code null}
 * @param options the variant's effective options, sorted by name, or {@code null}
 * @param schools the school of each student (for multi-school variants), sorted by student id, or
 *     {@code null} when none is given
 * @param responder who answers the variant's questions: {@code by-fit} for {@link
 *     nl.stagematch.core.spi.Responder#byFit()}, else the class name of the responder; or {@code
 *     null}
 * @param decision the decision (with its own time, {@link Decision#at()}, as given), or {@code
 *     null}
 * @param decidedAt for a DECIDED entry of a {@code stagematch-trail/3} trail: the decision's own
 *     time as written ({@code 2026-01-12T08:30:00Z}), or {@link #TIME_NOT_GIVEN} when the
 *     decision did not carry one; {@code null} otherwise (and in {@code stagematch-trail/2})
 * @param warm whether the proposal was computed by a warm re-solve, or {@code null}
 * @param proposalHash SHA-256 (hex) of the canonical result document of the proposal, or {@code
 *     null}
 * @param lotteryNumbers the lottery numbers the proposal used, sorted by id, or {@code null}
 * @param answers every answer the responder gave for the proposal, in the order asked (empty when
 *     the variant asked nothing), or {@code null} when the responder is the built-in one (its
 *     answers follow from the input)
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 (hex) of this entry's content, see {@link AuditTrail}
 */
public record AuditEntry(
    int index,
    Instant time,
    String coordinator,
    AuditAction action,
    int proposalVersion,
    String variant,
    Long seed,
    String inputHash,
    Map<String, String> options,
    Map<String, String> schools,
    String responder,
    Decision decision,
    String decidedAt,
    Boolean warm,
    String proposalHash,
    Map<String, Long> lotteryNumbers,
    List<ResponderAnswer> answers,
    String previousHash,
    String hash) {

  /** The {@code decidedAt} of a decision whose own time was not given: {@value}. */
  public static final String TIME_NOT_GIVEN = "not-given";

  /**
   * Checks the required fields and copies the lottery numbers (sorted).
   *
   * @param index the position in the trail, from 0
   * @param time when it happened, from the session's clock
   * @param coordinator the pseudonymous id of the coordinator who took the step
   * @param action what happened
   * @param proposalVersion the proposal the step is on
   * @param variant the variant's name
   * @param seed the lottery seed
   * @param inputHash SHA-256 (hex) of the canonical problem document
   * @param options the variant's effective options
   * @param schools the school of each student
   * @param responder who answers the variant's questions: {@code by-fit} for {@link
   *     nl.stagematch.core.spi.Responder#byFit()}
   * @param decision the decision (with its own time, {@link Decision#at()}, as given)
   * @param decidedAt for a DECIDED entry of a {@code stagematch-trail/3} trail: the decision's own
   *     time as written
   * @param warm whether the proposal was computed by a warm re-solve
   * @param proposalHash SHA-256 (hex) of the canonical result document of the proposal
   * @param lotteryNumbers the lottery numbers the proposal used
   * @param answers every answer the responder gave for the proposal, in the order asked
   * @param previousHash the hash of the entry before
   * @param hash SHA-256 (hex) of this entry's content, see {@link AuditTrail}
   */
  public AuditEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(coordinator, "coordinator");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
    if (lotteryNumbers != null) {
      lotteryNumbers = Collections.unmodifiableSortedMap(new TreeMap<>(lotteryNumbers));
    }
    if (options != null) {
      options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }
    if (schools != null) {
      schools = Collections.unmodifiableSortedMap(new TreeMap<>(schools));
    }
    if (answers != null) {
      answers = List.copyOf(answers);
    }
  }

  /**
   * A short description for messages, e.g. "entry 3 (DECIDED by K-01 at 2026-03-02T09:00:00Z)".
   *
   * @return the description
   */
  public String describe() {
    return "entry " + index + " (" + action + " by " + SafeText.clean(coordinator) + " at " + time
        + ")";
  }

  /** {@link #describe()} in Dutch and English, to fill into a message. */
  Message text() {
    return label(index, action, coordinator, time);
  }

  /** How a message names an entry, in Dutch and English. */
  static Message label(Object index, Object action, Object who, Object time) {
    Object coordinator = who;
    if (who instanceof String s
        && Pseudonyms.personalShape(s, Pseudonyms.Kind.COORDINATOR).isPresent()) {
      coordinator = Pseudonyms.shape(s); // never repeat a personal value (rule R1)
    }
    String a = SafeText.clean(action);
    String c = SafeText.clean(coordinator);
    String t = SafeText.clean(time);
    return Message.phrase("regel " + index + " (" + a + " door " + c + " op " + t + ")",
        "entry " + index + " (" + a + " by " + c + " at " + t + ")");
  }

  /** The entry's content as JSON, without the hash: what is hashed. */
  Map<String, Object> content() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", (long) index);
    m.put("time", time.toString());
    m.put("coordinator", coordinator);
    m.put("action", action.name());
    m.put("proposalVersion", (long) proposalVersion);
    if (variant != null) {
      m.put("variant", variant);
    }
    if (seed != null) {
      m.put("seed", seed);
    }
    if (inputHash != null) {
      m.put("inputHash", inputHash);
    }
    if (options != null) {
      m.put("options", new LinkedHashMap<String, Object>(options));
    }
    if (schools != null) {
      m.put("schools", new LinkedHashMap<String, Object>(schools));
    }
    if (responder != null) {
      m.put("responder", responder);
    }
    if (decision != null) {
      m.put("decision", decision.toJsonWithoutTime());
    }
    if (decidedAt != null) {
      m.put("decidedAt", decidedAt);
    }
    if (warm != null) {
      m.put("warm", warm);
    }
    if (proposalHash != null) {
      m.put("proposalHash", proposalHash);
    }
    if (lotteryNumbers != null) {
      m.put("lotteryNumbers", new LinkedHashMap<String, Object>(lotteryNumbers));
    }
    if (answers != null) {
      List<Object> list = new ArrayList<>(answers.size());
      for (ResponderAnswer a : answers) {
        list.add(a.toJson());
      }
      m.put("answers", list);
    }
    m.put("previousHash", previousHash);
    return m;
  }

  /** The entry as JSON, with the hash last. */
  Map<String, Object> toJson() {
    Map<String, Object> m = content();
    m.put("hash", hash);
    return m;
  }

  /**
   * Refuses an id of a trail that has the shape of personal data (rule R1), at {@code field} of
   * {@code n}, showing only the shape of the value.
   */
  private static void pseudonym(Node n, String field, String value, Pseudonyms.Kind kind,
      String what) {
    Pseudonyms.personalShape(value, kind).ifPresent(category -> {
      throw n.error(field, Pseudonyms.personalIdMessage(ValueNames.of(what), category, value));
    });
  }

  /**
   * Fails, naming the field, when an entry of {@code action} lacks a field every such entry has
   * (as the session writes them): the seed entry its variant, seed and input hash; a proposal its
   * seed and proposal hash; a decision its decision; a new seed its seed. A trail edited and
   * re-hashed by someone who knows the format is refused at the entry and field, before the
   * replay.
   */
  private static void requireFields(Node n, AuditAction action) {
    switch (action) {
      case SEED_FIXED:
        n.string("variant");
        n.integer("seed");
        n.string("inputHash");
        break;
      case PROPOSED:
        n.integer("seed");
        n.string("proposalHash");
        break;
      case DECIDED:
        n.object("decision");
        break;
      case RESEEDED:
        n.integer("seed");
        break;
      default:
        break;
    }
  }

  /**
   * Reads an entry written by {@link #toJson()} (the hash is checked by the trail) in a trail of
   * format version {@code version} (2 or 3).
   */
  static AuditEntry fromJson(Node n, int version) {
    if (version >= 3) {
      n.allow("index", "time", "coordinator", "action", "proposalVersion", "variant", "seed",
          "inputHash", "options", "schools", "responder", "decision", "decidedAt", "warm",
          "proposalHash", "lotteryNumbers", "answers", "previousHash", "hash");
    } else {
      n.allow("index", "time", "coordinator", "action", "proposalVersion", "variant", "seed",
          "inputHash", "options", "schools", "responder", "decision", "warm", "proposalHash",
          "lotteryNumbers", "answers", "previousHash", "hash");
    }
    // personal data first (rule R1), then the fields the action always has, then the rest
    pseudonym(n, "coordinator", n.string("coordinator"), Pseudonyms.Kind.COORDINATOR,
        "the coordinator of a trail entry");
    AuditAction action = n.enumValue("action", AuditAction.class);
    requireFields(n, action);
    Instant time;
    try {
      time = Instant.parse(n.string("time"));
    } catch (DateTimeParseException e) {
      throw n.error("time", Message.of(ProcessMessage.TRAIL_BAD_TIME, SafeText.clean(n.string("time"))));
    }
    Map<String, Long> lottery = null;
    if (n.has("lotteryNumbers")) {
      lottery = new TreeMap<>(n.integers("lotteryNumbers"));
      for (String key : lottery.keySet()) {
        n.object("lotteryNumbers").refusePersonalKey(key);
        pseudonym(n, "lotteryNumbers['" + Pseudonyms.shape(key) + "']", key,
            Pseudonyms.Kind.OTHER, "a lottery number in a trail entry");
      }
    }
    Map<String, String> options = null;
    if (n.has("options")) {
      Node o = n.object("options");
      options = new TreeMap<>();
      for (String key : o.raw().keySet()) {
        o.refusePersonalKey(key);
        options.put(key, o.string(key));
      }
    }
    Map<String, String> schools = null;
    if (n.has("schools")) {
      Node o = n.object("schools");
      schools = new TreeMap<>();
      for (String key : o.raw().keySet()) {
        pseudonym(o, "['" + Pseudonyms.shape(key) + "']", key, Pseudonyms.Kind.STUDENT,
            "a student with a school in a trail entry");
        pseudonym(o, key, o.string(key), Pseudonyms.Kind.SCHOOL,
            "a school in a trail entry");
        schools.put(key, o.string(key));
      }
    }
    List<ResponderAnswer> answers = null;
    if (n.has("answers")) {
      answers = new ArrayList<>();
      for (Node a : n.objects("answers")) {
        answers.add(ResponderAnswer.fromJson(a));
      }
    }
    Decision decision = null;
    String decidedAt = null;
    if (n.has("decision")) {
      decision = Decision.fromJsonWithoutTime(n.object("decision"), false);
      if (version >= 3) {
        decidedAt = n.string("decidedAt");
        if (!TIME_NOT_GIVEN.equals(decidedAt)) {
          try {
            decision = decision.at(Instant.parse(decidedAt));
          } catch (DateTimeParseException e) {
            throw n.error("decidedAt", Message.of(ProcessMessage.TRAIL_BAD_DECISION_TIME,
                SafeText.clean(decidedAt), TIME_NOT_GIVEN));
          }
        }
      }
    } else if (n.has("decidedAt")) {
      throw n.error("decidedAt",
          Message.of(ProcessMessage.TRAIL_DECISION_TIME_WITHOUT_DECISION));
    }
    return new AuditEntry(n.integer("index", 0), time, n.string("coordinator"),
        action, n.integer("proposalVersion", 0),
        n.optString("variant"), n.has("seed") ? n.integer("seed") : null,
        n.optString("inputHash"), options, schools, n.optString("responder"),
        decision, decidedAt,
        n.has("warm") ? n.bool("warm") : null, n.optString("proposalHash"), lottery, answers,
        n.string("previousHash"), n.string("hash"));
  }
}
