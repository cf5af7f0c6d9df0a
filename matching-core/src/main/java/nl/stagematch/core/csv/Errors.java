package nl.stagematch.core.csv;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/** Collects the errors of one import: the first {@code cap} in full, the rest counted. */
final class Errors {
  private final int cap;
  private final List<CsvError> kept = new ArrayList<>();
  private long count;

  Errors(int cap) {
    this.cap = cap;
  }

  void add(String file, int row, String column, Message message) {
    count++;
    if (kept.size() < cap) {
      kept.add(new CsvError(file, row, column, message));
    }
  }

  void add(String file, int row, String column, CoreMessage key, Object... args) {
    add(file, row, column, Message.of(key, args));
  }

  /** Adds an error whose English text has no code of its own yet ({@code UNCODED}). */
  void add(String file, int row, String column, String message) {
    add(file, row, column, Message.of(CoreMessage.UNCODED, oneLine(message)));
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
