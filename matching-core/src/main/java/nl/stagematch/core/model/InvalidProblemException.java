package nl.stagematch.core.model;

import java.util.List;

/** Thrown when a matching problem breaks one or more cross-field rules; carries all of them. */
public final class InvalidProblemException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<ValidationError> errors;

  /** Creates the exception for a non-empty list of errors. */
  public InvalidProblemException(List<ValidationError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(List<ValidationError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalStateException("An InvalidProblemException needs at least one error.");
    }
    StringBuilder sb = new StringBuilder();
    sb.append("The matching problem has ").append(errors.size())
        .append(errors.size() == 1 ? " error:" : " errors:");
    for (ValidationError e : errors) {
      sb.append("\n  ").append(e.path()).append(": ")
          .append(e.message().replace("\n", "\n    "));
    }
    return sb.toString();
  }

  /** All errors, in the order they were found (students, companies, places, by position). */
  public List<ValidationError> errors() {
    return errors;
  }
}
