package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Student choice (V4) ranks on primitive arrays when the responder keeps the default ranking;
 * a responder that overrides {@link Responder#studentRanking} with the same default answer takes
 * the general path (a {@link Candidate} per pair, {@link Responder#orderByFit}, the answer
 * checked). Both must give the same rankings and the same result bytes, on seeded cohorts with
 * pins, forbidden pairs, both tie-breakings and a fit-class width of 1 (every point counts).
 */
class StudentChoiceRankingTest {

  /** The default ranking, answered through an override: the general path. */
  private static final class SameAnswers implements Responder {
    @Override
    public List<String> studentRanking(String studentId, List<Candidate> places) {
      return Responder.orderByFit(places);
    }

    @Override
    public String name() {
      return "by-fit";
    }
  }

  /**
   * The default rankings are computed in parallel over blocks of 2,048 students: on a cohort of
   * several blocks, one thread and four give the same bytes.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11L, 12L})
  void theRankingsAreTheSameForAnyNumberOfThreads(long seed) throws Exception {
    MatchingProblem problem = TestCohorts.generate(seed, 6000, 0.8);
    MatchRequest request = TestCohorts.request(problem, seed, true, true, 0);
    StudentChoice v = new StudentChoice();
    byte[] one = inPool(1, () -> ResultJson.toBytes(v.match(request).result()));
    byte[] four = inPool(4, () -> ResultJson.toBytes(v.match(request).result()));
    assertTrue(one.length > 100_000, "seed " + seed + ": a real result");
    assertArrayEquals(one, four, "seed " + seed + ": one thread and four");
  }

  private static byte[] inPool(int threads, Callable<byte[]> task) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(task).get();
    } finally {
      pool.shutdown();
    }
  }

  static Stream<Arguments> cohorts() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L).flatMap(seed -> Stream.of(
        Arguments.of(seed, 0.7, "single", "100"), Arguments.of(seed, 1.4, "multiple", "100"),
        Arguments.of(seed, 0.9, "single", "1")));
  }

  @ParameterizedTest(name = "seed {0}, supply {1}, {2}, width {3}")
  @MethodSource("cohorts")
  void rankingOnArraysIsTheDefaultRanking(long seed, double supply, String tieBreaking,
      String width) throws Exception {
    assertTrue(StudentChoice.ranksByFit(Responder.byFit()));
    assertFalse(StudentChoice.ranksByFit(new SameAnswers()));
    MatchingProblem problem = TestCohorts.generate(seed, 300, supply);
    MatchRequest fast = TestCohorts.request(problem, seed, true, true, 0).toBuilder()
        .option(StudentChoice.TIE_BREAKING, tieBreaking)
        .option(StudentChoice.FIT_CLASS_WIDTH, width).build();
    MatchRequest general = fast.toBuilder().responder(new SameAnswers()).build();
    StudentChoice v = new StudentChoice();
    Proposal a = v.match(fast);
    Proposal b = v.match(general);
    StudentChoiceReport ra = (StudentChoiceReport) a.report();
    StudentChoiceReport rb = (StudentChoiceReport) b.report();
    String where = "seed " + seed + ", supply " + supply + ", " + tieBreaking + ", width " + width;
    assertTrue(ra.rankings().values().stream().mapToInt(List::size).sum() > 300, where);
    assertEquals(rb.rankings(), ra.rankings(), where);
    assertEquals(rb.fitClasses(), ra.fitClasses(), where);
    assertArrayEquals(ResultJson.toBytes(b.result()), ResultJson.toBytes(a.result()), where);
  }
}
