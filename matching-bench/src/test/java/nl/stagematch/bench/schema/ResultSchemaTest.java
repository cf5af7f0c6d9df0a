package nl.stagematch.bench.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;

/**
 * The result documents (format v2) of the variants with their own certificates (two-by-two,
 * blind-shortlist, student-choice) conform to docs/schema/result-v2.schema.json: every field
 * written is declared, every required field is written, values have the documented types, ranges
 * and value sets; and every field the certificate definitions declare is written by one of the
 * documents, so that the test sees them all.
 */
class ResultSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schemaTree() throws IOException {
    return JSON.readTree(Path.of("..", "docs", "schema", "result-v2.schema.json").toFile());
  }

  /** The written result document of {@code variant} on the sample, with provenance. */
  private static JsonNode written(String variant, long seed, Map<String, String> options) {
    MatchRequest request = MatchRequest.builder(SampleCohort.load()).seed(seed)
        .options(options).build();
    var proposal = Variants.builtIn().get(variant).match(request).withProvenance(request);
    try {
      return JSON.readTree(ResultJson.toBytes(proposal.result()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<JsonNode> documents;

  /** The documents checked, written once for the tests of this class (copy before changing). */
  private static synchronized List<JsonNode> documents() {
    if (documents == null) {
      documents = newDocuments();
    }
    return documents;
  }

  private static List<JsonNode> newDocuments() {
    return List.of(
        // With the options under which every field of the certificate carries values: with
        // this seed fill-remaining places one student on the sample (none with 2025), and
        // multiple tie-breaking writes the pair lottery numbers.
        written("two-by-two", 12, Map.of("fill-remaining", "true")),
        written("blind-shortlist", SampleCohort.SEED, Map.of()),
        written("student-choice", SampleCohort.SEED, Map.of("tie-breaking", "multiple")));
  }

  @Test
  void theResultsOfTheVariantsWithTheirOwnCertificatesConform() throws IOException {
    SchemaSubset schema = new SchemaSubset(schemaTree());
    List<String> kinds = new ArrayList<>();
    for (JsonNode doc : documents()) {
      kinds.add(doc.get("certificate").fieldNames().next());
    }
    assertEquals(List.of("acquaintance", "shortlist-rounds", "stability"), kinds);
    for (JsonNode doc : documents()) {
      String variant = doc.get("variant").asText() + " " + doc.get("provenance").get("options");
      assertTrue(doc.has("certificate"), variant + " writes a certificate");
      assertEquals(List.of(), schema.check(doc), variant);
    }
  }

  /**
   * A result of a session after an early end with a date carries {@code remainingFrom} (student
   * id to date); it conforms, and a date in another form does not.
   */
  @Test
  void theRemainingPeriodsOfASessionResultConform() throws IOException {
    MatchRequest request = MatchRequest.builder(SampleCohort.load()).seed(SampleCohort.SEED)
        .build();
    MatchResult result = Variants.builtIn().get("school-placement").match(request)
        .withProvenance(request).result();
    Provenance p = result.provenance();
    String student = result.placements().get(0).studentId();
    MatchResult rest = result.withEvidence(p.withProblem(p.problemSha256(), p.optedOut(),
        Map.of(student, LocalDate.of(2026, 3, 2))), result.certificate());
    ObjectNode doc = (ObjectNode) JSON.readTree(ResultJson.toBytes(rest));
    assertEquals("2026-03-02", doc.get("provenance").get("remainingFrom").get(student).asText());
    SchemaSubset schema = new SchemaSubset(schemaTree());
    assertEquals(List.of(), schema.check(doc));
    ((ObjectNode) doc.get("provenance").get("remainingFrom")).put(student, "2-3-2026");
    List<String> errors = schema.check(doc);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("$.provenance.remainingFrom." + student),
        errors.toString());
  }

  @Test
  void everyFieldOfTheCertificatesIsWrittenBySomeDocument() throws IOException {
    JsonNode defs = schemaTree().get("$defs");
    Map<String, String> kindDefs = Map.of("stability", "stability", "acquaintance",
        "acquaintance", "shortlist-rounds", "shortlistRounds");
    Set<String> seen = new TreeSet<>();
    for (JsonNode doc : documents()) {
      JsonNode certificate = doc.get("certificate");
      String kind = certificate.fieldNames().next();
      JsonNode body = certificate.get(kind);
      body.fieldNames().forEachRemaining(f -> seen.add(kindDefs.get(kind) + "." + f));
      for (String list : List.of("components", "shortlists", "nominations")) {
        String def = Map.of("components", "component", "shortlists", "shortlist",
            "nominations", "nomination").get(list);
        if (body.has(list)) {
          body.get(list).forEach(o -> o.fieldNames().forEachRemaining(f -> seen.add(def + "."
              + f)));
        }
      }
      // Nonempty where emptiness would hide the values from the check.
      for (String map : List.of("pairNumbers", "filled", "components", "shortlists",
          "nominations", "rankings", "meetings", "placeOrders", "studentOrders",
          "openCapacity")) {
        if (body.has(map) && body.get(map).size() > 0) {
          seen.add("nonempty " + kindDefs.get(kind) + "." + map);
        }
      }
    }
    Set<String> declared = new TreeSet<>();
    for (String def : List.of("stability", "acquaintance", "component", "shortlistRounds",
        "nomination", "shortlist")) {
      defs.get(def).get("properties").fieldNames().forEachRemaining(f -> declared.add(def + "."
          + f));
    }
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "declared but written by no document");
    List<String> nonempty = new ArrayList<>();
    for (String s : seen) {
      if (s.startsWith("nonempty ")) {
        nonempty.add(s.substring("nonempty ".length()));
      }
    }
    assertEquals(List.of("acquaintance.components", "acquaintance.filled",
        "acquaintance.meetings", "acquaintance.placeOrders", "acquaintance.studentOrders",
        "shortlistRounds.nominations", "shortlistRounds.shortlists", "stability.openCapacity",
        "stability.pairNumbers", "stability.rankings"), nonempty);
  }

  @Test
  void theCheckerRefusesStrayMissingAndWrongCertificateValues() throws IOException {
    SchemaSubset schema = new SchemaSubset(schemaTree());
    ObjectNode shortlist = (ObjectNode) documents().get(1).deepCopy();
    ObjectNode rounds = (ObjectNode) shortlist.get("certificate").get("shortlist-rounds");
    ((ObjectNode) rounds.get("shortlists").get(0)).put("score", 3);
    ((ObjectNode) rounds.get("shortlists").get(0)).remove("seat");
    ObjectNode prices = (ObjectNode) rounds.get("nominations").get(0).get("placePrices");
    String place = prices.fieldNames().next();
    ((ArrayNode) prices.get(place)).add(7);
    rounds.put("k", 0);
    assertEquals(List.of("$.certificate.shortlist-rounds.k: 0 is below 1",
        "$.certificate.shortlist-rounds.nominations[0].placePrices." + place
            + ": more than 2 items",
        "$.certificate.shortlist-rounds.shortlists[0]: the required field seat is missing",
        "$.certificate.shortlist-rounds.shortlists[0].score: the field is not in the schema"),
        schema.check(shortlist));

    ObjectNode choice = (ObjectNode) documents().get(2).deepCopy();
    ObjectNode stability = (ObjectNode) choice.get("certificate").get("stability");
    stability.put("tieBreaking", "none");
    Iterator<String> students = stability.get("rankings").fieldNames();
    String student = students.next();
    ((ObjectNode) stability.get("rankings")).putArray(student).add("P 1");
    ((ObjectNode) choice.get("certificate")).putObject("acquaintance");
    List<String> errors = schema.check(choice);
    assertEquals(List.of("$.certificate: more than 1 fields",
        "$.certificate.stability.rankings." + student + "[0]: \"P 1\" does not match"
            + " ^[A-Za-z0-9._:-]{1,64}$",
        "$.certificate.stability.tieBreaking: \"none\" is not one of [\"single\",\"multiple\"]",
        "$.certificate.acquaintance: the required field components is missing"),
        errors.subList(0, 4));
  }
}
