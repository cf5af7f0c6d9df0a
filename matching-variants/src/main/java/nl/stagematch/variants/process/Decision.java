package nl.stagematch.variants.process;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.variants.canon.Node;

/**
 * One decision of a coordinator on a matching session (R3, R4, R6, R11): who took it, what kind,
 * on which student and place, and for refusals, objections and early ends the reason category.
 *
 * <p>Make one with the factories ({@link #confirm}, {@link #pin}, {@link #forbid}, {@link #refuse},
 * {@link #optOut}, {@link #object}, {@link #endEarly}); the constructor checks which fields the
 * kind needs and that the others are absent.
 *
 * <p>There is no free text. The reason is one of the fixed {@link ReasonCategory categories}; what
 * the school writes about the case stays at the school, and the decision carries only a reference
 * to that note ({@code noteRef}, an opaque id such as {@code NOTE-2026-0042}: 1 to 64 characters of
 * {@code A-Z a-z 0-9 . _ : -}, so no sentence fits). The coordinator is a pseudonymous id too.
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
 */
public record Decision(
    DecisionKind kind,
    String coordinator,
    String studentId,
    String placeId,
    Side side,
    ReasonCategory reason,
    String noteRef,
    Instant at) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** Checks the fields the kind needs. */
  public Decision {
    Objects.requireNonNull(kind, "The kind of a decision is missing.");
    id(coordinator, Message.phrase("de coördinator van een " + kind + "-beslissing",
        "the coordinator of a " + kind + " decision"), COORDINATOR_HINT, "coordinator");
    id(studentId, Message.phrase("de student van een " + kind + "-beslissing door ("
        + coordinator + ")", "the student of a " + kind + " decision by (" + coordinator + ")"),
        Message.phrase("Tip: gebruik het pseudonieme id uit het matchingprobleem.",
            "Maybe use the pseudonymous id from the matching problem."), "studentId");
    Message what = Message.phrase("de " + kind + "-beslissing over student (" + studentId + ")",
        "the " + kind + " decision on student (" + studentId + ")");
    if (kind == DecisionKind.OPT_OUT) {
      absent(placeId, Message.phrase("De plaats", "place"), what, "placeId");
    } else {
      id(placeId, Message.phrase("de plaats van " + what.text(Message.DUTCH),
          "the place of " + what), Message.phrase(
              "Tip: gebruik het id van de plaats uit het matchingprobleem.",
              "Maybe use the place id from the matching problem."), "placeId");
    }
    if (kind == DecisionKind.OBJECT) {
      Objects.requireNonNull(side, () -> "The side (STUDENT or COMPANY) of " + what
          + " is missing.");
    } else {
      absent(side, Message.phrase("De kant", "side"), what, "side");
    }
    boolean needsReason = kind == DecisionKind.REFUSE || kind == DecisionKind.OBJECT
        || kind == DecisionKind.END_EARLY;
    if (needsReason) {
      Objects.requireNonNull(reason, () -> "The reason category of " + what + " is missing."
          + "\nMaybe use OTHER with a note reference if no category fits.");
    } else {
      absent(reason, Message.phrase("De reden", "reason"), what, "reason");
    }
    if (noteRef != null) {
      id(noteRef, Message.phrase("de notitieverwijzing van " + what.text(Message.DUTCH),
          "the note reference of " + what), Message.phrase("Tip: gebruik het id van de notitie"
          + " van de school (bijvoorbeeld NOTE-2026-0042); de tekst zelf blijft op school.",
          "Maybe use the id of the school's note (such as NOTE-2026-0042); the text itself stays"
          + " at the school."), "noteRef");
    }
    if (reason == ReasonCategory.OTHER && noteRef == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_OTHER_NEEDS_NOTE, what),
          "reason");
    }
  }

  /** A decision without its own time ({@code at} is {@code null}); see the canonical constructor. */
  public Decision(DecisionKind kind, String coordinator, String studentId, String placeId,
      Side side, ReasonCategory reason, String noteRef) {
    this(kind, coordinator, studentId, placeId, side, reason, noteRef, null);
  }

  /**
   * This decision taken at {@code time}: when the coordinator took it (not when it is applied or
   * replayed); {@code null} for "not given".
   */
  public Decision at(Instant time) {
    return new Decision(kind, coordinator, studentId, placeId, side, reason, noteRef, time);
  }

  /** Checks the pseudonymous id of a coordinator, for steps that are not decisions. */
  static String checkCoordinator(String coordinator, Message what) {
    id(coordinator, what, COORDINATOR_HINT, "coordinator");
    return coordinator;
  }

  private static final Message COORDINATOR_HINT = Message.phrase(
      "Tip: gebruik het pseudonieme id van de coördinator, bijvoorbeeld K-07.",
      "Maybe use the coordinator's pseudonymous id, such as K-07.");

  private static void id(String id, Message what, Message maybe, String field) {
    Objects.requireNonNull(id, () -> "The id of " + what + " is missing.\n" + maybe);
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_BAD_ID, id, what, maybe),
          field);
    }
  }

  private static void absent(Object value, Message name, Message what, String field) {
    if (value != null) {
      throw new InvalidValueException(
          Message.of(ProcessMessage.DECISION_FIELD_NOT_ALLOWED, name, value, what), field);
    }
  }

  /** Confirms the proposed placement of the student at the place. */
  public static Decision confirm(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.CONFIRM, coordinator, studentId, placeId, null, null, null);
  }

  /** Pins the pair: every later proposal keeps it. */
  public static Decision pin(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.PIN, coordinator, studentId, placeId, null, null, null);
  }

  /** Forbids the pair: no later proposal uses it. */
  public static Decision forbid(String coordinator, String studentId, String placeId) {
    return new Decision(DecisionKind.FORBID, coordinator, studentId, placeId, null, null, null);
  }

  /** The student refuses her placement at the place; {@code noteRef} may be null. */
  public static Decision refuse(String coordinator, String studentId, String placeId,
      ReasonCategory reason, String noteRef) {
    return new Decision(DecisionKind.REFUSE, coordinator, studentId, placeId, null, reason,
        noteRef);
  }

  /** The student opts out and searches herself. */
  public static Decision optOut(String coordinator, String studentId) {
    return new Decision(DecisionKind.OPT_OUT, coordinator, studentId, null, null, null, null);
  }

  /** A substantiated objection of {@code side} against the pair; {@code noteRef} may be null. */
  public static Decision object(String coordinator, String studentId, String placeId, Side side,
      ReasonCategory reason, String noteRef) {
    return new Decision(DecisionKind.OBJECT, coordinator, studentId, placeId, side, reason,
        noteRef);
  }

  /** The confirmed placement ends after the evaluation; {@code noteRef} may be null. */
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
    return m;
  }

  /**
   * Reads a decision written by {@link #toJson()}; an error carries the path of the field at
   * fault, or of the object when no single field is.
   */
  static Decision fromJson(Node n) {
    n.allow("kind", "coordinator", "studentId", "placeId", "side", "reason", "noteRef", "at");
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
      throw n.error(name, Message.of(ProcessMessage.DECISION_BAD_TIME, text));
    }
  }

  /** Reads a decision without a time field ({@code at} not allowed unless {@code timeAllowed}). */
  static Decision fromJsonWithoutTime(Node n, boolean timeAllowed) {
    if (!timeAllowed) {
      n.allow("kind", "coordinator", "studentId", "placeId", "side", "reason", "noteRef");
    }
    DecisionKind kind = n.enumValue("kind", DecisionKind.class);
    Side side = n.has("side") ? n.enumValue("side", Side.class) : null;
    ReasonCategory reason = n.has("reason") ? n.enumValue("reason", ReasonCategory.class) : null;
    try {
      return new Decision(kind, n.string("coordinator"), n.string("studentId"),
          n.optString("placeId"), side, reason, n.optString("noteRef"));
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
    if (at != null) {
      sb.append(' ').append(atTime).append(' ').append(at);
    }
    return sb.append(" [").append(coordinator).append(']').toString();
  }
}
