package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * Embedding: eight schools' sessions (different problems, variants, seeds and decisions) running
 * at once in one JVM give exactly the results and trails of running them one by one.
 */
class ConcurrentSessionsTest {
  private static final String[] VARIANTS = {"school-placement", "two-by-two", "blind-shortlist",
      "student-choice", "regional-allocation", "school-placement", "student-choice",
      "school-placement"};

  /** One school's whole session; returns the result bytes, the trail and the monitoring CSV. */
  private static byte[][] school(int school, CyclicBarrier start) throws Exception {
    MatchingProblem problem = TestProblems.random(500 + school, 60 + 10 * school, 24);
    if (start != null) {
      start.await(30, TimeUnit.SECONDS);
    }
    MatchingSession session = MatchingSession.builder(problem, VARIANTS[school])
        .seed(1000 + school).clock(FixedClock.monday()).start("K-" + school);
    Random r = new Random(school);
    for (int round = 0; round < 3; round++) {
      for (Placement p : session.result().placements()) {
        if (session.state().confirmed().containsKey(p.studentId())) {
          continue;
        }
        int roll = r.nextInt(4);
        if (roll == 0) {
          session.decide(Decision.refuse("K-" + school, p.studentId(), p.placeId(),
              ReasonCategory.PERIOD_OR_HOURS, null));
        } else if (roll == 1) {
          session.decide(Decision.object("K-" + school, p.studentId(), p.placeId(),
              Side.COMPANY, ReasonCategory.SUPERVISION_CAPACITY, null));
        } else {
          session.decide(Decision.confirm("K-" + school, p.studentId(), p.placeId()));
        }
      }
      session.rematch("K-" + school);
    }
    session.reseed("K-" + school, 2000 + school);
    return new byte[][] {session.resultBytes(),
        session.trailJson().getBytes(StandardCharsets.UTF_8),
        MonitoringReport.of(session).toCsv().getBytes(StandardCharsets.UTF_8)};
  }

  @Test
  void eightSchoolsAtOnceGiveTheResultsOfRunningThemOneByOne() throws Exception {
    int schools = 8;
    List<byte[][]> alone = new ArrayList<>();
    for (int s = 0; s < schools; s++) {
      alone.add(school(s, null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(schools);
    try {
      CyclicBarrier start = new CyclicBarrier(schools);
      List<Future<byte[][]>> together = new ArrayList<>();
      for (int s = 0; s < schools; s++) {
        int school = s;
        together.add(pool.submit((Callable<byte[][]>) () -> school(school, start)));
      }
      for (int s = 0; s < schools; s++) {
        byte[][] got = together.get(s).get(120, TimeUnit.SECONDS);
        for (int k = 0; k < 3; k++) {
          assertArrayEquals(alone.get(s)[k], got[k], "school " + s + " (" + VARIANTS[s]
              + "), part " + k);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(schools, alone.size());
  }
}
