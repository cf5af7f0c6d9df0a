package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

  private enum Keys implements MessageKey {
    GREETING("Hallo {0}, je hebt {1} plaatsen.", "Hello {0}, you have {1} places."),
    SWAPPED("{1} na {0}", "{0} before {1}"),
    GAP("{0} en {2}", "{0} and {2}");

    private final String dutch;
    private final String english;

    Keys(String dutch, String english) {
      this.dutch = dutch;
      this.english = english;
    }

    @Override
    public String code() {
      return name();
    }

    @Override
    public String dutch() {
      return dutch;
    }

    @Override
    public String english() {
      return english;
    }
  }

  @Test
  void fillsPlaceholdersInEitherLanguage() {
    Message m = Message.of(Keys.GREETING, "S-0001", 3);
    assertEquals("Hallo S-0001, je hebt 3 plaatsen.", m.text(Message.DUTCH));
    assertEquals("Hello S-0001, you have 3 places.", m.text(Locale.ENGLISH));
    assertEquals("Hello S-0001, you have 3 places.", m.toString());
    assertEquals("GREETING", m.code());
  }

  @Test
  void placeholdersMayComeInAnyOrder() {
    Message m = Message.of(Keys.SWAPPED, "a", "b");
    assertEquals("b na a", m.text(Locale.forLanguageTag("nl-BE")));
    assertEquals("a before b", m.text(Locale.GERMAN));
  }

  @Test
  void argumentsAreNotTemplates() {
    Message m = Message.of(Keys.GREETING, "{1}$0\\", "x");
    assertEquals("Hello {1}$0\\, you have x places.", m.text(Locale.ENGLISH));
  }

  @Test
  void refusesWrongArgumentCountsAndGaps() {
    assertThrows(IllegalArgumentException.class, () -> Message.of(Keys.GREETING, "only one"));
    assertThrows(IllegalArgumentException.class, () -> Message.of(Keys.GAP, "a", "b", "c"));
  }

  @Test
  void codes() {
    assertTrue(Message.isCode("CSV_BAD_NUMBER"));
    assertFalse(Message.isCode("csv-bad"));
    assertFalse(Message.isCode(null));
  }
}
