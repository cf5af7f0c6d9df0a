package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.RegionalCertificate;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.StabilityCertificate;
import org.junit.jupiter.api.Test;

/** The certificates of V2, V3 and V4 in a result document: canonical, round trip, strict. */
class VariantCertificatesJsonTest {
  private static final Fields HOLDER = Fields.of("a test document", "acquaintance",
      "shortlist-rounds", "stability");

  static StabilityCertificate stability() {
    return new StabilityCertificate("multiple", false, 100,
        Map.of("S-2", List.of("P-2", "P-1"), "S-1", List.of()),
        Map.of("S-2", Map.of("P-2", 17L, "P-1", 4L)), Map.of("P-2", 1, "P-1", 2));
  }

  static AcquaintanceCertificate acquaintance() {
    return new AcquaintanceCertificate("both-sides",
        List.of(new Provenance.Pair("S-2", "P-1"), new Provenance.Pair("S-1", "P-1")),
        new AssignmentCertificate(4001, Map.of("S-1", 4001L, "S-2", 120L), Map.of("P-1", 0L)),
        Map.of("S-1", List.of("P-1"), "S-2", List.of()), Map.of("P-1", List.of("S-2", "S-1")),
        List.of(new AcquaintanceCertificate.Component("path", List.of("S-2", "S-1"), "orders")),
        List.of());
  }

  static ShortlistCertificate shortlists() {
    return new ShortlistCertificate(2, List.of(
        new ShortlistCertificate.Shortlist(1, "P-1", 0, List.of("S-2", "S-1"), "S-1"),
        new ShortlistCertificate.Shortlist(1, "P-2", 1, List.of("S-3"), null)),
        List.of(new ShortlistCertificate.Nomination(1, 6001, Map.of("S-1", 900L, "S-3", 6001L),
            Map.of("P-1", List.of(0L, 12L), "P-2", List.of(0L, 0L)))));
  }

  static byte[] write(Certificate c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOutput out = new JsonOutput(bytes);
    out.startObject();
    VariantCertificatesJson.write(out, c);
    out.endObject();
    out.finish();
    return bytes.toByteArray();
  }

  static Certificate read(String text) throws IOException {
    return Documents.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.defaults(), r -> {
          Certificate[] c = new Certificate[1];
          r.startDocument();
          r.object(HOLDER, name -> c[0] = VariantCertificatesJson.read(r, name));
          r.endDocument();
          return c[0];
        });
  }

  static List<String> errors(String text) {
    return assertThrows(JsonFormatException.class, () -> read(text)).lines();
  }

  @Test
  void eachKindRoundTripsToEqualValueAndBytes() throws IOException {
    for (Certificate c : List.of(stability(), acquaintance(), shortlists())) {
      byte[] bytes = write(c);
      Certificate back = read(new String(bytes, StandardCharsets.UTF_8));
      assertEquals(c, back, c.kind());
      assertArrayEquals(bytes, write(back), c.kind());
    }
  }

  @Test
  void theLayoutIsCanonical() throws IOException {
    String text = new String(write(stability()), StandardCharsets.UTF_8);
    assertEquals(String.join("\n",
        "{",
        "  \"stability\": {",
        "    \"fitClassWidth\": 100,",
        "    \"openCapacity\": {",
        "      \"P-1\": 2,",
        "      \"P-2\": 1",
        "    },",
        "    \"openHiring\": false,",
        "    \"pairNumbers\": {",
        "      \"S-2\": {\"P-1\": 4, \"P-2\": 17}",
        "    },",
        "    \"rankings\": {",
        "      \"S-1\": [],",
        "      \"S-2\": [\"P-2\", \"P-1\"]",
        "    },",
        "    \"tieBreaking\": \"multiple\"",
        "  }",
        "}", ""), text);
    String v3 = new String(write(shortlists()), StandardCharsets.UTF_8);
    assertTrue(v3.contains("    {\"nominated\": [\"S-2\", \"S-1\"], \"picked\": \"S-1\","
        + " \"placeId\": \"P-1\", \"round\": 1, \"seat\": 0},\n"), v3);
    assertTrue(v3.contains("{\"nominated\": [\"S-3\"], \"placeId\": \"P-2\""), v3);
    assertTrue(v3.contains("    \"nominations\": [\n      {\n        \"penalty\": 6001,\n"
        + "        \"placePrices\": {\n          \"P-1\": [0, 12],\n"), v3);
    String v2 = new String(write(acquaintance()), StandardCharsets.UTF_8);
    assertTrue(v2.contains("    \"meetings\": [\n      {\"placeId\": \"P-1\", \"studentId\":"
        + " \"S-1\"},\n      {\"placeId\": \"P-1\", \"studentId\": \"S-2\"}\n    ],"), v2);
  }

  @Test
  void otherKindsAreRefused() {
    Certificate regional = new RegionalCertificate(Map.of(), Map.of());
    assertThrows(IllegalArgumentException.class, () -> write(regional));
  }

  private static String stabilityText() throws IOException {
    return new String(write(stability()), StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPath() throws IOException {
    List<String> e = errors(stabilityText().replace("\"openHiring\": false,",
        "\"openHiring\": false, \"fitClasses\": {},"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).startsWith("$.stability.fitClasses: "), e.get(0));
    List<String> m = errors(new String(write(acquaintance()), StandardCharsets.UTF_8)
        .replace("{\"placeId\": \"P-1\", \"studentId\": \"S-2\"}",
            "{\"placeId\": \"P-1\", \"studentId\": \"S-2\", \"seat\": 1}"));
    assertTrue(m.get(0).startsWith("$.acquaintance.meetings[1].seat: "), m.toString());
  }

  @Test
  void aValueTheRecordRefusesIsAnErrorWithItsPathNotAnException() throws IOException {
    String text = new String(write(acquaintance()), StandardCharsets.UTF_8);
    int at = text.indexOf("\"penalty\": ");
    assertTrue(at > 0, text);
    int end = text.indexOf(',', at);
    List<String> e = errors(text.substring(0, at) + "\"penalty\": 0" + text.substring(end));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).startsWith("$.acquaintance.stage1"), e.get(0));
    assertTrue(e.get(0).contains("must be positive"), e.get(0));
  }

  @Test
  void aWrongTypeIsRefusedWithItsPath() throws IOException {
    List<String> e = errors(stabilityText().replace("\"fitClassWidth\": 100",
        "\"fitClassWidth\": \"100\""));
    assertTrue(e.get(0).startsWith("$.stability.fitClassWidth: "), e.toString());
    assertTrue(e.get(0).contains("integer"), e.toString());
    List<String> r = errors(stabilityText().replace("\"S-2\": [\"P-2\", \"P-1\"]",
        "\"S-2\": \"P-2\""));
    assertTrue(r.get(0).startsWith("$.stability.rankings.S-2: "), r.toString());
    List<String> s = errors(new String(write(shortlists()), StandardCharsets.UTF_8)
        .replace("\"round\": 1, \"seat\": 1", "\"round\": 0, \"seat\": 1"));
    assertTrue(s.get(0).startsWith("$.shortlist-rounds.shortlists[1].round: "), s.toString());
    List<String> n = errors(new String(write(shortlists()), StandardCharsets.UTF_8)
        .replace("\"P-1\": [0, 12]", "\"P-1\": [0]"));
    assertTrue(n.get(0).startsWith("$.shortlist-rounds.nominations[0].placePrices.P-1: there are"
        + " (1) slot prices"), n.toString());
  }

  @Test
  void aBadIdIsRefusedWithItsPath() throws IOException {
    List<String> e = errors(stabilityText().replace("[\"P-2\", \"P-1\"]",
        "[\"P-2\", \"P 1\"]"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).startsWith("$.stability.rankings.S-2[1]: the id \"P 1\""), e.get(0));
    List<String> k = errors(stabilityText().replace("\"S-2\": {\"P-1\"", "\"S/2\": {\"P-1\""));
    assertTrue(k.get(0).startsWith("$.stability.pairNumbers['S/2']: the key \"S/2\""),
        k.toString());
    List<String> twice = errors(stabilityText().replace("[\"P-2\", \"P-1\"]",
        "[\"P-2\", \"P-2\"]"));
    assertTrue(twice.get(0).startsWith("$.stability.rankings.S-2[1]: the place (P-2) appears"
        + " more than once"), twice.toString());
    List<String> v = errors(stabilityText().replace("\"tieBreaking\": \"multiple\"",
        "\"tieBreaking\": \"double\""));
    assertTrue(v.get(0).startsWith("$.stability.tieBreaking: the tie-breaking is \"double\""),
        v.toString());
  }
}
