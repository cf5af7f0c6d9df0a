package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
  /** The placeholder counts of the enum constants, see {@link #consistentPlaceholders}. */
  private static final Map<MessageKey, Integer> COUNTS = new ConcurrentHashMap<>();
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final MessageKey key;
  private final List<Object> args;

  private Message(MessageKey key, List<Object> args) {
    this.key = key;
    this.args = args;
  }

  /**
   * The message {@code key} with {@code args} for its placeholders {@code {0}}, {@code {1}}, ...
   * An argument that is itself a {@code Message} (a word or phrase with its own key) is shown in
   * the same language as the message; any other argument as {@link String#valueOf(Object)}.
   *
   * @param key the message's key
   * @param args the values of its placeholders, in order
   * @return the message
   * @throws IllegalArgumentException if the number of arguments differs from the placeholders of
   *     either template
   */
  public static Message of(MessageKey key, Object... args) {
    Objects.requireNonNull(key, "key");
    List<Object> values = new ArrayList<>(args.length);
    for (Object arg : args) {
      values.add(arg instanceof Message ? arg : String.valueOf(arg));
    }
    int expected = consistentPlaceholders(key);
    if (expected < 0 || expected != values.size()) {
      throw new IllegalArgumentException("The message (" + key.code() + ") has "
          + placeholders(key.dutch()) + " placeholders in Dutch and "
          + placeholders(key.english()) + " in English, but " + values.size()
          + " arguments were given.");
    }
    return new Message(key, List.copyOf(values));
  }

  /**
   * The placeholder count of the key's templates, or -1 when the two templates differ; remembered
   * for the constants of the message enums (their texts are fixed), since messages are also built
   * on paths that do not fail (a constructor's description of what it checks).
   */
  private static int consistentPlaceholders(MessageKey key) {
    Integer known = key instanceof Enum<?> ? COUNTS.get(key) : null;
    if (known != null) {
      return known;
    }
    int dutch = placeholders(key.dutch());
    int count = dutch == placeholders(key.english()) ? dutch : -1;
    if (key instanceof Enum<?>) {
      COUNTS.put(key, count);
    }
    return count;
  }

  /**
   * A word or phrase in both languages, to fill into a placeholder of another message so that it
   * is shown in that message's language (such as the name of a category or a column). It has no
   * code of its own ({@code PHRASE}) and no placeholders.
   *
   * @param dutch the Dutch text
   * @param english the English text
   * @return the phrase
   */
  public static Message phrase(String dutch, String english) {
    return new Message(new Phrase(Objects.requireNonNull(dutch, "dutch"),
        Objects.requireNonNull(english, "english")), List.of());
  }

  /**
   * A whole number with the thousands separator of the message's language, to fill into a
   * placeholder: {@code 1.234} in Dutch, {@code 1,234} in English.
   *
   * @param n the number
   * @return the number as a phrase in both languages
   */
  public static Message count(long n) {
    return phrase(String.format(DUTCH, "%,d", n), String.format(Locale.ROOT, "%,d", n));
  }

  /** A phrase: its texts are shown as they are, braces included. */
  private record Phrase(String dutch, String english) implements MessageKey {

    @Override
    public String code() {
      return "PHRASE";
    }
  }

  /**
   * The number of distinct placeholders {@code {0}} to {@code {n-1}} in {@code template}.
   *
   * @param template a message text
   * @return the number of placeholders
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

  /**
   * Whether {@code code} is a well-formed message code.
   *
   * @param code the code
   * @return true if it is well-formed
   */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * The message's key.
   *
   * @return the key
   */
  public MessageKey key() {
    return key;
  }

  /**
   * The stable code of the message.
   *
   * @return the code
   */
  public String code() {
    return key.code();
  }

  /**
   * The arguments as strings (a nested message in English).
   *
   * @return the arguments
   */
  public List<String> args() {
    List<String> strings = new ArrayList<>(args.size());
    for (Object arg : args) {
      strings.add(arg.toString());
    }
    return List.copyOf(strings);
  }

  /**
   * The text in Dutch when {@code locale}'s language is {@code nl}, else in English.
   *
   * @param locale the language
   * @return the text with its arguments filled in
   */
  public String text(Locale locale) {
    if (key instanceof Phrase) {
      return isDutch(locale) ? key.dutch() : key.english();
    }
    return fill(isDutch(locale) ? key.dutch() : key.english(), locale);
  }

  /**
   * Whether {@code locale} asks for Dutch.
   *
   * @param locale the locale
   * @return true if its language is {@code nl}
   */
  public static boolean isDutch(Locale locale) {
    return locale != null && "nl".equals(locale.getLanguage());
  }

  private String fill(String template, Locale locale) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object arg = args.get(Integer.parseInt(m.group(1)));
      String value = arg instanceof Message nested ? nested.text(locale) : (String) arg;
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
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
