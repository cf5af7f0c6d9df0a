package nl.stagematch.core.model;


/**
 * A school year, such as 2025-26, identified by the calendar year it starts in (2000..2098).
 * {@link #toString()} gives {@code "2025-26"}, which {@link #parse(String)} reads back.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

  /**
   * Validates the start year.
   *
   * @param startYear the calendar year it starts in
   */
  public SchoolYear {
    if (startYear < 2000 || startYear > 2098) {
      throw new IllegalArgumentException("The start year (" + startYear
          + ") of a school year must be 2000 to 2098.\nMaybe use 2025 for school year 2025-26.");
    }
  }

  /**
   * The school year starting in {@code startYear}.
   *
   * @param startYear the calendar year it starts in
   * @return the school year
   */
  public static SchoolYear of(int startYear) {
    return new SchoolYear(startYear);
  }

  /**
   * Parses {@code "2025-26"}.
   *
   * @param text the text
   * @return the school year
   */
  public static SchoolYear parse(String text) {
    Checks.present(text, "de tekst van een schooljaar",
        "the school year text", "schrijf het als 2025-26.",
        "write it as 2025-26.");
    if (text.matches("\\d{4}-\\d{2}")) {
      int start = Integer.parseInt(text.substring(0, 4));
      int end = Integer.parseInt(text.substring(5));
      if ((start + 1) % 100 == end) {
        return new SchoolYear(start);
      }
    }
    throw new IllegalArgumentException("The school year ("
        + nl.stagematch.core.io.SafeText.clean(text)
        + ") must be written as YYYY-YY with consecutive years.\nMaybe write it as 2025-26.");
  }

  /**
   * The next school year.
   *
   * @return the next school year
   */
  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }
}
