package nl.stagematch.bench.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema (2020-12) that the schemas of
 * docs/schema use: {@code $ref} to {@code #/$defs/...}, {@code type} (one or a list), {@code
 * const}, {@code enum}, {@code pattern}, {@code minimum}, {@code maximum}, {@code minLength},
 * {@code required}, {@code properties}, {@code additionalProperties} (false or a schema), {@code
 * propertyNames}, {@code minProperties}, {@code maxProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code uniqueItems}; annotations ({@code $schema}, {@code $id}, {@code title},
 * {@code description}) are ignored. A keyword outside the subset is an error, so that a schema
 * cannot silently ask for more than is checked. No validator library: a few lines over Jackson
 * trees.
 */
final class SchemaSubset {
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title",
      "description");
  private static final Set<String> KEYWORDS = Set.of("$ref", "type", "const", "enum", "pattern",
      "minimum", "maximum", "minLength", "required", "properties", "additionalProperties",
      "propertyNames", "minProperties", "maxProperties", "items", "minItems", "maxItems",
      "uniqueItems", "$defs");

  private final JsonNode root;

  SchemaSubset(JsonNode root) {
    this.root = root;
  }

  /** The violations of {@code doc}, each with its JSON path; empty if it conforms. */
  List<String> check(JsonNode doc) {
    List<String> out = new ArrayList<>();
    check(root, doc, "$", out);
    return out;
  }

  private void check(JsonNode schema, JsonNode doc, String path, List<String> out) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
        throw new IllegalArgumentException("The schema uses keyword " + k + " at " + path
            + ", which this checker does not support.");
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalArgumentException("Unsupported $ref " + ref);
      }
      JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
      if (target == null) {
        throw new IllegalArgumentException("Unknown $ref " + ref);
      }
      check(target, doc, path, out);
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      schema.get("type").forEach(t -> types.add(t.asText()));
      if (schema.get("type").isTextual()) {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(t -> is(t, doc))) {
        out.add(path + ": expected " + types + ", found " + doc.getNodeType());
        return;
      }
    }
    if (schema.has("const") && !schema.get("const").equals(doc)) {
      out.add(path + ": expected " + schema.get("const") + ", found " + doc);
    }
    if (schema.has("enum")) {
      boolean any = false;
      for (JsonNode e : schema.get("enum")) {
        any |= e.equals(doc);
      }
      if (!any) {
        out.add(path + ": " + doc + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && doc.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(doc.asText()).find()) {
      out.add(path + ": " + doc + " does not match " + schema.get("pattern").asText());
    }
    if (schema.has("minLength") && doc.isTextual()
        && doc.asText().length() < schema.get("minLength").asInt()) {
      out.add(path + ": shorter than " + schema.get("minLength"));
    }
    if (schema.has("minimum") && doc.isNumber()
        && doc.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      out.add(path + ": " + doc + " is below " + schema.get("minimum"));
    }
    if (schema.has("maximum") && doc.isNumber()
        && doc.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      out.add(path + ": " + doc + " is above " + schema.get("maximum"));
    }
    if (doc.isObject()) {
      if (schema.has("minProperties") && doc.size() < schema.get("minProperties").asInt()) {
        out.add(path + ": fewer than " + schema.get("minProperties") + " fields");
      }
      if (schema.has("maxProperties") && doc.size() > schema.get("maxProperties").asInt()) {
        out.add(path + ": more than " + schema.get("maxProperties") + " fields");
      }
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!doc.has(r.asText())) {
            out.add(path + ": the required field " + r.asText() + " is missing");
          }
        }
      }
      JsonNode props = schema.get("properties");
      JsonNode additional = schema.get("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = path + "." + f.getKey();
        if (schema.has("propertyNames")) {
          check(schema.get("propertyNames"),
              com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey()), p + " (name)",
              out);
        }
        if (props != null && props.has(f.getKey())) {
          check(props.get(f.getKey()), f.getValue(), p, out);
        } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
          out.add(p + ": the field is not in the schema");
        } else if (additional != null && additional.isObject()) {
          check(additional, f.getValue(), p, out);
        }
      }
    }
    if (doc.isArray()) {
      if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
        out.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && doc.size() > schema.get("maxItems").asInt()) {
        out.add(path + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < doc.size(); i++) {
          check(schema.get("items"), doc.get(i), path + "[" + i + "]", out);
        }
      }
      if (schema.has("uniqueItems") && schema.get("uniqueItems").asBoolean()) {
        for (int i = 0; i < doc.size(); i++) {
          for (int j = 0; j < i; j++) {
            if (doc.get(i).equals(doc.get(j))) {
              out.add(path + "[" + i + "]: repeats item " + j);
            }
          }
        }
      }
    }
  }

  private static boolean is(String type, JsonNode doc) {
    switch (type) {
      case "object": return doc.isObject();
      case "array": return doc.isArray();
      case "string": return doc.isTextual();
      case "integer": return doc.isIntegralNumber();
      case "number": return doc.isNumber();
      case "boolean": return doc.isBoolean();
      case "null": return doc.isNull();
      default: throw new IllegalArgumentException("Unknown type " + type);
    }
  }
}
