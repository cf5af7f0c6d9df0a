package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.bench.research.Arm;
import nl.stagematch.bench.research.Arms;
import nl.stagematch.bench.research.CohortSource;
import nl.stagematch.bench.research.ComparisonReport;
import nl.stagematch.bench.research.Contrasts;
import nl.stagematch.bench.research.Experiment;
import nl.stagematch.bench.research.ExperimentRunner;
import nl.stagematch.bench.research.ResearchMessage;
import nl.stagematch.bench.research.ResearchAttributes;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.bench.research.RunRecord;
import nl.stagematch.bench.research.Shard;
import nl.stagematch.bench.research.Sweep;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.v0.TodaysPractice;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.variants.Variants;

/**
 * {@code stagematch compare}: runs contenders (today's practice as the baseline, the variants)
 * over replications of a cohort and writes the side-by-side table, CSV, JSON and an HTML report.
 */
final class CompareCommand implements Command {
  /** The default output directory, relative to the working directory. */
  static final String DEFAULT_OUT = "stagematch-report";
  /** The default share of the synthetic research group for a fixed cohort. */
  static final double DEFAULT_GROUP_SHARE = CohortSpec.defaults().groupShare();

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "De varianten en de huidige praktijk vergelijken over replicaties;"
        + " tabellen en een rapport"
        : "Compare the variants and today's practice over replications; tables and a report";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        Arms.defaults().describe(), SampleCohort.SEED, DEFAULT_OUT,
        Runtime.getRuntime().availableProcessors(), DEFAULT_GROUP_SHARE,
        TodaysPractice.Settings.DEFAULT_PENALTY);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch compare [--cohort BESTAND | --generate SPEC] [--variants LIJST]%n"
        + "                            [--replications N] [--seed S] [--out MAP] [--threads N]%n"
        + "                            [--group-share X] [--bias X] [--contrast A,B]...%n"
        + "                            [--group BESTAND] [--schools BESTAND] [--shard i/N]%n"
        + "       stagematch compare merge MAP... [--out MAP]%n"
        + "%n"
        + "Draait elke deelnemer in elke replicatie op hetzelfde cohort en drukt een tabel af van%n"
        + "de gemiddelden met 95%%-betrouwbaarheidsintervallen over de replicaties:%n"
        + "plaatsingsgraad, fit, wens helemaal vervuld, niet geplaatst per reden, het verschil%n"
        + "tussen de onderzoeksgroep en de anderen, sollicitaties (huidige praktijk), rondes,%n"
        + "kennismakingen, looptijd. Schrijft results.csv (tidy, reproduceerbaar), timings.csv,%n"
        + "summary.json en report.html. Replicatie r (vanaf 1) gebruikt seed S + r - 1 voor%n"
        + "haar cohort en elke deelnemer. De namen van de kolommen en de maten in de tabel%n"
        + "blijven Engels (docs/research.md).%n"
        + "%n"
        + "Deelnemers (standaard: alle, de huidige praktijk eerst):%n%s"
        + "%n"
        + "Opties:%n"
        + "  --cohort BESTAND   een probleemdocument (JSON); de groep wordt per replicatie%n"
        + "                     getrokken%n"
        + "  --generate SPEC    een gegenereerd cohort per replicatie, bijv. students=10000,%n"
        + "                     tightness=1.0,group-share=0.25,regions=5,schools=3%n"
        + "                     (standaard: het ingebouwde voorbeeldcohort, synthetische groep)%n"
        + "  --variants LIJST   deelnemers, gescheiden door komma's (standaard: alle)%n"
        + "  --replications N   replicaties (standaard 5)%n"
        + "  --seed S           de basisseed (standaard %d)%n"
        + "  --out MAP          waar de bestanden heen gaan (standaard %s)%n"
        + "  --threads N        threads (standaard: het aantal kernen, %d)%n"
        + "  --group-share X    aandeel van de synthetische groep van een vast cohort%n"
        + "                     (standaard %s)%n"
        + "  --bias X           nadeel voor de groep in een klikgesprek, voor v0-practice en%n"
        + "                     two-by-two+bias (standaard %s, gekalibreerd; docs/calibration.md)%n"
        + "  --contrast A,B     vergelijk deelnemer A met B, gepaard per replicatie (A min B);%n"
        + "                     mag vaker. Elke deelnemer wordt al met v0-practice vergeleken;%n"
        + "                     alle toetsen samen worden gecorrigeerd volgens Holm%n"
        + "  --group BESTAND    de echte groep van een vast cohort: regels 'studentId,1' (in de%n"
        + "                     groep) of 'studentId,0', elke student een keer; in plaats van de%n"
        + "                     loting. Alleen voor onderzoek: nooit in de invoer van het matchen%n"
        + "  --schools BESTAND  de school van elke student: regels 'studentId,schoolId'%n"
        + "  --shard i/N        draai alleen deel i van N (een vast blok replicaties x%n"
        + "                     deelnemers) en schrijf een shard-map naar --out; voeg de N%n"
        + "                     mappen samen met 'compare merge MAP...': dezelfde results.csv%n"
        + "                     als een enkele run%n"
        + FitOptions.HELP_DUTCH
        + "  --help             druk deze tekst af%n"
        + "%n"
        + "De definities van elke maat en elk bestand: docs/research.md.%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch compare [--cohort FILE | --generate SPEC] [--variants LIST]%n"
        + "                          [--replications N] [--seed S] [--out DIR] [--threads N]%n"
        + "                          [--group-share X] [--bias X] [--contrast A,B]...%n"
        + "                          [--group FILE] [--schools FILE] [--shard i/N]%n"
        + "       stagematch compare merge DIR... [--out DIR]%n"
        + "%n"
        + "Runs every contender on the same cohort in each replication and prints a table of%n"
        + "the means with 95%% confidence intervals over the replications: placement rate, fit,%n"
        + "wish fully met, unplaced by reason, the gap between the research group and the%n"
        + "others, applications (today's practice), rounds, meetings, run time. Writes%n"
        + "results.csv (tidy, reproducible), timings.csv, summary.json and report.html.%n"
        + "Replication r (from 1) uses seed S + r - 1 for its cohort and every contender.%n"
        + "%n"
        + "Contenders (default: all, today's practice first):%n%s"
        + "%n"
        + "Options:%n"
        + "  --cohort FILE      a problem document (JSON); the group is drawn per replication%n"
        + "  --generate SPEC    a generated cohort per replication, e.g. students=10000,%n"
        + "                     tightness=1.0,group-share=0.25,regions=5,schools=3%n"
        + "                     (default: the embedded sample cohort, synthetic group)%n"
        + "  --variants LIST    contenders, comma-separated (default: all)%n"
        + "  --replications N   replications (default 5)%n"
        + "  --seed S           the base seed (default %d)%n"
        + "  --out DIR          where the files go (default %s)%n"
        + "  --threads N        threads (default: the number of cores, %d)%n"
        + "  --group-share X    share of the synthetic group of a fixed cohort (default %s)%n"
        + "  --bias X           penalty against the group in a klikgesprek, for v0-practice and%n"
        + "                     two-by-two+bias (default %s, calibrated; docs/calibration.md)%n"
        + "  --contrast A,B     compare contender A with B, paired per replication (A minus B);%n"
        + "                     may be repeated. Every contender is compared with v0-practice%n"
        + "                     already; all tests together are adjusted by Holm's method%n"
        + "  --group FILE       the real group of a fixed cohort: lines 'studentId,1' (in the%n"
        + "                     group) or 'studentId,0', every student once; instead of the%n"
        + "                     lottery. For research only: never in the matching input%n"
        + "  --schools FILE     the school of every student: lines 'studentId,schoolId'%n"
        + "  --shard i/N        run only part i of N (a fixed block of replications x%n"
        + "                     contenders) and write a shard directory to --out; merge the N%n"
        + "                     directories with 'compare merge DIR...': the same results.csv%n"
        + "                     as one run%n"
        + FitOptions.HELP
        + "  --help             print this text%n"
        + "%n"
        + "The definitions of every metric and file: docs/research.md.%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path cohortFile = null;
    String generate = null;
    String variants = null;
    int replications = 5;
    long seed = SampleCohort.SEED;
    Path outDir = Path.of(DEFAULT_OUT);
    int threads = Runtime.getRuntime().availableProcessors();
    double groupShare = DEFAULT_GROUP_SHARE;
    double bias = TodaysPractice.Settings.DEFAULT_PENALTY;
    Path groupFile = null;
    Path schoolsFile = null;
    Shard shard = null;
    FitOptions fit = new FitOptions();
    List<List<String>> contrasts = new ArrayList<>();
    if (!args.isEmpty() && args.get(0).equals("merge")) {
      return merge(args.subList(1, args.size()), out, err);
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (fit.accept(arg, args, i + 1)) {
        i++;
        continue;
      }
      switch (arg) {
        case "--cohort":
          cohortFile = Path.of(value(args, i++, arg));
          break;
        case "--generate":
          generate = value(args, i++, arg);
          break;
        case "--variants":
          variants = value(args, i++, arg);
          break;
        case "--replications":
          replications = (int) whole(arg, value(args, i++, arg), 1, 100_000);
          break;
        case "--seed":
          seed = whole(arg, value(args, i++, arg), Long.MIN_VALUE, Long.MAX_VALUE);
          break;
        case "--out":
          outDir = Path.of(value(args, i++, arg));
          break;
        case "--threads":
          threads = (int) whole(arg, value(args, i++, arg), 1, 1024);
          break;
        case "--group-share":
          groupShare = fraction(arg, value(args, i++, arg));
          break;
        case "--bias":
          bias = fraction(arg, value(args, i++, arg));
          break;
        case "--contrast":
          contrasts.add(pair(value(args, i++, arg)));
          break;
        case "--group":
          groupFile = Path.of(value(args, i++, arg));
          break;
        case "--schools":
          schoolsFile = Path.of(value(args, i++, arg));
          break;
        case "--shard":
          try {
            shard = Shard.parse(value(args, i++, arg));
          } catch (ResearchOptionException e) {
            throw new UsageException(e);
          }
          break;
        default:
          throw new UsageException(CliMessage.CLI_UNKNOWN_ARGUMENT, arg, name(), "--cohort,"
              + " --generate, --variants, --replications, --seed, --out, --threads,"
              + " --group-share, --bias, --contrast, --group, --schools, --shard, --fit-weights,"
              + " --travel, --help");
      }
    }
    if (cohortFile != null && generate != null) {
      throw new UsageException(CliMessage.CLI_COMPARE_COHORT_AND_GENERATE);
    }
    if (fit.any() && generate != null) {
      throw new UsageException(CliMessage.CLI_COMPARE_FIT_WITH_GENERATE);
    }
    if ((groupFile != null || schoolsFile != null) && generate != null) {
      throw new UsageException(CliMessage.CLI_COMPARE_ATTRIBUTES_WITH_GENERATE);
    }
    CohortSource source;
    if (generate != null) {
      try {
        source = CohortSource.generated(CohortSpec.parse(generate));
      } catch (ResearchOptionException e) {
        throw new UsageException(e);
      }
    } else if (cohortFile != null) {
      MatchingProblem problem;
      try {
        problem = ProblemJson.read(cohortFile);
      } catch (JsonFormatException e) {
        for (String line : Texts.errorLines(e, Texts.locale())) {
          err.println(line);
        }
        Texts.error(err, CliMessage.CLI_INVALID_PROBLEM_RUN_VALIDATE, cohortFile);
        return BAD_INPUT;
      } catch (NoSuchFileException e) {
        Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
        return BAD_INPUT;
      } catch (IOException e) {
        Texts.error(err, CliMessage.CLI_FILE_UNREADABLE, cohortFile, e.getMessage());
        return BAD_INPUT;
      }
      String label = cohortFile.getFileName().toString().replaceAll("\\.json$", "");
      FitModel model = fit.model(problem);
      Texts.println(out, CliMessage.CLI_COMPARE_FIT_MODEL,
          FitOptions.describe(model, Texts.locale()), fit.origin(problem, Texts.locale()));
      source = attributes(label.replace(',', '_'), model.applyTo(problem), groupShare, groupFile,
          schoolsFile, err);
      if (source == null) {
        return BAD_INPUT;
      }
    } else {
      MatchingProblem sample = SampleCohort.load();
      if (fit.any()) {
        FitModel model = fit.model(sample);
        Texts.println(out, CliMessage.CLI_COMPARE_FIT_MODEL,
            FitOptions.describe(model, Texts.locale()), fit.origin(sample, Texts.locale()));
        sample = model.applyTo(sample);
      }
      source = attributes("sample", sample, groupShare, groupFile, schoolsFile, err);
      if (source == null) {
        return BAD_INPUT;
      }
    }
    Arms arms = Arms.with(Variants.load(), bias);
    List<Arm> chosen;
    try {
      chosen = variants == null ? arms.all() : arms.select(variants);
    } catch (ResearchOptionException e) {
      throw new UsageException(e);
    }
    Experiment experiment;
    try {
      experiment = new Experiment(chosen, source, replications, seed);
      List<String> names = new ArrayList<>();
      for (Arm a : chosen) {
        names.add(a.name());
      }
      Contrasts.of(names, List.of(), null, contrasts); // checks the names before running
    } catch (ResearchOptionException e) {
      throw new UsageException(e);
    }
    if (shard != null) {
      return executeShard(experiment, shard, threads, outDir, out, err);
    }
    return execute(experiment, threads, outDir, out, err, contrasts);
  }

  /** The pair of {@code --contrast A,B}. */
  private static List<String> pair(String text) throws UsageException {
    String[] parts = text.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new UsageException(new ResearchOptionException(ResearchMessage.CONTRAST_BAD,
          SafeText.clean(text)));
    }
    return List.of(parts[0].trim(), parts[1].trim());
  }

  /**
   * The fixed cohort with the group and schools of the files, where given (null: drawn); null
   * after printing the error if a file is wrong.
   */
  private static CohortSource attributes(String label, MatchingProblem problem, double groupShare,
      Path groupFile, Path schoolsFile, PrintStream err) {
    Path reading = groupFile;
    try {
      Set<String> group = groupFile == null ? null
          : ResearchAttributes.readGroup(groupFile, problem);
      reading = schoolsFile;
      Map<String, String> schools = schoolsFile == null ? null
          : ResearchAttributes.readSchools(schoolsFile, problem);
      return CohortSource.fixed(label, problem, groupShare, group, schools);
    } catch (ResearchOptionException e) {
      err.println(Texts.error(e.messages()));
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_FILE_UNREADABLE, reading, e.getMessage());
    }
    return null;
  }

  /** Runs the units of {@code shard} and writes them as a shard directory into {@code outDir}. */
  static int executeShard(Experiment experiment, Shard shard, int threads, Path outDir,
      PrintStream out, PrintStream err) throws IOException {
    Texts.println(out, threads == 1 ? CliMessage.CLI_COMPARE_COHORT_ONE_THREAD
        : CliMessage.CLI_COMPARE_COHORT, experiment.source().describe(Texts.locale()),
        experiment.arms().size(), experiment.replications(), threads);
    long units = (long) experiment.replications() * experiment.arms().size();
    List<RunRecord> records = new ExperimentRunner(threads, out, false, Texts.locale())
        .run(experiment, shard);
    try {
      Sweep.writeShard(outDir, experiment, shard, records);
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_COMPARE_UNWRITABLE, outDir, e.getMessage());
      return BAD_INPUT;
    }
    Texts.println(out, CliMessage.CLI_COMPARE_SHARD_WROTE, shard.index(), shard.count(),
        records.size(), units, outDir);
    return OK;
  }

  /** {@code compare merge DIR... [--out DIR]}: the shards' table and files, as one run's. */
  private static int merge(List<String> args, PrintStream out, PrintStream err)
      throws IOException, UsageException {
    List<Path> dirs = new ArrayList<>();
    Path outDir = Path.of(DEFAULT_OUT);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--out")) {
        outDir = Path.of(value(args, i++, arg));
      } else if (arg.startsWith("--")) {
        throw new UsageException(CliMessage.CLI_UNKNOWN_ARGUMENT, arg, "compare merge", "--out");
      } else {
        dirs.add(Path.of(arg));
      }
    }
    Sweep.Merged merged;
    try {
      merged = Sweep.merge(dirs);
    } catch (ResearchOptionException e) {
      err.println(Texts.error(e.messages()));
      return BAD_INPUT;
    }
    ComparisonReport report = new ComparisonReport(merged.experiment(), merged.records());
    Path html = printAndWrite(report, outDir, out, err);
    if (html == null) {
      return BAD_INPUT;
    }
    out.println();
    Texts.println(out, CliMessage.CLI_COMPARE_MERGED, dirs.size(), html, outDir);
    return OK;
  }

  /**
   * Prints the table and the contrasts of {@code report} and writes its files into {@code
   * outDir}; the report page, or null after printing the error if the files cannot be written.
   */
  private static Path printAndWrite(ComparisonReport report, Path outDir, PrintStream out,
      PrintStream err) {
    out.print(report.table(Texts.locale()));
    out.println();
    out.print(report.contrastsText(Texts.locale()));
    try {
      return report.write(outDir);
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_COMPARE_UNWRITABLE, outDir, e.getMessage());
      return null;
    }
  }

  /** Runs {@code experiment}, prints the table and writes the files into {@code outDir}. */
  static int execute(Experiment experiment, int threads, Path outDir, PrintStream out,
      PrintStream err) throws IOException {
    return execute(experiment, threads, outDir, out, err, List.of());
  }

  /**
   * Runs {@code experiment}, prints the table and the contrasts (every contender against
   * v0-practice and the {@code named} pairs) and writes the files into {@code outDir}.
   */
  static int execute(Experiment experiment, int threads, Path outDir, PrintStream out,
      PrintStream err, List<List<String>> named) throws IOException {
    boolean bar = System.console() != null
        && experiment.replications() * experiment.arms().size() >= 20;
    Texts.println(out, threads == 1 ? CliMessage.CLI_COMPARE_COHORT_ONE_THREAD
        : CliMessage.CLI_COMPARE_COHORT, experiment.source().describe(Texts.locale()),
        experiment.arms().size(), experiment.replications(), threads);
    long t0 = System.nanoTime();
    List<RunRecord> records = new ExperimentRunner(threads, bar ? err : out, bar, Texts.locale())
        .run(experiment);
    double seconds = (System.nanoTime() - t0) / 1e9;
    ComparisonReport report = new ComparisonReport(experiment, records, named);
    out.println();
    Path html = printAndWrite(report, outDir, out, err);
    if (html == null) {
      return BAD_INPUT;
    }
    out.println();
    Texts.println(out, CliMessage.CLI_COMPARE_TOOK, Texts.decimal1(seconds), html, outDir);
    return OK;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i + 1 >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i + 1);
  }

  private static long whole(String option, String text, long min, long max)
      throws UsageException {
    long v;
    try {
      v = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_NOT_WHOLE_NUMBER_OF, option, text);
    }
    if (v < min || v > max) {
      throw new UsageException(CliMessage.CLI_NUMBER_BETWEEN, option, text, min, max);
    }
    return v;
  }

  private static double fraction(String option, String text) throws UsageException {
    double v;
    try {
      v = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_NOT_FRACTION, option, text);
    }
    if (!(v >= 0 && v <= 1)) {
      throw new UsageException(CliMessage.CLI_NUMBER_BETWEEN, option, text, 0, 1);
    }
    return v;
  }
}
