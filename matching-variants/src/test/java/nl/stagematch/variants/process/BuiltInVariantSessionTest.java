package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sessions on the built-in variants, found by name: decisions, re-matches and replay. */
class BuiltInVariantSessionTest {

  @ParameterizedTest
  @ValueSource(strings = {"school-placement", "two-by-two", "blind-shortlist", "student-choice",
      "regional-allocation"})
  void aSessionOnABuiltInVariantKeepsItsDecisionsAndReplays(String name) {
    for (long seed = 1; seed <= 3; seed++) {
      MatchingProblem problem = TestProblems.random(100 + seed, 40, 16);
      MatchingSession session = MatchingSession.builder(problem, name).seed(seed)
          .clock(FixedClock.monday()).start("K-1");
      Random r = new Random(seed);
      Set<StudentPlace> ruledOut = new HashSet<>();
      for (int round = 0; round < 3; round++) {
        for (Placement p : session.result().placements()) {
          StudentPlace pair = StudentPlace.of(p.studentId(), p.placeId());
          assertFalse(ruledOut.contains(pair), name + " seed " + seed + " re-proposed " + pair);
          if (session.state().confirmed().containsKey(p.studentId())) {
            continue;
          }
          if (r.nextInt(3) == 0) {
            session.decide(Decision.refuse("K-1", p.studentId(), p.placeId(),
                ReasonCategory.TRAVEL, null));
            ruledOut.add(pair);
          } else {
            session.decide(Decision.confirm("K-2", p.studentId(), p.placeId()));
          }
        }
        session.rematch("K-1");
        for (var e : session.state().confirmed().entrySet()) {
          assertEquals(e.getValue(), session.result().placement(e.getKey()).orElseThrow()
              .placeId(), name + " seed " + seed);
        }
      }
      MatchingSession replayed = MatchingSession.replay(problem, session.trailJson(),
          Variants.builtIn());
      assertEquals(session.state(), replayed.state(), name + " seed " + seed);
      assertArrayEquals(session.resultBytes(), replayed.resultBytes(), name + " seed " + seed);
    }
  }

  @Test
  void theSchoolsOfARegionalSessionAreRecordedAndReplayed() {
    MatchingProblem problem = TestProblems.random(9, 50, 16);
    java.util.Map<String, String> schools = new java.util.TreeMap<>();
    for (int i = 0; i < problem.students().size(); i++) {
      schools.put(problem.students().get(i).id(), i % 2 == 0 ? "SCH-A" : "SCH-B");
    }
    MatchingSession session = MatchingSession.builder(problem, "regional-allocation").seed(4)
        .schools(schools).clock(FixedClock.monday()).start("K-1");
    Placement p = session.result().placements().get(0);
    session.decide(Decision.refuse("K-1", p.studentId(), p.placeId(), ReasonCategory.TRAVEL,
        null));
    session.rematch("K-1");
    assertEquals(schools, session.trail().entries().get(0).schools());
    MatchingSession replayed = MatchingSession.replay(problem, session.trailJson(),
        Variants.builtIn());
    assertEquals(session.state(), replayed.state());
    assertArrayEquals(session.resultBytes(), replayed.resultBytes());
  }

  @Test
  void anUnknownVariantNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchingSession.builder(TestProblems.random(1, 5, 3), "school-placment"));
    assertTrue(e.getMessage().contains("Known variants: school-placement"), e.getMessage());
  }

  @Test
  void theTrailNamesTheVariantForReplay() {
    MatchingProblem problem = TestProblems.random(7, 20, 8);
    MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(1)
        .clock(FixedClock.monday()).start("K-1");
    List<AuditEntry> entries = session.trail().entries();
    assertEquals("school-placement", entries.get(0).variant());
  }
}
