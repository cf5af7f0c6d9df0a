package nl.stagematch.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.ValidationError;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;

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
   * @param in the document's bytes
   * @param options the reader's limits
   * @return the result
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if reading the stream fails
   */
  public static MatchResult read(InputStream in, ReadOptions options) throws IOException {
    return Documents.read(in, options, reader -> new ResultReader(reader).read());
  }

  /**
   * Reads a result document from {@code in} with the default limits.
   *
   * @param in the document's bytes, left open
   * @return the result
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if reading the stream fails
   */
  public static MatchResult read(InputStream in) throws IOException {
    return read(in, ReadOptions.defaults());
  }

  /**
   * Reads a result document from {@code file}; a file over the size limit is refused before it is
   * read.
   *
   * @param file the document
   * @param options the reader's limits
   * @return the result
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if the file cannot be read (for example {@link
   *     java.nio.file.NoSuchFileException})
   */
  public static MatchResult read(Path file, ReadOptions options) throws IOException {
    return Documents.read(file, options, reader -> new ResultReader(reader).read());
  }

  /**
   * Reads a result document from {@code file} with the default limits.
   *
   * @param file the document
   * @return the result
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if the file cannot be read
   */
  public static MatchResult read(Path file) throws IOException {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Reads a result document from {@code file} with where each placement and unplaced student
   * stands in it, for messages that name them by their index in the file; see {@link
   * #read(Path, ReadOptions)}.
   *
   * @param file the result document
   * @param options the reader's limits
   * @return the result with the order of its document
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if the file cannot be read
   */
  public static ResultDocument readDocument(Path file, ReadOptions options) throws IOException {
    return Documents.read(file, options, reader -> new ResultReader(reader).readDocument());
  }

  /**
   * Reads a result document from {@code file} with the default limits; see above.
   *
   * @param file the result document
   * @return the result with the order of its document
   * @throws JsonFormatException if the document is not a valid result; it carries every error
   * @throws IOException if the file cannot be read
   */
  public static ResultDocument readDocument(Path file) throws IOException {
    return readDocument(file, ReadOptions.defaults());
  }

  /**
   * Reads a result document from {@code in} and checks it against {@code problem}, the problem
   * it is said to be for; see {@link #check}.
   *
   * @param in the document's bytes, left open
   * @param problem the problem the result is said to be for
   * @return the result
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the document is not a valid result, or not one of {@code
   *     problem}; it carries every error with its path
   */
  public static MatchResult read(InputStream in, MatchingProblem problem) throws IOException {
    MatchResult result = read(in);
    check(result, problem);
    return result;
  }

  /**
   * Reads a result document from {@code file} and checks it against {@code problem}.
   *
   * @param file the document
   * @param problem the problem the result is said to be for
   * @return the result
   * @throws JsonFormatException if the document is not a valid result, or not one of {@code
   *     problem}
   * @throws IOException if the file cannot be read
   */
  public static MatchResult read(Path file, MatchingProblem problem) throws IOException {
    MatchResult result = read(file);
    check(result, problem);
    return result;
  }

  /**
   * Checks that {@code result} can be a result of {@code problem} at all, before anything is
   * computed from it: every student and place it names is in the problem, no student out of the
   * problem's scope is placed, no place holds more students than its capacity, and no free text
   * (an unplaced student's detail) carries a personal value. Whether the result is also what the
   * variant promises is for {@link nl.stagematch.core.check.ResultVerifier}.
   *
   * @param result the result
   * @param problem the problem it is said to be for
   * @throws JsonFormatException with every error, each with its path
   */
  public static void check(MatchResult result, MatchingProblem problem) {
    check(ResultDocument.inResultOrder(result), problem);
  }

  /**
   * Checks {@code document}'s result against {@code problem} as {@link #check(MatchResult,
   * MatchingProblem)} does; an error names a placement or an unplaced student by its index in
   * the document ({@code $.placements[0]} is the first the file lists).
   *
   * @param document the result with the order of its document
   * @param problem the problem it is said to be for
   * @throws JsonFormatException with every error, each with its path
   */
  public static void check(ResultDocument document, MatchingProblem problem) {
    MatchResult result = document.result();
    ErrorCollector errors = new ErrorCollector(ReadOptions.defaults().maxErrors());
    Map<String, Integer> filled = new TreeMap<>();
    List<Placement> placements = result.placements();
    for (int i = 0; i < placements.size(); i++) {
      Placement p = placements.get(i);
      String at = "$.placements[" + document.placementIndex(i) + "]";
      Optional<Student> student = problem.student(p.studentId());
      if (student.isEmpty()) {
        errors.add(at + ".studentId", unknown("student", p.studentId()));
      } else if (!problem.policy().scope().includes(student.get())) {
        errors.add(at + ".studentId", Message.of(CoreMessage.JSON_RESULT_OUT_OF_SCOPE,
            SafeText.clean(p.studentId())));
      }
      if (problem.place(p.placeId()).isEmpty()) {
        errors.add(at + ".placeId", unknown("place", p.placeId()));
      } else {
        filled.merge(p.placeId(), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : filled.entrySet()) {
      int capacity = problem.place(e.getKey()).get().capacity();
      if (e.getValue() > capacity) {
        errors.add("$.placements", Message.of(CoreMessage.JSON_RESULT_OVER_CAPACITY,
            SafeText.clean(e.getKey()), e.getValue(), capacity));
      }
    }
    List<Unplaced> unplaced = result.unplaced();
    for (int i = 0; i < unplaced.size(); i++) {
      Unplaced u = unplaced.get(i);
      String at = "$.unplaced[" + document.unplacedIndex(i) + "]";
      if (problem.student(u.studentId()).isEmpty()) {
        errors.add(at + ".studentId", unknown("student", u.studentId()));
      }
      if (u.detail() != null) {
        Optional<String> personal = ProblemJson.personalValue(u.detail());
        Message hostile = hostile(u.detail());
        if (personal.isPresent()) {
          errors.add(at + ".detail", Message.of(CoreMessage.JSON_RESULT_PERSONAL_DETAIL,
              ProblemJson.personalCategoryText(personal.get())));
        } else if (hostile != null) {
          errors.add(at + ".detail", Message.of(CoreMessage.JSON_RESULT_HOSTILE_DETAIL, hostile));
        }
      }
    }
    for (String key : result.lotteryNumbers().keySet()) {
      Optional<String> personal = Pseudonyms.personalShape(key, Pseudonyms.Kind.STUDENT);
      if (personal.isPresent()) {
        errors.add("$.lotteryNumbers['" + Pseudonyms.shape(key) + "']", Message.of(
            CoreMessage.MODEL_PERSONAL_ID, Message.phrase("een student met een lotnummer",
                "a student with a lottery number"), Pseudonyms.categoryText(personal.get()),
            Pseudonyms.shape(key)));
      } else if (problem.student(key).isEmpty()) {
        StringBuilder path = new StringBuilder("$.lotteryNumbers");
        JsonPath.appendField(path, key);
        errors.add(path.toString(), unknown("student", key));
      }
    }
    if (errors.count() > 0) {
      List<ValidationError> list = new ArrayList<>();
      for (ErrorCollector.Issue issue : errors.retained()) {
        list.add(new ValidationError(issue.path(), issue.message()));
      }
      throw new JsonFormatException(list, errors.count());
    }
  }

  /**
   * What makes {@code detail} unfit to be shown (a control character, such as the ESC of a
   * terminal sequence or a line break, or markup: {@code <} or {@code >}), or null: a detail is
   * printed by {@code report} and {@code verify} and put on the pages of {@code explain}, and the
   * library never writes such characters into one.
   */
  private static Message hostile(String detail) {
    if (!SafeText.isPlain(detail, Integer.MAX_VALUE)) {
      return Message.phrase("een stuurteken of een regeleinde", "a control character or a line"
          + " break");
    }
    if (detail.indexOf('<') >= 0 || detail.indexOf('>') >= 0) {
      return Message.phrase("opmaak (< of >)", "markup (< or >)");
    }
    return null;
  }

  private static Message unknown(String what, String id) {
    return Message.of(CoreMessage.JSON_RESULT_UNKNOWN, "student".equals(what)
        ? Message.phrase("de student", "student") : Message.phrase("de plaats", "place"),
        SafeText.clean(id));
  }

  /**
   * Writes {@code result} to {@code out} (left open) as a canonical document: UTF-8, two-space
   * indentation, fields in a fixed order, placements and unplaced students in the result's order
   * (by student id), lottery numbers sorted by id, a trailing newline. The same result always
   * gives the same bytes.
   *
   * @param result the result
   * @param out where to write, left open
   * @throws IOException if writing fails
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
   *
   * @param result the result
   * @param file the file to write
   * @throws IOException if the file cannot be written; it is then unchanged
   */
  public static void write(MatchResult result, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(result, out));
  }

  /**
   * Returns the canonical bytes of {@code result}.
   *
   * @param result the result
   * @return the bytes {@link #write(MatchResult, OutputStream)} writes
   */
  public static byte[] toBytes(MatchResult result) {
    ByteChunks out = new ByteChunks();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return out.toByteArray();
  }
}
