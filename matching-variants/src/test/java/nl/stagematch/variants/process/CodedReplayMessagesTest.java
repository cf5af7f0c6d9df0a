package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.ResponderAnswer.Question;
import org.junit.jupiter.api.Test;

/**
 * A replay that does not fit its trail, and a document of the process that is not JSON, are
 * refused with a stable code and a text in Dutch and in English.
 */
class CodedReplayMessagesTest {
  private static final Message WHERE = Message.phrase("auditregel 4", "audit entry 4");

  private static List<Candidate> places(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> new Candidate(id, 500, 1)).toList();
  }

  @Test
  void aReplayWithoutAnAnswerIsCoded() {
    ReplayResponder replay = new ReplayResponder(List.of(), WHERE);
    InputException e = assertThrows(InputException.class,
        () -> replay.studentOrder("S-1", places("P-1", "P-2")));
    assertEquals("TRAIL_REPLAY_NO_ANSWER", e.code());
    assertEquals("Het naspelen vraagt STUDENT_ORDER van (S-1) over [P-1, P-2], maar auditregel 4"
        + " legt maar 0 antwoord(en) vast.\nTip: misschien zijn de variant of haar opties"
        + " veranderd sinds de audittrail is geschreven.", e.text(Message.DUTCH));
    assertEquals("The replay asks the STUDENT_ORDER of (S-1) over [P-1, P-2], but audit entry 4"
        + " records only 0 answer(s).\nMaybe the variant or its options changed since the trail"
        + " was written.", e.text(Locale.ENGLISH));
  }

  @Test
  void aReplayOfAnotherQuestionIsCoded() {
    ResponderAnswer recorded = new ResponderAnswer(Question.PLACE_ORDER, "P-1", 0,
        List.of("S-1"), List.of("S-1"));
    ReplayResponder replay = new ReplayResponder(List.of(recorded), WHERE);
    InputException e = assertThrows(InputException.class,
        () -> replay.studentOrder("S-1", places("P-1")));
    assertEquals("TRAIL_REPLAY_OTHER_QUESTION", e.code());
    assertEquals("Het naspelen vraagt STUDENT_ORDER van (S-1) over [P-1], maar auditregel 4 legt"
        + " als antwoord 1 dat op PLACE_ORDER van (P-1) over [S-1] vast.", e.text(Message.DUTCH)
        .substring(0, e.text(Message.DUTCH).indexOf('\n')));
  }

  @Test
  void malformedJsonIsCodedWithLineAndColumnInBothLanguages() {
    InputException e = assertThrows(InputException.class, () -> Json.parse("{\n  \"a\": 01\n}",
        Message.phrase("het antwoordenbestand", "the answers file")));
    assertEquals("DOC_MALFORMED", e.code());
    // the number starts on line 2, column 8
    assertEquals("het antwoordenbestand is geen geldige JSON op regel 2, kolom 8: een getal mag"
        + " niet met 0 beginnen.", e.text(Message.DUTCH).substring(0,
        e.text(Message.DUTCH).indexOf('\n')));
    assertEquals("Malformed JSON in the answers file at line 2, column 8: a number must not start"
        + " with 0.", e.text(Locale.ENGLISH).substring(0, e.text(Locale.ENGLISH).indexOf('\n')));
  }
}
