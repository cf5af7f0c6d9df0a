package nl.stagematch.bench.instance;

import java.util.Locale;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.MessageKey;

/**
 * An instance file that does not follow the format; the message names the line and the token. It
 * carries a coded {@link Message} ({@link InstanceMessage}); {@link #getMessage()} is its English
 * text.
 */
public final class InstanceFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Message message;

  InstanceFormatException(InstanceMessage key, String partDutch, String partEnglish,
      Object... args) {
    this(Message.of(new Filled(key, partDutch, partEnglish), args));
  }

  /** An error of {@code key} (a template without {@code {part}}) with {@code args}. */
  static InstanceFormatException of(InstanceMessage key, Object... args) {
    return new InstanceFormatException(Message.of(key, args));
  }

  private InstanceFormatException(Message message) {
    super(message.toString());
    this.message = message;
  }

  /** The coded message. */
  public Message message() {
    return message;
  }

  /** The text in Dutch or English ({@link Message#text}). */
  public String text(Locale locale) {
    return message.text(locale);
  }

  /** A key of {@link InstanceMessage} with its {@code {part}} filled in, under the same code. */
  private record Filled(InstanceMessage key, String partDutch, String partEnglish)
      implements MessageKey {
    @Override
    public String code() {
      return key.code();
    }

    @Override
    public String dutch() {
      return key.dutch().replace("{part}", partDutch);
    }

    @Override
    public String english() {
      return key.english().replace("{part}", partEnglish);
    }
  }
}
