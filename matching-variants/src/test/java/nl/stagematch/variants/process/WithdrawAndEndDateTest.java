package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stagematch.core.check.Finding;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.Fixtures;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

/** Withdrawing pins, prohibitions and opt-outs; early ends with a date (R11). */
class WithdrawAndEndDateTest {
  private static final String K = "K-01";
  private static final LocalDate WISH_START = LocalDate.of(2026, 2, 2);
  private static final LocalDate WISH_END = LocalDate.of(2026, 4, 24);

  /**
   * One student wishing Monday 2 February to Friday 24 April; place P-A covers all of it; the
   * others start later or end earlier, so at first only P-A is admissible (the default coverage
   * is 100%). P-B (16 February to 17 April) never covers the end of her period; P-D (from 2 March)
   * and P-E (from 16 March) cover the rest of it from their start.
   */
  private static MatchingProblem periods() {
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(new Policy(TestProblems.YEAR, Scope.DEFAULT,
            ParticipationPolicy.OPT_OUT_ALLOWED));
    b.addCompany(Company.builder("C-1").recognition(TestProblems.ICT_4, "B1-K1-W1")
        .size(SizeClass.MEDIUM).sector("ict").kind("office").region("utrecht")
        .location(52.09, 5.11).build());
    b.addPlace(place("P-A", WISH_START, WISH_END));
    b.addPlace(place("P-B", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 17)));
    b.addPlace(place("P-C", WISH_START, LocalDate.of(2026, 3, 13)));
    b.addPlace(place("P-D", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29)));
    b.addPlace(place("P-E", LocalDate.of(2026, 3, 16), WISH_END));
    b.addStudent(Student.builder("S-1", LearningWish.builder(TestProblems.ICT_4,
        Period.block(WISH_START, WISH_END)).workProcess("B1-K1-W1", 1.0).build())
        .home(52.09, 5.12).build());
    return b.build();
  }

  private static Place place(String id, LocalDate from, LocalDate to) {
    return Place.builder(id, "C-1", TestProblems.ICT_4, Period.block(from, to)).capacity(1)
        .build();
  }

  private static MatchingSession confirmedAtA(MatchingProblem problem) {
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(7)
        .clock(FixedClock.monday()).start(K);
    assertEquals("P-A", s.result().placement("S-1").orElseThrow().placeId(),
        "only P-A covers the whole wished period");
    s.decide(Decision.confirm(K, "S-1", "P-A"));
    s.rematch(K);
    return s;
  }

  private static Decision end(LocalDate date) {
    return Decision.endEarly(K, "S-1", "P-A", ReasonCategory.SUPERVISION_CAPACITY, null)
        .effective(date);
  }

  @Test
  void anEarlyEndBeforeTheEvaluationWindowIsRefusedNamingTheEarliestDate() {
    MatchingSession s = confirmedAtA(periods());
    int entries = s.trail().size();
    SessionState before = s.state();
    // The placement starts on Monday 2 February; two weeks later is Monday 16 February.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.decide(end(LocalDate.of(2026, 2, 15))));
    assertTrue(e.getMessage().contains("from 2026-02-16 on"), e.getMessage());
    assertTrue(e.getMessage().contains("Maybe give the date 2026-02-16 or later"),
        e.getMessage());
    assertEquals(entries, s.trail().size(), "a refused decision is not in the trail");
    assertEquals(before, s.state());
    s.decide(end(LocalDate.of(2026, 2, 16)));
    assertEquals(LocalDate.of(2026, 2, 16), s.remainingFrom().get("S-1"));
  }

  @Test
  void anEarlyEndAfterThePlacementIsRefused() {
    MatchingSession s = confirmedAtA(periods());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.decide(end(WISH_END.plusDays(1))));
    assertTrue(e.getMessage().contains("runs until 2026-04-24"), e.getMessage());
    s.decide(end(WISH_END));
  }

  @Test
  void theWindowCountsFromTheStartOfTheNewPlacement() {
    // Ended at P-A on 2 March, she is placed at P-D (the only place covering 2 March to 24
    // April); that placement starts on 2 March, so it can end early from 16 March on.
    MatchingProblem problem = periods();
    MatchingSession s = confirmedAtA(problem);
    s.decide(end(LocalDate.of(2026, 3, 2)));
    s.rematch(K);
    assertEquals("P-D", s.result().placement("S-1").orElseThrow().placeId());
    s.decide(Decision.confirm(K, "S-1", "P-D"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.decide(Decision.endEarly(K, "S-1", "P-D", ReasonCategory.TRAVEL, null)
            .effective(LocalDate.of(2026, 3, 15))));
    assertTrue(e.getMessage().contains("starts on 2026-03-02")
        && e.getMessage().contains("from 2026-03-16 on"), e.getMessage());
    s.decide(Decision.endEarly(K, "S-1", "P-D", ReasonCategory.TRAVEL, null)
        .effective(LocalDate.of(2026, 3, 16)));
    s.rematch(K);
    assertEquals("P-E", s.result().placement("S-1").orElseThrow().placeId());
  }

  /**
   * For every date of the window, the re-match places her exactly when a place other than the
   * ended one covers the rest of her wished period, and only at such a place (computed here from
   * the periods, not by the library).
   */
  @Test
  void theRematchProposesOnlyPlacesThatCoverTheRemainingPeriod() {
    MatchingProblem problem = periods();
    int placedSome = 0;
    int unplacedSome = 0;
    for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(WISH_END); d = d.plusDays(3)) {
      MatchingSession s = confirmedAtA(problem);
      s.decide(end(d));
      s.rematch(K);
      // Coverage counts weekdays: from her first weekday on or after the date.
      LocalDate first = d;
      while (first.getDayOfWeek().getValue() > 5) {
        first = first.plusDays(1);
      }
      List<String> covering = new ArrayList<>();
      for (Place p : problem.places()) {
        if (!p.id().equals("P-A") && !p.period().start().isAfter(first)
            && !p.period().end().isBefore(WISH_END)) {
          covering.add(p.id());
        }
      }
      Optional<Placement> placed = s.result().placement("S-1");
      if (covering.isEmpty()) {
        assertTrue(placed.isEmpty(), d + ": placed at " + placed);
        assertEquals(UnplacedReason.ENDED_AFTER_EVALUATION,
            s.result().unplaced().get(0).reason(), d.toString());
        unplacedSome++;
      } else {
        assertTrue(placed.isPresent(), d + ": unplaced, though " + covering + " cover it");
        assertTrue(covering.contains(placed.get().placeId()), d + ": placed at "
            + placed.get().placeId() + ", covering: " + covering);
        placedSome++;
      }
    }
    assertTrue(placedSome > 0 && unplacedSome > 0, placedSome + " / " + unplacedSome);
  }

  /**
   * The provenance records the rest of her period, so the verifier checks the new placement
   * against the problem the variant was given and the proposal verifies, also after a round trip
   * through the result document. A tampered record does not pass unnoticed: removed, or moved
   * before the new place starts, the placement is not admissible (PERIOD); moved later (P-D still
   * covers the shorter rest), the verifier cannot tell, but the bytes no longer have the proposal
   * hash the trail records.
   */
  @Test
  void theProposalAfterADatedEarlyEndVerifies() throws Exception {
    MatchingProblem problem = periods();
    MatchingSession s = confirmedAtA(problem);
    s.decide(end(LocalDate.of(2026, 3, 2)));
    s.rematch(K);
    assertEquals("P-D", s.result().placement("S-1").orElseThrow().placeId());
    assertEquals(java.util.Map.of("S-1", LocalDate.of(2026, 3, 2)),
        s.result().provenance().remainingFrom());
    ResultReport report = ResultVerifier.verify(problem, s.result());
    assertTrue(report.verified(), report.summary());
    String json = new String(s.resultBytes(), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"remainingFrom\": {\"S-1\": \"2026-03-02\"}"), json);
    MatchResult read = read(json);
    assertEquals(s.result(), read);
    assertTrue(ResultVerifier.verify(problem, read).verified());
    String proposed = lastProposalHash(s);
    assertEquals(proposed, MatchingSession.resultHash(read));

    // removed: she is checked against her whole wished period, which P-D does not cover
    String removed = json.replaceAll("\n *\"remainingFrom\": \\{[^}]*\\},", "");
    assertFalse(removed.contains("remainingFrom"), removed);
    assertPeriodFailure(problem, read(removed));
    // moved before P-D starts: P-D does not cover 23 February
    assertPeriodFailure(problem, read(json.replace("2026-03-02", "2026-02-23")));
    // moved later: P-D covers 9 March to 24 April too, so the verifier passes; the hash does not
    MatchResult later = read(json.replace("2026-03-02", "2026-03-09"));
    assertTrue(ResultVerifier.verify(problem, later).verified(),
        ResultVerifier.verify(problem, later).summary());
    assertNotEquals(proposed, MatchingSession.resultHash(later));
    // outside her wished period, or a student the problem does not have: at the entry's path
    for (String[] bad : new String[][] {{"\"S-1\": \"2026-03-02\"", "\"S-1\": \"2026-05-04\"",
        "cannot start on 2026-05-04: her wished period runs from 2026-02-02 to 2026-04-24"},
        {"\"S-1\": \"2026-03-02\"", "\"S-1\": \"2026-03-02\", \"S-9\": \"2026-03-02\"",
        "The student (S-9) with a rest of her wished period (from 2026-03-02) is not in the"
            + " problem."}}) {
      ResultReport r = ResultVerifier.verify(problem, read(json.replace(bad[0], bad[1])));
      assertFalse(r.ok(), r.summary());
      Finding f = r.failures().get(0);
      assertEquals("provenance", f.property(), f.toString());
      assertTrue(f.path().startsWith("$.provenance.remainingFrom.S-")
          && f.message().contains(bad[2]), f.toString());
    }
  }

  private static MatchResult read(String json) throws Exception {
    return ResultJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String lastProposalHash(MatchingSession s) {
    String hash = null;
    for (AuditEntry e : s.trail().entries()) {
      if (e.action() == AuditAction.PROPOSED) {
        hash = e.proposalHash();
      }
    }
    return hash;
  }

  private static void assertPeriodFailure(MatchingProblem problem, MatchResult result) {
    ResultReport report = ResultVerifier.verify(problem, result);
    assertFalse(report.ok(), report.summary());
    assertTrue(report.failures().stream().anyMatch(f -> f.property().equals("feasibility")
        && f.message().contains("PERIOD")), report.summary());
  }

  @Test
  void anEarlyEndWithoutADateKeepsTheWholeWishedPeriod() {
    MatchingSession s = confirmedAtA(periods());
    s.decide(Decision.endEarly(K, "S-1", "P-A", ReasonCategory.SAFETY, null));
    s.rematch(K);
    // No other place covers 2 February to 24 April.
    assertTrue(s.result().placement("S-1").isEmpty());
    assertTrue(s.remainingFrom().isEmpty());
  }

  @Test
  void aPinAfterAnEarlyEndMustCoverTheRemainingPeriod() {
    MatchingSession s = confirmedAtA(periods());
    s.decide(end(LocalDate.of(2026, 3, 2)));
    // P-C ends on 13 March, before the rest of her period does.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.decide(Decision.pin(K, "S-1", "P-C")));
    assertTrue(e.getMessage().contains("PERIOD"), e.getMessage());
    // P-D starts on 2 March: before the end it did not cover her period, now it does.
    s.decide(Decision.pin(K, "S-1", "P-D"));
    s.rematch(K);
    assertEquals("P-D", s.result().placement("S-1").orElseThrow().placeId());
  }

  @Test
  void aSessionWithDatesAndWithdrawalsReplaysToTheSameBytes() {
    MatchingProblem problem = periods();
    MatchingSession s = confirmedAtA(problem);
    s.decide(end(LocalDate.of(2026, 3, 2)));
    s.decide(Decision.forbid(K, "S-1", "P-B"));
    s.rematch(K);
    s.decide(Decision.withdrawForbid(K, "S-1", "P-B"));
    s.decide(Decision.pin(K, "S-1", "P-D"));
    s.rematch(K);
    s.decide(Decision.withdrawPin(K, "S-1", "P-D"));
    s.rematch(K);
    MatchingSession replayed = MatchingSession.replay(problem, s.trailJson(), Variants.load());
    assertEquals(s.state(), replayed.state());
    assertEquals(s.remainingFrom(), replayed.remainingFrom());
    assertArrayEquals(s.resultBytes(), replayed.resultBytes());
    assertEquals(s.trailJson(), replayed.trailJson());
    AuditTrail.verify(s.trailJson());
  }

  @Test
  void aPinAProhibitionAndAnOptOutCanBeWithdrawn() {
    MatchingProblem problem = Fixtures.smallCohort();
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(3)
        .clock(FixedClock.monday()).start(K);
    s.decide(Decision.pin(K, "S-4", "P-4"));
    s.decide(Decision.forbid(K, "S-5", "P-5"));
    s.decide(Decision.optOut(K, "S-1"));
    s.rematch(K);
    assertEquals(UnplacedReason.OPTED_OUT, s.result().unplaced().stream()
        .filter(u -> u.studentId().equals("S-1")).findFirst().orElseThrow().reason());
    s.decide(Decision.withdrawPin(K, "S-4", "P-4"));
    s.decide(Decision.withdrawForbid(K, "S-5", "P-5"));
    s.decide(Decision.withdrawOptOut(K, "S-1"));
    SessionState st = s.state();
    assertTrue(st.pinned().isEmpty(), st.toString());
    assertTrue(st.forbidden().isEmpty(), st.toString());
    assertTrue(st.optedOut().isEmpty(), st.toString());
    s.rematch(K);
    // S-1 takes part again: care students S-1..S-3 compete for P-1 (2 seats) and P-2 (C-2 opted
    // out), so S-1 is placed or unplaced for capacity, but not as opted out.
    assertFalse(s.result().unplaced().stream().anyMatch(u -> u.studentId().equals("S-1")
        && u.reason() == UnplacedReason.OPTED_OUT), s.result().toString());
    assertEquals(6, s.decisions().size());
  }

  @Test
  void nothingToWithdrawIsRefusedAndChangesNothing() {
    MatchingProblem problem = Fixtures.smallCohort();
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(3)
        .clock(FixedClock.monday()).start(K);
    Placement p = s.result().placements().get(0);
    s.decide(Decision.refuse(K, p.studentId(), p.placeId(), ReasonCategory.TRAVEL, null));
    s.decide(Decision.pin(K, "S-4", "P-4"));
    SessionState before = s.state();
    int entries = s.trail().size();
    List<Decision> refused = List.of(
        Decision.withdrawPin(K, "S-4", "P-3"),
        Decision.withdrawPin(K, "S-5", "P-5"),
        Decision.withdrawForbid(K, "S-5", "P-5"),
        Decision.withdrawOptOut(K, "S-5"),
        Decision.withdrawOptOut(K, "S-7"));
    List<String> expected = List.of("pinned at (P-4)", "is not pinned", "is not forbidden",
        "has not opted out", "in the problem itself");
    for (int i = 0; i < refused.size(); i++) {
      Decision d = refused.get(i);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> s.decide(d));
      assertTrue(e.getMessage().contains(expected.get(i)) && e.getMessage().contains("Maybe"),
          d + ": " + e.getMessage());
    }
    // The refused pair was forbidden by the refusal, not by a coordinator: it stays.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.decide(Decision.withdrawForbid(K, p.studentId(), p.placeId())));
    assertTrue(e.getMessage().contains("R3, R4"), e.getMessage());
    assertTrue(s.state().forbidden().contains(StudentPlace.of(p.studentId(), p.placeId())));
    assertEquals(before, s.state());
    assertEquals(entries, s.trail().size());
  }

  @Test
  void aRefusalAnObjectionOrAnEarlyEndCannotBeWithdrawn() {
    for (DecisionKind kind : List.of(DecisionKind.REFUSE, DecisionKind.OBJECT,
        DecisionKind.END_EARLY)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> new Decision(DecisionKind.WITHDRAW, K, "S-1", "P-1", null, null, null, null,
              kind, null));
      assertTrue(e.getMessage().contains("stays forbidden (R3, R4")
          && e.getMessage().contains(kind.name()), e.getMessage());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new Decision(DecisionKind.WITHDRAW, K, "S-1", "P-1", null, null, null, null,
            DecisionKind.CONFIRM, null));
    assertTrue(e.getMessage().contains("only PIN, FORBID and OPT_OUT"), e.getMessage());
    // A date belongs to an early end only; a withdrawal of an opt-out names no place.
    assertThrows(InvalidValueException.class,
        () -> Decision.confirm(K, "S-1", "P-1").effective(LocalDate.of(2026, 3, 2)));
    assertThrows(InvalidValueException.class,
        () -> new Decision(DecisionKind.WITHDRAW, K, "S-1", "P-1", null, null, null, null,
            DecisionKind.OPT_OUT, null));
  }

  @Test
  void theDecisionsFileReadsAndWritesWithdrawalsAndDates() {
    DecisionsFile file = DecisionsFile.of(List.of(
        Decision.withdrawPin(K, "S-1", "P-1"),
        Decision.withdrawOptOut(K, "S-2"),
        Decision.endEarly(K, "S-3", "P-3", ReasonCategory.TRAVEL, null)
            .effective(LocalDate.of(2026, 3, 2))));
    String json = file.toJson();
    assertTrue(json.contains("\"withdraws\": \"PIN\"") && json.contains("\"date\": \"2026-03-02\""),
        json);
    assertEquals(file, DecisionsFile.parse(json));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionsFile.parse(json.replace("2026-03-02", "02-03-2026")));
    assertTrue(e.getMessage().startsWith("$.steps[2].date: the date (02-03-2026)"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionsFile.parse(json.replace("\"withdraws\": \"PIN\"",
            "\"withdraws\": \"REFUSE\"")));
    assertTrue(e.getMessage().startsWith("$.steps[0].withdraws: ")
        && e.getMessage().contains("R3, R4"), e.getMessage());
  }

  @Test
  void theRefusalsOfEarlyEndsAndWithdrawalsInDutchWithTheirCodes() {
    MatchingSession s = confirmedAtA(periods());
    DecisionRefusedException after = assertThrows(DecisionRefusedException.class,
        () -> s.decide(end(WISH_END.plusDays(1))));
    assertEquals("DECISION_END_AFTER_PLACEMENT", after.code());
    String dutch = after.text(Message.DUTCH);
    assertTrue(dutch.startsWith("De plaatsing van student (S-1) op (P-A) loopt tot 2026-04-24;"
        + " een vroeg einde op 2026-04-25 valt daarna, dus er blijft niets van de periode over.")
        && dutch.endsWith(" kan niet.\nTip: geef een datum van 2026-02-16 tot 2026-04-24."),
        dutch);
    DecisionRefusedException before = assertThrows(DecisionRefusedException.class,
        () -> s.decide(end(WISH_START.plusDays(13))));
    assertEquals("DECISION_END_BEFORE_WINDOW", before.code());
    assertTrue(before.text(Message.DUTCH).endsWith("kan niet.\nTip: geef de datum 2026-02-16"
        + " of later."), before.text(Message.DUTCH));
    assertTrue(before.getMessage().contains("so from 2026-02-16 on. Cannot "),
        before.getMessage());
    DecisionRefusedException pin = assertThrows(DecisionRefusedException.class,
        () -> s.decide(Decision.withdrawPin(K, "S-1", "P-B")));
    assertEquals("DECISION_WITHDRAW_NOT_PINNED", pin.code());
    assertTrue(pin.text(Message.DUTCH).startsWith("Student (S-1) staat niet vast op (P-B); er is"
        + " geen vastzetting om in te trekken."), pin.text(Message.DUTCH));
    DecisionRefusedException forbid = assertThrows(DecisionRefusedException.class,
        () -> s.decide(Decision.withdrawForbid(K, "S-1", "P-B")));
    assertEquals("DECISION_WITHDRAW_NOT_FORBIDDEN", forbid.code());
    assertTrue(forbid.text(Message.DUTCH).contains(" is niet uitgesloten; er is geen uitsluiting"
        + " om in te trekken."), forbid.text(Message.DUTCH));
  }
}
