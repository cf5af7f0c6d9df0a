package nl.stagematch.core.model;

import java.util.Objects;

/**
 * One problem found while validating a matching problem: where (a JSON-style path such as
 * {@code $.places[3].companyId}, index = position in the list) and what (a message that names the
 * thing, shows its value and suggests a fix).
 */
public record ValidationError(String path, String message) {

  /** Validates that both fields are present and non-blank. */
  public ValidationError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("The path (" + path + ") of a validation error must start"
          + " with '$'.\nMaybe write it as $.places[3].companyId.");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("The message of the validation error at (" + path
          + ") is blank.\nMaybe say what is wrong and how to fix it.");
    }
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
