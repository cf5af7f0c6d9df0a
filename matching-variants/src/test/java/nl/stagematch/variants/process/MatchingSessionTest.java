package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import nl.stagematch.variants.testing.WarmGreedyVariant;
import org.junit.jupiter.api.Test;

class MatchingSessionTest {
  private static final String K = "K-01";

  private static MatchingSession start(MatchingProblem problem) {
    return MatchingSession.builder(problem, new GreedyVariant()).seed(7).clock(FixedClock.monday())
        .start(K);
  }

  @Test
  void theSeedAndInputHashAreRecordedBeforeTheFirstProposal() {
    MatchingProblem problem = TestProblems.random(1, 30, 12);
    MatchingSession session = MatchingSession.builder(problem, new GreedyVariant()).seed(7)
        .option("bonus", "3").clock(FixedClock.monday()).start(K);
    List<AuditEntry> entries = session.trail().entries();
    assertEquals(2, entries.size());
    AuditEntry first = entries.get(0);
    assertEquals(AuditAction.SEED_FIXED, first.action());
    assertEquals(7L, first.seed());
    assertEquals("test-greedy", first.variant());
    assertEquals(MatchingSession.inputHash(problem), first.inputHash());
    assertEquals(64, first.inputHash().length());
    assertEquals("3", first.options().get("bonus"));
    assertEquals(0, first.proposalVersion());
    AuditEntry second = entries.get(1);
    assertEquals(AuditAction.PROPOSED, second.action());
    assertEquals(1, second.proposalVersion());
    assertEquals(MatchingSession.resultHash(session.result()), second.proposalHash());
    assertEquals(session.result().lotteryNumbers(), second.lotteryNumbers());
    assertEquals(first.hash(), second.previousHash());
    assertEquals("2026-01-12T09:00:00Z", first.time().toString());
  }

  @Test
  void confirmedPlacementsAreKeptAcrossRematches() {
    MatchingProblem problem = TestProblems.random(2, 40, 14);
    MatchingSession session = start(problem);
    List<Placement> first = session.result().placements();
    Placement keep = first.get(0);
    session.decide(Decision.confirm(K, keep.studentId(), keep.placeId()));
    // Forbid every other placement of the first proposal, which moves many students.
    for (Placement p : first.subList(1, first.size())) {
      session.decide(Decision.forbid(K, p.studentId(), p.placeId()));
    }
    session.rematch(K);
    session.reseed(K, 99);
    assertEquals(keep.placeId(), session.result().placement(keep.studentId()).orElseThrow()
        .placeId());
    assertEquals(keep.placeId(), session.state().confirmedPlace(keep.studentId()));
    for (Placement p : first.subList(1, first.size())) {
      assertNotEquals(p.placeId(), session.result().placement(p.studentId())
          .map(Placement::placeId).orElse(null), p.toString());
    }
  }

  @Test
  void aRefusedPairIsForbiddenAndTheStudentIsLabelledRefusedIfNothingElseIsFound() {
    MatchingProblem problem = TestProblems.random(3, 40, 10);
    MatchingSession session = start(problem);
    Placement p = session.result().placements().get(0);
    session.decide(Decision.refuse(K, p.studentId(), p.placeId(), ReasonCategory.TRAVEL, null));
    assertTrue(session.state().pendingDecisions());
    assertTrue(session.state().forbidden().contains(StudentPlace.of(p.studentId(), p.placeId())));
    MatchResult next = session.rematch(K).result();
    next.placement(p.studentId()).ifPresentOrElse(
        q -> assertNotEquals(p.placeId(), q.placeId()),
        () -> assertEquals(UnplacedReason.REFUSED,
            next.unplacedEntry(p.studentId()).orElseThrow().reason()));
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
        () -> session.decide(Decision.pin(K, p.studentId(), p.placeId())));
    assertTrue(again.getMessage().contains("is forbidden"), again.getMessage());
  }

  @Test
  void aStudentWithOnlyOnePlaceIsReportedAsObjectionAfterAnObjection() {
    MatchingProblem problem = TestProblems.random(4, 60, 16);
    MatchingSession session = start(problem);
    // Object to every placement until a student is left without a place.
    String student = session.result().placements().get(0).studentId();
    for (int round = 0; round < 100; round++) {
      var at = session.result().placement(student);
      if (at.isEmpty()) {
        break;
      }
      session.decide(Decision.object(K, student, at.get().placeId(), Side.COMPANY,
          ReasonCategory.SUPERVISION_CAPACITY, "NOTE-" + round));
      session.rematch(K);
    }
    var u = session.result().unplacedEntry(student).orElseThrow();
    assertEquals(UnplacedReason.OBJECTION, u.reason());
    assertTrue(u.detail().equals("CAPACITY_EXHAUSTED_LOTTERY")
        || u.detail().equals("NO_ADMISSIBLE_PLACE"), u.detail());
  }

  @Test
  void decisionsThatDoNotFitTheSessionAreRefusedWithAMessage() {
    MatchingProblem problem = TestProblems.random(5, 30, 12);
    MatchingSession session = start(problem);
    Placement p = session.result().placements().get(0);
    Placement other = session.result().placements().get(1);
    String unknown = assertThrows(IllegalArgumentException.class, () -> session.decide(
        Decision.confirm(K, "S-9999", p.placeId()))).getMessage();
    assertTrue(unknown.contains("(S-9999)") && unknown.contains("Maybe"), unknown);
    String notProposed = assertThrows(IllegalArgumentException.class, () -> session.decide(
        Decision.confirm(K, p.studentId(), other.placeId()))).getMessage();
    assertTrue(notProposed.contains("Proposal 1 does not place student (" + p.studentId()
        + ") at place (" + other.placeId() + ")"), notProposed);
    String notConfirmed = assertThrows(IllegalArgumentException.class, () -> session.decide(
        Decision.endEarly(K, p.studentId(), p.placeId(), ReasonCategory.SAFETY, null)))
        .getMessage();
    assertTrue(notConfirmed.contains("is not confirmed"), notConfirmed);
    session.decide(Decision.confirm(K, p.studentId(), p.placeId()));
    String forbidConfirmed = assertThrows(IllegalArgumentException.class, () -> session.decide(
        Decision.forbid(K, p.studentId(), p.placeId()))).getMessage();
    assertTrue(forbidConfirmed.contains("is confirmed"), forbidConfirmed);
    assertEquals(1, session.decisions().size(), "refused decisions leave no trace");
    assertEquals(3, session.trail().size());
  }

  @Test
  void pinsAndConfirmationsTogetherNeverExceedAPlacesCapacity() {
    MatchingProblem problem = TestProblems.random(15, 60, 10);
    Eligibility eligibility = Eligibility.compute(problem);
    MatchingSession session = start(problem);
    // A place the proposal fills to capacity, and a student placed elsewhere who may go there.
    for (Placement a : session.result().placements()) {
      var place = problem.place(a.placeId()).orElseThrow();
      long there = session.result().placements().stream()
          .filter(q -> q.placeId().equals(place.id())).count();
      if (there != place.capacity()) {
        continue;
      }
      for (Placement b : session.result().placements()) {
        if (b.placeId().equals(place.id()) || !eligibility.isAdmissible(b.studentId(),
            place.id())) {
          continue;
        }
        session.decide(Decision.pin(K, b.studentId(), place.id()));
        // The place now holds one pin; confirming all its proposed students would overfill it.
        List<Placement> atPlace = session.result().placements().stream()
            .filter(q -> q.placeId().equals(place.id())).toList();
        for (int i = 0; i < atPlace.size() - 1; i++) {
          session.decide(Decision.confirm(K, atPlace.get(i).studentId(), place.id()));
        }
        Placement last = atPlace.get(atPlace.size() - 1);
        String m = assertThrows(IllegalArgumentException.class, () -> session.decide(
            Decision.confirm(K, last.studentId(), place.id()))).getMessage();
        assertTrue(m.startsWith("Place (" + place.id() + ") is full with confirmed and pinned"),
            m);
        session.rematch(K);
        return;
      }
    }
    throw new AssertionError("seed 15: no full place with another admissible student");
  }

  @Test
  void pinsMustBeAdmissible() {
    MatchingProblem problem = TestProblems.random(6, 30, 12);
    MatchingSession session = start(problem);
    // A care student at an ICT place fails on the qualification.
    String careStudent = problem.students().stream()
        .filter(s -> s.wish().qualification().equals(TestProblems.CARE_2)
            && problem.policy().scope().includes(s) && !s.optedOut())
        .findFirst().orElseThrow().id();
    String ictPlace = problem.places().stream()
        .filter(p -> p.qualification().equals(TestProblems.ICT_4)).findFirst().orElseThrow().id();
    String m = assertThrows(IllegalArgumentException.class, () -> session.decide(
        Decision.pin(K, careStudent, ictPlace))).getMessage();
    assertTrue(m.contains("not admissible (QUALIFICATION"), m);
  }

  @Test
  void anEarlyEndReleasesTheConfirmedPlacementAndForbidsThePair() {
    MatchingProblem problem = TestProblems.random(7, 30, 12);
    MatchingSession session = start(problem);
    Placement p = session.result().placements().get(0);
    session.decide(Decision.confirm(K, p.studentId(), p.placeId()));
    session.rematch(K);
    session.decide(Decision.endEarly(K, p.studentId(), p.placeId(),
        ReasonCategory.LEARNING_CONTENT, "NOTE-7"));
    session.rematch(K);
    assertFalse(session.state().confirmed().containsKey(p.studentId()));
    assertNotEquals(p.placeId(), session.result().placement(p.studentId())
        .map(Placement::placeId).orElse(null));
  }

  @Test
  void anOptOutTakesTheStudentOutOfTheNextProposal() {
    MatchingProblem problem = TestProblems.random(8, 30, 12);
    MatchingSession session = start(problem);
    Placement p = session.result().placements().get(0);
    session.decide(Decision.optOut(K, p.studentId()));
    session.rematch(K);
    assertEquals(UnplacedReason.OPTED_OUT,
        session.result().unplacedEntry(p.studentId()).orElseThrow().reason());
    assertEquals(1, MonitoringReport.of(session).count("total", "all", "optOutDecisions"));
  }

  @Test
  void aWarmVariantIsUsedForRematchesButNotForANewSeed() {
    MatchingProblem problem = TestProblems.random(9, 40, 14);
    MatchingSession session = MatchingSession.builder(problem, new WarmGreedyVariant()).seed(3)
        .clock(FixedClock.monday()).start(K);
    Placement p = session.result().placements().get(0);
    session.decide(Decision.refuse(K, p.studentId(), p.placeId(), ReasonCategory.TRAVEL, null));
    int warmBefore = WarmGreedyVariant.WARM_RUNS.get();
    session.rematch(K);
    assertTrue(WarmGreedyVariant.WARM_RUNS.get() > warmBefore);
    List<AuditEntry> entries = session.trail().entries();
    assertEquals(Boolean.FALSE, entries.get(1).warm());
    assertEquals(Boolean.TRUE, entries.get(entries.size() - 1).warm());
    session.reseed(K, 4);
    entries = session.trail().entries();
    assertEquals(AuditAction.RESEEDED, entries.get(entries.size() - 2).action());
    assertEquals(4L, entries.get(entries.size() - 2).seed());
    assertEquals(Boolean.FALSE, entries.get(entries.size() - 1).warm());
  }

  @Test
  void aSecondSeedIsRecordedAndTheSameSeedIsRefused() {
    MatchingSession session = start(TestProblems.random(10, 30, 12));
    String m = assertThrows(IllegalArgumentException.class, () -> session.reseed(K, 7))
        .getMessage();
    assertTrue(m.contains("is the current seed"), m);
    session.reseed("K-02", 8);
    AuditEntry reseed = session.trail().entries().get(2);
    assertEquals(AuditAction.RESEEDED, reseed.action());
    assertEquals("K-02", reseed.coordinator());
    assertEquals(8L, session.seed());
    assertEquals(2, session.version());
  }

  @Test
  void replayGivesTheSameStateAndTheSameProposalBytes() {
    MatchingProblem problem = TestProblems.random(11, 50, 16);
    MatchingSession session = MatchingSession.builder(problem, new WarmGreedyVariant()).seed(11)
        .clock(FixedClock.monday()).start(K);
    List<Placement> ps = session.result().placements();
    session.decide(Decision.confirm(K, ps.get(0).studentId(), ps.get(0).placeId()));
    session.decide(Decision.refuse("K-02", ps.get(1).studentId(), ps.get(1).placeId(),
        ReasonCategory.PERIOD_OR_HOURS, "NOTE-1"));
    session.decide(Decision.object(K, ps.get(2).studentId(), ps.get(2).placeId(), Side.STUDENT,
        ReasonCategory.OTHER, "NOTE-2"));
    session.decide(Decision.optOut(K, ps.get(3).studentId()));
    session.rematch(K);
    session.reseed(K, 12);
    String json = session.trailJson();

    MatchingSession replayed = MatchingSession.replay(problem, json, new WarmGreedyVariant(),
        Responder.byFit(), FixedClock.monday());
    assertEquals(session.state(), replayed.state());
    assertArrayEquals(session.resultBytes(), replayed.resultBytes());
    assertEquals(json, replayed.trailJson());
  }

  @Test
  void theSessionShowsEachCompanyItsPlacedStudentsAndExplainsEveryStudent() {
    MatchingProblem problem = TestProblems.random(14, 30, 12);
    MatchingSession session = start(problem);
    Placement p = session.result().placements().get(0);
    String company = problem.place(p.placeId()).orElseThrow().companyId();
    var view = session.companyView(company);
    assertTrue(view.entries().stream().anyMatch(e -> e.profile().studentId()
        .equals(p.studentId()) && e.placeId().equals(p.placeId())), view.toString());
    var explanations = session.explanations(java.util.Locale.forLanguageTag("nl"));
    assertEquals(problem.students().size(), explanations.size());
    assertTrue(explanations.get(p.studentId()).startsWith("Geplaatst bij " + p.placeId()),
        explanations.get(p.studentId()));
  }

  @Test
  void replayOfAnotherProblemOrVariantFails() {
    MatchingProblem problem = TestProblems.random(12, 30, 12);
    String json = start(problem).trailJson();
    TrailVerificationException other = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(TestProblems.random(13, 30, 12), json, new GreedyVariant(),
            Responder.byFit(), FixedClock.monday()));
    assertTrue(other.getMessage().contains("belongs to another input"), other.getMessage());
    TrailVerificationException variant = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, json, new WarmGreedyVariant(), Responder.byFit(),
            FixedClock.monday()));
    assertTrue(variant.getMessage().contains("is of variant (test-greedy)"),
        variant.getMessage());
  }
}
