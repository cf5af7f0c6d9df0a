package nl.stagematch.bench.cli;

import java.util.List;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;

/**
 * Wrong arguments on the command line; the message says what was wrong and what to do. It
 * carries coded {@link Message}s ({@link CliMessage}, or a library's), which {@link Main} prints
 * in the chosen language under the first one's code; {@link #getMessage()} is the English text.
 *
 * <p>The arguments of a usage error are what was typed (an option, its value, a path) or lists of
 * what is known: every argument that is not a number or a coded {@link Message} is shown through
 * {@link SafeText#clean(String, int)} (control characters and line breaks escaped, cut to {@link
 * #ARGUMENT_LIMIT} characters), so that no command line can forge a line of output, control the
 * terminal or fill the screen, whichever command parses it.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * The most characters of one argument that are shown: room for the longest list of known
   * options, far less than a pasted file.
   */
  static final int ARGUMENT_LIMIT = 240;

  private final transient List<Message> messages;

  /** The error {@code key} with {@code args} for its placeholders (made safe to echo). */
  UsageException(CliMessage key, Object... args) {
    this(List.of(Message.of(key, safe(args))));
  }

  /** The error of an experiment's settings, under its own code. */
  UsageException(ResearchOptionException e) {
    this(e.messages());
  }

  private UsageException(List<Message> messages) {
    super(Texts.join(messages, java.util.Locale.ENGLISH));
    this.messages = List.copyOf(messages);
  }

  /** The arguments as they may be echoed: text escaped and cut, numbers and messages as they are. */
  static Object[] safe(Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      safe[i] = a instanceof Message || a instanceof Number ? a
          : SafeText.clean(a == null ? null : String.valueOf(a), ARGUMENT_LIMIT);
    }
    return safe;
  }

  /** The coded messages: the first says what is wrong and gives the code, the others more. */
  List<Message> messages() {
    return messages;
  }
}
