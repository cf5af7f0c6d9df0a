package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema files in {@code docs/schema/} describe exactly what the readers accept: the same
 * fields, the same required fields, no additional properties, the same enum constants.
 */
class SchemaConsistencyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode schema(String name) throws IOException {
    Path file = Path.of("..", "docs", "schema", name);
    assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
    JsonNode node = MAPPER.readTree(file.toFile());
    assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
    return node;
  }

  private static void assertSameFields(JsonNode object, Fields fields, String where) {
    assertEquals("object", object.get("type").asText(), where);
    assertTrue(object.has("additionalProperties")
        && !object.get("additionalProperties").asBoolean(true), where + " allows more fields");
    Set<String> properties = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(properties::add);
    assertEquals(new TreeSet<>(fields.names()), properties, where + " properties");
    Set<String> required = new TreeSet<>();
    if (object.has("required")) {
      object.get("required").forEach(n -> required.add(n.asText()));
    }
    assertEquals(new TreeSet<>(fields.required()), required, where + " required");
  }

  private static List<String> enumValues(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(n -> values.add(n.asText()));
    return values;
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return names;
  }

  @Test
  void problemSchemaMatchesTheReader() throws IOException {
    JsonNode schema = schema("problem-v1.schema.json");
    assertSameFields(schema, ProblemReader.DOCUMENT, "document");
    assertEquals(ProblemReader.FORMAT, schema.get("properties").get("format").get("const")
        .asText());
    JsonNode defs = schema.get("$defs");
    Map<String, Fields> objects = Map.ofEntries(
        Map.entry("policy", ProblemReader.POLICY),
        Map.entry("fitModel", ProblemReader.FIT_MODEL),
        Map.entry("fitWeights", ProblemReader.FIT_WEIGHTS),
        Map.entry("fitTravel", ProblemReader.FIT_TRAVEL),
        Map.entry("fitSpeeds", ProblemReader.FIT_SPEEDS),
        Map.entry("scope", ProblemReader.SCOPE),
        Map.entry("participationPolicy", ProblemReader.PARTICIPATION_POLICY),
        Map.entry("student", ProblemReader.STUDENT),
        Map.entry("wish", ProblemReader.WISH),
        Map.entry("qualification", ProblemReader.QUALIFICATION),
        Map.entry("period", ProblemReader.PERIOD),
        Map.entry("travelLimit", ProblemReader.TRAVEL_LIMIT),
        Map.entry("location", ProblemReader.LOCATION),
        Map.entry("company", ProblemReader.COMPANY),
        Map.entry("recognition", ProblemReader.RECOGNITION),
        Map.entry("place", ProblemReader.PLACE));
    Set<String> objectDefs = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("properties")) {
        objectDefs.add(def.getKey());
      }
    }
    assertEquals(new TreeSet<>(objects.keySet()), objectDefs);
    objects.forEach((name, fields) -> assertSameFields(defs.get(name), fields, name));
    assertEquals(names(Track.class), enumValues(defs.get("student").get("properties")
        .get("track")));
    assertEquals(names(Track.class), enumValues(defs.get("scope").get("properties")
        .get("tracks").get("items")));
    assertEquals(names(PeriodForm.class), enumValues(defs.get("period").get("properties")
        .get("form")));
    assertEquals(names(Transport.class), enumValues(defs.get("travelLimit").get("properties")
        .get("transport")));
    assertEquals(names(SizeClass.class), enumValues(defs.get("sizeClass")));
    assertEquals(names(Participation.class), enumValues(defs.get("company").get("properties")
        .get("participation").get("additionalProperties")));
  }

  @Test
  void resultSchemaV1MatchesTheReader() throws IOException {
    JsonNode schema = schema("result-v1.schema.json");
    assertSameFields(schema, ResultReader.DOCUMENT_V1, "document");
    assertEquals(ResultReader.FORMAT_V1, schema.get("properties").get("format").get("const")
        .asText());
    JsonNode defs = schema.get("$defs");
    assertSameFields(defs.get("placement"), ResultReader.PLACEMENT, "placement");
    assertSameFields(defs.get("unplaced"), ResultReader.UNPLACED, "unplaced");
    assertEquals(names(UnplacedReason.class), enumValues(defs.get("unplaced").get("properties")
        .get("reason")), "a v1 document is read with the same reasons");
  }

  @Test
  void resultSchemaMatchesTheReader() throws IOException {
    JsonNode schema = schema("result-v2.schema.json");
    assertSameFields(schema, ResultReader.DOCUMENT, "document");
    assertEquals(ResultReader.FORMAT, schema.get("properties").get("format").get("const")
        .asText());
    JsonNode v2 = schema.get("$defs");
    assertSameFields(v2.get("provenance"), ResultReader.PROVENANCE, "provenance");
    assertSameFields(v2.get("pair"), ResultReader.PAIR, "pair");
    assertSameFields(v2.get("certificate"), CertificateJson.CERTIFICATE, "certificate");
    assertSameFields(v2.get("assignmentDuals"), CertificateJson.ASSIGNMENT, "assignment-duals");
    assertSameFields(v2.get("regionalAllocation"), CertificateJson.REGIONAL,
        "regional-allocation");
    JsonNode defs = schema.get("$defs");
    assertSameFields(defs.get("placement"), ResultReader.PLACEMENT, "placement");
    assertSameFields(defs.get("unplaced"), ResultReader.UNPLACED, "unplaced");
    assertEquals(names(UnplacedReason.class), enumValues(defs.get("unplaced").get("properties")
        .get("reason")));
  }

  @Test
  void resultSchemaDescribesTheVariantCertificates() throws IOException {
    JsonNode defs = schema("result-v2.schema.json").get("$defs");
    Map<String, Fields> objects = Map.ofEntries(
        Map.entry("placement", ResultReader.PLACEMENT),
        Map.entry("unplaced", ResultReader.UNPLACED),
        Map.entry("pair", ResultReader.PAIR),
        Map.entry("provenance", ResultReader.PROVENANCE),
        Map.entry("certificate", CertificateJson.CERTIFICATE),
        Map.entry("assignmentDuals", CertificateJson.ASSIGNMENT),
        Map.entry("regionalAllocation", CertificateJson.REGIONAL),
        Map.entry("stability", VariantCertificatesJson.STABILITY),
        Map.entry("acquaintance", VariantCertificatesJson.ACQUAINTANCE),
        Map.entry("component", VariantCertificatesJson.COMPONENT),
        Map.entry("shortlistRounds", VariantCertificatesJson.SHORTLIST_ROUNDS),
        Map.entry("nomination", VariantCertificatesJson.NOMINATION),
        Map.entry("shortlist", VariantCertificatesJson.SHORTLIST));
    // Every object of the schema is checked against a reader's fields (none is left unchecked).
    Set<String> objectDefs = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("properties")) {
        objectDefs.add(def.getKey());
      }
    }
    assertEquals(new TreeSet<>(objects.keySet()), objectDefs);
    objects.forEach((name, fields) -> assertSameFields(defs.get(name), fields, name));

    // Each kind of certificate refers to its own definition.
    JsonNode kinds = defs.get("certificate").get("properties");
    Map<String, String> kindDefs = Map.of("assignment-duals", "assignmentDuals",
        "regional-allocation", "regionalAllocation", "stability", "stability",
        "acquaintance", "acquaintance", "shortlist-rounds", "shortlistRounds");
    assertEquals(new TreeSet<>(CertificateJson.CERTIFICATE.names()), new TreeSet<>(
        kindDefs.keySet()));
    kindDefs.forEach((kind, def) -> assertEquals("#/$defs/" + def,
        kinds.get(kind).get("$ref").asText(), kind));

    // The nested objects that share a definition: the stage-1 prices are an assignment
    // certificate, a meeting is a pair.
    JsonNode acquaintance = defs.get("acquaintance").get("properties");
    assertEquals("#/$defs/assignmentDuals", acquaintance.get("stage1").get("$ref").asText());
    assertSameFields(defs.get("assignmentDuals"), VariantCertificatesJson.STAGE1, "stage1");
    assertEquals("#/$defs/pair", acquaintance.get("meetings").get("items").get("$ref").asText());
    assertSameFields(defs.get("pair"), VariantCertificatesJson.MEETING, "meeting");
    assertEquals("#/$defs/component", acquaintance.get("components").get("items").get("$ref")
        .asText());
    JsonNode rounds = defs.get("shortlistRounds").get("properties");
    assertEquals("#/$defs/nomination", rounds.get("nominations").get("items").get("$ref")
        .asText());
    assertEquals("#/$defs/shortlist", rounds.get("shortlists").get("items").get("$ref")
        .asText());

    // The closed sets of values.
    assertEquals(List.of("single", "multiple"), enumValues(defs.get("stability")
        .get("properties").get("tieBreaking")));
    assertEquals(AcquaintanceCertificate.RULES, enumValues(acquaintance.get("cycleRule")));
    JsonNode component = defs.get("component").get("properties");
    assertEquals(AcquaintanceCertificate.Component.SHAPES, enumValues(component.get("shape")));
    assertEquals(AcquaintanceCertificate.Component.DECISIONS,
        enumValues(component.get("decidedBy")));
  }
}
