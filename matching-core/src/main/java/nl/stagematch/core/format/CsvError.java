package nl.stagematch.core.format;

import java.util.Locale;
import java.util.Objects;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * One problem found in a CSV file: the file (its name), the row as a spreadsheet shows it (1 is
 * the header row; 0 when the error is about the file as a whole), the column as its header is
 * written in the file (null when no single column is at fault), and a message that says what is
 * wrong and what to do.
 *
 * @param file the file name, such as {@code studenten.csv}
 * @param row the row, from 1 (the header); 0 for the whole file
 * @param column the column header as written in the file, or null
 * @param text the message, with its stable code, in Dutch and English
 */
public record CsvError(String file, int row, String column, Message text) {

  /**
   * Validates the fields.
   *
   * @param file the file name, such as {@code studenten.csv}
   * @param row the row, from 1 (the header); 0 for the whole file
   * @param column the column header as written in the file, or null
   * @param text the message, with its stable code, in Dutch and English
   * @throws NullPointerException if {@code file} or {@code text} is null
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public CsvError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (row < 0) {
      throw new IllegalArgumentException("The row (" + row + ") of a CSV error must be >= 0.");
    }
  }

  /**
   * The message in English, on one line.
   *
   * @return the English message, without the place
   */
  public String message() {
    return InputException.oneLine(text.toString());
  }

  /**
   * The message in {@code locale}'s language (Dutch for {@code nl}, else English), one line.
   *
   * @param locale the language of the text
   * @return the message in that language, without the place
   */
  public String message(Locale locale) {
    return InputException.oneLine(text.text(locale));
  }

  /**
   * The stable code of the message.
   *
   * @return the code, such as {@code CSV_UNKNOWN_COLUMN} (docs/errors.md)
   */
  public String code() {
    return text.code();
  }

  /**
   * Where the error is: {@code FILE:ROW:COLUMN}, {@code FILE:ROW} or {@code FILE}.
   *
   * @return the place, as a person finds it in a spreadsheet
   */
  public String where() {
    StringBuilder sb = new StringBuilder(file);
    if (row > 0) {
      sb.append(':').append(row);
      if (column != null) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  /**
   * The line to show a person in {@code locale}'s language: {@code FILE:ROW:COLUMN: message},
   * {@code FILE:ROW: message} or {@code FILE: message}.
   *
   * @param locale the language of the message
   * @return the place and the message, on one line
   */
  public String line(Locale locale) {
    return where() + ": " + message(locale);
  }

  /** The line in English (see {@link #line(Locale)}). */
  @Override
  public String toString() {
    return line(Locale.ENGLISH);
  }
}
