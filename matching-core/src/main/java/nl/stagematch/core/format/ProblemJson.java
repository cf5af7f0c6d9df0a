package nl.stagematch.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;

/**
 * Reads and writes matching problems in the JSON format {@code stagematch-problem/1} (described
 * in {@code docs/format.md}).
 *
 * <p>The reader is strict and streaming: it reads element by element and either returns a complete
 * valid {@link MatchingProblem} or throws a {@link JsonFormatException} carrying every error of the
 * document as {@code PATH: message}; nothing is half-loaded. It refuses:
 *
 * <ul>
 *   <li>a personal characteristic as a field anywhere in the document, at any depth, in English
 *       or Dutch (docs/domain.md, R1; the list is in {@code docs/format.md});
 *   <li>unknown fields (the message lists the known ones), repeated fields, null for a required
 *       field, values of the wrong type;
 *   <li>values the model refuses (its message, at the path of the object), and cross-field
 *       problems such as duplicate ids or a place of an unknown company;
 *   <li>malformed JSON (with line and column) and documents beyond the limits of {@link
 *       ReadOptions}.
 * </ul>
 *
 * <p>A document with more errors than {@link ReadOptions#maxErrors()} is still read to its end in
 * constant memory: the further errors are counted, no element is kept, and the cross-field rules
 * are not checked (their errors would not be shown anyway). The writer is canonical: the same
 * problem always gives the same bytes (see {@link #write(MatchingProblem, OutputStream)}).
 *
 * <pre>{@code
 * MatchingProblem problem = ProblemJson.read(Path.of("cohort.json"), ReadOptions.defaults());
 * }</pre>
 */
public final class ProblemJson {
  /** The format marker of a problem document: {@value}. */
  public static final String FORMAT = ProblemReader.FORMAT;

  private ProblemJson() {}

  /**
   * Reads a problem document from {@code in}, which is left open.
   *
   * @param in the document's bytes
   * @param options the reader's limits
   * @return the problem
   * @throws JsonFormatException if the document is not a valid problem; it carries every error
   * @throws IOException if reading the stream fails
   */
  public static MatchingProblem read(InputStream in, ReadOptions options) throws IOException {
    return Documents.read(in, options, reader -> new ProblemReader(reader).read());
  }

  /**
   * Reads a problem document from {@code in} with the default limits.
   *
   * @param in the document's bytes, left open
   * @return the problem
   * @throws JsonFormatException if the document is not a valid problem; it carries every error
   * @throws IOException if reading the stream fails
   */
  public static MatchingProblem read(InputStream in) throws IOException {
    return read(in, ReadOptions.defaults());
  }

  /**
   * Reads a problem document from {@code file}; a file over the size limit is refused before it is
   * read.
   *
   * @param file the document
   * @param options the reader's limits
   * @return the problem
   * @throws JsonFormatException if the document is not a valid problem; it carries every error
   * @throws IOException if the file cannot be read (for example {@link
   *     java.nio.file.NoSuchFileException})
   */
  public static MatchingProblem read(Path file, ReadOptions options) throws IOException {
    return Documents.read(file, options, reader -> new ProblemReader(reader).read());
  }

  /**
   * Reads a problem document from {@code file} with the default limits.
   *
   * @param file the document
   * @return the problem
   * @throws JsonFormatException if the document is not a valid problem; it carries every error
   * @throws IOException if the file cannot be read
   */
  public static MatchingProblem read(Path file) throws IOException {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Writes {@code problem} to {@code out} (left open) as a canonical document: UTF-8, two-space
   * indentation, fields in a fixed order, maps and sets sorted, lists in the problem's order, a
   * trailing newline. The same problem always gives the same bytes.
   *
   * @param problem the problem
   * @param out where to write, left open
   * @throws IOException if writing fails
   */
  public static void write(MatchingProblem problem, OutputStream out) throws IOException {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(out, "out");
    ProblemWriter.write(problem, out);
  }

  /**
   * Writes {@code problem} to {@code file}, replacing it completely or not at all (a temporary
   * file in the same directory is moved into place, see {@link AtomicFiles}); see {@link
   * #write(MatchingProblem, OutputStream)}.
   *
   * @param problem the problem
   * @param file the file to write
   * @throws IOException if the file cannot be written; it is then unchanged
   */
  public static void write(MatchingProblem problem, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(problem, out));
  }

  /**
   * The SHA-256 of the canonical document of {@code problem} (its {@link #toBytes} bytes), as 64
   * lower-case hex digits: the problem hash a result's provenance records. The lists (students,
   * companies, places) are written in the problem's order, so the same cohort in another order has
   * another hash.
   *
   * @param problem the problem
   * @return the hash, 64 hex digits
   */
  public static String sha256(MatchingProblem problem) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
    }
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      write(problem, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to a digest failed", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Returns the category (such as {@code "name"} or {@code "e-mail"}) if {@code fieldName} is a
   * personal characteristic that the reader refuses anywhere in a document (rule R1), else empty.
   * Names are compared as the reader compares them: lower-cased, with everything that is not a
   * letter or a digit removed, so {@code E-mailadres} and {@code emailadres} are the same. Other
   * readers of matching input (such as the CSV import) use this to refuse the same names.
   *
   * @param fieldName a field or column name
   * @return the category, or empty
   */
  public static java.util.Optional<String> personalCategory(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    return PersonalFields.category(fieldName);
  }

  /**
   * The name of a category that {@link #personalCategory} or {@link #personalValue} returns, in
   * Dutch and English, to fill into a message.
   *
   * @param category a category as returned by those methods
   * @return its name as a phrase
   */
  public static Message personalCategoryText(String category) {
    Objects.requireNonNull(category, "category");
    return PersonalFields.categoryText(category);
  }

  /**
   * The category of a school's own student number, as {@link #personalCategory} returns it for
   * such a field or column: it identifies a person inside the school and is not a pseudonym.
   */
  public static final String SCHOOL_NUMBER_CATEGORY = PersonalFields.SCHOOL_NUMBER;

  /**
   * Returns the category of personal data (such as "full postcode") that {@code value} has the
   * shape of, or empty; the readers use it on values that must not be that precise.
   *
   * @param value a value of the input
   * @return the category, or empty
   */
  public static java.util.Optional<String> personalValue(String value) {
    Objects.requireNonNull(value, "value");
    return PersonalFields.valueCategory(value);
  }

  /**
   * Returns the protected ground (one of the list the personal-field check keeps) that the code
   * {@code code} (a place feature, a work process) is named after, or empty; the readers refuse
   * such a code (rule R1). A support need is written as what the place offers ({@code
   * physically-accessible}), never as the ground.
   *
   * @param code a place feature or work-process code
   * @return the protected ground, or empty
   */
  public static java.util.Optional<String> protectedGround(String code) {
    Objects.requireNonNull(code, "code");
    return PersonalFields.protectedGround(code);
  }

  /**
   * Returns the canonical bytes of {@code problem}.
   *
   * @param problem the problem
   * @return the bytes {@link #write(MatchingProblem, OutputStream)} writes
   */
  public static byte[] toBytes(MatchingProblem problem) {
    ByteChunks out = new ByteChunks();
    try {
      write(problem, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return out.toByteArray();
  }
}
