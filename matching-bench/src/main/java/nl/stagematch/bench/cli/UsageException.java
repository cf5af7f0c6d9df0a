package nl.stagematch.bench.cli;

/** Wrong arguments on the command line; the message says what was wrong and what to do. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
