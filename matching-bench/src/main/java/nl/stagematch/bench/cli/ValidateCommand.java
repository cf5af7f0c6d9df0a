package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.EligibilityReport;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ReadOptions;
import nl.stagematch.core.format.SampleCohort;
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
    return Texts.dutch() ? "Een probleemdocument (JSON) controleren en samenvatten"
        : "Check a problem document (JSON) and summarise it";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        ReadOptions.DEFAULT_MAX_ERRORS, ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch validate [OPTIES] BESTAND%n"
        + "         stagematch validate [OPTIES] --sample%n"
        + "%n"
        + "Controleert een matchingprobleem in het JSON-formaat stagematch-problem/1 (zie%n"
        + "docs/format.md) en drukt, als het geldig is, een samenvatting af: studenten binnen de%n"
        + "reikwijdte, deelnemende bedrijven en plaatsen, capaciteit, toelaatbare paren van%n"
        + "student en plaats, en de studenten zonder toelaatbare plaats en waarom (met het%n"
        + "fitmodel dat geldt: de fitModel van het probleem, de standaardwaarden van docs/fit.md,%n"
        + "of wat --fit-weights en --travel geven).%n"
        + "%n"
        + "De lezer is streng: onbekende velden, persoonlijke kenmerken waar dan ook in het%n"
        + "document (regel R1; de lijst staat in docs/format.md), verkeerde typen, ongeldige%n"
        + "waarden, dubbele ids en plaatsen van onbekende bedrijven zijn fouten. Alle fouten gaan%n"
        + "naar standaarduitvoer, een per regel, als PAD: melding (de eerste --max-errors voluit,%n"
        + "dan het aantal van de rest); standaardfout krijgt een regel met het aantal fouten.%n"
        + "%n"
        + "Opties:%n"
        + "  --sample            controleer het voorbeeldcohort dat in de bibliotheek zit, geen%n"
        + "                      bestand%n"
        + "  --max-errors N      druk hoogstens N fouten voluit af (standaard %d)%n"
        + "  --max-bytes N       weiger documenten groter dan N bytes (standaard %d = 512 MiB)%n"
        + "  --lang nl|en        taal van de samenvatting en de meldingen (standaard nl)%n"
        + FitOptions.HELP_DUTCH
        + "  --help              druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 het document is geldig; 2 het is niet geldig (of het bestand ontbreekt,%n"
        + "of de argumenten kloppen niet); 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar validate cohort-2025-26.json%n";

  private static final String ENGLISH_HELP = ""
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
        + "  --lang en|nl        language of the summary and the messages (default nl)%n"
        + FitOptions.HELP
        + "  --help              print this text%n"
        + "%n"
        + "Exit status: 0 the document is valid; 2 it is not (or the file is missing, or the%n"
        + "arguments are wrong); 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar validate cohort-2025-26.json%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path file = null;
    boolean sample = false;
    ReadOptions.Builder options = ReadOptions.builder();
    Locale locale = Texts.locale();
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
          locale = Texts.language(lang);
          if (locale == null) {
            throw new UsageException(CliMessage.CLI_BAD_LANGUAGE, lang);
          }
          Texts.use(locale);
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(), "--sample,"
                + " --max-errors, --max-bytes, --lang, --fit-weights, --travel, --help");
          }
          if (file != null) {
            throw new UsageException(CliMessage.CLI_VALIDATE_TWO_FILES, file, arg);
          }
          file = Path.of(arg);
      }
    }
    if (sample == (file != null)) {
      throw new UsageException(sample
          ? CliMessage.CLI_VALIDATE_FILE_AND_SAMPLE
          : CliMessage.CLI_VALIDATE_FILE_MISSING);
    }
    String name = sample ? Texts.text(CliMessage.CLI_THE_SAMPLE) : file.toString();
    MatchingProblem problem;
    try {
      problem = sample ? SampleCohort.load() : read(file, options.build());
    } catch (JsonFormatException e) {
      for (String line : Texts.errorLines(e, locale)) {
        out.println(line);
      }
      Texts.error(err, e.errorCount() == 1 ? CliMessage.CLI_VALIDATE_ONE_ERROR
          : CliMessage.CLI_VALIDATE_ERRORS, name, Texts.count(e.errorCount()));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_VALIDATE_FILE_NOT_FOUND, file);
      return BAD_INPUT;
    } catch (AccessDeniedException e) {
      Texts.error(err, CliMessage.CLI_FILE_PERMISSION_DENIED, file);
      return BAD_INPUT;
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_FILE_UNREADABLE, file, e.getMessage());
      return BAD_INPUT;
    }
    FitModel fitModel = fit.model(problem);
    EligibilityReport report = Eligibility.compute(problem, fitModel.travelModel()).report();
    Texts.println(out, CliMessage.CLI_VALIDATE_VALID, name, ProblemJson.FORMAT);
    out.print(report.render(locale));
    Texts.println(out, CliMessage.CLI_VALIDATE_FIT_MODEL, FitOptions.describe(fitModel, locale),
        fit.origin(problem, locale));
    return OK;
  }

  private static MatchingProblem read(Path file, ReadOptions options) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(Texts.text(CliMessage.CLI_IS_A_DIRECTORY));
    }
    return ProblemJson.read(file, options);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }

  private static long number(String option, String text, long max) throws UsageException {
    try {
      long value = Long.parseLong(text.replace("_", ""));
      if (value < 1 || value > max) {
        throw new UsageException(CliMessage.CLI_NUMBER_RANGE, text, option, max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_NOT_WHOLE_NUMBER, text, option);
    }
  }
}
