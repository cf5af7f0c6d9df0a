package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.bench.gen.SampleCohortGenerator;
import nl.stagematch.core.format.CsvExport;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
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
    return Texts.dutch() ? "Een synthetisch voorbeeldcohort als probleemdocument (JSON) schrijven"
        : "Write a synthetic sample cohort as a problem document (JSON)";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        SampleCohort.SEED, SampleCohort.RESOURCE, SampleCohort.SEED);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch sample [--seed N] [--out BESTAND | --csv MAP]%n"
        + "%n"
        + "Maakt een synthetisch cohort van een regionale mbo-instelling (ongeveer 1.500%n"
        + "studenten, hun bedrijven en plaatsen; zie SampleCohortGenerator) en schrijft het als%n"
        + "canoniek probleemdocument (stagematch-problem/1, zie docs/format.md) naar BESTAND of%n"
        + "standaarduitvoer. Alles erin is verzonnen; ids zijn pseudoniem.%n"
        + "%n"
        + "Met de standaardseed (%d) is de uitvoer het voorbeeld dat in de bibliotheek zit, het%n"
        + "cohort dat 'stagematch validate --sample' controleert. Om dat bestand opnieuw te maken%n"
        + "na een wijziging van de generator, voer uit vanuit de hoofdmap van het project:%n"
        + "%n"
        + "  java -jar matching-bench/target/stagematch.jar sample \\%n"
        + "      --out matching-core/src/main/resources%s%n"
        + "%n"
        + "Opties:%n"
        + "  --seed N       de seed van de generator (standaard %d)%n"
        + "  --out BESTAND  schrijf naar BESTAND (dat wordt vervangen) in plaats van%n"
        + "                 standaarduitvoer%n"
        + "  --csv MAP      schrijf het cohort in plaats daarvan als de CSV-set die 'stagematch%n"
        + "                 import' leest (docs/import.md) in MAP; de standaardseed geeft het%n"
        + "                 voorbeeld in docs/examples/csv%n"
        + "  --help         druk deze tekst af%n";

  private static final String ENGLISH_HELP = ""
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
        + "  --help       print this text%n";

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
            throw new UsageException(CliMessage.CLI_SEED_NOT_WHOLE, text);
          }
          break;
        case "--out":
          file = Path.of(value(args, ++i, arg));
          break;
        case "--csv":
          csv = Path.of(value(args, ++i, arg));
          break;
        default:
          throw new UsageException(CliMessage.CLI_UNKNOWN_ARGUMENT, arg, name(),
              "--seed, --out, --csv, --help");
      }
    }
    if (file != null && csv != null) {
      throw new UsageException(CliMessage.CLI_OUT_AND_CSV);
    }
    MatchingProblem problem = SampleCohortGenerator.generate(seed);
    if (csv != null) {
      try {
        CsvExport.write(problem, csv);
      } catch (IOException e) {
        Texts.error(err, CliMessage.CLI_DIR_UNWRITABLE, csv, e.getMessage());
        return BAD_INPUT;
      }
      Texts.println(err, CliMessage.CLI_SAMPLE_WROTE_CSV, csv,
          Texts.count(problem.students().size()), Texts.count(problem.companies().size()),
          Texts.count(problem.places().size()), seed);
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
      Texts.error(err, CliMessage.CLI_FILE_UNWRITABLE, file, e.getMessage());
      return BAD_INPUT;
    }
    Texts.println(err, CliMessage.CLI_SAMPLE_WROTE, file, Texts.count(problem.students().size()),
        Texts.count(problem.companies().size()), Texts.count(problem.places().size()), seed);
    return OK;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }
}
