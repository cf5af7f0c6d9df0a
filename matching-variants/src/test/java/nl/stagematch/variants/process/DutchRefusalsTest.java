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

  @Test
  void theErrorsOfAnAnswersFileInDutchEachWithItsCode() {
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> AnswersFile.parse("{\"format\": \"" + AnswersFile.FORMAT + "\", \"variant\":"
            + " \"blind-shortlist\", \"extra\": 1, \"picks\": [{\"round\": 1, \"place\":"
            + " \"P-1\", \"pick\": \"r1.s1.n1\"}, {\"round\": 1, \"place\": \"P-1\","
            + " \"pick\": \" \"}]}"));
    assertEquals(List.of("DOC_UNKNOWN_FIELD", "ANSWER_PICK_EMPTY", "ANSWER_PICK_TWICE"),
        e.codes());
    assertEquals("DOC_UNKNOWN_FIELD", e.code());
    assertEquals("$.extra", e.path());
    assertEquals(List.of("$.extra: onbekend veld (\"extra\"). Tip: gebruik een van de bekende"
        + " velden: format, picks, variant.",
        "$.picks[1].pick: de keuze is leeg. Tip: schrijf het token van het profiel dat het"
        + " bedrijf uit de shortlist koos, of \"none\" als het niemand koos.",
        "$.picks[1]: een tweede keuze voor plaats (P-1) in ronde 1 (de eerste is $.picks[0])."
        + " Tip: houd er een: een bedrijf kiest hoogstens een profiel per plaats en ronde."),
        e.lines(Message.DUTCH));
    // English as before, for the command line's compatibility
    assertEquals("$.picks[1]: a second pick for place (P-1) in round 1 (the first is"
        + " $.picks[0]).\nMaybe keep one: a company picks at most one profile per place and"
        + " round.", e.errors().get(2));
    assertEquals(String.join("\n", e.errors()), e.getMessage());
  }

  @Test
  void anUnknownIdInTheAnswersInDutch() {
    MatchingProblem problem = TestProblems.random(5, 30, 12);
    AnswersFile file = AnswersFile.ofRankings(java.util.Map.of("S-NOBODY", List.of()));
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> new AnswersResponder(file, problem));
    assertEquals(List.of("ANSWER_UNKNOWN_STUDENT"), e.codes());
    assertEquals(List.of("$.rankings.S-NOBODY: onbekende student (S-NOBODY); het probleem heeft"
        + " dat id niet. Tip: vergelijk het id met de studenten van het probleem."),
        e.lines(Message.DUTCH));
  }

  @Test
  void aSessionDirectoryThatDoesNotExistInDutch(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    java.nio.file.Path missing = dir.resolve("ronde-1");
    InputException e = assertThrows(InputException.class, () -> SessionDirectory.open(missing));
    assertEquals("SESSION_NO_DIRECTORY", e.code());
    assertEquals("De sessiemap (" + missing + ") bestaat niet.\nTip: begin er een met"
        + " 'stagematch session start " + missing + " --problem FILE --variant NAME'.",
        e.text(Message.DUTCH));
    assertEquals("The session directory (" + missing + ") does not exist.\nMaybe start one with"
        + " 'stagematch session start " + missing + " --problem FILE --variant NAME'.",
        e.getMessage());
  }
}
