package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The label table of {@code explain}: every key has a Dutch and an English text, and neither
 * carries obvious words of the other language (ids, codes and numbers are not words here).
 */
class ExplainTextsTest {
  private static final Set<String> ENGLISH = Set.of("the", "placed", "student's", "and",
      "with", "not", "of", "place", "company", "travel", "who", "your", "result", "here",
      "day", "days", "a", "yes", "no", "none", "nobody", "wanted", "round", "matches");
  private static final Set<String> DUTCH = Set.of("niet", "geplaatst", "de", "het", "een",
      "van", "en", "bij", "plaats", "bedrijf", "reistijd", "wie", "uw", "dag", "dagen", "ja",
      "nee", "geen", "gewenste", "ronde", "past", "komt", "voor");

  /**
   * The lower-case words of {@code text}: ids, codes, numbers and placeholders (any token with a
   * digit or {@code %}) left out, the rest split into runs of letters and apostrophes.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.split("[\\s;:,.()!?\"]+")) {
      if (token.isEmpty() || token.matches(".*[0-9%].*")) {
        continue;
      }
      for (String w : token.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  @Test
  void everyKeyHasBothTextsAndEachIsInItsOwnLanguage() {
    for (ExplainTexts t : ExplainTexts.values()) {
      assertFalse(t.dutch().isBlank(), t + ": no Dutch text");
      assertFalse(t.english().isBlank(), t + ": no English text");
      assertTrue(t.dutch().chars().filter(c -> c == '%').count()
          == t.english().chars().filter(c -> c == '%').count(), t + ": other placeholders");
      for (String w : words(t.dutch())) {
        assertFalse(ENGLISH.contains(w), t + ": the Dutch text (" + t.dutch()
            + ") contains the English word (" + w + ")");
      }
      for (String w : words(t.english())) {
        assertFalse(DUTCH.contains(w), t + ": the English text (" + t.english()
            + ") contains the Dutch word (" + w + ")");
      }
      assertTrue(t.in(Locale.forLanguageTag("nl")).equals(t.dutch())
          && t.in(Locale.ENGLISH).equals(t.english()), t.name());
    }
  }

  @Test
  void theWordCheckFindsAWordOfTheOtherLanguage() {
    assertTrue(words("Geplaatst bij P-0015; the student's fit").contains("the"));
    assertTrue(words("Not placed: niet").contains("niet"));
    assertFalse(words("B1-K1-W2 S-0001 42").contains("b"));
  }
}
