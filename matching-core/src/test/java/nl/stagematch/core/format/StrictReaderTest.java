package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.stagematch.core.model.Pseudonyms;
import org.junit.jupiter.api.Test;

/** The streaming skeleton on a small format of its own: a root with a list of things. */
class StrictReaderTest {
  private static final Fields ROOT = Fields.of("the document", "things!");
  private static final Fields THING = Fields.of("a thing", "id!", "count", "weight", "tags",
      "inner", "kind");
  private static final Fields INNER = Fields.of("an inner thing", "x!");

  enum Kind { SMALL_ONE, LARGE_ONE }

  /** Reads {@code json}, returning the errors, one per line, then the ids of valid things. */
  private static List<String> read(String json, ReadOptions options) throws IOException {
    ErrorCollector errors = new ErrorCollector(options.maxErrors());
    List<String> valid = new ArrayList<>();
    try (StrictReader r = new StrictReader(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), options, errors)) {
      r.startDocument();
      r.object(ROOT, field -> r.longArray("things", i -> {
        long before = r.errorCount();
        String[] id = new String[1];
        r.object(THING, name -> {
          switch (name) {
            case "id": id[0] = r.string("the id"); break;
            case "count": r.integer("the count"); break;
            case "weight": r.number("the weight"); break;
            case "tags": r.array("tags", j -> r.string("a tag")); break;
            case "inner": r.object(INNER, x -> r.bool("x")); break;
            case "kind": r.enumValue(Kind.class, "the kind"); break;
            default: throw new IllegalStateException(name);
          }
        });
        if (r.errorCount() == before) {
          valid.add(id[0]);
        }
      }));
      r.endDocument();
    } catch (StrictReader.Fatal e) {
      // the error is in the collector
    }
    List<String> out = errors.retained().stream().map(Object::toString)
        .collect(Collectors.toCollection(ArrayList::new));
    String more = ErrorCollector.moreLine(errors.count(), errors.retained().size());
    if (more != null) {
      out.add(more);
    }
    out.add("valid=" + valid);
    return out;
  }

  private static List<String> read(String json) throws IOException {
    return read(json, ReadOptions.defaults());
  }

  private static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void readsAValidDocument() throws IOException {
    assertEquals(List.of("valid=[a, b]"), read(q("{'things':[{'id':'a','count':3,'weight':1.5,"
        + "'tags':['t'],'inner':{'x':true},'kind':'SMALL_ONE'},{'id':'b','count':null}]}")));
  }

  @Test
  void reportsEveryErrorWithItsPathAndKeepsReading() throws IOException {
    List<String> out = read(q("{'things':[{'id':'a','count':'3'},{'id':'b','weight':'NaN'},"
        + "{'count':1.5},{'id':'d','kind':'small-one'},{'id':'e'}]}"));
    assertEquals(List.of(
        "$.things[0].count: expected an integer (the count) but found the string \"3\"."
            + " Maybe write the number without quotes; NaN and infinity are not numbers.",
        "$.things[1].weight: expected a number (the weight) but found the string \"NaN\"."
            + " Maybe write the number without quotes; NaN and infinity are not numbers.",
        "$.things[2].count: expected an integer (the count) but found the number 1.5."
            + " Maybe see docs/format.md for the shape of this field.",
        "$.things[2]: the required field \"id\" is missing from a thing."
            + " Maybe add it; see docs/format.md.",
        "$.things[3].kind: unknown value \"small-one\" for the kind; the known values are"
            + " SMALL_ONE, LARGE_ONE. Maybe you meant \"SMALL_ONE\"? (Values are upper case.)",
        "valid=[e]"), out);
  }

  @Test
  void rememberedCleanNamesNeverHideAPersonalNameOrValue() throws IOException {
    // the same names repeat in every element: the checks remember the clean ones only, so each
    // repetition of a personal name, or of a key that is a personal value, is refused again
    StringBuilder doc = new StringBuilder("{'things':[");
    for (int i = 0; i < 3; i++) {
      doc.append(i == 0 ? "" : ",").append("{'id':'t").append(i)
          .append("','extra':{'colour':1,'gender':2,'jan.jansen@example.nl':3}}");
    }
    // more distinct clean names than are remembered, then a personal one
    doc.append(",{'id':'big','extra':{");
    for (int k = 0; k < 5000; k++) {
      doc.append("'code").append(k).append("':1,");
    }
    doc.append("'colour':1,'voornaam':1}}]}");
    List<String> out = read(q(doc.toString()), ReadOptions.builder().maxErrors(1000).build());
    List<String> personal = out.stream().filter(line -> line.contains("personal"))
        .map(line -> line.substring(0, line.indexOf(':'))).collect(Collectors.toList());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      expected.add("$.things[" + i + "].extra.gender");
      // a key with a dot is written in brackets; only its shape is shown
      expected.add("$.things[" + i + "].extra['" + Pseudonyms.shape("jan.jansen@example.nl")
          + "']");
    }
    expected.add("$.things[3].extra.voornaam");
    assertEquals(expected, personal);
    assertEquals(4, out.stream().filter(line -> line.contains("unknown field \"extra\""))
        .count(), out.toString());
    assertEquals("valid=[]", out.get(out.size() - 1));
  }

  @Test
  void refusesPersonalFieldsAtAnyDepthBeforeUnknownFields() throws IOException {
    List<String> out = read(q("{'naam':'x','things':[{'id':'a','first_name':'x',"
        + "'inner':{'x':true,'Geslacht':'x'}},{'id':'b','extra':{'deep':[{'e-mail':'x'}]}}]}"));
    assertEquals("$.naam: the field \"naam\" is a personal characteristic (name) and is never"
        + " accepted in matching input (rule R1). Remove it; matching uses only the learning"
        + " wish, competences and what the company offers.", out.get(0));
    assertTrue(out.get(1).startsWith("$.things[0].first_name: the field \"first_name\" is a"
        + " personal characteristic (name)"), out.get(1));
    assertTrue(out.get(2).startsWith("$.things[0].inner.Geslacht: the field \"Geslacht\" is a"
        + " personal characteristic (gender)"), out.get(2));
    assertTrue(out.get(3).startsWith("$.things[1].extra: unknown field \"extra\" in a thing."
        + " Maybe you meant one of the known fields: count, id, inner, kind, tags, weight."),
        out.get(3));
    assertTrue(out.get(4).startsWith("$.things[1].extra.deep[0].e-mail: the field \"e-mail\" is"
        + " a personal characteristic (e-mail)"), out.get(4));
    assertEquals("valid=[]", out.get(5));
  }

  @Test
  void suggestsTheClosestKnownField() throws IOException {
    List<String> out = read(q("{'things':[{'id':'a','Count':1,'wieght':2,'ID':'x'}]}"));
    assertEquals("$.things[0].Count: unknown field \"Count\" in a thing. Maybe you meant"
        + " \"count\"? The known fields are: count, id, inner, kind, tags, weight.", out.get(0));
    assertTrue(out.get(1).contains("Maybe you meant \"weight\"?"), out.get(1));
    assertTrue(out.get(2).contains("Maybe you meant \"id\"?"), out.get(2));
  }

  @Test
  void refusesDuplicateFieldsAndNullRequiredFields() throws IOException {
    List<String> out = read(q("{'things':[{'id':'a','id':'b'},{'id':null}]}"));
    assertEquals(List.of(
        "$.things[0].id: the field \"id\" appears more than once in a thing."
            + " Maybe remove all but one.",
        "$.things[1].id: the required field \"id\" of a thing is null."
            + " Maybe give it a value; see docs/format.md.",
        "valid=[]"), out);
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws IOException {
    List<String> out = read("{\"things\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}\n]}");
    assertEquals(2, out.size(), out.toString());
    assertEquals("$.things: the document is not valid JSON at line 3, column 3: Unexpected"
        + " character ('{' (code 123)): was expecting comma to separate Array entries. Maybe look"
        + " for a missing comma, quote or bracket just before that place.", out.get(0));
  }

  @Test
  void errorsBeforeAFatalErrorAreKept() throws IOException {
    List<String> out = read("{\"things\": [{\"count\": 1}, {\"id\": \"b\",]}");
    assertTrue(out.get(0).startsWith("$.things[0]: the required field \"id\""), out.get(0));
    assertTrue(out.get(1).contains("not valid JSON at line 1, column "), out.get(1));
  }

  @Test
  void refusesNonNumericNumbersAndTrailingContent() throws IOException {
    assertTrue(read("{\"things\": [{\"id\": \"a\", \"weight\": NaN}]}").get(0)
        .contains("not valid JSON"));
    List<String> out = read("{\"things\": []} {}");
    assertTrue(out.get(0).startsWith("$: unexpected content after the end of the document at"
        + " line 1, column "), out.get(0));
    assertTrue(read("").get(0).startsWith("$: the document is empty."));
    assertTrue(read("[]").get(0).startsWith("$: the document must be a JSON object ({...}) but"
        + " starts with an array."));
  }

  @Test
  void depthLimitGivesAClearMessage() throws IOException {
    String deep = "{\"things\": [{\"id\": \"a\", \"extra\": " + "[".repeat(100)
        + "]".repeat(100) + "}]}";
    List<String> out = read(deep);
    String error = out.stream().filter(s -> s.contains("nested")).findFirst().orElseThrow();
    assertTrue(error.contains(": the document is nested deeper than the limit of 64 levels"
        + " (ReadOptions.maxDepth)."), error);
    assertTrue(error.startsWith("$.things[0].extra[0][0]"), error);
  }

  @Test
  void theDeepestAllowedNestingIsSkippedWithoutOverflowingTheStack() throws IOException {
    String deep = "{\"things\": [{\"id\": \"a\", \"extra\": " + "[".repeat(995)
        + "{\"naam\": 1}" + "]".repeat(995) + "}]}";
    List<String> out = read(deep, ReadOptions.builder().maxDepth(1000).build());
    assertEquals(3, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("$.things[0].extra: unknown field"), out.get(0));
    assertTrue(out.get(1).endsWith("[0].naam: " + PersonalFields.message("naam", "name")),
        out.get(1));
  }

  @Test
  void stringAndNumberLimitsGiveClearMessages() throws IOException {
    ReadOptions options = ReadOptions.builder().maxStringLength(100).maxNumberLength(30).build();
    String out = read("{\"things\": [{\"id\": \"" + "x".repeat(101) + "\"}]}", options).get(0);
    assertTrue(out.startsWith("$.things[0].id: a string is longer than the limit of 100"
        + " characters (ReadOptions.maxStringLength)."), out);
    out = read("{\"things\": [{\"id\": \"a\", \"weight\": 1" + "0".repeat(40) + "}]}", options)
        .get(0);
    assertTrue(out.contains("a number is longer than the limit of 30 characters"), out);
    out = read("{\"things\": [{\"" + "y".repeat(200) + "\": 1}]}", options).get(0);
    assertTrue(out.contains("a field name is longer than the limit of 100 characters"), out);
  }

  @Test
  void sizeLimitGivesAClearMessage() throws IOException {
    StringBuilder json = new StringBuilder("{\"things\": [");
    for (int i = 0; i < 5000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\"}");
    }
    json.append("]}");
    ReadOptions options = ReadOptions.builder().maxDocumentBytes(10_000).build();
    List<String> out = read(json.toString(), options);
    assertEquals("$: the document is larger than the limit of 10,000 bytes"
        + " (ReadOptions.maxDocumentBytes). Maybe split the cohort into several documents, or"
        + " raise the limit with ReadOptions.builder().maxDocumentBytes(...).", out.get(0));
  }

  @Test
  void listLimitAndErrorCap() throws IOException {
    StringBuilder json = new StringBuilder("{\"things\": [");
    for (int i = 0; i < 500; i++) {
      json.append(i == 0 ? "" : ",").append("{\"count\": \"x\"}");
    }
    json.append("]}");
    List<String> out = read(json.toString(), ReadOptions.builder().maxErrors(5).build());
    assertEquals(7, out.size());
    assertEquals("... and 995 more errors", out.get(5));
    out = read(json.toString(), ReadOptions.builder().maxListSize(10).build());
    assertTrue(out.get(out.size() - 2).startsWith("$.things: the list of things has more than"
        + " 10 elements (ReadOptions.maxListSize)."), out.toString());
  }

  @Test
  void innerListLimit() throws IOException {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      tags.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
    }
    List<String> out = read("{\"things\": [{\"id\": \"a\", \"tags\": [" + tags + "]}]}",
        ReadOptions.builder().maxInnerSize(20).build());
    assertEquals(List.of("$.things[0].tags: the list of tags has more than 20 elements"
        + " (ReadOptions.maxInnerSize). Maybe split the document, or raise the limit.",
        "valid=[]"), out);
  }

  @Test
  void optionsCheckTheirValuesAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadOptions.builder().maxDepth(3));
    assertTrue(e.getMessage().startsWith("The maximum depth (3) must be 8 to 1000."),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxDepth(100_000));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxErrors(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxDocumentBytes(-1));
    assertEquals(512L << 20, ReadOptions.defaults().maxDocumentBytes());
  }
}
