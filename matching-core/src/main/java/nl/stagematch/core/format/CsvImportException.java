package nl.stagematch.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * A CSV set that cannot be imported: carries every error found in all its files, each as {@code
 * FILE:ROW:COLUMN: message} (the first {@link ImportOptions#maxErrors()} in full, the rest
 * counted). Nothing was imported and nothing was written.
 */
public final class CsvImportException extends InputException {
  private static final long serialVersionUID = 1L;

  private final transient List<CsvError> errors;
  /** The number of errors found, including those not kept in {@link #errors}. */
  private final long errorCount;

  CsvImportException(List<CsvError> errors, long errorCount) {
    super(message(errors, errorCount), summary(errorCount),
        errors.isEmpty() ? null : errors.get(0).where());
    if (errors.isEmpty() || errorCount < errors.size()) {
      throw new IllegalStateException("An import exception needs errors (" + errors.size()
          + " kept, " + errorCount + " counted).");
    }
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  /**
   * The errors reported in full, file by file, in row order.
   *
   * @return the errors, unmodifiable; at most {@link ImportOptions#maxErrors()} of them
   */
  public List<CsvError> errors() {
    return errors;
  }

  /**
   * The number of errors found, including those not reported in full.
   *
   * @return the number of errors, at least the size of {@link #errors()}
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * The lines to show a person: one {@code FILE:ROW:COLUMN: message} per reported error, then, if
   * more were found, a line such as {@code ... and 1,234 more errors}.
   *
   * @return the lines in English
   */
  public List<String> lines() {
    return lines(errors, errorCount, Locale.ENGLISH);
  }

  /**
   * The lines to show a person in {@code locale}'s language (Dutch for {@code nl}): one {@code
   * FILE:ROW:COLUMN: message} per reported error, then, if more were found, a line counting them.
   */
  @Override
  public List<String> lines(Locale locale) {
    return lines(errors, errorCount, locale);
  }

  /** The code of the first error (the summary's own code is {@code CSV_ERRORS}). */
  @Override
  public String code() {
    return errors.get(0).code();
  }

  private static List<String> lines(List<CsvError> errors, long errorCount, Locale locale) {
    List<String> lines = new ArrayList<>(errors.size() + 1);
    for (CsvError error : errors) {
      lines.add(error.line(locale));
    }
    long more = errorCount - errors.size();
    if (more > 0) {
      lines.add((more == 1 ? Message.of(CoreMessage.MORE_ONE_ERROR)
          : Message.of(CoreMessage.MORE_ERRORS, Message.count(more)))
          .text(locale));
    }
    return lines;
  }

  private static Message summary(long errorCount) {
    return errorCount == 1 ? Message.of(CoreMessage.CSV_ONE_ERROR)
        : Message.of(CoreMessage.CSV_ERRORS, Message.count(errorCount));
  }

  private static String message(List<CsvError> errors, long errorCount) {
    StringBuilder sb = new StringBuilder(summary(errorCount).toString());
    for (String line : lines(errors, errorCount, Locale.ENGLISH)) {
      sb.append('\n').append(line);
    }
    return sb.toString();
  }
}
