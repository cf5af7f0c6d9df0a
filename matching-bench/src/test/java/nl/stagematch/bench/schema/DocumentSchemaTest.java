package nl.stagematch.bench.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.stagematch.bench.research.Arms;
import nl.stagematch.bench.research.CohortSource;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.ComparisonReport;
import nl.stagematch.bench.research.Experiment;
import nl.stagematch.bench.research.ExperimentRunner;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import org.junit.jupiter.api.Test;

/**
 * The documents the CLI writes conform to their schemas in docs/schema: every field written is in
 * the schema, every required field is there, values have the documented types and ranges. The
 * checker ({@link SchemaSubset}) is tested to refuse a stray and a missing field.
 */
class DocumentSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SchemaSubset schema(String name) throws IOException {
    return new SchemaSubset(JSON.readTree(Path.of("..", "docs", "schema", name).toFile()));
  }

  private static MonitoringReport monitoring;

  private static synchronized MonitoringReport monitoring() {
    if (monitoring == null) {
      monitoring = newMonitoring();
    }
    return monitoring;
  }

  private static MonitoringReport newMonitoring() {
    MatchingProblem sample = SampleCohort.load();
    MatchingSession session = MatchingSession.builder(sample, "school-placement").seed(2025)
        .start("coordinator-1");
    var placement = session.result().placements().get(0);
    session.decide(Decision.refuse("coordinator-1", placement.studentId(), placement.placeId(),
        ReasonCategory.TRAVEL, "note-1"));
    return MonitoringReport.of(session);
  }

  @Test
  void theMonitoringReportConforms() throws IOException {
    JsonNode doc = JSON.readTree(monitoring().toJson());
    assertEquals(List.of(), schema("monitoring-v1.schema.json").check(doc));
  }

  @Test
  void theMonitoringReportOfAnotherVariantConforms() throws IOException {
    MatchingProblem sample = SampleCohort.load();
    var result = Variants.builtIn().get("student-choice")
        .match(MatchRequest.builder(sample).seed(7).build()).result();
    JsonNode doc = JSON.readTree(MonitoringReport.of(sample, result, List.of()).toJson());
    assertEquals(List.of(), schema("monitoring-v1.schema.json").check(doc));
  }

  @Test
  void theCompareSummaryConforms() throws IOException {
    Experiment e = new Experiment(Arms.defaults().select("v0-practice,school-placement"),
        CohortSource.generated(CohortSpec.parse("students=400,tightness=1.5")), 2, 3);
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ComparisonReport report = new ComparisonReport(e, new ExperimentRunner(1, log, false).run(e));
    JsonNode doc = JSON.readTree(report.summaryJson());
    assertEquals(List.of(), schema("compare-v1.schema.json").check(doc));
    boolean split = false;
    for (JsonNode a : doc.get("aggregates")) {
      split |= a.get("metric").asText().equals("unplaced-capacity-exhausted-fit");
    }
    assertTrue(split, "the summary counts CAPACITY_EXHAUSTED_FIT");
  }

  @Test
  void theCheckerRefusesAStrayAndAMissingField() throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(monitoring().toJson());
    ObjectNode total = (ObjectNode) doc.get("dimensions").get("total").get("all");
    total.put("studentsPlacedTwice", 1);
    total.remove("matched");
    doc.put("seed", "2025");
    List<String> errors = schema("monitoring-v1.schema.json").check(doc);
    assertEquals(List.of("$.seed: expected [integer], found STRING",
        "$.dimensions.total.all: the required field matched is missing",
        "$.dimensions.total.all.studentsPlacedTwice: the field is not in the schema"), errors);
  }
}
