package nl.stagematch.bench.cli;

import java.util.List;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.core.model.Message;

/**
 * Wrong arguments on the command line; the message says what was wrong and what to do. It
 * carries coded {@link Message}s ({@link CliMessage}, or a library's), which {@link Main} prints
 * in the chosen language under the first one's code; {@link #getMessage()} is the English text.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Message> messages;

  /** The error {@code key} with {@code args} for its placeholders. */
  UsageException(CliMessage key, Object... args) {
    this(List.of(Message.of(key, args)));
  }

  /** The error of an experiment's settings, under its own code. */
  UsageException(ResearchOptionException e) {
    this(e.messages());
  }

  private UsageException(List<Message> messages) {
    super(Texts.join(messages, java.util.Locale.ENGLISH));
    this.messages = List.copyOf(messages);
  }

  /** The coded messages: the first says what is wrong and gives the code, the others more. */
  List<Message> messages() {
    return messages;
  }
}
