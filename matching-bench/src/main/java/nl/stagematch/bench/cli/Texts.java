package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * The language of the command line and the one way its commands print what people read: a line
 * of {@link CliMessage} in the chosen language, an error or a warning with its stable code first.
 *
 * <p>The language is Dutch ({@link Message#DUTCH}) unless {@code --lang en} or the environment
 * variable {@value #ENV} asks for English; {@link Main} sets it for the thread that runs a
 * command. The format of a coded line, on standard error, is
 * <pre>
 * fout [CODE]: text          error [CODE]: text
 * waarschuwing [CODE]: text  warning [CODE]: text
 * </pre>
 * with the code always between the first {@code [} and {@code ]} of the line (docs/outputs.md).
 */
final class Texts {
  /** The environment variable that sets the language of every command: {@code nl} or {@code en}. */
  static final String ENV = "STAGEMATCH_LANG";

  private static final ThreadLocal<Locale> LOCALE = ThreadLocal.withInitial(() -> Message.DUTCH);

  private Texts() {}

  /** The language of the command running on this thread (Dutch unless set otherwise). */
  static Locale locale() {
    return LOCALE.get();
  }

  /** Whether the command running on this thread speaks Dutch. */
  static boolean dutch() {
    return Message.isDutch(locale());
  }

  /** Sets the language of this thread and returns the one it had. */
  static Locale use(Locale locale) {
    Locale previous = LOCALE.get();
    LOCALE.set(locale);
    return previous;
  }

  /** The locale of a {@code --lang} value ({@code nl} or {@code en}); null for anything else. */
  static Locale language(String value) {
    return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
      case "nl" -> Message.DUTCH;
      case "en" -> Locale.ENGLISH;
      default -> null;
    };
  }

  /** The message {@code key} with {@code args}. */
  static Message message(CliMessage key, Object... args) {
    return Message.of(key, args);
  }

  /** The text of {@code key} with {@code args} in the current language. */
  static String text(CliMessage key, Object... args) {
    return Message.of(key, args).text(locale());
  }

  /** Prints the text of {@code key} with {@code args} in the current language as a line. */
  static void println(PrintStream stream, CliMessage key, Object... args) {
    stream.println(text(key, args));
  }

  /** The error line(s) of {@code message}: {@code fout [CODE]: text} in the current language. */
  static String error(Message message) {
    return error(List.of(message));
  }

  /** The error line(s) of {@code messages}, under the first one's code (see {@link #error}). */
  static String error(List<Message> messages) {
    return (dutch() ? "fout [" : "error [") + messages.get(0).code() + "]: "
        + join(messages, locale());
  }

  /** The texts of {@code messages} in {@code locale}, joined by line breaks. */
  static String join(List<Message> messages, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Message m : messages) {
      sb.append(sb.length() == 0 ? "" : "\n").append(m.text(locale));
    }
    return sb.toString();
  }

  /**
   * Prints the error {@code key} with {@code args} (see {@link #error(Message)}). A text argument
   * (a path, a library's error of one or more lines) is shown line by line through {@link
   * #escapedLines}: whatever input it echoes, it controls no terminal.
   */
  static void error(PrintStream err, CliMessage key, Object... args) {
    err.println(error(Message.of(key, escaped(args))));
  }

  /** Prints the warning {@code key}: {@code waarschuwing [CODE]: text} in the current language. */
  static void warning(PrintStream err, CliMessage key, Object... args) {
    Message message = Message.of(key, escaped(args));
    err.println((dutch() ? "waarschuwing [" : "warning [") + message.code() + "]: "
        + message.text(locale()));
  }

  /**
   * The lines that describe what the library found wrong in an input ({@code e} from the JSON
   * reader, the CSV import, the session, the trail check or any other library exception with a
   * message), in {@code locale}.
   *
   * <p>The one place where the command line turns a library's error into lines: an {@link
   * InputException} gives its own lines in {@code locale}'s language (one per error, and a last
   * line counting the errors not reported in full); any other exception its message.
   */
  static List<String> errorLines(Exception e, Locale locale) {
    if (e instanceof InputException i) {
      return i.lines(locale);
    }
    if (e instanceof ResearchOptionException r) {
      return r.lines(locale);
    }
    List<String> lines = new ArrayList<>();
    String message = e.getMessage();
    lines.add(message == null ? e.getClass().getSimpleName() : message);
    return lines;
  }

  /**
   * The text arguments of a message through {@link #escapedLines}, a file name ({@link
   * java.nio.file.Path}, {@link java.io.File}) through {@link #fileName}; others as they are.
   */
  private static Object[] escaped(Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      safe[i] = a instanceof Message || a instanceof Number || a == null ? a
          : a instanceof java.nio.file.Path || a instanceof java.io.File ? fileName(a)
          : escapedLines(String.valueOf(a));
    }
    return safe;
  }

  /**
   * A file name as a message argument: one line, whatever it holds (a line break in a name typed
   * on the command line is shown as {@code \n} and forges no line of its own), escaped and cut to
   * {@value UsageException#ARGUMENT_LIMIT} characters like any argument (docs/security.md).
   */
  static Message fileName(Object name) {
    String safe = nl.stagematch.core.io.SafeText.clean(
        name == null ? null : String.valueOf(name), UsageException.ARGUMENT_LIMIT);
    return Message.phrase(safe, safe);
  }

  /**
   * {@code text} with the control characters of each line escaped ({@link
   * nl.stagematch.core.io.SafeText#clean(String, int)}), the line breaks between lines kept and
   * each line cut only when it is longer than any message line ({@value #LINE_LIMIT} characters):
   * the last guard for text the library has already made safe.
   */
  static String escapedLines(String text) {
    return nl.stagematch.core.io.SafeText.cleanLines(text, LINE_LIMIT);
  }

  /** The longest line of a message that is shown in full. */
  static final int LINE_LIMIT = 4000;

  /**
   * A text of several lines (a library's error) as an argument of a usage error: each line made
   * safe to echo on its own ({@link nl.stagematch.core.io.SafeText#clean(String, int)}), the line
   * breaks between them kept; a {@link Message} so that {@link UsageException} shows it as it is.
   */
  static Message safeLines(String text) {
    String safe = nl.stagematch.core.io.SafeText.cleanLines(text, UsageException.ARGUMENT_LIMIT);
    return Message.phrase(safe, safe);
  }

  /** {@link #errorLines} of {@code e} as one text, the lines joined by line breaks. */
  static String errorText(Exception e) {
    return String.join("\n", errorLines(e, locale()));
  }

  /** A whole number with the thousands separator of the current language (1.500 or 1,500). */
  static String count(long n) {
    return String.format(dutch() ? Message.DUTCH : Locale.ROOT, "%,d", n);
  }

  /** A decimal number with one digit, with the decimal sign of the current language. */
  static String decimal1(double x) {
    return String.format(dutch() ? Message.DUTCH : Locale.ROOT, "%.1f", x);
  }

  /** {@code one} when {@code n} is 1, else {@code many}, in the current language. */
  static String plural(long n, CliMessage one, CliMessage many) {
    return text(n == 1 ? one : many);
  }
}
