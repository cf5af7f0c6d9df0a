package nl.stagematch.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV set that cannot be imported: carries every error found in all its files, each as {@code
 * FILE:ROW:COLUMN: message} (the first {@link ImportOptions#maxErrors()} in full, the rest
 * counted). Nothing was imported and nothing was written.
 */
public final class CsvImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<CsvError> errors;
  private final long errorCount;

  CsvImportException(List<CsvError> errors, long errorCount) {
    super(message(errors, errorCount));
    if (errors.isEmpty() || errorCount < errors.size()) {
      throw new IllegalStateException("An import exception needs errors (" + errors.size()
          + " kept, " + errorCount + " counted).");
    }
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  /** The errors reported in full, file by file, in row order. */
  public List<CsvError> errors() {
    return errors;
  }

  /** The number of errors found, including those not reported in full. */
  public long errorCount() {
    return errorCount;
  }

  /**
   * The lines to show a person: one {@code FILE:ROW:COLUMN: message} per reported error, then, if
   * more were found, a line such as {@code ... and 1,234 more errors}.
   */
  public List<String> lines() {
    return lines(errors, errorCount);
  }

  private static List<String> lines(List<CsvError> errors, long errorCount) {
    List<String> lines = new ArrayList<>(errors.size() + 1);
    for (CsvError error : errors) {
      lines.add(error.toString());
    }
    long more = errorCount - errors.size();
    if (more > 0) {
      lines.add(String.format(Locale.ROOT, "... and %,d more error%s", more,
          more == 1 ? "" : "s"));
    }
    return lines;
  }

  private static String message(List<CsvError> errors, long errorCount) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "The CSV files have %,d error%s:", errorCount, errorCount == 1 ? "" : "s"));
    for (String line : lines(errors, errorCount)) {
      sb.append('\n').append(line);
    }
    return sb.toString();
  }
}
