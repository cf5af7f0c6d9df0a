package nl.stagematch.core.format;

import java.util.Locale;

/**
 * The limits a JSON reader enforces, so that a hostile or broken document gives a clear error and
 * never an {@link OutOfMemoryError}.
 *
 * <p>Defaults (see the constants): documents up to 512 MiB (a national cohort of 150,000 students
 * with 50,000 companies and 75,000 places is 140 MB in the canonical layout), nesting up to 64
 * levels, strings and field names up to 10,000 characters, numbers up to 100 characters, lists
 * of elements (students, companies, places, placements, ...) up to 2,000,000 elements, lists and
 * maps inside an element (work processes, features, ...) up to 10,000 entries, and the first 100
 * errors reported in full (the rest counted). Example:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().maxDocumentBytes(64L << 20).build();
 * MatchingProblem problem = ProblemJson.read(path, options);
 * }</pre>
 */
public final class ReadOptions {
  /** The default maximum size of a document: 512 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;
  /** The default maximum nesting depth of objects and arrays: 64. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** The default maximum length of a string or a field name, in characters: 10,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;
  /** The default maximum length of a number, in characters: 100. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default maximum number of elements of one list: 2,000,000. */
  public static final int DEFAULT_MAX_LIST_SIZE = 2_000_000;
  /** The default maximum number of entries of a list or map inside one element: 10,000. */
  public static final int DEFAULT_MAX_INNER_SIZE = 10_000;
  /** The default number of errors reported in full; the rest are counted: 100. */
  public static final int DEFAULT_MAX_ERRORS = 100;

  private static final ReadOptions DEFAULTS = builder().build();

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxListSize;
  private final int maxInnerSize;
  private final int maxErrors;

  private ReadOptions(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxDepth = b.maxDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxListSize = b.maxListSize;
    this.maxInnerSize = b.maxInnerSize;
    this.maxErrors = b.maxErrors;
  }

  /**
   * Returns the options with every limit at its default.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The maximum size of a document in bytes.
   *
   * @return the limit
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The maximum nesting depth of objects and arrays (the root object is depth 1).
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The maximum length of a string value or a field name, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The maximum length of a number, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The maximum number of elements of a list of elements (students, companies, places,
   * placements, unplaced students) or entries of the lottery numbers.
   *
   * @return the limit
   */
  public int maxListSize() {
    return maxListSize;
  }

  /**
   * The maximum number of entries of a list or map inside one element (work processes,
   * competences, features, recognitions, participation, ...).
   *
   * @return the limit
   */
  public int maxInnerSize() {
    return maxInnerSize;
  }

  /**
   * The number of errors reported in full; further errors are only counted.
   *
   * @return the limit
   */
  public int maxErrors() {
    return maxErrors;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReadOptions[maxDocumentBytes=%d, maxDepth=%d,"
        + " maxStringLength=%d, maxNumberLength=%d, maxListSize=%d, maxInnerSize=%d,"
        + " maxErrors=%d]", maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxListSize, maxInnerSize, maxErrors);
  }

  /** Builds {@link ReadOptions}; each setter checks its value at once. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxListSize = DEFAULT_MAX_LIST_SIZE;
    private int maxInnerSize = DEFAULT_MAX_INNER_SIZE;
    private int maxErrors = DEFAULT_MAX_ERRORS;

    private Builder() {}

    /**
     * Sets the maximum document size in bytes (at least 1); default 512 MiB.
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = checkPositive("maxDocumentBytes", bytes);
      return this;
    }

    /**
     * Sets the maximum nesting depth: at least 8 (the format itself needs 6), at most 1,000 (the
     * reader walks nested values recursively); default 64.
     *
     * @param depth the limit
     * @return this builder
     */
    public Builder maxDepth(int depth) {
      if (depth < 8 || depth > 1000) {
        throw new IllegalArgumentException("The maximum depth (" + depth + ") must be 8 to 1000."
            + "\nMaybe keep the default of " + DEFAULT_MAX_DEPTH + ".");
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the maximum string and field-name length (at least 64); default 10,000.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      if (length < 64) {
        throw new IllegalArgumentException("The maximum string length (" + length
            + ") must be >= 64 (ids may be 64 characters).\nMaybe keep the default of "
            + DEFAULT_MAX_STRING_LENGTH + ".");
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the maximum number length in characters (at least 20, a long); default 100.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      if (length < 20) {
        throw new IllegalArgumentException("The maximum number length (" + length
            + ") must be >= 20 (a long has up to 20 characters).\nMaybe keep the default of "
            + DEFAULT_MAX_NUMBER_LENGTH + ".");
      }
      this.maxNumberLength = length;
      return this;
    }

    /**
     * Sets the maximum number of elements of one list (at least 1); default 2,000,000.
     *
     * @param size the limit
     * @return this builder
     */
    public Builder maxListSize(int size) {
      this.maxListSize = (int) checkPositive("maxListSize", size);
      return this;
    }

    /**
     * Sets the maximum number of entries of a list or map inside an element; default 10,000.
     *
     * @param size the limit
     * @return this builder
     */
    public Builder maxInnerSize(int size) {
      this.maxInnerSize = (int) checkPositive("maxInnerSize", size);
      return this;
    }

    /**
     * Sets how many errors are reported in full (at least 1); default 100.
     *
     * @param errors the number
     * @return this builder
     */
    public Builder maxErrors(int errors) {
      this.maxErrors = (int) checkPositive("maxErrors", errors);
      return this;
    }

    private static long checkPositive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException("The limit " + name + " (" + value
            + ") must be positive.\nMaybe leave it at its default.");
      }
      return value;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
