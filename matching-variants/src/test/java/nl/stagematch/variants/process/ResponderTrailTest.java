package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session whose answers come from a responder other than the built-in one: the trail records
 * the responder and every answer, so that the session replays from its JSON alone to the same
 * state, and a changed answer is caught.
 */
class ResponderTrailTest {

  /** Answers against the fit: orders and rankings reversed, the last profile picked. */
  static final class Contrary implements Responder {
    @Override
    public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
      return reversed(metPlaces);
    }

    @Override
    public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
      return reversed(metStudents);
    }

    @Override
    public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
      return Optional.of(shortlist.get(shortlist.size() - 1).token());
    }

    @Override
    public List<String> studentRanking(String studentId, List<Candidate> places) {
      return reversed(places);
    }

    private static List<String> reversed(List<Candidate> candidates) {
      List<String> ids = new ArrayList<>(Responder.orderByFit(candidates));
      Collections.reverse(ids);
      return ids;
    }
  }

  private static MatchingSession session(MatchingProblem problem, String variant, long seed) {
    MatchingSession session = MatchingSession.builder(problem, variant).seed(seed)
        .responder(new Contrary()).clock(FixedClock.monday()).start("K-1");
    List<Placement> placements = session.result().placements();
    session.decide(Decision.confirm("K-2", placements.get(0).studentId(),
        placements.get(0).placeId()));
    session.decide(Decision.refuse("K-1", placements.get(1).studentId(),
        placements.get(1).placeId(), ReasonCategory.TRAVEL, null));
    session.rematch("K-1");
    session.reseed("K-1", seed + 100);
    return session;
  }

  @ParameterizedTest
  @ValueSource(strings = {"two-by-two", "blind-shortlist", "student-choice"})
  void theAnswersAreRecordedAndTheTrailReplaysFromItsJsonAlone(String variant) {
    for (long seed = 1; seed <= 2; seed++) {
      String what = variant + " seed " + seed;
      MatchingProblem problem = TestProblems.random(200 + seed, 40, 16);
      MatchingSession session = session(problem, variant, seed);
      List<AuditEntry> entries = session.trail().entries();
      assertEquals(Contrary.class.getName(), entries.get(0).responder(), what);
      int proposals = 0;
      for (AuditEntry e : entries) {
        if (e.action() == AuditAction.PROPOSED) {
          proposals++;
          assertFalse(e.answers().isEmpty(), what + ": no answers at " + e.describe());
        } else {
          assertNull(e.answers(), what);
        }
      }
      assertEquals(3, proposals, what);

      // the answers matter: by fit, the same session gives another result
      MatchingSession byFit = MatchingSession.builder(problem, variant).seed(seed)
          .clock(FixedClock.monday()).start("K-1");
      assertFalse(Arrays.equals(byFit.resultBytes(),
          MatchingSession.builder(problem, variant).seed(seed).responder(new Contrary())
              .clock(FixedClock.monday()).start("K-1").resultBytes()), what);

      String json = session.trailJson();
      MatchingSession replayed = MatchingSession.replay(problem, json, Variants.builtIn());
      assertEquals(session.state(), replayed.state(), what);
      assertArrayEquals(session.resultBytes(), replayed.resultBytes(), what);
      assertEquals(json, replayed.trailJson(), what);

      // asked again, the same responder gives the same answers
      MatchingSession live = MatchingSession.replay(problem, json,
          Variants.builtIn().get(variant), new Contrary(), FixedClock.monday());
      assertArrayEquals(session.resultBytes(), live.resultBytes(), what);
    }
  }

  @Test
  void aReplayWithAnotherResponderIsRefusedByName() {
    MatchingProblem problem = TestProblems.random(201, 40, 16);
    String json = session(problem, "two-by-two", 1).trailJson();
    TrailVerificationException e = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, json, Variants.builtIn().get("two-by-two"),
            Responder.byFit(), FixedClock.monday()));
    assertTrue(e.getMessage().contains("answered by responder (" + Contrary.class.getName()
        + "), not (by-fit)"), e.getMessage());
  }

  @Test
  void changedAnswersAreCaughtEvenWithARebuiltChain() {
    MatchingProblem problem = TestProblems.random(202, 40, 16);
    MatchingSession session = session(problem, "two-by-two", 2);
    List<AuditEntry> entries = session.trail().entries();
    // a forger who rewrites the answers of proposal 1 and recomputes every hash
    AuditTrail forged = new AuditTrail();
    int changedAt = -1;
    for (AuditEntry e : entries) {
      List<ResponderAnswer> answers = e.answers();
      if (changedAt < 0 && answers != null) {
        // every order of the first proposal turned round: the orders of the fit, not the
        // responder's
        List<ResponderAnswer> copy = new ArrayList<>();
        for (ResponderAnswer a : answers) {
          List<String> flipped = new ArrayList<>(a.answer());
          Collections.reverse(flipped);
          copy.add(new ResponderAnswer(a.question(), a.asker(), a.round(), a.candidates(),
              flipped));
        }
        answers = copy;
        changedAt = e.index();
      }
      forged.append(e.time(), e.coordinator(), e.action(), e.proposalVersion(), e.variant(),
          e.seed(), e.inputHash(), e.options(), e.schools(), e.responder(), e.decision(),
          e.warm(), e.proposalHash(), e.lotteryNumbers(), answers);
    }
    assertEquals(1, changedAt);
    AuditTrail.verify(forged.toJson());
    TrailVerificationException x = assertThrows(TrailVerificationException.class,
        () -> MatchingSession.replay(problem, forged.toJson(), Variants.builtIn()));
    assertTrue(x.getMessage().contains("entry " + changedAt), x.getMessage());
  }

  @Test
  void aReplayFromRecordedAnswersCannotAskNewQuestions() {
    MatchingProblem problem = TestProblems.random(203, 40, 16);
    MatchingSession replayed = MatchingSession.replay(problem,
        session(problem, "two-by-two", 3).trailJson(), Variants.builtIn());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> replayed.rematch("K-1"));
    assertTrue(e.getMessage().contains("is not here to answer") && e.getMessage()
        .contains("Maybe replay the trail with"), e.getMessage());
  }

  @Test
  void theBuiltInResponderIsNamedAndItsAnswersAreNotStored() {
    MatchingProblem problem = TestProblems.random(204, 30, 12);
    MatchingSession session = MatchingSession.builder(problem, "two-by-two").seed(1)
        .clock(FixedClock.monday()).start("K-1");
    List<AuditEntry> entries = session.trail().entries();
    assertEquals("by-fit", entries.get(0).responder());
    assertNull(entries.get(1).answers());
  }

  @Test
  void aTrailOfTheEarlierFormatIsRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditTrail.read("{\"format\": \"stagematch-trail/1\", \"entries\": []}"));
    assertTrue(e.getMessage().contains("did not record the responder"), e.getMessage());
  }
}
