package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.model.FitWeights;
import nl.stagematch.core.model.TravelTimeModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.RegionalCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;

/** Result documents v2: provenance and certificates written canonically and read back. */
class ResultV2JsonTest {
  private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static MatchResult read(String text) throws IOException {
    return ResultJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> errors(String text) {
    return assertThrows(JsonFormatException.class, () -> read(text)).lines();
  }

  private static MatchResult regional() {
    FitModel model = FitModel.builder().weights(new FitWeights(1, 2, 3, 4, 5)).masteryLevel(4)
        .travelModel(TravelTimeModel.builder().detourFactor(1.5).speedKmh(Transport.BIKE, 12.5)
            .publicTransportWaitMinutes(0).build()).build();
    Provenance provenance = new Provenance(HASH, "regional-allocation", -3,
        Map.of("b", "2", "a", "1"), List.of(new Provenance.Pair("S-2", "P-1")),
        List.of(new Provenance.Pair("S-3", "P-1"), new Provenance.Pair("S-1", "P-2"),
            new Provenance.Pair("S-1", "P-2")),
        Map.of("S-2", "north", "S-1", "south"), "by-fit", FitParameters.of(model),
        List.of("S-9", "S-4"));
    RegionalCertificate certificate = new RegionalCertificate(Map.of("P-2", "south",
        "P-1", "north"), Map.of("south", new AssignmentCertificate(1001, Map.of("S-1", 300L),
            Map.of("P-2", 0L)), "north", new AssignmentCertificate(5, Map.of(), Map.of())));
    return new MatchResult("regional-allocation", -3, List.of(new Placement("S-2", "P-1", 700),
        new Placement("S-1", "P-2", 700)), List.of(Unplaced.of("S-3",
            UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY)), Map.of("S-1", 5L), provenance,
        certificate);
  }

  @Test
  void provenanceAndCertificateRoundTripCanonically() throws IOException {
    MatchResult result = regional();
    byte[] bytes = ResultJson.toBytes(result);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"format\": \"stagematch-result/2\",\n"), text);
    // sorted: forbidden pairs (repeat dropped), opted-out students, school ids
    assertTrue(text.contains("    \"forbidden\": [\n      {\"studentId\": \"S-1\", \"placeId\":"
        + " \"P-2\"},\n      {\"studentId\": \"S-3\", \"placeId\": \"P-1\"}\n    ],\n"), text);
    assertTrue(text.contains("\"optedOut\": [\"S-4\", \"S-9\"]"), text);
    assertTrue(text.indexOf("\"north\": {") < text.indexOf("\"south\": {"), text);
    assertTrue(text.contains("\"certificate\": {\n    \"regional-allocation\": {\n"), text);
    MatchResult again = read(text);
    assertEquals(result, again);
    assertArrayEquals(bytes, ResultJson.toBytes(again));
    assertEquals(FitParameters.of(FitParameters.toModel(again.provenance().fitModel())),
        again.provenance().fitModel());
    assertEquals(1.5, FitParameters.toModel(again.provenance().fitModel()).travelModel()
        .detourFactor());
  }

  /**
   * The rest periods of early ends with a date: written sorted after the opt-outs, read back to
   * the same result and bytes, left out when empty (so every other result keeps its bytes), and
   * read strictly: a bad date or a bad student id is an error at the entry's path.
   */
  @Test
  void remainingFromRoundTripsAndIsReadStrictly() throws IOException {
    assertFalse(new String(ResultJson.toBytes(regional()), StandardCharsets.UTF_8)
        .contains("remainingFrom"));
    MatchResult plain = regional();
    Provenance p = plain.provenance();
    MatchResult result = plain.withEvidence(p.withProblem(HASH, p.optedOut(),
        Map.of("S-2", LocalDate.of(2026, 3, 2), "S-1", LocalDate.of(2026, 2, 16))),
        plain.certificate());
    byte[] bytes = ResultJson.toBytes(result);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"optedOut\": [\"S-4\", \"S-9\"],\n    \"remainingFrom\":"
        + " {\"S-1\": \"2026-02-16\", \"S-2\": \"2026-03-02\"},\n    \"responder\": "), text);
    MatchResult again = read(text);
    assertEquals(result, again);
    assertEquals(List.of("S-1", "S-2"),
        List.copyOf(again.provenance().remainingFrom().keySet()));
    assertEquals(LocalDate.of(2026, 3, 2), again.provenance().remainingFrom().get("S-2"));
    assertArrayEquals(bytes, ResultJson.toBytes(again));
    // an empty map is the same as none
    MatchResult none = read(new String(ResultJson.toBytes(plain), StandardCharsets.UTF_8)
        .replace("\"optedOut\": [\"S-4\", \"S-9\"],", "\"optedOut\": [\"S-4\", \"S-9\"],"
            + " \"remainingFrom\": {},"));
    assertEquals(plain, none);

    assertEquals(List.of("$.provenance.remainingFrom.S-2: the value \"02-03-2026\" of the first"
        + " day of the remaining period is not a date of the form yyyy-mm-dd. Maybe write it"
        + " like 2026-02-02."), errors(text.replace("2026-03-02", "02-03-2026")));
    List<String> badId = errors(text.replace("\"S-2\": \"2026", "\"S 2\": \"2026"));
    assertEquals(1, badId.size(), badId.toString());
    assertTrue(badId.get(0).startsWith("$.provenance.remainingFrom['S 2']: The id (S 2) of a"
        + " student with a remaining period must be 1 to 64 characters"), badId.toString());
    assertTrue(errors(text.replace("\"2026-03-02\"", "20260302")).get(0)
        .startsWith("$.provenance.remainingFrom.S-2: "));
    assertThrows(NullPointerException.class, () -> p.withProblem(HASH, List.of(),
        java.util.Collections.singletonMap("S-1", null)));
  }

  @Test
  void aVersion1DocumentHasNeitherProvenanceNorCertificate() throws IOException {
    MatchResult plain = new MatchResult("school-placement", 1, List.of(), List.of(), Map.of());
    String v1 = new String(ResultJson.toBytes(plain), StandardCharsets.UTF_8)
        .replace(ResultJson.FORMAT, ResultJson.FORMAT_V1);
    MatchResult read = read(v1);
    assertNull(read.provenance());
    assertNull(read.certificate());
    String withEvidence = new String(ResultJson.toBytes(regional()), StandardCharsets.UTF_8)
        .replace(ResultJson.FORMAT, ResultJson.FORMAT_V1);
    assertEquals(List.of("$: a stagematch-result/1 document has no \"provenance\". Maybe write"
        + " \"format\": \"stagematch-result/2\"; see docs/format.md."), errors(withEvidence));
  }

  @Test
  void aCertificateHasExactlyOneKnownKind() {
    String base = "{\"format\": \"stagematch-result/2\", \"variant\": \"v\", \"seed\": 0,"
        + " \"placements\": [], \"unplaced\": [], \"lotteryNumbers\": {}, \"certificate\": ";
    String duals = "{\"penalty\": 3, \"studentPrices\": {}, \"placePrices\": {}}";
    assertTrue(errors(base + "{}}").get(0).contains("exactly one field"));
    assertTrue(errors(base + "{\"assignment-duals\": " + duals + ", \"regional-allocation\":"
        + " {\"allocation\": {}, \"schools\": {}}}}").get(0).contains("but this one has 2"));
    assertEquals("$.certificate.stability: the required field \"fitClassWidth\" is missing from"
        + " a stability certificate. Maybe add it; see docs/format.md.",
        errors(base + "{\"stability\": {}}}").get(0));
    assertTrue(errors(base + "{\"other-kind\": {}}}").get(0).contains("other-kind"));
    assertTrue(errors(base + "{\"assignment-duals\": {\"penalty\": 0, \"studentPrices\": {},"
        + " \"placePrices\": {}}}}").get(0).contains("must be positive"));
  }

  @Test
  void theProblemHashIsTheSha256OfTheCanonicalBytes() throws Exception {
    MatchingProblem problem = SampleCohort.load();
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(ProblemJson.toBytes(problem)));
    assertEquals(expected, ProblemJson.sha256(problem));
  }
}
