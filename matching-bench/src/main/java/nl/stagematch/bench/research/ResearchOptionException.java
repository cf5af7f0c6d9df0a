package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;

/**
 * A setting of an experiment that is wrong (see {@link ResearchMessage}): one or more coded
 * messages, the first saying what is wrong, the others what to do. {@link #getMessage()} is the
 * English text, the messages joined by line breaks.
 *
 * <p>The arguments are mostly what was typed (a name, a value of a specification): every argument
 * that is not a number or a coded {@link Message} is shown through {@link SafeText#clean(String,
 * int)}, escaped and cut, so that a setting can neither forge a line nor control the terminal.
 */
public final class ResearchOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Message> messages;

  /** The most characters of one argument that are shown. */
  private static final int ARGUMENT_LIMIT = 240;

  /** The error {@code key} with {@code args} (made safe to echo). */
  public ResearchOptionException(ResearchMessage key, Object... args) {
    this(List.of(Message.of(key, safe(args))));
  }

  ResearchOptionException(List<Message> messages) {
    super(join(messages, Locale.ENGLISH));
    this.messages = List.copyOf(messages);
  }

  /** This error with the message {@code key} after its own. */
  public ResearchOptionException with(ResearchMessage key, Object... args) {
    List<Message> all = new ArrayList<>(messages);
    all.add(Message.of(key, safe(args)));
    return new ResearchOptionException(all);
  }

  private static Object[] safe(Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      safe[i] = a instanceof Message || a instanceof Number ? a
          : SafeText.clean(a == null ? null : String.valueOf(a), ARGUMENT_LIMIT);
    }
    return safe;
  }

  /** The messages; the first one's code is the error's. */
  public List<Message> messages() {
    return messages;
  }

  /** The lines in Dutch ({@code nl}) or English. */
  public List<String> lines(Locale locale) {
    List<String> lines = new ArrayList<>();
    for (Message m : messages) {
      lines.addAll(List.of(m.text(locale).split("\n", -1)));
    }
    return lines;
  }

  private static String join(List<Message> messages, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Message m : messages) {
      sb.append(sb.length() == 0 ? "" : "\n").append(m.text(locale));
    }
    return sb.toString();
  }
}
