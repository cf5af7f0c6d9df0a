package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultDocument;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;

/**
 * The problem and result documents that several commands read, with one wording for their
 * errors: each loader writes what is wrong to {@code err} and returns {@code null}, so that the
 * command exits with {@link Command#BAD_INPUT}.
 */
final class Inputs {
  private Inputs() {}

  /** Checks that exactly one of {@code --problem FILE} and {@code --sample} was given. */
  static void requireOneProblem(boolean sample, Path problemFile) throws UsageException {
    if (sample == (problemFile != null)) {
      throw new UsageException(sample ? CliMessage.CLI_PROBLEM_AND_SAMPLE
          : CliMessage.CLI_PROBLEM_MISSING);
    }
  }

  /** The embedded sample, or the problem document {@code problemFile}; null after an error. */
  static MatchingProblem problem(boolean sample, Path problemFile, PrintStream err)
      throws IOException {
    try {
      return sample ? SampleCohort.load() : ProblemJson.read(problemFile);
    } catch (JsonFormatException e) {
      Texts.error(err, CliMessage.CLI_INVALID_PROBLEM, problemFile);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return null;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_PROBLEM_FILE_NOT_FOUND, problemFile);
      return null;
    }
  }

  /** The result document {@code input}; null after an error. */
  static ResultDocument result(Path input, PrintStream err) throws IOException {
    try {
      return ResultJson.readDocument(input);
    } catch (JsonFormatException e) {
      Texts.error(err, CliMessage.CLI_INVALID_RESULT, input, ResultJson.FORMAT);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return null;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_RESULT_FILE_NOT_FOUND, input);
      return null;
    }
  }

  /**
   * Whether {@code result} can be a result of {@code problem} at all ({@link ResultJson#check}:
   * known ids, students in scope, capacities, no personal text); false, with every error written,
   * when it cannot.
   */
  static boolean fits(MatchingProblem problem, ResultDocument result, Path input,
      PrintStream err) {
    try {
      ResultJson.check(result, problem);
      return true;
    } catch (JsonFormatException e) {
      Texts.error(err, CliMessage.CLI_RESULT_NOT_OF_PROBLEM, input);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return false;
    }
  }

  /**
   * Whether {@code result} was computed for {@code problem}: true when its recorded problem hash
   * is the problem's, or when it records none (a {@code stagematch-result/1} document: a warning
   * is written); false, with the reason written, when the hashes differ.
   */
  static boolean belongsTo(MatchingProblem problem, Path problemFile, MatchResult result,
      Path input, PrintStream err) {
    String given = problemFile != null ? problemFile.toString()
        : Texts.text(CliMessage.CLI_THE_SAMPLE);
    if (result.provenance() == null) {
      Texts.warning(err, CliMessage.CLI_RESULT_WITHOUT_HASH, input, ResultJson.FORMAT_V1, given);
      return true;
    }
    String hash = ProblemJson.sha256(problem);
    if (hash.equals(result.provenance().problemSha256())) {
      return true;
    }
    Texts.error(err, CliMessage.CLI_RESULT_OF_OTHER_PROBLEM, input,
        result.provenance().problemSha256(), given, hash);
    return false;
  }
}
