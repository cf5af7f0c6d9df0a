package nl.stagematch.core.format;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/** Collects the errors of one import: the first {@code cap} in full, the rest counted. */
final class CsvErrors {
  /**
   * The most characters of a cell, a name or another text from the files that a message shows:
   * enough to recognise it, far less than a pasted file. What the import knows (such as the
   * list of known columns) is passed as a {@link Message} and shown in full.
   */
  static final int ECHO_LIMIT = 240;

  private final int cap;
  private final List<CsvError> kept = new ArrayList<>();
  private long count;

  CsvErrors(int cap) {
    this.cap = cap;
  }

  void add(String file, int row, String column, Message message) {
    count++;
    if (kept.size() < cap) {
      // file and column names come from the files: escaped (no terminal control, no forged
      // line) and bounded; so are the cells echoed as arguments (see below)
      kept.add(new CsvError(SafeText.clean(file, 200), row,
          column == null ? null : SafeText.clean(column), message));
    }
  }

  void add(String file, int row, String column, CoreMessage key, Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // a cell or name from the file, echoed: escaped and bounded
      safe[i] = args[i] instanceof Message || args[i] instanceof Number ? args[i]
          : SafeText.clean(String.valueOf(args[i]), ECHO_LIMIT);
    }
    add(file, row, column, Message.of(key, safe));
  }

  /** Adds an error whose English text has no code of its own yet ({@code UNCODED}). */
  void add(String file, int row, String column, String message) {
    add(file, row, column, Message.of(CoreMessage.UNCODED, SafeText.clean(oneLine(message),
        2000)));
  }

  long count() {
    return count;
  }

  /** Throws the collected errors, if any. */
  void throwIfAny() {
    if (count > 0) {
      throw new CsvImportException(kept, count);
    }
  }

  static String oneLine(String message) {
    return InputException.oneLine(message);
  }
}
