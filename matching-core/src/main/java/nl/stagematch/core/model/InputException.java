package nl.stagematch.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The base of every exception that reports a fault of the caller's input rather than of the
 * library: a document or CSV set that is not valid, a value out of range, a decision the session
 * refuses, a trail that fails verification. The library's own faults (bugs) are plain {@link
 * IllegalStateException}s and never an {@code InputException}.
 *
 * <p>Each carries a stable {@link #code() code} (listed in {@code docs/errors.md}), the {@link
 * #path() path or field} at fault when there is one, and its text in Dutch and English ({@link
 * #text(Locale)}). {@link #getMessage()} is the English text, for developers and logs; show
 * people {@link #lines(Locale)}, which lists every error of an exception that carries several.
 *
 * <p>It extends {@link IllegalArgumentException}, so code that caught that before still does.
 */
public class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Message text;
  /** The path or field at fault, or null. */
  private final String path;

  /**
   * Creates the exception for one message.
   *
   * @param text the message (its code and both texts)
   * @param path the path or field at fault, such as {@code $.places[3].capacity}, {@code
   *     studenten.csv:4:crebo} or {@code entry 7}; null when the input as a whole is at fault
   */
  public InputException(Message text, String path) {
    this(text.toString(), text, path);
  }

  /**
   * An exception for {@code text} at {@code path} whose {@link #getMessage()} starts with the
   * path ({@code PATH: text}), for readers whose messages always name the path.
   *
   * @param path the path or field at fault
   * @param text the message
   * @return the exception
   */
  public static InputException at(String path, Message text) {
    return new InputException(path + ": " + text, text, Objects.requireNonNull(path, "path"));
  }

  /**
   * Creates the exception with an English message of its own (for an exception that carries
   * several errors and lists them all in {@link #getMessage()}).
   *
   * @param englishMessage the exception's message
   * @param text the message (of the first error)
   * @param path the path or field at fault, or null
   */
  protected InputException(String englishMessage, Message text, String path) {
    super(englishMessage);
    this.text = Objects.requireNonNull(text, "text");
    this.path = path;
  }

  /**
   * The stable code of the fault, such as {@code CSV_BAD_NUMBER}; for an exception that carries
   * several errors, the code of the first (each error has its own).
   *
   * @return the code
   */
  public String code() {
    return text.code();
  }

  /**
   * The path or field at fault, or null when the input as a whole is at fault; for an exception
   * that carries several errors, the first error's.
   *
   * @return the path, or null
   */
  public String path() {
    return path;
  }

  /**
   * The message (its key, arguments and both texts); for an exception that carries several
   * errors, the summary line.
   *
   * @return the message
   */
  public Message message() {
    return text;
  }

  /**
   * The text in {@code locale}'s language (Dutch for {@code nl}, else English), without the
   * path; for an exception with several errors, the summary line.
   *
   * @param locale the language
   * @return the text
   */
  public String text(Locale locale) {
    return text.text(locale);
  }

  /**
   * The lines to show a person in {@code locale}'s language: {@code PATH: text}, or the text
   * alone when there is no path. Exceptions that carry several errors return one line per error
   * (and a last line counting those not reported in full).
   *
   * @param locale the language
   * @return the lines
   */
  public List<String> lines(Locale locale) {
    return List.of(path == null ? text(locale) : path + ": " + text(locale));
  }

  /**
   * Joins the lines of a multi-line text with a space, so that every error is one line.
   *
   * @param text the text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
