package nl.stagematch.variants.process;

/**
 * An audit trail failed verification: an entry was changed, removed, inserted or reordered, or the
 * trail does not belong to the given input. The message names the first entry at fault.
 */
public final class TrailVerificationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int entry;

  TrailVerificationException(int entry, String message) {
    super(message);
    this.entry = entry;
  }

  /** The index of the first entry at fault, or -1 when the document as a whole is at fault. */
  public int entry() {
    return entry;
  }
}
