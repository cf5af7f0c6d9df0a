package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.stagematch.bench.gen.UniformCohortGenerator;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.DecisionKind;
import nl.stagematch.variants.process.DecisionsFile;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.Side;
import nl.stagematch.variants.process.TrailSignature;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the decisions file and the audit trail ({@code docs/schema/}) agree with
 * what the library writes: every document written validates (every field is in the schema, the
 * required ones are there, types, patterns and enums hold), and every field the schema declares
 * is written by some document. A small checker over Jackson trees, for the keywords the schemas
 * use; a schema with any other keyword fails the test.
 */
class TrailSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description",
      "type", "additionalProperties", "required", "properties", "$defs", "const", "enum", "items",
      "$ref", "pattern", "minimum", "maximum", "minLength", "propertyNames", "anyOf", "format");
  private static final String K = "K-01";

  /** A responder other than the built-in one, so that its answers are recorded. */
  static final class FormsResponder implements Responder {}

  /** Validates documents against one schema and records which declared properties were seen. */
  static final class Checker {
    private final JsonNode root;
    private final Set<String> seen = new TreeSet<>();

    Checker(JsonNode root) {
      this.root = root;
      assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asText());
    }

    /** Every declared property, as "pointer#name". */
    Set<String> declared() {
      Set<String> out = new TreeSet<>();
      declared(root, "#", out);
      return out;
    }

    private void declared(JsonNode schema, String pointer, Set<String> out) {
      if (schema.has("properties")) {
        schema.get("properties").fieldNames().forEachRemaining(n -> out.add(pointer + "#" + n));
      }
      if (schema.has("$defs")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("$defs").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> d = it.next();
          declared(d.getValue(), "#/$defs/" + d.getKey(), out);
        }
      }
    }

    Set<String> seen() {
      return seen;
    }

    List<String> check(JsonNode doc) {
      List<String> errors = new ArrayList<>();
      check(root, "#", doc, "$", errors);
      return errors;
    }

    private void check(JsonNode schema, String pointer, JsonNode value, String path,
        List<String> errors) {
      for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!KEYWORDS.contains(k)) {
          fail(pointer + ": keyword (" + k + ") not known to this checker");
        }
      }
      if (schema.has("$ref")) {
        String ref = schema.get("$ref").asText();
        assertTrue(ref.startsWith("#/$defs/"), ref);
        JsonNode target = root.get("$defs").get(ref.substring(8));
        assertTrue(target != null, "dangling " + ref);
        check(target, ref, value, path, errors);
      }
      if (schema.has("const") && !schema.get("const").equals(value)) {
        errors.add(path + ": " + value + " is not " + schema.get("const"));
      }
      if (schema.has("enum")) {
        boolean in = false;
        for (JsonNode e : schema.get("enum")) {
          in |= e.equals(value);
        }
        if (!in) {
          errors.add(path + ": " + value + " not in " + schema.get("enum"));
        }
      }
      if (schema.has("anyOf")) {
        boolean any = false;
        for (JsonNode alt : schema.get("anyOf")) {
          List<String> sub = new ArrayList<>();
          check(alt, pointer + "/anyOf", value, path, sub);
          any |= sub.isEmpty();
        }
        if (!any) {
          errors.add(path + ": " + value + " matches none of anyOf");
        }
      }
      if (schema.has("type")) {
        String type = schema.get("type").asText();
        boolean ok = switch (type) {
          case "object" -> value.isObject();
          case "array" -> value.isArray();
          case "string" -> value.isTextual();
          case "integer" -> value.isIntegralNumber();
          case "boolean" -> value.isBoolean();
          default -> throw new AssertionError(pointer + ": type " + type);
        };
        if (!ok) {
          errors.add(path + ": " + value + " is not of type " + type);
          return;
        }
      }
      if (value.isTextual()) {
        if (schema.has("pattern")
            && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
          errors.add(path + ": (" + value.asText() + ") does not match "
              + schema.get("pattern").asText());
        }
        if (schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
          errors.add(path + ": too short");
        }
      }
      if (value.isIntegralNumber()) {
        BigInteger n = value.bigIntegerValue();
        if (schema.has("minimum") && n.compareTo(schema.get("minimum").bigIntegerValue()) < 0) {
          errors.add(path + ": " + n + " below the minimum");
        }
        if (schema.has("maximum") && n.compareTo(schema.get("maximum").bigIntegerValue()) > 0) {
          errors.add(path + ": " + n + " above the maximum");
        }
      }
      if (value.isArray() && schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), pointer + "/items", value.get(i), path + "[" + i + "]",
              errors);
        }
      }
      if (value.isObject() && (schema.has("properties") || schema.has("additionalProperties")
          || schema.has("required") || schema.has("propertyNames"))) {
        if (schema.has("required")) {
          for (JsonNode r : schema.get("required")) {
            if (!value.has(r.asText())) {
              errors.add(path + ": the required field (" + r.asText() + ") is missing");
            }
          }
        }
        JsonNode props = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          if (schema.has("propertyNames")) {
            check(schema.get("propertyNames"), pointer + "/propertyNames",
                MAPPER.getNodeFactory().textNode(f.getKey()), path + "." + f.getKey(), errors);
          }
          if (props != null && props.has(f.getKey())) {
            seen.add(pointer + "#" + f.getKey());
            check(props.get(f.getKey()), pointer + "/properties/" + f.getKey(), f.getValue(),
                path + "." + f.getKey(), errors);
          } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
            errors.add(path + "." + f.getKey() + ": not in the schema");
          } else if (additional != null && additional.isObject()) {
            check(additional, pointer + "/additionalProperties", f.getValue(),
                path + "." + f.getKey(), errors);
          }
        }
      }
    }
  }

  private static Checker checker(String name) throws Exception {
    return new Checker(MAPPER.readTree(Path.of("..", "docs", "schema", name).toFile()));
  }

  private static void assertValid(Checker checker, String json, String what) throws Exception {
    List<String> errors = checker.check(MAPPER.readTree(json));
    assertTrue(errors.isEmpty(), what + ":\n" + String.join("\n", errors) + "\n" + json);
  }

  /** Every decision kind, with and without a time, a re-match and a reseed; signed. */
  private static MatchingSession everyDecision(MatchingProblem problem, List<Decision> taken) {
    MatchingSession s = MatchingSession.builder(problem, "school-placement").seed(4)
        .signingKey(TrailSignature.generateKeyPair()).start(K);
    List<Placement> ps = s.result().placements();
    Instant at = Instant.parse("2026-02-02T08:15:00Z");
    List<Decision> first = List.of(
        Decision.confirm(K, ps.get(0).studentId(), ps.get(0).placeId()).at(at),
        Decision.refuse(K, ps.get(1).studentId(), ps.get(1).placeId(), ReasonCategory.TRAVEL,
            "NOTE-1"),
        Decision.object(K, ps.get(2).studentId(), ps.get(2).placeId(), Side.COMPANY,
            ReasonCategory.OTHER, "NOTE-2").at(at),
        Decision.optOut(K, ps.get(3).studentId()),
        Decision.forbid(K, ps.get(4).studentId(), ps.get(5).placeId()),
        Decision.pin(K, ps.get(4).studentId(), ps.get(4).placeId()));
    for (Decision d : first) {
      s.decide(d);
      taken.add(d);
    }
    s.rematch(K);
    List<Decision> withdrawals = List.of(
        Decision.withdrawOptOut(K, ps.get(3).studentId()),
        Decision.withdrawForbid(K, ps.get(4).studentId(), ps.get(5).placeId()).at(at),
        Decision.withdrawPin(K, ps.get(4).studentId(), ps.get(4).placeId()));
    for (Decision d : withdrawals) {
      s.decide(d);
      taken.add(d);
    }
    // An early end on the first day the evaluation window allows: two weeks after the start of
    // the days the wish and the place share.
    Period wish = problem.student(ps.get(0).studentId()).orElseThrow().wish().period();
    Period place = problem.place(ps.get(0).placeId()).orElseThrow().period();
    LocalDate start = wish.start().isAfter(place.start()) ? wish.start() : place.start();
    Decision end = Decision.endEarly(K, ps.get(0).studentId(), ps.get(0).placeId(),
        ReasonCategory.SUPERVISION_CAPACITY, null).at(at).effective(start.plusDays(14));
    s.decide(end);
    taken.add(end);
    s.rematch(K);
    s.reseed(K, 99);
    return s;
  }

  @Test
  void theTrailSchemaAgreesWithEveryTrailWritten() throws Exception {
    Checker checker = checker("trail-v3.schema.json");
    MatchingProblem problem = UniformCohortGenerator.generate(11, 60, 30, 12, 1);
    MatchingSession decided = everyDecision(problem, new ArrayList<>());
    assertValid(checker, decided.trailJson(), "school-placement with every decision");
    // Every variant with a responder whose answers are recorded (orders, picks with rounds,
    // rankings), and schools for the multi-school variant.
    Map<String, String> schools = new TreeMap<>();
    for (int i = 0; i < problem.students().size(); i++) {
      schools.put(problem.students().get(i).id(), i % 2 == 0 ? "SCH-A" : "SCH-B");
    }
    for (String variant : Variants.load().names()) {
      MatchingSession.Builder b = MatchingSession.builder(problem, variant).seed(2)
          .responder(new FormsResponder());
      if (variant.equals("regional-allocation")) {
        b.schools(schools);
      }
      MatchingSession s = b.start(K);
      Placement p = s.result().placements().get(0);
      s.decide(Decision.refuse(K, p.studentId(), p.placeId(), ReasonCategory.TRAVEL, null));
      s.rematch(K);
      assertValid(checker, s.trailJson(), variant);
    }
    Set<String> unseen = new TreeSet<>(checker.declared());
    unseen.removeAll(checker.seen());
    assertEquals(Set.of(), unseen, "declared in the schema but never written");
  }

  @Test
  void theDecisionsSchemaAgreesWithTheWriterAndTheDocsExample() throws Exception {
    Checker checker = checker("decisions-v1.schema.json");
    List<Decision> taken = new ArrayList<>();
    everyDecision(UniformCohortGenerator.generate(12, 60, 30, 12, 1), taken);
    List<DecisionsFile.Step> steps = new ArrayList<>();
    Set<DecisionKind> kinds = new TreeSet<>();
    for (Decision d : taken) {
      steps.add(new DecisionsFile.Decide(d));
      kinds.add(d.kind());
    }
    steps.add(new DecisionsFile.Rematch(K));
    assertEquals(Set.of(DecisionKind.values()), kinds, "every kind is written");
    DecisionsFile file = new DecisionsFile(steps);
    assertValid(checker, file.toJson(), "the canonical decisions file");
    assertEquals(file, DecisionsFile.parse(file.toJson()));
    String doc = Files.readString(Path.of("..", "docs", "decisions.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf("```json\n{\n  \"format\": \"stagematch-decisions/1\"");
    assertTrue(at >= 0, "the decisions example in docs/decisions.md");
    String example = doc.substring(at + 8, doc.indexOf("```\n", at + 8));
    assertValid(checker, example, "the docs example");
    DecisionsFile.parse(example);
    Set<String> unseen = new TreeSet<>(checker.declared());
    unseen.removeAll(checker.seen());
    assertEquals(Set.of(), unseen, "declared in the schema but never written");
    // The checker refuses what the reader refuses: a local time, an unknown field.
    String local = file.toJson().replace("2026-02-02T08:15:00Z", "2026-02-02T08:15:00");
    assertTrue(!checker.check(MAPPER.readTree(local)).isEmpty(), "a local time passes");
    String unknown = file.toJson().replace("\"kind\": \"REMATCH\"",
        "\"kind\": \"REMATCH\", \"note\": \"x\"");
    assertTrue(!checker.check(MAPPER.readTree(unknown)).isEmpty(), "an unknown field passes");
  }
}
