package nl.stagematch.core.csv;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.io.SafeText;

/** Collects the errors of one import: the first {@code cap} in full, the rest counted. */
final class Errors {
  private final int cap;
  private final List<CsvError> kept = new ArrayList<>();
  private long count;

  Errors(int cap) {
    this.cap = cap;
  }

  void add(String file, int row, String column, String message) {
    count++;
    if (kept.size() < cap) {
      // cells and column names come from the file: escaped (no terminal control, no forged
      // line) and bounded, whatever message they are echoed in
      kept.add(new CsvError(SafeText.clean(file, 200), row,
          column == null ? null : SafeText.clean(column), SafeText.clean(oneLine(message), 2000)));
    }
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
    if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
      return message;
    }
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
