package nl.stagematch.variants.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader of decisions, answers and trails takes JSON as RFC 8259 has it, nothing more. */
class JsonStrictnessTest {

  private static String refused(String json) {
    return assertThrows(IllegalArgumentException.class, () -> Json.parse(json, "the test"))
        .getMessage();
  }

  @Test
  void theEscapesOfJsonAreRead() {
    assertEquals(Map.of("a", "\"\\/\b\f\n\r\tA\u00e9"),
        Json.parse("{\"a\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00E9\"}", "x"));
  }

  @Test
  void escapesJsonDoesNotHaveAreRefused() {
    assertTrue(refused("{\"a\": \"\\x41\"}").contains("unknown escape \\x"));
    assertTrue(refused("{\"a\": \"\\'\"}").contains("unknown escape \\'"));
    // Integer.parseInt alone would take a sign, and other scripts' digits
    assertTrue(refused("{\"a\": \"\\u+041\"}").contains("four hex digits"));
    assertTrue(refused("{\"a\": \"\\u-041\"}").contains("four hex digits"));
    assertTrue(refused("{\"a\": \"\\u\u0661\u0662\u0663\u0664\"}").contains("four hex digits"));
  }

  @Test
  void onlyAsciiDigitsMakeANumber() {
    assertEquals(Map.of("a", 12L), Json.parse("{\"a\": 12}", "x"));
    String m = refused("{\"a\": \u0661\u0662}");
    assertTrue(m.startsWith("Malformed JSON in the test at line 1, column 7"), m);
    refused("{\"a\": 1\u0662}");
  }

  @Test
  void anEchoedCharacterOrFieldIsEscaped() {
    String m = refused("{\"a\": \u001b}");
    assertTrue(m.contains("\"\\u001B\""), m);
    String twice = refused("{\"\\u001b[2J\": 1, \"\\u001b[2J\": 2}");
    assertTrue(twice.contains("\\u001B[2J"), twice);
    assertFalse(twice.contains("\u001b"), twice);
  }
}
