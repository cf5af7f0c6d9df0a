package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public constructors and factories of the process package's inputs, called from Java with
 * nulls and bad values: each refusal is an {@link InvalidValueException} with its stable code, the
 * field at fault, and a Dutch and an English text that say what is missing; never a {@link
 * NullPointerException} or a bare {@link IllegalArgumentException}. The expected texts are written
 * here from the codes' meaning, not copied from the enum.
 */
class DecisionArgumentsTest {
  private static final String K = "K-01";

  /** One case: the call, its code, its field, a part of the Dutch and of the English text. */
  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of("no kind", (Executable) () -> new Decision(null, K, "S-1", "P-1", null, null,
            null), "DECISION_NO_KIND", "kind", "De soort van een beslissing ontbreekt",
            "The kind of a decision is missing"),
        Arguments.of("no coordinator", (Executable) () -> Decision.confirm(null, "S-1", "P-1"),
            "DECISION_NO_ID", "coordinator", "Het id van de coördinator van een CONFIRM-beslissing"
            + " ontbreekt", "The id of the coordinator of a CONFIRM decision is missing"),
        Arguments.of("no student", (Executable) () -> Decision.pin(K, null, "P-1"),
            "DECISION_NO_ID", "studentId", "Het id van de student van een PIN-beslissing",
            "The id of the student of a PIN decision"),
        Arguments.of("no place", (Executable) () -> Decision.forbid(K, "S-1", null),
            "DECISION_NO_ID", "placeId", "Het id van de plaats van de FORBID-beslissing over"
            + " student (S-1) ontbreekt", "The id of the place of the FORBID decision on student"
            + " (S-1) is missing"),
        Arguments.of("no side", (Executable) () -> Decision.object(K, "S-1", "P-1", null,
            ReasonCategory.TRAVEL, null), "DECISION_NO_SIDE", "side",
            "De kant (STUDENT of COMPANY) van de OBJECT-beslissing over student (S-1) ontbreekt",
            "The side (STUDENT or COMPANY) of the OBJECT decision on student (S-1) is missing"),
        Arguments.of("no reason for a refusal", (Executable) () -> Decision.refuse(K, "S-1",
            "P-1", null, null), "DECISION_NO_REASON", "reason",
            "De redencategorie van de REFUSE-beslissing over student (S-1) ontbreekt",
            "The reason category of the REFUSE decision on student (S-1) is missing"),
        Arguments.of("no reason for an objection", (Executable) () -> Decision.object(K, "S-1",
            "P-1", Side.COMPANY, null, null), "DECISION_NO_REASON", "reason",
            "De redencategorie van de OBJECT-beslissing", "The reason category of the OBJECT"),
        Arguments.of("no reason for an early end", (Executable) () -> Decision.endEarly(K, "S-1",
            "P-1", null, "NOTE-1"), "DECISION_NO_REASON", "reason",
            "De redencategorie van de END_EARLY-beslissing", "The reason category of the"
            + " END_EARLY"),
        Arguments.of("a withdrawal of nothing", (Executable) () -> new Decision(
            DecisionKind.WITHDRAW, K, "S-1", "P-1", null, null, null, null, null, null),
            "DECISION_NO_WITHDRAWN", "withdraws", "De soort die de WITHDRAW-beslissing over"
            + " student (S-1) intrekt ontbreekt", "The kind that the WITHDRAW decision on"
            + " student (S-1) withdraws is missing"),
        Arguments.of("an early end on no date", (Executable) () -> Decision.endEarly(K, "S-1",
            "P-1", ReasonCategory.TRAVEL, null).effective(null), "DECISION_NO_DATE", "date",
            "De datum waarop END_EARLY S-1 @ P-1 (TRAVEL) [K-01] ingaat ontbreekt",
            "The date END_EARLY S-1 @ P-1 (TRAVEL) [K-01] takes effect is missing"),
        Arguments.of("a date on a pin", (Executable) () -> Decision.pin(K, "S-1", "P-1")
            .effective(LocalDate.of(2026, 2, 20)), "DECISION_FIELD_NOT_ALLOWED", "date",
            "De datum (2026-02-20) hoort niet in de PIN-beslissing", "The date (2026-02-20) does"
            + " not belong in the PIN decision"),
        Arguments.of("a malformed student id", (Executable) () -> Decision.optOut(K, "S 1"),
            "DECISION_BAD_ID", "studentId", "Het id (S 1) van de student van een"
            + " OPT_OUT-beslissing", "The id (S 1) of the student of a OPT_OUT decision"),
        Arguments.of("a side on a confirmation", (Executable) () -> new Decision(
            DecisionKind.CONFIRM, K, "S-1", "P-1", Side.STUDENT, null, null),
            "DECISION_FIELD_NOT_ALLOWED", "side", "hoort niet in de CONFIRM-beslissing",
            "does not belong in the CONFIRM decision"),
        Arguments.of("OTHER without a note", (Executable) () -> Decision.refuse(K, "S-1", "P-1",
            ReasonCategory.OTHER, null), "DECISION_OTHER_NEEDS_NOTE", "reason",
            "De redencategorie OTHER van de REFUSE-beslissing", "The reason category OTHER of the"
            + " REFUSE decision"),
        Arguments.of("a null decision step", (Executable) () -> new DecisionsFile.Decide(null),
            "DECISION_MISSING", "decision", "De beslissing ontbreekt", "The decision is missing"),
        Arguments.of("a rematch by no one", (Executable) () -> new DecisionsFile.Rematch(null),
            "DECISION_NO_ID", "coordinator", "Het id van de coördinator van een nieuw voorstel"
            + " ontbreekt", "The id of the coordinator of a new proposal is missing"),
        Arguments.of("an answer to no question", (Executable) () -> new ResponderAnswer(null,
            "S-1", 0, List.of(), List.of()), "MODEL_VALUE_MISSING", "question",
            "Er ontbreekt een waarde: de vraag van een antwoord", "A value is missing: the"
            + " question of an answer"),
        Arguments.of("an answer with no candidates", (Executable) () -> new ResponderAnswer(
            ResponderAnswer.Question.STUDENT_ORDER, "S-1", 0, null, List.of()),
            "MODEL_VALUE_MISSING", "candidates", "de kandidaten van een antwoord",
            "the candidates of an answer"),
        Arguments.of("a pick in round 0", (Executable) () -> new ResponderAnswer(
            ResponderAnswer.Question.PICK, "P-1", 0, List.of(), List.of()), "ANSWER_BAD_ROUND",
            "round", "De ronde (0) van een PICK-antwoord van (P-1) moet positief zijn",
            "The round (0) of a PICK answer of (P-1) must be positive"),
        Arguments.of("picks of round 0", (Executable) () -> AnswersFile.ofPicks(Map.of(0,
            Map.of("P-1", "none"))), "ANSWER_PICK_ROUND_TOO_LOW", "picks",
            "De ronde (0) van een keuze moet 1 of meer zijn", "The round (0) of a pick must be 1"
            + " or more"),
        Arguments.of("picks of one round twice", (Executable) () -> AnswersFile.ofPicks(Map.of(1,
            Map.of("P-1", "none"))).withPicks(1, Map.of()), "ANSWER_PICK_ROUND_TWICE", "picks",
            "De keuzes van ronde 1 staan al in het document", "The picks of round 1 are already"
            + " in the document"),
        Arguments.of("a session of no problem", (Executable) () -> MatchingSession.builder(null,
            new GreedyVariant()), "MODEL_VALUE_MISSING", "problem", "Er ontbreekt een waarde:"
            + " het probleem van een sessie", "A value is missing: the problem of a session"),
        Arguments.of("a session option of no value", (Executable) () -> MatchingSession.builder(
            TestProblems.random(1, 4, 3), new GreedyVariant()).option("rounds", null),
            "MODEL_VALUE_MISSING", "options.rounds", "de waarde van optie (rounds)",
            "the value of option (rounds)"),
        Arguments.of("a session option set twice", (Executable) () -> MatchingSession.builder(
            TestProblems.random(1, 4, 3), new GreedyVariant()).option("rounds", "2")
            .option("rounds", "3"), "REQUEST_OPTION_TWICE", "options.rounds",
            "De optie (rounds) staat al op (2) en kan niet ook (3) zijn",
            "The option (rounds) is already set to (2); cannot set it to (3)"),
        Arguments.of("a session on no clock", (Executable) () -> MatchingSession.builder(
            TestProblems.random(1, 4, 3), new GreedyVariant()).clock(null),
            "MODEL_VALUE_MISSING", "clock", "de klok", "the clock"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void aBadArgumentIsACodedInputErrorNamingItsField(String name, Executable call, String code,
      String field, String dutch, String english) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call, name);
    assertEquals(code, e.code(), name);
    assertEquals(field, e.path(), name);
    String nl = e.text(Message.DUTCH);
    String en = e.text(java.util.Locale.ENGLISH);
    assertTrue(nl.contains(dutch), name + ": " + nl);
    assertTrue(en.contains(english), name + ": " + en);
    assertEquals(en, e.getMessage(), name + ": the exception's message is the English text");
    assertTrue(nl.contains("\n") && en.contains("\n"), name + ": both say what to do");
  }

  @Test
  void aNullDecisionGivenToASessionIsRefusedAndChangesNothing() {
    MatchingSession session = MatchingSession.builder(TestProblems.random(2, 6, 4),
        new GreedyVariant()).seed(3).clock(FixedClock.monday()).start(K);
    int entries = session.trail().entries().size();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> session.decide(null));
    assertEquals("DECISION_MISSING", e.code());
    assertEquals(entries, session.trail().entries().size());
  }

  @Test
  void theValidDecisionsStillPass() {
    Instant at = Instant.parse("2026-01-12T09:00:00Z");
    assertEquals(LocalDate.of(2026, 2, 20), Decision.endEarly(K, "S-1", "P-1",
        ReasonCategory.OTHER, "NOTE-2026-0042").effective(LocalDate.of(2026, 2, 20)).date());
    assertEquals(Side.STUDENT, Decision.object(K, "S-1", "P-1", Side.STUDENT,
        ReasonCategory.TRAVEL, null).at(at).side());
    assertEquals(DecisionKind.OPT_OUT, Decision.withdrawOptOut(K, "S-1").withdraws());
  }
}
