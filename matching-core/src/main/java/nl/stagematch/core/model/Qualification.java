package nl.stagematch.core.model;

import java.util.Comparator;
import nl.stagematch.core.io.SafeText;

/**
 * A qualification at a level: the crebo code (5 digits) and the level 1..4 (1 = entree).
 *
 * <p>Qualifications order by crebo, then level. {@link #toString()} gives {@code "25180/2"}, which
 * {@link #parse(String)} reads back.
 */
public record Qualification(String crebo, int level) implements Comparable<Qualification> {
  private static final Comparator<Qualification> ORDER =
      Comparator.comparing(Qualification::crebo).thenComparingInt(Qualification::level);

  /**
   * Validates the crebo code and the level.
   *
   * @param crebo the crebo code
   * @param level the level, 1 to 4
   */
  public Qualification {
    Checks.present(crebo, "de crebocode van een kwalificatie",
        "the crebo code of a qualification", "geef de crebocode van vijf cijfers, zoals 25491.",
        "give the five-digit crebo code, such as 25491.", "crebo");
    if (crebo.length() != 5 || !crebo.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_CREBO,
          SafeText.clean(crebo)), "crebo");
    }
    if (level < 1 || level > 4) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_QUALIFICATION_LEVEL, level,
          crebo), "level");
    }
  }

  /**
   * Returns the qualification with this crebo code and level.
   *
   * @param crebo the crebo code
   * @param level the level, 1 to 4
   * @return the qualification
   */
  public static Qualification of(String crebo, int level) {
    return new Qualification(crebo, level);
  }

  /**
   * Parses {@code "25180/2"}, the form {@link #toString()} writes.
   *
   * @param text the text
   * @return the qualification
   */
  public static Qualification parse(String text) {
    Checks.present(text, "de tekst van een kwalificatie",
        "the text of a qualification", "schrijf crebo en niveau als 25180/2.",
        "write the crebo code and level as 25180/2.");
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new IllegalArgumentException("The qualification (" + text
          + ") must be written as crebo/level.\nMaybe write it as 25180/2.");
    }
    int level;
    try {
      level = Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The level in qualification (" + text
          + ") is not a number.\nMaybe write it as 25180/2.", e);
    }
    return new Qualification(text.substring(0, slash), level);
  }

  @Override
  public int compareTo(Qualification other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return crebo + "/" + level;
  }
}
