package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ForkJoinPool;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eligibility, fit and the solver's relabelling run in parallel over fixed blocks of students: the
 * result document is the same bytes whether the match runs with one thread or with four (a match
 * started inside a fork-join pool runs its parallel stages in that pool). The cohort has more
 * students than one block, so the blocks really are joined.
 */
class ThreadCountResultsTest {

  private static final ResearchCohort COHORT = NationalCohortGenerator.cohort(11L, 3000);

  @ParameterizedTest
  @ValueSource(strings = {"school-placement", "two-by-two", "regional-allocation"})
  void oneThreadAndFourGiveTheSameBytes(String variant) throws Exception {
    MatchingVariant v = Variants.load().get(variant);
    MatchRequest.Builder b = MatchRequest.builder(COHORT.problem()).seed(2025);
    if (v.has(Capability.MULTI_SCHOOL)) {
      b.schools(COHORT.schools());
    }
    MatchRequest request = b.build();
    byte[] one = inPool(1, v, request);
    byte[] four = inPool(4, v, request);
    assertTrue(one.length > 10_000, variant + ": a result of " + one.length + " bytes");
    assertArrayEquals(one, four, variant + " on the national cohort of 3,000 students, seed 11:"
        + " one thread and four threads give different result documents");
  }

  private static byte[] inPool(int threads, MatchingVariant v, MatchRequest request)
      throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultJson.write(v.match(request).result(), out);
        return out.toByteArray();
      }).get();
    } finally {
      pool.shutdown();
    }
  }
}
