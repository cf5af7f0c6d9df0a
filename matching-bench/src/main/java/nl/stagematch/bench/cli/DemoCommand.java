package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.bench.research.Arms;
import nl.stagematch.bench.research.CohortSource;
import nl.stagematch.bench.research.Experiment;
import nl.stagematch.core.json.SampleCohort;

/**
 * {@code stagematch demo}: the comparison of {@code compare} on the embedded sample cohort, with
 * every variant and today's practice as the baseline, in a few seconds.
 */
final class DemoCommand implements Command {
  /** The replications of the demo. */
  static final int REPLICATIONS = 5;

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "Compare every variant and today's practice on the embedded sample";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch demo [--seed N] [--replications N] [--out DIR] [--threads N]%n"
        + "%n"
        + "Runs today's practice (v0-practice, the baseline) and every variant on the sample%n"
        + "cohort embedded in the library, %d replications, and prints the side-by-side table%n"
        + "of 'stagematch compare': placement rate, fit, wish fully met, unplaced by reason,%n"
        + "the gap between a synthetic research group (a quarter of the students, drawn by%n"
        + "the lottery per replication, never part of the matching input) and the others,%n"
        + "applications, rounds, meetings and run time. Writes report.html and the CSV and%n"
        + "JSON files to %s/ and says where.%n"
        + "%n"
        + "Options:%n"
        + "  --seed N           the base seed (default %d)%n"
        + "  --replications N   replications (default %d)%n"
        + "  --out DIR          where the report goes (default %s)%n"
        + "  --threads N        threads (default: the number of cores)%n"
        + "  --help             print this text%n",
        REPLICATIONS, CompareCommand.DEFAULT_OUT, SampleCohort.SEED, REPLICATIONS,
        CompareCommand.DEFAULT_OUT);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (!List.of("--seed", "--replications", "--out", "--threads").contains(arg)) {
        throw new UsageException("Unknown argument (" + arg + ") for demo. Known options:"
            + " --seed, --replications, --out, --threads, --help.");
      }
    }
    long seed = SampleCohort.SEED;
    int replications = REPLICATIONS;
    Path outDir = Path.of(CompareCommand.DEFAULT_OUT);
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (i + 1 >= args.size()) {
        throw new UsageException("The option " + arg + " needs a value.");
      }
      String v = args.get(i + 1);
      try {
        switch (arg) {
          case "--seed":
            seed = Long.parseLong(v);
            break;
          case "--replications":
            replications = Integer.parseInt(v);
            break;
          case "--threads":
            threads = Integer.parseInt(v);
            break;
          default:
            outDir = Path.of(v);
        }
      } catch (NumberFormatException e) {
        throw new UsageException("The value of " + arg + " (" + v + ") must be a whole number.");
      }
    }
    if (threads < 1 || threads > 1024) {
      throw new UsageException("The value of --threads (" + threads
          + ") must be between 1 and 1024.");
    }
    Experiment experiment;
    try {
      experiment = new Experiment(Arms.defaults().all(), CohortSource.fixed("sample",
          SampleCohort.load(), CompareCommand.DEFAULT_GROUP_SHARE), replications, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return CompareCommand.execute(experiment, threads, outDir, out, err);
  }
}
