package nl.stagematch.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void plainTextIsShownAsItIs() {
    assertEquals("\"S-0001\"", SafeText.quote("S-0001"));
    assertEquals("S-0001", SafeText.clean("S-0001"));
    assertEquals("café ü 😀", SafeText.clean("café ü 😀"));
    assertTrue(SafeText.isPlain("S-0001", 80));
  }

  @Test
  void lineBreaksAndTerminalControlAreMadeVisible() {
    assertEquals("\"a\\nERROR: forged\"", SafeText.quote("a\nERROR: forged"));
    assertEquals("x\\r\\ty", SafeText.clean("x\r\ty"));
    assertEquals("\\u001B[2J\\u001B]0;title\\u0007", SafeText.clean("\u001b[2J\u001b]0;title\u0007"));
    assertEquals("a\\u0085b\\u009Bc\\u007Fd", SafeText.clean("a\u0085b\u009bc\u007fd"));
    assertEquals("\\u2028\\u202E\\u200B\\uFEFF", SafeText.clean("\u2028\u202e\u200b\ufeff"));
    assertEquals("\"say \\\"hi\\\"\"", SafeText.quote("say \"hi\""));
    assertFalse(SafeText.isPlain("a\nb", 80));
  }

  @Test
  void cleanLinesKeepsTheLinesOfAMessageAndEscapesAndCutsEachLine() {
    String message = "The id (a\u001b[31mb) is wrong.\nMaybe fix " + "z".repeat(500) + ".";
    String clean = SafeText.cleanLines(message, 100);
    String[] lines = clean.split("\n", -1);
    assertEquals(2, lines.length, clean);
    assertEquals("The id (a\\u001B[31mb) is wrong.", lines[0]);
    assertEquals("Maybe fix " + "z".repeat(90) + "... (511 characters)", lines[1]);
    assertEquals("one\n\ntwo", SafeText.cleanLines("one\n\ntwo", 80));
    assertEquals("a\\rb\n", SafeText.cleanLines("a\rb\n", 80));
    assertEquals("null", SafeText.cleanLines(null, 80));
  }

  @Test
  void loneSurrogatesAreEscapedAndPairsKept() {
    assertEquals("\\uD83D!", SafeText.clean("\ud83d!"));
    assertEquals("!\\uDE00", SafeText.clean("!\ude00"));
    assertEquals("\ud83d\ude00", SafeText.clean("\ud83d\ude00"));
  }

  @Test
  void longValuesAreCutWithTheirLength() {
    String value = "x".repeat(5_000_000);
    String shown = SafeText.quote(value);
    assertEquals("\"" + "x".repeat(80) + "...\" (5,000,000 characters)", shown);
    assertEquals("abc... (6 characters)", SafeText.clean("abcdef", 3));
    // a pair is one character and never cut in half
    assertEquals("\ud83d\ude00... (2 characters)", SafeText.clean("\ud83d\ude00\ud83d\ude00", 1));
    assertEquals("null", SafeText.clean((String) null));
  }

  @Test
  void noInputGivesAControlCharacterOrAnUnboundedResult() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        sb.append((char) (random.nextBoolean() ? random.nextInt(0x40) : random.nextInt(0x10000)));
      }
      String shown = SafeText.quote(sb.toString());
      for (int i = 0; i < shown.length(); i++) {
        char c = shown.charAt(i);
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
            || (c >= '\u202a' && c <= '\u202e');
        assertFalse(control, "seed " + seed + ": control character at " + i + " in " + shown);
        if (Character.isSurrogate(c)) {
          boolean paired = Character.isHighSurrogate(c)
              ? i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))
              : i > 0 && Character.isHighSurrogate(shown.charAt(i - 1));
          assertTrue(paired, "seed " + seed + ": lone surrogate at " + i);
        }
      }
      // 80 characters, each at most a six-character escape, plus quotes and the note
      assertTrue(shown.length() <= 80 * 6 + 40, "seed " + seed + ": " + shown.length());
    }
  }
}
