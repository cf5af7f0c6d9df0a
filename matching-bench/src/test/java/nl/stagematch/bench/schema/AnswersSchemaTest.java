package nl.stagematch.bench.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
      "{\"format\":\"stagematch-answers/2\",\"variant\":\"student-choice\",\"rankings\":{}}",
      "{\"variant\":\"student-choice\",\"rankings\":{}}"})
  void theSchemaAndTheReaderAgree(String doc) throws IOException {
    assertEquals(readerAccepts(doc), schemaAccepts(doc), doc);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theJavaApiWritesDocumentsThatConform(boolean rankings) throws IOException {
    AnswersFile file = rankings
        ? AnswersFile.ofRankings(Map.of("S1", List.of("P2", "P1"), "S2", List.of()))
        : AnswersFile.ofOrders(Map.of("S1", List.of("P2", "P1")),
            Map.of("P1", List.of("S1"), "P2", List.of()));
    assertEquals(true, schemaAccepts(file.toJson()), file.toJson());
    assertEquals(file.toJson(), AnswersFile.parse(file.toJson()).toJson());
  }
}
