package nl.stagematch.bench.instance;

/** An instance file that does not follow the format; the message names the line and the token. */
public final class InstanceFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  InstanceFormatException(String message) {
    super(message);
  }
}
