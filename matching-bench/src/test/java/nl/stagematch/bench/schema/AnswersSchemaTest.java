package nl.stagematch.bench.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.variants.process.AnswersFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/schema/answers-v1.schema.json and {@link AnswersFile#parse} agree: the documents the Java
 * API writes conform, and each document below is accepted by both or refused by both. (Which
 * fields a variant needs is the reader's alone; the schema says so in its description.)
 */
class AnswersSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEAD = "{\"format\":\"stagematch-answers/1\",";

  private static boolean schemaAccepts(String doc) throws IOException {
    SchemaSubset schema = new SchemaSubset(JSON.readTree(
        Path.of("..", "docs", "schema", "answers-v1.schema.json").toFile()));
    return schema.check(JSON.readTree(doc)).isEmpty();
  }

  private static boolean readerAccepts(String doc) {
    try {
      AnswersFile.parse(doc);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      HEAD + "\"variant\":\"student-choice\",\"rankings\":{\"S1\":[\"P1\",\"P2\"],\"S2\":[]}}",
      HEAD + "\"variant\":\"two-by-two\",\"studentOrders\":{\"S1\":[\"P1\"]},"
          + "\"placeOrders\":{\"P1\":[\"S1\"]}}",
      HEAD + "\"variant\":\"student-choice\",\"rankings\":{},\"extra\":true}",
      HEAD + "\"variant\":\"regional-allocation\",\"rankings\":{}}",
      HEAD + "\"variant\":\"student-choice\",\"rankings\":{\"S1\":[7]}}",
      HEAD + "\"variant\":\"student-choice\",\"rankings\":{\"S1\":\"P1\"}}",
      HEAD + "\"variant\":\"student-choice\",\"rankings\":[]}",
      HEAD + "\"variant\":7,\"rankings\":{}}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[{\"round\":1,\"place\":\"P1\","
          + "\"pick\":\"r1.s1.n2\"},{\"round\":2,\"place\":\"P1\",\"pick\":\"none\"}]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[{\"round\":0,\"place\":\"P1\","
          + "\"pick\":\"none\"}]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[{\"round\":1,\"place\":\"P1\","
          + "\"pick\":\"\"}]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[{\"round\":1,\"place\":\"P1\"}]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[{\"round\":1,\"place\":\"P1\","
          + "\"pick\":\"none\",\"by\":\"K-1\"}]}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":{\"1\":{\"P1\":\"none\"}}}",
      HEAD + "\"variant\":\"blind-shortlist\",\"picks\":[7]}",
      "{\"format\":\"stagematch-answers/2\",\"variant\":\"student-choice\",\"rankings\":{}}",
      "{\"variant\":\"student-choice\",\"rankings\":{}}"})
  void theSchemaAndTheReaderAgree(String doc) throws IOException {
    assertEquals(readerAccepts(doc), schemaAccepts(doc), doc);
  }

  private static AnswersFile example(String variant) {
    switch (variant) {
      case AnswersFile.STUDENT_CHOICE:
        return AnswersFile.ofRankings(Map.of("S1", List.of("P2", "P1"), "S2", List.of()));
      case AnswersFile.TWO_BY_TWO:
        return AnswersFile.ofOrders(Map.of("S1", List.of("P2", "P1")),
            Map.of("P1", List.of("S1"), "P2", List.of()));
      default:
        return AnswersFile.ofPicks(Map.of(1, Map.of("P1", "r1.s1.n2", "P2", "none")))
            .withPicks(2, Map.of("P2", "r2.s1.n1"));
    }
  }

  /** The fields the schema names are exactly those the reader accepts (and the API writes). */
  @org.junit.jupiter.api.Test
  void theSchemaNamesTheFieldsOfTheReader() throws IOException {
    JsonNode schema = JSON.readTree(Path.of("..", "docs", "schema", "answers-v1.schema.json")
        .toFile());
    Set<String> top = new TreeSet<>();
    Set<String> pick = new TreeSet<>();
    for (String variant : List.of(AnswersFile.STUDENT_CHOICE, AnswersFile.TWO_BY_TWO,
        AnswersFile.BLIND_SHORTLIST)) {
      JsonNode doc = JSON.readTree(AnswersFile.parse(example(variant).toJson()).toJson());
      doc.fieldNames().forEachRemaining(top::add);
      if (doc.has("picks")) {
        doc.get("picks").forEach(e -> e.fieldNames().forEachRemaining(pick::add));
      }
    }
    Set<String> named = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(named::add);
    assertEquals(top, named);
    Set<String> pickNamed = new TreeSet<>();
    schema.get("$defs").get("pick").get("properties").fieldNames()
        .forEachRemaining(pickNamed::add);
    assertEquals(Set.of("round", "place", "pick"), pick);
    assertEquals(pick, pickNamed);
    Set<String> variants = new TreeSet<>();
    schema.get("properties").get("variant").get("enum").forEach(v -> variants.add(v.asText()));
    assertEquals(Set.of(AnswersFile.STUDENT_CHOICE, AnswersFile.TWO_BY_TWO,
        AnswersFile.BLIND_SHORTLIST), variants);
  }

  @ParameterizedTest
  @ValueSource(strings = {AnswersFile.STUDENT_CHOICE, AnswersFile.TWO_BY_TWO,
      AnswersFile.BLIND_SHORTLIST})
  void theJavaApiWritesDocumentsThatConform(String variant) throws IOException {
    AnswersFile file = example(variant);
    assertEquals(true, schemaAccepts(file.toJson()), file.toJson());
    assertEquals(file.toJson(), AnswersFile.parse(file.toJson()).toJson());
  }
}
