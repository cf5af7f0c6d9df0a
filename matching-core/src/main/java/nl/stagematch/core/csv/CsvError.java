package nl.stagematch.core.csv;

import java.util.Objects;

/**
 * One problem found in a CSV file: the file (its name), the row as a spreadsheet shows it (1 is
 * the header row; 0 when the error is about the file as a whole), the column as its header is
 * written in the file (null when no single column is at fault), and a message that says what is
 * wrong and what to do.
 *
 * @param file the file name, such as {@code studenten.csv}
 * @param row the row, from 1 (the header); 0 for the whole file
 * @param column the column header as written in the file, or null
 * @param message the message, one line
 */
public record CsvError(String file, int row, String column, String message) {

  /** Validates the fields. */
  public CsvError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (row < 0) {
      throw new IllegalArgumentException("The row (" + row + ") of a CSV error must be >= 0.");
    }
  }

  /**
   * The line to show a person: {@code FILE:ROW:COLUMN: message}, {@code FILE:ROW: message} or
   * {@code FILE: message}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (row > 0) {
      sb.append(':').append(row);
      if (column != null) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(message).toString();
  }
}
