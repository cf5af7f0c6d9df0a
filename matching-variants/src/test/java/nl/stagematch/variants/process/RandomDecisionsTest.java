package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.GreedyVariant;
import nl.stagematch.variants.testing.TestProblems;
import nl.stagematch.variants.testing.WarmGreedyVariant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random sessions: in every round each proposed, unconfirmed placement is confirmed,
 * refused or objected to at random; the session never proposes a refused or objected pair again,
 * keeps what is confirmed, ends (every placed student confirmed), and replays to the same state.
 */
class RandomDecisionsTest {
  private static final ReasonCategory[] CATEGORIES = ReasonCategory.values();
  private static final AtomicLong REFUSALS = new AtomicLong();
  private static final AtomicLong OBJECTIONS = new AtomicLong();
  private static final AtomicLong RELABELLED = new AtomicLong();
  private static final AtomicLong MAX_ROUNDS = new AtomicLong();

  /** Says what the seeded sessions produced, so that one can see the cases were covered. */
  @AfterAll
  static void summary() {
    System.out.println("Random sessions: 24 seeds, " + REFUSALS + " refusals, " + OBJECTIONS
        + " objections, up to " + MAX_ROUNDS + " rounds, " + RELABELLED
        + " students left unplaced as REFUSED or OBJECTION");
    assertTrue(RELABELLED.get() > 0, "no session left a refused or objected student unplaced");
  }

  @TestFactory
  Stream<DynamicTest> randomRefusalsAndObjectionsNeverRepeatAPairAndEnd() {
    return Stream.iterate(1L, s -> s + 1).limit(24).map(seed -> DynamicTest.dynamicTest(
        "seed " + seed, () -> run(seed)));
  }

  private static void run(long seed) {
    Random r = new Random(seed);
    MatchingProblem problem = TestProblems.random(seed, 20 + r.nextInt(40), 6 + r.nextInt(12));
    MatchingVariant variant = seed % 2 == 0 ? new GreedyVariant() : new WarmGreedyVariant();
    MatchingSession session = MatchingSession.builder(problem, variant).seed(seed)
        .clock(FixedClock.monday()).start("K-1");
    Set<StudentPlace> ruledOut = new HashSet<>();
    Set<StudentPlace> confirmed = new HashSet<>();
    long bound = (long) problem.students().size() * problem.places().size() + 2;
    int rounds = 0;
    while (true) {
      assertTrue(++rounds <= bound, "seed " + seed + ": no end after " + bound + " rounds");
      boolean decided = false;
      for (Placement p : session.result().placements()) {
        StudentPlace pair = StudentPlace.of(p.studentId(), p.placeId());
        assertFalse(ruledOut.contains(pair), "seed " + seed + ": re-proposed " + pair);
        if (confirmed.contains(pair)) {
          continue;
        }
        String coordinator = "K-" + (1 + r.nextInt(3));
        int roll = r.nextInt(10);
        if (roll < 5) {
          session.decide(Decision.confirm(coordinator, p.studentId(), p.placeId()));
          confirmed.add(pair);
        } else if (roll < 8) {
          session.decide(Decision.refuse(coordinator, p.studentId(), p.placeId(),
              CATEGORIES[r.nextInt(CATEGORIES.length)], "NOTE-" + r.nextInt(1000)));
          ruledOut.add(pair);
        } else {
          session.decide(Decision.object(coordinator, p.studentId(), p.placeId(),
              r.nextBoolean() ? Side.STUDENT : Side.COMPANY,
              CATEGORIES[r.nextInt(CATEGORIES.length)], "NOTE-" + r.nextInt(1000)));
          ruledOut.add(pair);
        }
        decided = true;
      }
      for (StudentPlace c : confirmed) {
        assertEquals(c.placeId(), session.result().placement(c.studentId()).orElseThrow()
            .placeId(), "seed " + seed + ": lost the confirmed " + c);
      }
      if (!decided) {
        break;
      }
      session.rematch("K-1");
    }
    assertEquals(confirmed.size(), session.result().placements().size(), "seed " + seed);
    MAX_ROUNDS.accumulateAndGet(rounds, Math::max);
    for (var u : session.result().unplaced()) {
      if (u.reason() == UnplacedReason.REFUSED || u.reason() == UnplacedReason.OBJECTION) {
        RELABELLED.incrementAndGet();
      }
    }
    for (Decision d : session.decisions()) {
      if (d.kind() == DecisionKind.REFUSE) {
        REFUSALS.incrementAndGet();
      } else if (d.kind() == DecisionKind.OBJECT) {
        OBJECTIONS.incrementAndGet();
      }
    }
    var report = MonitoringReport.of(session);
    assertEquals(report.count("total", "all", "studentsInScope"),
        report.count("total", "all", "matched") + report.count("total", "all", "unplaced"),
        "seed " + seed);
    assertEquals(ruledOut.size(), report.count("total", "all", "refusals")
        + report.count("total", "all", "objections"), "seed " + seed);

    MatchingSession replayed = MatchingSession.replay(problem, session.trailJson(),
        seed % 2 == 0 ? new GreedyVariant() : new WarmGreedyVariant(), Responder.byFit(),
        FixedClock.monday());
    assertEquals(session.state(), replayed.state(), "seed " + seed);
    assertArrayEquals(session.resultBytes(), replayed.resultBytes(), "seed " + seed);
    List<Decision> decisions = session.decisions();
    assertEquals(decisions, replayed.decisions(), "seed " + seed);
  }
}
