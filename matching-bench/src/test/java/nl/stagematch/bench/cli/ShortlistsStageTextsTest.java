package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The texts of {@code match --stage shortlists}: each in Dutch and English, with the same
 * placeholders, and neither with obvious words of the other language ("of" and "is" are words
 * of both; the literal {@code "none"} of the picks file aside).
 */
class ShortlistsStageTextsTest {
  private static final Set<String> ENGLISH = Set.of("the", "and", "with", "not", "place",
      "company", "round", "pick", "picked", "every", "one", "or", "no", "none", "page");
  private static final Set<String> DUTCH = Set.of("niet", "de", "het", "een", "van", "en", "bij",
      "plaats", "bedrijf", "ronde", "geen", "voor", "elk", "kies", "keuze", "pagina");

  @Test
  void everyTextIsInBothLanguages() {
    for (ShortlistsStage.Text t : ShortlistsStage.Text.values()) {
      assertFalse(t.dutch().isBlank() || t.english().isBlank(), t.name());
      assertEquals(t.dutch().chars().filter(c -> c == '%').count(),
          t.english().chars().filter(c -> c == '%').count(), t + ": other placeholders");
      for (String w : ExplainTextsTest.words(t.dutch().replace("\"none\"", ""))) {
        assertFalse(ENGLISH.contains(w), t + ": the Dutch text contains (" + w + ")");
      }
      for (String w : ExplainTextsTest.words(t.english().replace("\"none\"", ""))) {
        assertFalse(DUTCH.contains(w), t + ": the English text contains (" + w + ")");
      }
    }
  }
}
