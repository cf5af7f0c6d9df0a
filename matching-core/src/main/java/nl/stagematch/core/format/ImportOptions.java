package nl.stagematch.core.format;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.stagematch.core.model.SchoolYear;

/**
 * How to read a CSV set ({@link CsvImport}): the encoding and separator (detected when not
 * given), the table of area codes, the school year, and how many errors to report in full.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder().areas(Path.of("pc4.csv")).build();
 * }</pre>
 */
public final class ImportOptions {
  private final Charset encoding;
  private final Character separator;
  private final Path areas;
  private final SchoolYear schoolYear;
  private final int maxErrors;
  private final PseudonymKey pseudonymKey;

  private ImportOptions(Builder b) {
    this.pseudonymKey = b.pseudonymKey;
    this.encoding = b.encoding;
    this.separator = b.separator;
    this.areas = b.areas;
    this.schoolYear = b.schoolYear;
    this.maxErrors = b.maxErrors;
  }

  /**
   * Detect encoding and separator, no area table, the school year from the policy file.
   *
   * @return the default options, without pseudonymisation
   */
  public static ImportOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The encoding of every file; empty: detected per file (a UTF-8 byte-order mark or valid
   * UTF-8 means UTF-8, anything else Windows-1252).
   *
   * @return the encoding given, or empty to detect it
   */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /**
   * The separator of every file, {@code ;} or {@code ,}; empty: detected from the header row.
   *
   * @return the separator given, or empty to detect it
   */
  public Optional<Character> separator() {
    return Optional.ofNullable(separator);
  }

  /**
   * The table of area codes (PC4 to coordinates), if the files use area codes.
   *
   * @return the table's file, or empty for none
   */
  public Optional<Path> areas() {
    return Optional.ofNullable(areas);
  }

  /**
   * The school year, overriding the policy file's; needed when there is no policy file.
   *
   * @return the school year given, or empty to take the policy file's
   */
  public Optional<SchoolYear> schoolYear() {
    return Optional.ofNullable(schoolYear);
  }

  /**
   * How many errors are reported in full (the rest are counted); default 100.
   *
   * @return the limit, at least 1
   */
  public int maxErrors() {
    return maxErrors;
  }

  /**
   * The key for pseudonymisation at the door, if set: then the school's own student number
   * column is accepted in the students' (and travel minutes') file and each number becomes the
   * pseudonym {@link PseudonymKey#pseudonym(String)}; without it that column is refused.
   *
   * @return the key, or empty for no pseudonymisation
   */
  public Optional<PseudonymKey> pseudonymKey() {
    return Optional.ofNullable(pseudonymKey);
  }

  /** Builds {@link ImportOptions}. */
  public static final class Builder {
    private Charset encoding;
    private Character separator;
    private Path areas;
    private SchoolYear schoolYear;
    private int maxErrors = 100;
    private PseudonymKey pseudonymKey;

    private Builder() {}

    /**
     * Pseudonymises the school's own student numbers with {@code key} (see {@link
     * ImportOptions#pseudonymKey()}).
     *
     * @param key the school's pseudonym key
     * @return this builder
     */
    public Builder pseudonymise(PseudonymKey key) {
      this.pseudonymKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Reads every file in {@code encoding} instead of detecting it.
     *
     * @param encoding the encoding of every file
     * @return this builder
     */
    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /**
     * Uses {@code separator} ({@code ;} or {@code ,}) instead of detecting it.
     *
     * @param separator {@code ;} or {@code ,}
     * @return this builder
     * @throws IllegalArgumentException if {@code separator} is another character
     */
    public Builder separator(char separator) {
      if (separator != ';' && separator != ',') {
        throw new IllegalArgumentException("The separator (" + separator + ") must be ';' or ','."
            + "\nMaybe save the file from the spreadsheet as CSV.");
      }
      this.separator = separator;
      return this;
    }

    /**
     * Resolves area codes through the table in {@code file} (columns pc4, latitude, longitude).
     *
     * @param file the table of area codes
     * @return this builder
     */
    public Builder areas(Path file) {
      this.areas = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Uses {@code year} as the school year.
     *
     * @param year the school year
     * @return this builder
     */
    public Builder schoolYear(SchoolYear year) {
      this.schoolYear = Objects.requireNonNull(year, "year");
      return this;
    }

    /**
     * Reports the first {@code maxErrors} errors in full (at least 1).
     *
     * @param maxErrors how many errors to report in full
     * @return this builder
     * @throws IllegalArgumentException if {@code maxErrors} is less than 1
     */
    public Builder maxErrors(int maxErrors) {
      if (maxErrors < 1) {
        throw new IllegalArgumentException("The error cap (" + maxErrors + ") must be positive.");
      }
      this.maxErrors = maxErrors;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options set on this builder
     */
    public ImportOptions build() {
      return new ImportOptions(this);
    }
  }
}
