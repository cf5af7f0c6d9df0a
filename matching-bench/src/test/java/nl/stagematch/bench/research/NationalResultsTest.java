package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.StageTimes;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The result documents of every variant on a national cohort of 2,000 students (seed 7, match
 * seed 2025) are byte for byte those of the code before the national speed work (eligibility by
 * travel reach, fit scored once, kinds as ids): the SHA-256 and size of each document were
 * recorded with that code. A measured match ({@link StageTimes#measure}) gives the same bytes.
 */
class NationalResultsTest {

  private static final ResearchCohort COHORT = NationalCohortGenerator.cohort(7L, 2000);

  static Stream<Arguments> recorded() {
    return Stream.of(
        Arguments.of("school-placement",
            "ad25188f1d31fffe3f9766eaa2cb954c5f8e0542a5e9a901ed791fa4527ec9c3", 274643),
        Arguments.of("two-by-two",
            "35157c2e8f11cc085ee8c11da098d73ce2fd74431e8f02ad4f3c092578307fc8", 671934),
        Arguments.of("blind-shortlist",
            "dde052847f1ef73e06ea3f08a85999b412d6f0d333570f7e000cbde9feb05ee2", 516505),
        Arguments.of("student-choice",
            "b00b33dde71eb4631c8bce84073ae3af42c23263853548a2eb58184ee17e21e7", 342141),
        Arguments.of("regional-allocation",
            "72bd539f282768fe595fd797140a0e5235232bc7024847aac409b7cc97696d3d", 340926));
  }

  @ParameterizedTest
  @MethodSource("recorded")
  void theResultIsTheRecordedOne(String variant, String sha256, int size) throws Exception {
    MatchingVariant v = Variants.load().get(variant);
    MatchRequest.Builder b = MatchRequest.builder(COHORT.problem()).seed(2025);
    if (v.has(Capability.MULTI_SCHOOL)) {
      b.schools(COHORT.schools());
    }
    MatchRequest request = b.build();
    byte[] plain = bytes(v, request, false);
    assertEquals(size + " " + sha256, plain.length + " " + sha256(plain),
        variant + " on the national cohort of 2,000 students, seed 7");
    byte[] measured = bytes(v, request, true);
    assertEquals(sha256, sha256(measured), variant + ", measured by StageTimes");
  }

  private static byte[] bytes(MatchingVariant v, MatchRequest request, boolean measured)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJson.write(measured ? StageTimes.measure(v, request).proposal().result()
        : v.match(request).result(), out);
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
