package nl.stagematch.core.check;

import java.util.Locale;
import java.util.Objects;
import nl.stagematch.core.model.Message;

/**
 * One property a result failed, or could not be checked for, found by a verifier (see {@link
 * ResultReport#failures()} and {@link ResultReport#notChecked()}).
 *
 * @param property the property: {@code problem-hash}, {@code provenance}, {@code lottery}, {@code
 *     feasibility}, {@code fit}, {@code reasons}, {@code optimality}, {@code allocation}, {@code
 *     stability}, {@code acquaintance}, {@code shortlist} or {@code promise}
 * @param path where, as a JSON path into the result document (such as {@code
 *     $.placements[3]}) or {@code $} for the whole
 * @param text what is wrong, in words, with the ids and numbers involved: a coded message (its
 *     codes are those of {@link VerifyMessage}) in Dutch and English
 */
public record Finding(String property, String path, Message text) {

  /**
   * Checks that no part is missing or blank.
   *
   * @param property the property that failed or was not checked
   * @param path where, as a JSON path starting with {@code $}
   * @param text what is wrong, as a coded message
   */
  public Finding {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (property.isBlank() || !path.startsWith("$")) {
      throw new IllegalArgumentException("A finding needs a property and a JSON path starting"
          + " with $ (got (" + property + ", " + path + ")).");
    }
  }

  /**
   * What is wrong, in English (as {@link #message(Locale)} with {@link Locale#ENGLISH}).
   *
   * @return the English text
   */
  public String message() {
    return text.toString();
  }

  /**
   * What is wrong, in Dutch when {@code locale}'s language is {@code nl}, else in English.
   *
   * @param locale the language
   * @return the text
   */
  public String message(Locale locale) {
    return text.text(locale);
  }

  /**
   * The stable code of the message, such as {@code VERIFY_PROBLEM_HASH}.
   *
   * @return the code
   */
  public String code() {
    return text.code();
  }

  /**
   * The finding in one line in the language of {@code locale}: the property, the path, the code
   * in brackets and the message.
   *
   * @param locale the language
   * @return the line
   */
  public String toString(Locale locale) {
    return property + (Message.isDutch(locale) ? " bij " : " at ") + path + " [" + code() + "]: "
        + message(locale);
  }

  /** The finding in one line in English (as {@link #toString(Locale)}). */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }
}
