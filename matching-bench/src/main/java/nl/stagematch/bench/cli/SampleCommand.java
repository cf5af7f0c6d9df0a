package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.bench.gen.SampleCohortGenerator;
import nl.stagematch.core.csv.CsvExport;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;

/**
 * {@code stagematch sample}: writes a synthetic sample cohort as a canonical problem document.
 *
 * <p>With the default seed the output is byte for byte the sample embedded in the library (a test
 * checks this); this command is how that file is regenerated after the generator changes.
 */
final class SampleCommand implements Command {

  @Override
  public String name() {
    return "sample";
  }

  @Override
  public String summary() {
    return "Write a synthetic sample cohort as a problem document (JSON)";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch sample [--seed N] [--out FILE | --csv DIR]%n"
        + "%n"
        + "Generates a synthetic cohort of one regional mbo institution (about 1,500 students,%n"
        + "their companies and places; see SampleCohortGenerator) and writes it as a canonical%n"
        + "problem document (stagematch-problem/1, see docs/format.md) to FILE or standard output.%n"
        + "Everything in it is invented; ids are pseudonymous.%n"
        + "%n"
        + "With the default seed (%d) the output is the sample embedded in the library, the one%n"
        + "'stagematch validate --sample' checks. To regenerate the embedded file after changing%n"
        + "the generator, run from the project root:%n"
        + "%n"
        + "  java -jar matching-bench/target/stagematch.jar sample \\%n"
        + "      --out matching-core/src/main/resources%s%n"
        + "%n"
        + "Options:%n"
        + "  --seed N     the generator's seed (default %d)%n"
        + "  --out FILE   write to FILE (replacing it) instead of standard output%n"
        + "  --csv DIR    write the cohort as the CSV set that 'stagematch import' reads%n"
        + "               (docs/import.md) into DIR instead; the default seed gives the%n"
        + "               example in docs/examples/csv%n"
        + "  --help       print this text%n",
        SampleCohort.SEED, SampleCohort.RESOURCE, SampleCohort.SEED);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    long seed = SampleCohort.SEED;
    Path file = null;
    Path csv = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--seed":
          String text = value(args, ++i, arg);
          try {
            seed = Long.parseLong(text);
          } catch (NumberFormatException e) {
            throw new UsageException("The seed (" + text + ") must be a whole number.");
          }
          break;
        case "--out":
          file = Path.of(value(args, ++i, arg));
          break;
        case "--csv":
          csv = Path.of(value(args, ++i, arg));
          break;
        default:
          throw new UsageException("Unknown argument (" + arg + ") for sample. Known options:"
              + " --seed, --out, --csv, --help.");
      }
    }
    if (file != null && csv != null) {
      throw new UsageException("Give either --out or --csv, not both.");
    }
    MatchingProblem problem = SampleCohortGenerator.generate(seed);
    if (csv != null) {
      try {
        CsvExport.write(problem, csv);
      } catch (IOException e) {
        err.println("The directory (" + csv + ") cannot be written: " + e.getMessage()
            + "\nMaybe check that it is writable.");
        return BAD_INPUT;
      }
      err.println(String.format(Locale.ROOT, "wrote the CSV set in %s: %,d students, %,d"
          + " companies, %,d places (seed %d)", csv, problem.students().size(),
          problem.companies().size(), problem.places().size(), seed));
      return OK;
    }
    if (file == null) {
      ProblemJson.write(problem, out);
      out.flush();
      return OK;
    }
    try {
      ProblemJson.write(problem, file);
    } catch (IOException e) {
      err.println("The file (" + file + ") cannot be written: " + e.getMessage()
          + "\nMaybe check that its directory exists and is writable.");
      return BAD_INPUT;
    }
    err.println(String.format(Locale.ROOT, "wrote %s: %,d students, %,d companies, %,d places"
        + " (seed %d)", file, problem.students().size(), problem.companies().size(),
        problem.places().size(), seed));
    return OK;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("The option " + option + " needs a value.");
    }
    return args.get(i);
  }
}
