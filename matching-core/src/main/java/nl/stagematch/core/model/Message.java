package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with its arguments filled in: a stable {@link #code() code} and the text in Dutch
 * ({@link #DUTCH}, the default for people) or English.
 *
 * <p>Immutable and thread-safe. Arguments are kept as the strings the caller gives (format numbers
 * and quote input-derived text before passing it). {@link #toString()} is the English text, for
 * logs and exception messages read by developers; people get {@link #text(Locale)}.
 */
public final class Message {

  /** The language messages are shown in unless asked otherwise. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final MessageKey key;
  private final List<String> args;

  private Message(MessageKey key, List<String> args) {
    this.key = key;
    this.args = args;
  }

  /**
   * The message {@code key} with {@code args} for its placeholders {@code {0}}, {@code {1}}, ...
   *
   * @throws IllegalArgumentException if the number of arguments differs from the placeholders of
   *     either template
   */
  public static Message of(MessageKey key, Object... args) {
    Objects.requireNonNull(key, "key");
    List<String> values = new ArrayList<>(args.length);
    for (Object arg : args) {
      values.add(String.valueOf(arg));
    }
    int expected = placeholders(key.dutch());
    if (expected != placeholders(key.english()) || expected != values.size()) {
      throw new IllegalArgumentException("The message (" + key.code() + ") has "
          + placeholders(key.dutch()) + " placeholders in Dutch and "
          + placeholders(key.english()) + " in English, but " + values.size()
          + " arguments were given.");
    }
    return new Message(key, List.copyOf(values));
  }

  /**
   * The number of distinct placeholders {@code {0}} to {@code {n-1}} in {@code template}.
   *
   * @throws IllegalArgumentException if the placeholders are not numbered 0 to n-1
   */
  public static int placeholders(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    int max = -1;
    java.util.BitSet seen = new java.util.BitSet();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      seen.set(i);
      max = Math.max(max, i);
    }
    if (seen.cardinality() != max + 1) {
      throw new IllegalArgumentException("The placeholders of (" + template
          + ") must be numbered {0} to {n-1} without gaps.");
    }
    return max + 1;
  }

  /** Whether {@code code} is a well-formed message code. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** The message's key. */
  public MessageKey key() {
    return key;
  }

  /** The stable code of the message. */
  public String code() {
    return key.code();
  }

  /** The arguments, as given. */
  public List<String> args() {
    return args;
  }

  /** The text in Dutch when {@code locale}'s language is {@code nl}, else in English. */
  public String text(Locale locale) {
    return fill(isDutch(locale) ? key.dutch() : key.english());
  }

  /** Whether {@code locale} asks for Dutch. */
  public static boolean isDutch(Locale locale) {
    return locale != null && "nl".equals(locale.getLanguage());
  }

  private String fill(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(args.get(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The English text. */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message other && key.equals(other.key) && args.equals(other.args);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + args.hashCode();
  }
}
