package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.variants.canon.Node;
import nl.stagematch.core.model.InvalidValueException;

/**
 * One answer a session's responder gave while a proposal was computed, as the audit trail records
 * it: the question (which kind, who was asked, the round of a shortlist, the candidates in the
 * order they were shown) and the answer. A replay gives the variant these answers again, so a
 * proposal that depended on people's answers is reproduced from the trail alone.
 *
 * @param question what was asked
 * @param asker the student (orders and rankings) or place (orders and picks) asked
 * @param round the shortlist round (from 1) for {@link Question#PICK}, else 0
 * @param candidates the ids (places or students) or, for a pick, the profile tokens, as shown
 * @param answer the order, ranking or pick (one token, or none) given
 */
public record ResponderAnswer(Question question, String asker, int round,
    List<String> candidates, List<String> answer) {

  /** The questions of {@link nl.stagematch.core.spi.Responder}. */
  public enum Question {
    /** V2: a student's order of the places she met. */
    STUDENT_ORDER,
    /** V2: a place's order of the students it met. */
    PLACE_ORDER,
    /** V3: a company's pick from a shortlist (the answer has one token, or none). */
    PICK,
    /** V4: a student's ranking of her admissible places. */
    STUDENT_RANKING
  }

  /**
   * Checks the fields and copies the lists.
   *
   * @param question what was asked
   * @param asker the student (orders and rankings) or place (orders and picks) asked
   * @param round the shortlist round (from 1) for {@link Question#PICK}, else 0
   * @param candidates the ids (places or students) or, for a pick, the profile tokens, as shown
   * @param answer the order, ranking or pick
   */
  public ResponderAnswer {
    InvalidValueException.requireValue(question, Message.phrase("de vraag van een antwoord",
        "the question of an answer"), Message.phrase("kies STUDENT_ORDER, PLACE_ORDER, PICK of"
        + " STUDENT_RANKING.", "choose STUDENT_ORDER, PLACE_ORDER, PICK or STUDENT_RANKING."),
        "question");
    InvalidValueException.requireValue(asker, Message.phrase("wie een " + question
        + "-antwoord gaf", "who gave a " + question + " answer"), Message.phrase("geef het id van"
        + " de student of plaats.", "give the id of the student or place."), "asker");
    candidates = List.copyOf(InvalidValueException.requireValue(candidates, Message.phrase(
        "de kandidaten van een antwoord", "the candidates of an answer"), Message.phrase(
        "gebruik een lege lijst als er geen zijn.", "use an empty list for none."),
        "candidates"));
    answer = List.copyOf(InvalidValueException.requireValue(answer, Message.phrase(
        "het antwoord zelf", "the answer itself"), Message.phrase(
        "gebruik een lege lijst voor geen antwoord.", "use an empty list for no answer."),
        "answer"));
    if (round < 0 || (question == Question.PICK) != (round > 0)) {
      throw new InvalidValueException(Message.of(ProcessMessage.ANSWER_BAD_ROUND, round,
          question, SafeText.clean(asker)), "round");
    }
  }

  /** The answer as JSON (the round only for a pick). */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("question", question.name());
    m.put("asker", asker);
    if (question == Question.PICK) {
      m.put("round", (long) round);
    }
    m.put("candidates", new ArrayList<Object>(candidates));
    m.put("answer", new ArrayList<Object>(answer));
    return m;
  }

  /** Reads an answer written by {@link #toJson()}. */
  static ResponderAnswer fromJson(Node n) {
    n.allow("question", "asker", "round", "candidates", "answer");
    Question q = n.enumValue("question", Question.class);
    int round = q == Question.PICK ? n.integer("round", 1) : 0;
    if (q != Question.PICK && n.has("round")) {
      throw n.error("round", Message.of(ProcessMessage.TRAIL_ROUND_NOT_PICK));
    }
    boolean student = q == Question.STUDENT_ORDER || q == Question.STUDENT_RANKING;
    Pseudonyms.Kind askerKind = student ? Pseudonyms.Kind.STUDENT : Pseudonyms.Kind.PLACE;
    Pseudonyms.Kind otherKind = student ? Pseudonyms.Kind.PLACE : Pseudonyms.Kind.STUDENT;
    String asker = n.string("asker");
    pseudonym(n, "asker", asker, askerKind);
    List<String> candidates = n.strings("candidates");
    List<String> answer = n.strings("answer");
    for (int i = 0; i < candidates.size(); i++) {
      pseudonym(n, "candidates[" + i + "]", candidates.get(i), otherKind);
    }
    for (int i = 0; i < answer.size(); i++) {
      pseudonym(n, "answer[" + i + "]", answer.get(i), otherKind);
    }
    return new ResponderAnswer(q, asker, round, candidates, answer);
  }

  /** A short description for messages, in Dutch and English. */
  Message text() {
    String ids = SafeText.clean(candidates.toString(), 200);
    String who = SafeText.clean(asker);
    return round > 0 ? Message.of(ProcessMessage.TRAIL_QUESTION_ROUND, question, who, round, ids)
        : Message.of(ProcessMessage.TRAIL_QUESTION, question, who, ids);
  }

  /**
   * Refuses an id of a recorded answer that has the shape of personal data (rule R1), at {@code
   * field} of {@code n}, showing only the shape of the value.
   */
  private static void pseudonym(Node n, String field, String id, Pseudonyms.Kind kind) {
    Pseudonyms.personalShape(id, kind).ifPresent(category -> {
      throw n.error(field, Message.of(CoreMessage.MODEL_PERSONAL_ID, kind == Pseudonyms.Kind.STUDENT
          ? STUDENT : PLACE, Pseudonyms.categoryText(category), Pseudonyms.shape(id)));
    });
  }

  private static final Message STUDENT = Message.phrase("een student in een vastgelegd antwoord",
      "a student in a recorded answer");
  private static final Message PLACE = Message.phrase("een plaats in een vastgelegd antwoord",
      "a place in a recorded answer");

  /** A short description for messages. */
  String describe() {
    return question + " of (" + asker + ")" + (round > 0 ? " in round " + round : "")
        + " over " + candidates;
  }
}
