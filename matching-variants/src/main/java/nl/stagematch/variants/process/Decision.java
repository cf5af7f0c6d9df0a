package nl.stagematch.variants.process;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.variants.canon.Node;

/**
 * One decision of a coordinator on a matching session (R3, R4, R6, R11): who took it, what kind,
 * on which student and place, and for refusals, objections and early ends the reason category.
 *
 * <p>Make one with the factories ({@link #confirm}, {@link #pin}, {@link #forbid}, {@link #refuse},
 * {@link #optOut}, {@link #object}, {@link #endEarly} with {@link #effective} for its date,
 * {@link #withdrawPin}, {@link #withdrawForbid}, {@link #withdrawOptOut}); the constructor checks
 * which fields the kind needs and that the others are absent.
 *
 * <p>There is no free text. The reason is one of the fixed {@link ReasonCategory categories}; what
 * the school writes about the case stays at the school, and the decision carries only a reference
 * to that note ({@code noteRef}, an opaque id such as {@code NOTE-2026-0042}: 1 to 64 characters of
 * {@code A-Z a-z 0-9 . _ : -}, so no sentence fits). The coordinator is a pseudonymous id too.
 *
 * <p>The constructor and every factory refuse a missing or wrong argument with an {@link
 * InvalidValueException} (an {@link InputException}) that names the field ({@link
 * InvalidValueException#field()}) and carries a stable code with its text in Dutch and English:
 * {@code DECISION_NO_KIND}, {@code DECISION_NO_ID}, {@code DECISION_NO_SIDE}, {@code
 * DECISION_NO_REASON}, {@code DECISION_NO_WITHDRAWN}, {@code DECISION_NO_DATE}, {@code
 * DECISION_BAD_ID}, {@code MODEL_PERSONAL_ID}, {@code DECISION_FIELD_NOT_ALLOWED}, {@code
 * DECISION_OTHER_NEEDS_NOTE} or {@code DECISION_NOT_WITHDRAWABLE...}; never a {@link
 * NullPointerException}.
 *
 * @param kind what was decided
 * @param coordinator the pseudonymous id of the coordinator who took the decision (R6)
 * @param studentId the student
 * @param placeId the place of the pair; {@code null} only for {@link DecisionKind#OPT_OUT}
 * @param side who objected; only for {@link DecisionKind#OBJECT}, else {@code null}
 * @param reason the reason category; required for REFUSE, OBJECT and END_EARLY, else {@code null}
 * @param noteRef a reference to the school's note, or {@code null}; required with {@link
 *     ReasonCategory#OTHER}
 * @param at when the coordinator took the decision (its own time, from the decisions file or the
 *     caller), or {@code null} when it was not given; the audit trail records it as given and
 *     never invents one
 * @param withdraws for {@link DecisionKind#WITHDRAW} only: the kind of the earlier decision it
 *     withdraws ({@link DecisionKind#PIN}, {@link DecisionKind#FORBID} or {@link
 *     DecisionKind#OPT_OUT}); else {@code null}
 * @param date for {@link DecisionKind#END_EARLY} only, and optional there: the day the early end
 *     takes effect, her first day without the placement; the session checks it against the
 *     evaluation window (R11) and matches her again for the rest of her wished period from this
 *     day. {@code null} for an early end without a date (as written before dates existed)
 */
public record Decision(
    DecisionKind kind,
    String coordinator,
    String studentId,
    String placeId,
    Side side,
    ReasonCategory reason,
    String noteRef,
    Instant at,
    DecisionKind withdraws,
    LocalDate date) {

  /**
   * Checks the fields the kind needs.
   *
   * @param kind what was decided
   * @param coordinator the pseudonymous id of the coordinator who took the decision
   * @param studentId the student
   * @param placeId the place of the pair
   * @param side who objected
   * @param reason the reason category
   * @param noteRef a reference to the school's note
   * @param at when the coordinator took the decision
   * @param withdraws for {@link DecisionKind#WITHDRAW} only: the kind of the earlier decision it
   *     withdraws
   * @param date for {@link DecisionKind#END_EARLY} only
   * @throws InvalidValueException if a field the kind needs is missing or wrong, or a field it
   *     does not have is given (see the class documentation for the codes)
   */
  public Decision {
    if (kind == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_KIND), "kind");
    }
    id(coordinator, Pseudonyms.Kind.COORDINATOR, Message.phrase("de coördinator van een " + kind
        + "-beslissing", "the coordinator of a " + kind + " decision"), COORDINATOR_HINT,
        "coordinator");
    id(studentId, Pseudonyms.Kind.STUDENT, Message.phrase("de student van een " + kind
        + "-beslissing door (" + SafeText.clean(coordinator) + ")", "the student of a " + kind
        + " decision by (" + SafeText.clean(coordinator) + ")"),
        Message.phrase("Tip: gebruik het pseudonieme id uit het matchingprobleem.",
            "Maybe use the pseudonymous id from the matching problem."), "studentId");
    Message what = Message.phrase("de " + kind + "-beslissing over student ("
        + SafeText.clean(studentId) + ")", "the " + kind + " decision on student ("
        + SafeText.clean(studentId) + ")");
    if (kind == DecisionKind.WITHDRAW) {
      checkWithdrawable(withdraws, what);
    } else {
      absent(withdraws, Message.phrase("De ingetrokken soort", "withdrawn kind"), what,
          "withdraws");
    }
    if (kind != DecisionKind.END_EARLY) {
      absent(date, Message.phrase("De datum", "date"), what, "date");
    }
    if (kind == DecisionKind.OPT_OUT
        || (kind == DecisionKind.WITHDRAW && withdraws == DecisionKind.OPT_OUT)) {
      absent(placeId, Message.phrase("De plaats", "place"), what, "placeId");
    } else {
      id(placeId, Pseudonyms.Kind.PLACE, Message.phrase("de plaats van "
          + what.text(Message.DUTCH), "the place of " + what), Message.phrase(
              "Tip: gebruik het id van de plaats uit het matchingprobleem.",
              "Maybe use the place id from the matching problem."), "placeId");
    }
    if (kind == DecisionKind.OBJECT) {
      if (side == null) {
        throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_SIDE, what),
            "side");
      }
    } else {
      absent(side, Message.phrase("De kant", "side"), what, "side");
    }
    boolean needsReason = kind == DecisionKind.REFUSE || kind == DecisionKind.OBJECT
        || kind == DecisionKind.END_EARLY;
    if (needsReason) {
      if (reason == null) {
        throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_REASON, what),
            "reason");
      }
    } else {
      absent(reason, Message.phrase("De reden", "reason"), what, "reason");
    }
    if (noteRef != null) {
      id(noteRef, Pseudonyms.Kind.NOTE, Message.phrase("de notitieverwijzing van "
          + what.text(Message.DUTCH), "the note reference of " + what), Message.phrase(
          "Tip: gebruik het id van de notitie van de school (bijvoorbeeld NOTE-2026-0042); de"
          + " tekst zelf blijft op school.", "Maybe use the id of the school's note (such as"
          + " NOTE-2026-0042); the text itself stays at the school."), "noteRef");
    }
    if (reason == ReasonCategory.OTHER && noteRef == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_OTHER_NEEDS_NOTE, what),
          "reason");
    }
  }

  /**
   * A decision without its own time ({@code at} is {@code null}); see the canonical constructor.
   *
   * @param kind what is decided
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place, or null for an opt-out
   * @param side who objects, or null
   * @param reason the reason category, or null
   * @param noteRef a reference to the school's note, or null
   */
  public Decision(DecisionKind kind, String coordinator, String studentId, String placeId,
      Side side, ReasonCategory reason, String noteRef) {
    this(kind, coordinator, studentId, placeId, side, reason, noteRef, null);
  }

  /**
   * A decision that is neither a withdrawal nor an early end with a date.
   *
   * @param kind what is decided
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place, or null for an opt-out
   * @param side who objects, or null
   * @param reason the reason category, or null
   * @param noteRef a reference to the school's note, or null
   * @param at when it was decided, or null
   */
  public Decision(DecisionKind kind, String coordinator, String studentId, String placeId,
      Side side, ReasonCategory reason, String noteRef, Instant at) {
    this(kind, coordinator, studentId, placeId, side, reason, noteRef, at, null, null);
  }

  /**
   * This decision taken at {@code time}: when the coordinator took it (not when it is applied or
   * replayed); {@code null} for "not given".
   *
   * @param time when the coordinator took it
   * @return the decision with that time
   */
  public Decision at(Instant time) {
    return new Decision(kind, coordinator, studentId, placeId, side, reason, noteRef, time,
        withdraws, date);
  }

  /**
   * This early end taking effect on {@code day} (her first day without the placement); only for
   * {@link DecisionKind#END_EARLY}.
   *
   * @param day her first day without the placement
   * @return the early end with that date
   * @throws InvalidValueException if {@code day} is null ({@code DECISION_NO_DATE}) or this is
   *     not an early end ({@code DECISION_FIELD_NOT_ALLOWED})
   */
  public Decision effective(LocalDate day) {
    if (day == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_DATE, text()),
          "date");
    }
    return new Decision(kind, coordinator, studentId, placeId, side, reason, noteRef, at,
        withdraws, day);
  }

  /**
   * Only a pin, a coordinator's prohibition or an opt-out can be withdrawn; the message says why
   * the others cannot.
   */
  private static void checkWithdrawable(DecisionKind withdrawn, Message what) {
    if (withdrawn == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_WITHDRAWN, what),
          "withdraws");
    }
    switch (withdrawn) {
      case PIN:
      case FORBID:
      case OPT_OUT:
        return;
      case REFUSE:
      case OBJECT:
      case END_EARLY:
        throw new InvalidValueException(notWithdrawable(withdrawn, what), "withdraws");
      default:
        throw new InvalidValueException(Message.of(withdrawn == DecisionKind.CONFIRM
            ? ProcessMessage.DECISION_NOT_WITHDRAWABLE_CONFIRM
            : ProcessMessage.DECISION_NOT_WITHDRAWABLE, withdrawn, what), "withdraws");
    }
  }

  /** Why a refusal, objection or early end cannot be withdrawn. */
  private static Message notWithdrawable(DecisionKind withdrawn, Message what) {
    return Message.of(ProcessMessage.DECISION_NOT_WITHDRAWABLE_CLOSED, withdrawn, what);
  }

  /** Checks the pseudonymous id of a coordinator, for steps that are not decisions. */
  static String checkCoordinator(String coordinator, Message what) {
    id(coordinator, Pseudonyms.Kind.COORDINATOR, what, COORDINATOR_HINT, "coordinator");
    return coordinator;
  }

  private static final Message COORDINATOR_HINT = Message.phrase(
      "Tip: gebruik het pseudonieme id van de coördinator, bijvoorbeeld K-07.",
      "Maybe use the coordinator's pseudonymous id, such as K-07.");

  private static void id(String id, Pseudonyms.Kind kind, Message what, Message maybe,
      String field) {
    if (id == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_ID, what, maybe),
          field);
    }
    Optional<String> personal = Pseudonyms.personalShape(id, kind);
    if (personal.isPresent()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_PERSONAL_ID, what,
          Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id)), field);
    }
    if (!Pseudonyms.isWellFormed(id)) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_BAD_ID, SafeText.clean(id), what, maybe),
          field);
    }
  }

  private static void absent(Object value, Message name, Message what, String field) {
    if (value != null) {
      throw new InvalidValueException(
          Message.of(ProcessMessage.DECISION_FIELD_NOT_ALLOWED, name, SafeText.clean(value), what), field);
    }
  }

  /**
   * Withdraws the coordinator's pin of the pair (R6); the pair is then free again, neither kept
   * nor forbidden.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @return the decision
   */
  public static Decision withdrawPin(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.WITHDRAW, coordinator, studentId, placeId, null, null, null,
        null, DecisionKind.PIN, null);
  }

  /**
   * Withdraws the coordinator's prohibition of the pair (a {@link DecisionKind#FORBID}; a pair
   * forbidden by a refusal, objection or early end stays forbidden).
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @return the decision
   */
  public static Decision withdrawForbid(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.WITHDRAW, coordinator, studentId, placeId, null, null, null,
        null, DecisionKind.FORBID, null);
  }

  /**
   * Withdraws the student's opt-out: she takes part again from the next proposal.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @return the decision
   */
  public static Decision withdrawOptOut(String coordinator, String studentId) {
    return new Decision(DecisionKind.WITHDRAW, coordinator, studentId, null, null, null, null,
        null, DecisionKind.OPT_OUT, null);
  }

  /**
   * Confirms the proposed placement of the student at the place.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @return the decision
   */
  public static Decision confirm(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.CONFIRM, coordinator, studentId, placeId, null, null, null);
  }

  /**
   * Pins the pair: every later proposal keeps it.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @return the decision
   */
  public static Decision pin(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.PIN, coordinator, studentId, placeId, null, null, null);
  }

  /**
   * Forbids the pair: no later proposal uses it.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @return the decision
   */
  public static Decision forbid(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.FORBID, coordinator, studentId, placeId, null, null, null);
  }

  /**
   * The student refuses her placement at the place; {@code noteRef} may be null.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @param reason the reason category
   * @param noteRef a reference to the school's note, or null
   * @return the decision
   */
  public static Decision refuse(String coordinator, String studentId, String placeId,
      ReasonCategory reason, String noteRef) {
    return new Decision(DecisionKind.REFUSE, coordinator, studentId, placeId, null, reason,
        noteRef);
  }

  /**
   * The student opts out and searches herself.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @return the decision
   */
  public static Decision optOut(String coordinator, String studentId) {
    return new Decision(DecisionKind.OPT_OUT, coordinator, studentId, null, null, null, null);
  }

  /**
   * A substantiated objection of {@code side} against the pair; {@code noteRef} may be null.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @param side who objects
   * @param reason the reason category
   * @param noteRef a reference to the school's note, or null
   * @return the decision
   */
  public static Decision object(String coordinator, String studentId, String placeId, Side side,
      ReasonCategory reason, String noteRef) {
    return new Decision(DecisionKind.OBJECT, coordinator, studentId, placeId, side, reason,
        noteRef);
  }

  /**
   * The confirmed placement ends after the evaluation; {@code noteRef} may be null.
   *
   * @param coordinator the pseudonymous id of the coordinator who decides
   * @param studentId the student
   * @param placeId the place
   * @param reason the reason category
   * @param noteRef a reference to the school's note, or null
   * @return the decision
   */
  public static Decision endEarly(String coordinator, String studentId, String placeId,
      ReasonCategory reason, String noteRef) {
    return new Decision(DecisionKind.END_EARLY, coordinator, studentId, placeId, null, reason,
        noteRef);
  }

  /**
   * The decision as a JSON object, fields in the documented order, absent ones left out, with its
   * time ({@code at}) when given.
   */
  Map<String, Object> toJson() {
    Map<String, Object> m = toJsonWithoutTime();
    if (at != null) {
      m.put("at", at.toString());
    }
    return m;
  }

  /** The decision as a JSON object without its time (the trail records the time beside it). */
  Map<String, Object> toJsonWithoutTime() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.name());
    m.put("coordinator", coordinator);
    m.put("studentId", studentId);
    if (placeId != null) {
      m.put("placeId", placeId);
    }
    if (side != null) {
      m.put("side", side.name());
    }
    if (reason != null) {
      m.put("reason", reason.name());
    }
    if (noteRef != null) {
      m.put("noteRef", noteRef);
    }
    if (withdraws != null) {
      m.put("withdraws", withdraws.name());
    }
    if (date != null) {
      m.put("date", date.toString());
    }
    return m;
  }

  /**
   * Reads a decision written by {@link #toJson()}; an error carries the path of the field at
   * fault, or of the object when no single field is.
   */
  static Decision fromJson(Node n) {
    n.allow("kind", "coordinator", "studentId", "placeId", "side", "reason", "noteRef", "withdraws",
        "date", "at");
    Instant at = n.has("at") ? time(n, "at") : null;
    return fromJsonWithoutTime(n, true).at(at);
  }

  /**
   * Reads the time {@code name} of {@code n}: an ISO-8601 date and time with its offset ({@code
   * Z} or such as {@code +01:00}), as an instant.
   */
  static Instant time(Node n, String name) {
    String text = n.string(name);
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw n.error(name, Message.of(ProcessMessage.DECISION_BAD_TIME, SafeText.clean(text)));
    }
  }

  /** Reads the date {@code name} of {@code n}: an ISO-8601 calendar date such as 2026-02-20. */
  static LocalDate date(Node n, String name) {
    String text = n.string(name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw n.error(name, Message.of(ProcessMessage.DECISION_BAD_DATE, SafeText.clean(text)));
    }
  }

  /** Reads a decision without a time field ({@code at} not allowed unless {@code timeAllowed}). */
  static Decision fromJsonWithoutTime(Node n, boolean timeAllowed) {
    if (!timeAllowed) {
      n.allow("kind", "coordinator", "studentId", "placeId", "side", "reason", "noteRef",
          "withdraws", "date");
    }
    DecisionKind kind = n.enumValue("kind", DecisionKind.class);
    Side side = n.has("side") ? n.enumValue("side", Side.class) : null;
    ReasonCategory reason = n.has("reason") ? n.enumValue("reason", ReasonCategory.class) : null;
    DecisionKind withdraws = n.has("withdraws") ? n.enumValue("withdraws", DecisionKind.class)
        : null;
    LocalDate date = n.has("date") ? date(n, "date") : null;
    try {
      return new Decision(kind, n.string("coordinator"), n.string("studentId"),
          n.optString("placeId"), side, reason, n.optString("noteRef"), null, withdraws, date);
    } catch (InvalidValueException e) {
      StringBuilder path = new StringBuilder(n.path());
      for (String segment : e.field()) {
        path.append('.').append(segment);
      }
      InputException at = InputException.at(path.toString(), e.message());
      at.initCause(e);
      throw at;
    } catch (IllegalArgumentException | NullPointerException e) {
      if (e instanceof InputException input && input.path() != null) {
        throw input;
      }
      InputException at = InputException.at(n.path(), MatchingSession.cause(e));
      at.initCause(e);
      throw at;
    }
  }

  /** The decision as {@link #toString()} shows it, in Dutch and English, for messages. */
  Message text() {
    return Message.phrase(describe("door", "op"), toString());
  }

  @Override
  public String toString() {
    return describe("by", "at");
  }

  private String describe(String by, String atTime) {
    StringBuilder sb = new StringBuilder(kind.name()).append(' ').append(studentId);
    if (placeId != null) {
      sb.append(" @ ").append(placeId);
    }
    if (side != null) {
      sb.append(' ').append(by).append(' ').append(side);
    }
    if (reason != null) {
      sb.append(" (").append(reason).append(')');
    }
    if (withdraws != null) {
      sb.insert(kind.name().length(), " " + withdraws);
    }
    if (date != null) {
      sb.append(" from ").append(date);
    }
    if (at != null) {
      sb.append(' ').append(atTime).append(' ').append(at);
    }
    return sb.append(" [").append(coordinator).append(']').toString();
  }
}
