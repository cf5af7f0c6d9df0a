package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * School placement's warm re-match after decisions (confirmations as pins, refusals as forbidden
 * pairs, opt-outs): the same optimum as a cold match, the contract kept, the same bytes twice.
 */
class WarmRematchTest {
  private static final SchoolPlacement V1 = new SchoolPlacement();

  /** The next request after some seeded decisions on {@code result}. */
  static MatchRequest decide(MatchRequest request, MatchResult result, long seed) {
    Random r = new Random(seed);
    List<Placement> placed = new ArrayList<>(result.placements());
    MatchRequest.Builder b = request.toBuilder();
    List<String> optOut = new ArrayList<>();
    for (Placement p : placed) {
      if (request.pinned().contains(StudentPlace.of(p.studentId(), p.placeId()))) {
        continue;
      }
      int roll = r.nextInt(10);
      if (roll == 0) {
        b.pin(p.studentId(), p.placeId());
      } else if (roll == 1) {
        b.forbid(p.studentId(), p.placeId());
      } else if (roll == 2 && optOut.size() < 2) {
        optOut.add(p.studentId());
      }
    }
    MatchRequest next = b.build();
    if (optOut.isEmpty()) {
      return next;
    }
    MatchingProblem p = request.problem();
    List<Student> students = new ArrayList<>();
    for (Student s : p.students()) {
      students.add(optOut.contains(s.id()) ? new Student(s.id(), s.track(), s.studyYear(),
          s.firstInternship(), true, s.wish(), s.competences(), s.home()) : s);
    }
    return next.withProblem(MatchingProblem.of(p.policy(), students, p.companies(),
        p.places()));
  }

  @TestFactory
  Stream<DynamicTest> warmEqualsColdInOptimumAndKeepsTheContract() {
    return LongStream.rangeClosed(1, 12).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem p = TestCohorts.generate(seed, 40 + (int) (seed * 11 % 80),
              seed % 2 == 0 ? 1.2 : 0.7);
          MatchRequest request = TestCohorts.request(p, seed, true, true, 0);
          Proposal proposal = V1.match(request);
          for (int step = 1; step <= 3; step++) {
            MatchRequest next = decide(request, proposal.result(), seed * 31 + step);
            Proposal warm = V1.rematch(request, proposal, next);
            Proposal cold = V1.match(next);
            String what = "seed " + seed + " step " + step;
            assertEquals(1L, warm.report().figures().get("warm"), what + ": warm path not taken");
            List<String> violations = VariantContractTest.violations(V1, next, warm.result());
            assertTrue(violations.isEmpty(), what + ": " + violations);
            assertEquals(cold.result().placedCount(), warm.result().placedCount(), what);
            assertEquals(cold.result().totalFit(), warm.result().totalFit(), what);
            assertArrayEquals(ResultJson.toBytes(warm.result()),
                ResultJson.toBytes(V1.rematch(request, proposal, next).result()), what);
            request = next;
            proposal = warm;
          }
        }));
  }

  @Test
  void aWithdrawnPinFallsBackToAColdMatch() {
    MatchingProblem p = Fixtures.uniform(6, 2, 2);
    MatchRequest first = MatchRequest.builder(p).pin("S-0", "P-0").build();
    Proposal proposal = V1.match(first);
    MatchRequest next = MatchRequest.builder(p).build();
    Proposal again = V1.rematch(first, proposal, next);
    assertEquals(0L, again.report().figures().get("warm"));
    assertArrayEquals(ResultJson.toBytes(V1.match(next).result()),
        ResultJson.toBytes(again.result()));
  }
}
