package nl.stagematch.variants.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

  private static Map<String, Object> sample() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1L);
    m.put("a", List.of("x\"y\\z\n\u0001é", true, false));
    m.put("m", new LinkedHashMap<>());
    m.put("n", null);
    m.put("big", Long.MIN_VALUE);
    return m;
  }

  @Test
  void prettyKeepsTheOrderAndCompactSortsTheFields() {
    assertEquals("{\n  \"z\": 1,\n  \"a\": [\n    \"x\\\"y\\\\z\\n\\u0001é\",\n    true,\n"
        + "    false\n  ],\n  \"m\": {},\n  \"n\": null,\n  \"big\": -9223372036854775808\n}\n",
        Json.pretty(sample()));
    assertEquals("{\"a\":[\"x\\\"y\\\\z\\n\\u0001é\",true,false],\"big\":-9223372036854775808,"
        + "\"m\":{},\"n\":null,\"z\":1}", Json.compact(sample()));
  }

  @Test
  void parseReadsBackWhatPrettyWrote() {
    Object back = Json.parse(Json.pretty(sample()), "test");
    assertEquals(sample(), back);
    assertEquals(Json.pretty(sample()), Json.pretty(back));
  }

  @Test
  void sha256IsTheStandardDigest() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Json.sha256(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Json.sha256("abc"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1, \"a\": 2}|line 1, column 10: the field \"a\" appears twice",
      "{\"a\": 1.5}|line 1, column 7: only whole numbers",
      "{\"a\": 1} x|line 1, column 10: unexpected text after the end",
      "{\"a\": 99999999999999999999}|does not fit a 64-bit integer",
      "{\"a\": 01}|must not start with 0",
      "{\"a\": [1, 2}|expected ']'",
      "{\"a\": \"x|a string is not closed",
      "[tru]|expected true",
      "''|the document ends where a value was expected"})
  void malformedDocumentsAreRefusedWithThePlace(String text, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Json.parse(text, "the test document"));
    assertTrue(e.getMessage().startsWith("Malformed JSON in the test document at line "),
        e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void nestingIsLimited() {
    String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Json.parse(deep, "test"));
    assertTrue(e.getMessage().contains("nested deeper than 64 levels"), e.getMessage());
  }

  @Test
  void nodeErrorsNameThePathAndTheValue() {
    Node n = Node.parse("{\"steps\": [{\"seed\": \"x\"}], \"extra\": 1}", "test");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> n.allow("steps"));
    assertTrue(unknown.getMessage().startsWith("$.extra: unknown field (\"extra\")."),
        unknown.getMessage());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> n.objects("steps").get(0).integer("seed"));
    assertTrue(wrong.getMessage().startsWith("$.steps[0].seed: expected an integer, found \"x\""),
        wrong.getMessage());
  }
}
