package nl.stagematch.variants.process;

import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * An audit trail failed verification: an entry was changed, removed, inserted or reordered, or the
 * trail does not belong to the given input. The message names the first entry at fault, with a
 * stable code ({@code TRAIL_...}) and in Dutch and English.
 */
public final class TrailVerificationException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The index of the first entry at fault, or -1. */
  private final int entry;

  TrailVerificationException(int entry, Message message) {
    super(message, null);
    this.entry = entry;
  }

  TrailVerificationException(int entry, ProcessMessage key, Object... args) {
    this(entry, Message.of(key, args));
  }

  /** An exception whose English text has no code of its own yet ({@code UNCODED}). */
  TrailVerificationException(int entry, String message) {
    this(entry, Message.of(CoreMessage.UNCODED, message));
  }

  /**
   * The index of the first entry at fault, or -1 when the document as a whole is at fault.
   *
   * @return the index, or -1
   */
  public int entry() {
    return entry;
  }
}
