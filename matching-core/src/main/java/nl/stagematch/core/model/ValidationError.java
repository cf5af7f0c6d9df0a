package nl.stagematch.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found while validating a matching problem: where (a JSON-style path such as
 * {@code $.places[3].companyId}, index = position in the list) and what (a message that names the
 * thing, shows its value and suggests a fix, with a stable code, in Dutch and English).
 *
 * @param path the path, starting with {@code $}
 * @param text the message
 */
public record ValidationError(String path, Message text) {

  /**
   * Validates that both fields are present.
   *
   * @param path the path, starting with {@code $}
   * @param text the message
   */
  public ValidationError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("The path (" + path + ") of a validation error must start"
          + " with '$'.\nMaybe write it as $.places[3].companyId.");
    }
  }

  /**
   * The message in English, on one line, for developers and logs.
   *
   * @return the text
   */
  public String message() {
    return InputException.oneLine(text.toString());
  }

  /**
   * The message in {@code locale}'s language (Dutch for {@code nl}, else English), on one line.
   *
   * @param locale the language
   * @return the text
   */
  public String message(Locale locale) {
    return InputException.oneLine(text.text(locale));
  }

  /**
   * The stable code of the message.
   *
   * @return the code
   */
  public String code() {
    return text.code();
  }

  @Override
  public String toString() {
    return path + ": " + message();
  }
}
