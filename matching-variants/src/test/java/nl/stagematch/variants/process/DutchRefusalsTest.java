package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * Refused decisions, bad answers files and broken trails in Dutch, each with its stable code;
 * still an {@link IllegalArgumentException} with the English message, as before.
 */
class DutchRefusalsTest {
  private static final String K = "K-01";

  private static MatchingSession start(MatchingProblem problem) {
    return MatchingSession.builder(problem, new GreedyVariant()).seed(7).clock(FixedClock.monday())
        .start(K);
  }

  @Test
  void aRefusedDecisionInDutchWithItsCode() {
    MatchingSession session = start(TestProblems.random(5, 30, 12));
    Placement p = session.result().placements().get(0);
    Placement other = session.result().placements().get(1);
    Decision confirm = Decision.confirm(K, p.studentId(), other.placeId());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> session.decide(confirm));
    DecisionRefusedException refused = (DecisionRefusedException) e;
    assertEquals("DECISION_NOT_PROPOSED", refused.code());
    assertSame(confirm, refused.decision());
    assertNull(refused.path());
    String s = p.studentId();
    String q = other.placeId();
    String at = p.placeId();
    assertEquals("Voorstel 1 plaatst student (" + s + ") niet op plaats (" + q + ") maar op ("
        + at + "). CONFIRM " + s + " @ " + q + " [K-01] kan niet.\nTip: bevestig het paar dat"
        + " het voorstel maakt, of zet dit paar vast en match opnieuw.",
        refused.text(Message.DUTCH));
    assertEquals(List.of(refused.text(Message.DUTCH)), refused.lines(Message.DUTCH));
    assertEquals("Proposal 1 does not place student (" + s + ") at place (" + q + "); it places"
        + " her at (" + at + "). Cannot CONFIRM " + s + " @ " + q + " [K-01].\nMaybe confirm the"
        + " pair the proposal makes, or pin this pair and re-match.", e.getMessage());
    assertEquals(e.getMessage(), refused.text(Locale.ENGLISH));
  }

  @Test
  void aDecisionAboutAnUnknownStudentInDutch() {
    MatchingSession session = start(TestProblems.random(5, 30, 12));
    Placement p = session.result().placements().get(0);
    InputException e = assertThrows(InputException.class, () -> session.decide(
        Decision.pin(K, "S-9999", p.placeId())));
    assertEquals("DECISION_UNKNOWN_STUDENT", e.code());
    assertEquals("De student (S-9999) van de beslissing PIN S-9999 @ " + p.placeId() + " [K-01]"
        + " hoort niet bij het probleem.\nTip: vergelijk het id met de studenten van het"
        + " probleem.", e.text(Message.DUTCH));
  }

  @Test
  void anAnswersFileOfAnotherFormatInDutch() {
    InputException e = assertThrows(InputException.class, () -> AnswersFile.parse(
        "{\"format\": \"stagematch-decisions/1\", \"variant\": \"student-choice\"}"));
    assertEquals("ANSWER_WRONG_FORMAT", e.code());
    assertEquals("$.format", e.path());
    assertEquals(List.of("$.format: het document is een (stagematch-decisions/1)-document, geen"
        + " antwoordenbestand (" + AnswersFile.FORMAT + ").\nTip: zet \"format\": \""
        + AnswersFile.FORMAT + "\"."), e.lines(Message.DUTCH));
    assertTrue(e.getMessage().startsWith("$.format: the document is a (stagematch-decisions/1)"
        + " document, not an answers file"), e.getMessage());
  }

  @Test
  void aTamperedTrailInDutch() {
    MatchingSession session = start(TestProblems.random(5, 30, 12));
    String trail = session.trail().toJson().replaceFirst("\"coordinator\": \"K-01\"",
        "\"coordinator\": \"K-02\"");
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> AuditTrail.verify(trail));
    assertEquals("TRAIL_CHANGED", e.code());
    assertEquals(0, e.entry());
    assertTrue(e.text(Message.DUTCH).startsWith("Auditregel 0 (SEED_FIXED door K-02 op "),
        e.text(Message.DUTCH));
    assertTrue(e.text(Message.DUTCH).contains(") is veranderd nadat hij is geschreven: zijn"
        + " hash ("), e.text(Message.DUTCH));
    assertTrue(e.getMessage().startsWith("Audit entry 0 (SEED_FIXED by K-02 at "),
        e.getMessage());
  }
}
