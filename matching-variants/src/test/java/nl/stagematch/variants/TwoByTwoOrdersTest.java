package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Responder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two-by-two (V2) orders both sides' meetings on arrays when the responder keeps the default
 * orders; a responder that overrides {@link Responder#studentOrder} and {@link
 * Responder#placeOrder} with the same default answers takes the general path (a {@link
 * Candidate} per meeting, {@link Responder#orderByFit}, each answer checked). Both must give the
 * same result bytes (its certificate holds every order), for each cycle rule, on seeded cohorts
 * with pins and forbidden pairs.
 */
class TwoByTwoOrdersTest {

  /** The default orders, answered through overrides: the general path. */
  private static final class SameAnswers implements Responder {
    @Override
    public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
      return Responder.orderByFit(metPlaces);
    }

    @Override
    public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
      return Responder.orderByFit(metStudents);
    }

    @Override
    public String name() {
      return "by-fit";
    }
  }

  static Stream<Arguments> cohorts() {
    return Stream.of(1L, 2L, 3L, 4L, 5L).flatMap(seed -> Stream.of(
        Arguments.of(seed, 0.7, "both-sides"), Arguments.of(seed, 1.4, "students-first"),
        Arguments.of(seed, 0.9, "places-first")));
  }

  @ParameterizedTest(name = "seed {0}, supply {1}, {2}")
  @MethodSource("cohorts")
  void ordersOnArraysAreTheDefaultOrders(long seed, double supply, String rule)
      throws Exception {
    assertTrue(TwoByTwo.ordersByFit(Responder.byFit()));
    assertFalse(TwoByTwo.ordersByFit(new SameAnswers()));
    assertFalse(TwoByTwo.ordersByFit(new Responder() {
      @Override
      public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
        return List.of();
      }
    }));
    MatchingProblem problem = TestCohorts.generate(seed, 300, supply);
    MatchRequest fast = TestCohorts.request(problem, seed, true, true, 0).toBuilder()
        .option(TwoByTwo.CYCLE_RULE, rule).build();
    MatchRequest general = fast.toBuilder().responder(new SameAnswers()).build();
    TwoByTwo v = new TwoByTwo();
    byte[] a = ResultJson.toBytes(v.match(fast).result());
    byte[] b = ResultJson.toBytes(v.match(general).result());
    assertTrue(new String(a, java.nio.charset.StandardCharsets.UTF_8).contains("placeOrders"),
        "seed " + seed + ": the certificate holds the places' orders");
    assertArrayEquals(b, a, "seed " + seed + ", supply " + supply + ", " + rule);
  }
}
