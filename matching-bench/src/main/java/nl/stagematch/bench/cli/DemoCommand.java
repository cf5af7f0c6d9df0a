package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.bench.research.Arms;
import nl.stagematch.bench.research.CohortSource;
import nl.stagematch.bench.research.Experiment;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.core.format.SampleCohort;

/**
 * {@code stagematch demo}: the comparison of {@code compare} on the embedded sample cohort, with
 * every variant and today's practice as the baseline, in a few seconds.
 */
final class DemoCommand implements Command {
  /** The replications of the demo. */
  static final int REPLICATIONS = 20;

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Elke variant en de huidige praktijk vergelijken op het ingebouwde"
        + " voorbeeld" : "Compare every variant and today's practice on the embedded sample";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        REPLICATIONS, CompareCommand.DEFAULT_OUT, SampleCohort.SEED, REPLICATIONS,
        CompareCommand.DEFAULT_OUT);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch demo [--seed N] [--replications N] [--out MAP] [--threads N]%n"
        + "%n"
        + "Draait de huidige praktijk (v0-practice, de basislijn) en elke variant op het%n"
        + "voorbeeldcohort dat in de bibliotheek zit, %d replicaties, en drukt de tabel naast%n"
        + "elkaar af van 'stagematch compare': plaatsingsgraad, fit, wens helemaal vervuld, niet%n"
        + "geplaatst per reden, het verschil tussen een synthetische onderzoeksgroep (een kwart%n"
        + "van de studenten, per replicatie door de loting getrokken, nooit deel van de invoer%n"
        + "van het matchen) en de anderen, sollicitaties, rondes, kennismakingen en looptijd;%n"
        + "daarna de gepaarde contrasten (elke variant min v0-practice, het eigen verschil van%n"
        + "elke deelnemer), gecorrigeerd volgens Holm, en in woorden wat significant is.%n"
        + "Schrijft report.html en de CSV- en JSON-bestanden naar %s/ en zegt waar.%n"
        + "De namen van de kolommen en de maten in de tabel blijven Engels (docs/research.md).%n"
        + "%n"
        + "Opties:%n"
        + "  --seed N           de basisseed (standaard %d)%n"
        + "  --replications N   replicaties (standaard %d)%n"
        + "  --out MAP          waar het rapport heen gaat (standaard %s)%n"
        + "  --threads N        threads (standaard: het aantal kernen)%n"
        + "  --help             druk deze tekst af%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch demo [--seed N] [--replications N] [--out DIR] [--threads N]%n"
        + "%n"
        + "Runs today's practice (v0-practice, the baseline) and every variant on the sample%n"
        + "cohort embedded in the library, %d replications, and prints the side-by-side table%n"
        + "of 'stagematch compare': placement rate, fit, wish fully met, unplaced by reason,%n"
        + "the gap between a synthetic research group (a quarter of the students, drawn by%n"
        + "the lottery per replication, never part of the matching input) and the others,%n"
        + "applications, rounds, meetings and run time; then the paired contrasts (every%n"
        + "variant minus v0-practice, every contender's own gap), adjusted by Holm's method,%n"
        + "and in words what is significant. Writes report.html and the CSV and%n"
        + "JSON files to %s/ and says where.%n"
        + "%n"
        + "Options:%n"
        + "  --seed N           the base seed (default %d)%n"
        + "  --replications N   replications (default %d)%n"
        + "  --out DIR          where the report goes (default %s)%n"
        + "  --threads N        threads (default: the number of cores)%n"
        + "  --help             print this text%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (!List.of("--seed", "--replications", "--out", "--threads").contains(arg)) {
        throw new UsageException(CliMessage.CLI_UNKNOWN_ARGUMENT, arg, name(),
            "--seed, --replications, --out, --threads, --help");
      }
    }
    long seed = SampleCohort.SEED;
    int replications = REPLICATIONS;
    Path outDir = Path.of(CompareCommand.DEFAULT_OUT);
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (i + 1 >= args.size()) {
        throw new UsageException(CliMessage.CLI_NEEDS_VALUE, arg);
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
        throw new UsageException(CliMessage.CLI_NOT_WHOLE_NUMBER_OF, arg, v);
      }
    }
    if (threads < 1 || threads > 1024) {
      throw new UsageException(CliMessage.CLI_NUMBER_BETWEEN, "--threads", threads, 1, 1024);
    }
    Experiment experiment;
    try {
      experiment = new Experiment(Arms.defaults().all(), CohortSource.fixed("sample",
          SampleCohort.load(), CompareCommand.DEFAULT_GROUP_SHARE), replications, seed);
    } catch (ResearchOptionException e) {
      throw new UsageException(e);
    }
    return CompareCommand.execute(experiment, threads, outDir, out, err);
  }
}
