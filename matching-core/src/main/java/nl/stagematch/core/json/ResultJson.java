package nl.stagematch.core.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.result.MatchResult;

/**
 * Reads and writes match results in the JSON format {@code stagematch-result/2} (described in
 * {@code docs/format.md}): the variant, the seed, the provenance (the problem's SHA-256 and the
 * request that produced the result), the placements, the unplaced students with their reason, the
 * lottery number of every student, so that anyone can recompute the tie-breaks, and the variant's
 * certificate, so that anyone can check its promise ({@link
 * nl.stagematch.core.check.ResultVerifier}). Version 1 documents ({@code stagematch-result/1},
 * without provenance and certificate) are still read; the writer always writes version 2.
 *
 * <p>The reader has the same strict rules as {@link ProblemJson} (personal fields, unknown fields,
 * types, limits, every error reported at once as {@code PATH: message}); the writer is canonical.
 */
public final class ResultJson {
  /** The format marker of a result document: {@value}. */
  public static final String FORMAT = ResultReader.FORMAT;

  /** The format marker of a version 1 result document, still read: {@value}. */
  public static final String FORMAT_V1 = ResultReader.FORMAT_V1;

  private ResultJson() {}

  /**
   * Reads a result document from {@code in}, which is left open.
   *
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if reading the stream fails
   */
  public static MatchResult read(InputStream in, ReadOptions options) throws IOException {
    return Documents.read(in, options, reader -> new ResultReader(reader).read());
  }

  /** Reads a result document from {@code in} with the default limits. */
  public static MatchResult read(InputStream in) throws IOException {
    return read(in, ReadOptions.defaults());
  }

  /**
   * Reads a result document from {@code file}; a file over the size limit is refused before it is
   * read.
   *
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if the file cannot be read (for example {@link
   *     java.nio.file.NoSuchFileException})
   */
  public static MatchResult read(Path file, ReadOptions options) throws IOException {
    return Documents.read(file, options, reader -> new ResultReader(reader).read());
  }

  /** Reads a result document from {@code file} with the default limits. */
  public static MatchResult read(Path file) throws IOException {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Writes {@code result} to {@code out} (left open) as a canonical document: UTF-8, two-space
   * indentation, fields in a fixed order, placements and unplaced students in the result's order
   * (by student id), lottery numbers sorted by id, a trailing newline. The same result always
   * gives the same bytes.
   */
  public static void write(MatchResult result, OutputStream out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    ResultWriter.write(result, out);
  }

  /**
   * Writes {@code result} to {@code file}, replacing it completely or not at all (a temporary
   * file in the same directory is moved into place, see {@link AtomicFiles}); see {@link
   * #write(MatchResult, OutputStream)}.
   */
  public static void write(MatchResult result, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(result, out));
  }

  /** Returns the canonical bytes of {@code result}. */
  public static byte[] toBytes(MatchResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return out.toByteArray();
  }
}
