package nl.stagematch.core.json;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.ValidationError;

/**
 * A JSON document that is not valid: carries every error found, each as {@code PATH: message}
 * (the first {@link ReadOptions#maxErrors()} in full, the rest counted). Nothing of the document
 * was loaded.
 */
public final class JsonFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;
  private final long errorCount;

  JsonFormatException(List<ValidationError> errors, long errorCount) {
    super(message(errors, errorCount));
    if (errors.isEmpty() || errorCount < errors.size()) {
      throw new IllegalStateException("A format exception needs errors (" + errors.size()
          + " kept, " + errorCount + " counted).");
    }
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  /** The errors reported in full, in document order (at most {@link ReadOptions#maxErrors()}). */
  public List<ValidationError> errors() {
    return errors;
  }

  /** The number of errors found, including those not reported in full. */
  public long errorCount() {
    return errorCount;
  }

  /**
   * The lines to show a person: one {@code PATH: message} per reported error, then, if more were
   * found, a line such as {@code ... and 1,234,567 more errors}.
   */
  public List<String> lines() {
    return lines(errors, errorCount);
  }

  private static List<String> lines(List<ValidationError> errors, long errorCount) {
    List<String> lines = new ArrayList<>(errors.size() + 1);
    for (ValidationError error : errors) {
      lines.add(error.path() + ": " + error.message());
    }
    String more = ErrorCollector.moreLine(errorCount, errors.size());
    if (more != null) {
      lines.add(more);
    }
    return lines;
  }

  private static String message(List<ValidationError> errors, long errorCount) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "The document has %,d error%s:", errorCount,
        errorCount == 1 ? "" : "s"));
    for (String line : lines(errors, errorCount)) {
      sb.append('\n').append(line);
    }
    return sb.toString();
  }
}
