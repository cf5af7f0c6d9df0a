package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.fit.Eligibility;
import nl.stagematch.core.fit.FitModel;
import nl.stagematch.core.fit.EligibilityReport;
import nl.stagematch.core.json.JsonFormatException;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.ReadOptions;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;

/**
 * {@code stagematch validate FILE}: checks a problem document and summarises it.
 *
 * <p>Exit 0 with a summary (students in scope, companies, places, capacity, admissible pairs, and
 * the students with no admissible place, by reason); exit 2 with every error on its own line as
 * {@code PATH: message} on standard output, or for a missing or unreadable file.
 */
final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "Check a problem document (JSON) and summarise it";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch validate [OPTIONS] FILE%n"
        + "       stagematch validate [OPTIONS] --sample%n"
        + "%n"
        + "Checks a matching problem in the JSON format stagematch-problem/1 (see docs/format.md)%n"
        + "and, if it is valid, prints a summary: students in scope, companies and places taking%n"
        + "part, capacity, admissible student-place pairs, and the students with no admissible%n"
        + "place and why (with the fit model in effect: the problem's fitModel, the defaults of%n"
        + "docs/fit.md, or what --fit-weights and --travel give).%n"
        + "%n"
        + "The reader is strict: unknown fields, personal characteristics anywhere in the%n"
        + "document (rule R1; the list is in docs/format.md), wrong types, invalid values,%n"
        + "duplicate ids and places of unknown companies are errors. All errors are printed to%n"
        + "standard output, one per line, as PATH: message (the first --max-errors in full, then%n"
        + "a count of the rest); standard error gets one line with the number of errors.%n"
        + "%n"
        + "Options:%n"
        + "  --sample            check the sample cohort embedded in the library, not a file%n"
        + "  --max-errors N      print at most N errors in full (default %d)%n"
        + "  --max-bytes N       refuse documents larger than N bytes (default %d = 512 MiB)%n"
        + "  --lang en|nl        language of the summary (default en)%n"
        + FitOptions.HELP
        + "  --help              print this text%n"
        + "%n"
        + "Exit status: 0 the document is valid; 2 it is not (or the file is missing, or the%n"
        + "arguments are wrong); 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar validate cohort-2025-26.json%n",
        ReadOptions.DEFAULT_MAX_ERRORS, ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path file = null;
    boolean sample = false;
    ReadOptions.Builder options = ReadOptions.builder();
    Locale locale = Locale.ENGLISH;
    FitOptions fit = new FitOptions();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (fit.accept(arg, args, i + 1)) {
        i++;
        continue;
      }
      switch (arg) {
        case "--sample":
          sample = true;
          break;
        case "--max-errors":
          options.maxErrors((int) number(arg, value(args, ++i, arg), Integer.MAX_VALUE));
          break;
        case "--max-bytes":
          options.maxDocumentBytes(number(arg, value(args, ++i, arg), Long.MAX_VALUE));
          break;
        case "--lang":
          String lang = value(args, ++i, arg);
          if (!lang.equals("en") && !lang.equals("nl")) {
            throw new UsageException("The language (" + lang + ") must be en or nl.");
          }
          locale = Locale.forLanguageTag(lang);
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException("Unknown option (" + arg + ") for validate. Known options:"
                + " --sample, --max-errors, --max-bytes, --lang, --fit-weights, --travel, --help.");
          }
          if (file != null) {
            throw new UsageException("Give one FILE to validate, not two (" + file + " and "
                + arg + ").");
          }
          file = Path.of(arg);
      }
    }
    if (sample == (file != null)) {
      throw new UsageException(sample
          ? "Give either FILE or --sample, not both."
          : "Give the FILE to validate, or --sample for the embedded sample cohort.");
    }
    String name = sample ? "the sample cohort" : file.toString();
    MatchingProblem problem;
    try {
      problem = sample ? SampleCohort.load() : read(file, options.build());
    } catch (JsonFormatException e) {
      for (String line : e.lines()) {
        out.println(line);
      }
      err.println(String.format(Locale.ROOT, "%s is not a valid problem document: %,d error%s.",
          name, e.errorCount(), e.errorCount() == 1 ? "" : "s"));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("The file (" + file + ") does not exist.\nMaybe check the path and the current"
          + " directory.");
      return BAD_INPUT;
    } catch (AccessDeniedException e) {
      err.println("The file (" + file + ") cannot be read: permission denied.\nMaybe check its"
          + " permissions.");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("The file (" + file + ") cannot be read: " + e.getMessage());
      return BAD_INPUT;
    }
    FitModel fitModel = fit.model(problem);
    EligibilityReport report = Eligibility.compute(problem, fitModel.travelModel()).report();
    out.println("valid: " + name + " (" + ProblemJson.FORMAT + ")");
    out.print(report.render(locale));
    out.println(("nl".equals(locale.getLanguage()) ? "fitmodel: " : "fit model: ")
        + FitOptions.describe(fitModel, locale) + " (" + fit.origin(problem, locale) + ")");
    return OK;
  }

  private static MatchingProblem read(Path file, ReadOptions options) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a directory. Maybe give the JSON file in it.");
    }
    return ProblemJson.read(file, options);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("The option " + option + " needs a value.");
    }
    return args.get(i);
  }

  private static long number(String option, String text, long max) throws UsageException {
    try {
      long value = Long.parseLong(text.replace("_", ""));
      if (value < 1 || value > max) {
        throw new UsageException("The value (" + text + ") of " + option + " must be 1 to " + max
            + ".");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException("The value (" + text + ") of " + option
          + " must be a whole number.");
    }
  }
}
