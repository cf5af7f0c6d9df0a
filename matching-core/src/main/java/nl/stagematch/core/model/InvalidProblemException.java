package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Thrown when a matching problem breaks one or more cross-field rules; carries all of them. */
public final class InvalidProblemException extends InputException {
  private static final long serialVersionUID = 1L;

  /** All errors, in the order found. */
  private final List<ValidationError> errors;

  /**
   * Creates the exception for a non-empty list of errors.
   *
   * @param errors the errors, at least one
   */
  public InvalidProblemException(List<ValidationError> errors) {
    super(message(errors), summary(errors.size()), errors.get(0).path());
    this.errors = List.copyOf(errors);
  }

  private static String message(List<ValidationError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalStateException("An InvalidProblemException needs at least one error.");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(summary(errors.size()));
    for (ValidationError e : errors) {
      sb.append("\n  ").append(e.path()).append(": ")
          .append(e.text().toString().replace("\n", "\n    "));
    }
    return sb.toString();
  }

  private static Message summary(int count) {
    return count == 1 ? Message.of(CoreMessage.MODEL_PROBLEM_ONE_ERROR)
        : Message.of(CoreMessage.MODEL_PROBLEM_ERRORS, count);
  }

  /** The code of the first error (each error has its own). */
  @Override
  public String code() {
    return errors.get(0).code();
  }

  /**
   * The lines to show a person in {@code locale}'s language: one {@code PATH: message} per
   * error, each on one line.
   */
  @Override
  public List<String> lines(Locale locale) {
    List<String> lines = new ArrayList<>(errors.size());
    for (ValidationError e : errors) {
      lines.add(e.path() + ": " + e.message(locale));
    }
    return lines;
  }

  /**
   * All errors, in the order they were found (students, companies, places, by position).
   *
   * @return the errors
   */
  public List<ValidationError> errors() {
    return errors;
  }
}
