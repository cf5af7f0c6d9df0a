package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.stagematch.core.json.JsonFormatException;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.ResultJson;
import nl.stagematch.core.json.SampleCohort;
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
      throw new UsageException(sample ? "Give either --problem FILE or --sample, not both."
          : "Give the problem with --problem FILE (or --sample for the embedded sample cohort).");
    }
  }

  /** The embedded sample, or the problem document {@code problemFile}; null after an error. */
  static MatchingProblem problem(boolean sample, Path problemFile, PrintStream err)
      throws IOException {
    try {
      return sample ? SampleCohort.load() : ProblemJson.read(problemFile);
    } catch (JsonFormatException e) {
      err.println(problemFile + " is not a valid problem document:");
      e.lines().forEach(err::println);
      return null;
    } catch (NoSuchFileException e) {
      err.println("The problem file (" + problemFile + ") does not exist.\nMaybe check the path.");
      return null;
    }
  }

  /** The result document {@code input}; null after an error. */
  static MatchResult result(Path input, PrintStream err) throws IOException {
    try {
      return ResultJson.read(input);
    } catch (JsonFormatException e) {
      err.println(input + " is not a valid result document (" + ResultJson.FORMAT + "):");
      e.lines().forEach(err::println);
      return null;
    } catch (NoSuchFileException e) {
      err.println("The result file (" + input + ") does not exist.\nMaybe check the path.");
      return null;
    }
  }

  /**
   * Whether {@code result} can be a result of {@code problem} at all ({@link ResultJson#check}:
   * known ids, students in scope, capacities, no personal text); false, with every error written,
   * when it cannot.
   */
  static boolean fits(MatchingProblem problem, MatchResult result, Path input, PrintStream err) {
    try {
      ResultJson.check(result, problem);
      return true;
    } catch (JsonFormatException e) {
      err.println(notOfTheProblem(input));
      e.lines().forEach(err::println);
      return false;
    }
  }

  private static String notOfTheProblem(Path input) {
    return input + " is not a result of the problem given:";
  }

  /**
   * Whether {@code result} was computed for {@code problem}: true when its recorded problem hash
   * is the problem's, or when it records none (a {@code stagematch-result/1} document: a warning
   * is written); false, with the reason written, when the hashes differ.
   */
  static boolean belongsTo(MatchingProblem problem, Path problemFile, MatchResult result,
      Path input, PrintStream err) {
    String given = problemFile != null ? problemFile.toString() : "the sample cohort";
    if (result.provenance() == null) {
      err.println("Warning: " + input + " records no problem hash (a " + ResultJson.FORMAT_V1
          + " document), so it cannot be checked that it belongs to " + given + ".");
      return true;
    }
    String hash = ProblemJson.sha256(problem);
    if (hash.equals(result.provenance().problemSha256())) {
      return true;
    }
    err.println(input + " was computed for another problem: its problem hash is "
        + result.provenance().problemSha256() + ", but " + given + " has hash " + hash + "."
        + "\nMaybe give the problem document the result was computed from, or match this"
        + " problem again with 'stagematch match'.");
    return false;
  }
}
