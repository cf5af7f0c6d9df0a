package nl.stagematch.variants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private final Explanations explanations = Explanations.of(Fixtures.smallCohort());
  private final MatchResult result = Fixtures.smallResult();

  @Test
  void aPlacementIsExplainedByItsFitInBothLanguages() {
    String en = explanations.explain(result, "S-1", Locale.ENGLISH);
    String nl = explanations.explain(result, "S-1", NL);
    assertTrue(en.startsWith("Placed at P-1; fit "), en);
    assertTrue(en.contains("wanted work process"), en);
    assertTrue(nl.startsWith("Geplaatst bij P-1; passendheid "), nl);
    assertTrue(nl.contains("werkproces"), nl);
  }

  @Test
  void anUnplacedStudentIsExplainedByTheReasonAndItsDetail() {
    assertEquals("Not placed: no place passes the hard rules (place lacks a required feature)",
        explanations.explain(result, "S-2", Locale.ENGLISH));
    assertEquals("Niet geplaatst: geen plaats voldoet aan de harde eisen (plaats mist een"
        + " benodigde voorziening)", explanations.explain(result, "S-2", NL));
    assertEquals("Not placed: refused the placement and no other place was found (the"
        + " admissible places were full and the lottery decided)",
        explanations.explain(result, "S-3", Locale.ENGLISH));
  }

  @Test
  void everyReasonHasADescriptionInBothLanguages() {
    for (UnplacedReason r : UnplacedReason.values()) {
      String en = Explanations.describe(r, Locale.ENGLISH);
      String nl = Explanations.describe(r, NL);
      assertTrue(!en.isBlank() && !nl.isBlank() && !en.equals(nl), r.name());
    }
  }

  @Test
  void everyStudentOfTheResultIsExplained() {
    Map<String, String> all = explanations.explainAll(result, Locale.ENGLISH);
    assertEquals(result.placements().size() + result.unplaced().size(), all.size());
    assertThrows(IllegalArgumentException.class,
        () -> explanations.explain(result, "S-99", Locale.ENGLISH));
  }
}
