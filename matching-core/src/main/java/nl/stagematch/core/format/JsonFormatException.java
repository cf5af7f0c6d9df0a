package nl.stagematch.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ValidationError;

/**
 * A JSON document that is not valid: carries every error found, each as {@code PATH: message}
 * (the first {@link ReadOptions#maxErrors()} in full, the rest counted). Nothing of the document
 * was loaded.
 */
public final class JsonFormatException extends InputException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;
  /** The number of errors found, including those not reported in full. */
  private final long errorCount;

  JsonFormatException(List<ValidationError> errors, long errorCount) {
    super(message(errors, errorCount), summary(errorCount), errors.isEmpty() ? null
        : errors.get(0).path());
    if (errors.isEmpty() || errorCount < errors.size()) {
      throw new IllegalStateException("A format exception needs errors (" + errors.size()
          + " kept, " + errorCount + " counted).");
    }
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  /**
   * The errors reported in full, in document order (at most {@link ReadOptions#maxErrors()}).
   *
   * @return the errors, each with its path
   */
  public List<ValidationError> errors() {
    return errors;
  }

  /**
   * The number of errors found, including those not reported in full.
   *
   * @return the count
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * The lines to show a person: one {@code PATH: message} per reported error, then, if more were
   * found, a line such as {@code ... and 1,234,567 more errors}.
   *
   * @return the lines, in English
   */
  public List<String> lines() {
    return lines(errors, errorCount, Locale.ENGLISH);
  }

  /**
   * The lines to show a person in {@code locale}'s language (Dutch for {@code nl}): one {@code
   * PATH: message} per reported error, then, if more were found, a line counting them.
   */
  @Override
  public List<String> lines(Locale locale) {
    return lines(errors, errorCount, locale);
  }

  /** The code of the first error (the summary's own code is {@code JSON_DOCUMENT_ERRORS}). */
  @Override
  public String code() {
    return errors.get(0).code();
  }

  private static List<String> lines(List<ValidationError> errors, long errorCount,
      Locale locale) {
    List<String> lines = new ArrayList<>(errors.size() + 1);
    for (ValidationError error : errors) {
      lines.add(error.path() + ": " + InputException.oneLine(error.message(locale)));
    }
    Message more = ErrorCollector.moreMessage(errorCount, errors.size());
    if (more != null) {
      lines.add(more.text(locale));
    }
    return lines;
  }

  private static Message summary(long errorCount) {
    return errorCount == 1 ? Message.of(CoreMessage.JSON_DOCUMENT_ONE_ERROR)
        : Message.of(CoreMessage.JSON_DOCUMENT_ERRORS,
            Message.count(errorCount));
  }

  private static String message(List<ValidationError> errors, long errorCount) {
    StringBuilder sb = new StringBuilder();
    sb.append(summary(errorCount));
    for (String line : lines(errors, errorCount, Locale.ENGLISH)) {
      sb.append('\n').append(line);
    }
    return sb.toString();
  }
}
