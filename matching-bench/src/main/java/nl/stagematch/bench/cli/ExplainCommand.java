package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.format.ResultDocument;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;

/**
 * {@code stagematch explain --problem FILE RESULT [--lang nl|en] [--out DIR] [--schools FILE]}:
 * writes what people read of a result, as CSV and printable HTML, in Dutch (default) or English
 * ({@link ExplainOutputs}): per student with the explanation (placed where and why, or why not),
 * per company the pseudonymous profiles of who comes and what matched, the placement list, and
 * for two-by-two and blind-shortlist the meeting plan and the shortlists.
 *
 * <p>Exit 0 with the files written; exit 2, with nothing written, for a missing or invalid file,
 * a result of another problem, or a result that lists a student, place or company the problem
 * does not have (or leaves one of its students out).
 */
final class ExplainCommand implements Command {

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Schrijven wat studenten, bedrijven en de coördinator van een uitslag"
        + " lezen (CSV, HTML)"
        : "Write what students, companies and the coordinator read of a result (CSV, HTML)";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        ResultJson.FORMAT);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch explain --problem BESTAND [OPTIES] UITSLAG%n"
        + "         stagematch explain --sample [OPTIES] UITSLAG%n"
        + "%n"
        + "Schrijft wat mensen van een uitslagdocument (%s) lezen in een map, als CSV%n"
        + "(gescheiden door ';', UTF-8 met een byte order mark) en als HTML-pagina's die geen%n"
        + "netwerk nodig hebben en op A4 afdrukken (zie docs/outputs.md). Met --lang nl (de%n"
        + "standaard) krijgen de bestanden Nederlandse namen en teksten:%n"
        + "  studenten.csv, studenten[-SCHOOL].html   per student: waar geplaatst en waarom, of%n"
        + "                                           waarom niet (noemt reistijd: voor de%n"
        + "                                           student en de school, nooit voor een%n"
        + "                                           bedrijf)%n"
        + "  bedrijven.csv, bedrijven.html            per bedrijf: wie bij welke plaats komt, als%n"
        + "                                           pseudoniem profiel, en wat er past%n"
        + "  plaatsingen.csv                          de plaatsingslijst voor de coördinator%n"
        + "  kennismakingen*.csv, kennismakingen.html two-by-two: het kennismakingsplan%n"
        + "  shortlijsten.csv, shortlijsten.html      blind-shortlist: de shortlijsten per plaats%n"
        + "Met --lang en: students, companies, placements, meetings-*, shortlists.%n"
        + "De uitslag moet voor het probleem zijn berekend (de vastgelegde hash van het probleem%n"
        + "wordt gecontroleerd); het fitmodel wordt opnieuw opgebouwd uit de parameters die de%n"
        + "uitslag vastlegt.%n"
        + "%n"
        + "Opties:%n"
        + "  --problem BESTAND  het probleemdocument waaruit de uitslag is berekend%n"
        + "  --sample           gebruik het voorbeeldcohort uit de bibliotheek als probleem%n"
        + "  --lang nl|en       de taal van de bestanden en de meldingen (standaard nl)%n"
        + "  --out MAP          de map om in te schrijven (standaard stagematch-explain); wordt%n"
        + "                     gemaakt als hij ontbreekt; bestanden met dezelfde naam worden%n"
        + "                     vervangen%n"
        + "  --schools BESTAND  student-id naar school-id, als regels 'studentId,schoolId' (of%n"
        + "                     ';') of een JSON-object; een studentenpagina per school. Zonder:%n"
        + "                     de scholen die de uitslag vastlegt (regional-allocation), anders%n"
        + "                     een pagina%n"
        + "  --help             druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 de bestanden zijn geschreven; 2 foute invoer (een ontbrekend of%n"
        + "ongeldig bestand, een uitslag van een ander probleem, een uitslag met een onbekende%n"
        + "student) of foute argumenten, en er is niets geschreven; 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar match --variant two-by-two --seed 2025 cohort.json"
        + " --out result.json%n"
        + "  java -jar stagematch.jar explain --problem cohort.json result.json --out brieven%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch explain --problem FILE [OPTIONS] RESULT%n"
        + "       stagematch explain --sample [OPTIONS] RESULT%n"
        + "%n"
        + "Writes what people read of a result document (%s) into a directory, as CSV%n"
        + "(';'-separated, UTF-8 with a byte order mark) and as HTML pages that need no network%n"
        + "and print on A4 (see docs/outputs.md). With --lang nl (the default) the files are%n"
        + "named and written in Dutch:%n"
        + "  studenten.csv, studenten[-SCHOOL].html   per student: placed where and why, or why%n"
        + "                                           not (names travel time: for the student%n"
        + "                                           and the school, never for a company)%n"
        + "  bedrijven.csv, bedrijven.html            per company: who comes to which place, as%n"
        + "                                           pseudonymous profiles, and what matched%n"
        + "  plaatsingen.csv                          the placement list for the coordinator%n"
        + "  kennismakingen*.csv, kennismakingen.html two-by-two: the meeting plan%n"
        + "  shortlijsten.csv, shortlijsten.html      blind-shortlist: the shortlists per place%n"
        + "With --lang en: students, companies, placements, meetings-*, shortlists.%n"
        + "The result must have been computed for the problem (its recorded problem hash is%n"
        + "checked); its fit model is rebuilt from the parameters it records.%n"
        + "%n"
        + "Options:%n"
        + "  --problem FILE   the problem document the result was computed from%n"
        + "  --sample         use the sample cohort embedded in the library as the problem%n"
        + "  --lang nl|en     the language of the files (default nl)%n"
        + "  --out DIR        the directory to write into (default stagematch-explain); made if%n"
        + "                   missing; files of the same name are replaced%n"
        + "  --schools FILE   student id to school id, as lines 'studentId,schoolId' (or ';')%n"
        + "                   or a JSON object; one student page per school. Without it, the%n"
        + "                   schools the result records (regional-allocation), else one page%n"
        + "  --help           print this text%n"
        + "%n"
        + "Exit status: 0 the files were written; 2 bad input (a missing or invalid file, a%n"
        + "result of another problem, a result listing an unknown student) or bad arguments,%n"
        + "and nothing was written; 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar match --variant two-by-two --seed 2025 cohort.json"
        + " --out result.json%n"
        + "  java -jar stagematch.jar explain --problem cohort.json result.json --out brieven%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path problemFile = null;
    boolean sample = false;
    Path input = null;
    Path outDir = Path.of("stagematch-explain");
    Path schoolsFile = null;
    Locale locale = Texts.locale();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--problem":
          problemFile = Path.of(value(args, ++i, arg));
          break;
        case "--sample":
          sample = true;
          break;
        case "--lang":
          String lang = value(args, ++i, arg);
          locale = Texts.language(lang);
          if (locale == null) {
            throw new UsageException(CliMessage.CLI_BAD_LANGUAGE, lang);
          }
          Texts.use(locale);
          break;
        case "--out":
          outDir = Path.of(value(args, ++i, arg));
          break;
        case "--schools":
          schoolsFile = Path.of(value(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(),
                "--problem, --sample, --lang, --out, --schools, --help");
          }
          if (input != null) {
            throw new UsageException(CliMessage.CLI_TWO_RESULT_FILES, input, arg);
          }
          input = Path.of(arg);
      }
    }
    if (input == null) {
      throw new UsageException(CliMessage.CLI_EXPLAIN_FILE_MISSING);
    }
    Inputs.requireOneProblem(sample, problemFile);
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      Texts.error(err, CliMessage.CLI_EXPLAIN_OUT_IS_FILE, outDir);
      return BAD_INPUT;
    }
    MatchingProblem problem = Inputs.problem(sample, problemFile, err);
    if (problem == null) {
      return BAD_INPUT;
    }
    ResultDocument document = Inputs.result(input, err);
    if (document == null) {
      return BAD_INPUT;
    }
    MatchResult result = document.result();
    if (!Inputs.belongsTo(problem, problemFile, result, input, err)
        || !Inputs.fits(problem, document, input, err)) {
      return BAD_INPUT;
    }
    FitModel fitModel = FitModel.of(problem);
    if (result.provenance() == null) {
      Texts.warning(err, CliMessage.CLI_EXPLAIN_NO_FIT_MODEL, input);
    } else {
      try {
        fitModel = FitParameters.toModel(result.provenance().fitModel());
      } catch (IllegalArgumentException e) {
        Texts.error(err, CliMessage.CLI_EXPLAIN_BAD_FIT_MODEL, input, Texts.errorText(e));
        return BAD_INPUT;
      }
    }
    Message unknown = unknownIds(problem, result, input);
    if (unknown != null) {
      err.println(Texts.error(unknown));
      return BAD_INPUT;
    }
    Map<String, String> schools;
    try {
      schools = schoolsFile != null
          ? new TreeMap<>(SchoolsFile.read(schoolsFile, problem, true))
          : result.provenance() != null ? result.provenance().schools() : Map.of();
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_SCHOOLS_FILE_NOT_FOUND, schoolsFile);
      return BAD_INPUT;
    } catch (UsageException e) {
      err.println(Texts.error(e.messages()));
      return BAD_INPUT;
    }
    SortedMap<String, String> files =
        new ExplainOutputs(problem, result, fitModel, locale, schools).files();
    Files.createDirectories(outDir);
    // every file is written, or (after an error) none is replaced
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
        batch.add(outDir.resolve(f.getKey()), o -> o.write(bytes));
      }
      batch.commit();
    }
    Texts.println(out, CliMessage.CLI_EXPLAIN_WROTE, files.size(), outDir,
        String.join(", ", files.keySet()));
    return OK;
  }

  /**
   * What is wrong if the result lists an id the problem does not have, or leaves out one of the
   * problem's students; {@code null} if nothing is.
   */
  private static Message unknownIds(MatchingProblem problem, MatchResult result, Path input) {
    for (Placement p : result.placements()) {
      if (problem.student(p.studentId()).isEmpty()) {
        return Message.of(CliMessage.CLI_EXPLAIN_UNKNOWN_STUDENT, input, p.studentId());
      }
      if (problem.place(p.placeId()).isEmpty()) {
        return Message.of(CliMessage.CLI_EXPLAIN_UNKNOWN_PLACE, input, p.studentId(),
            p.placeId());
      }
    }
    for (Unplaced u : result.unplaced()) {
      if (problem.student(u.studentId()).isEmpty()) {
        return Message.of(CliMessage.CLI_EXPLAIN_UNKNOWN_UNPLACED, input, u.studentId());
      }
    }
    for (Student s : problem.students()) {
      if (result.placement(s.id()).isEmpty() && result.unplacedEntry(s.id()).isEmpty()) {
        return Message.of(CliMessage.CLI_EXPLAIN_MISSING_STUDENT, input, s.id());
      }
    }
    return null;
  }

  /** Writes to a temporary file in the same directory, then moves it into place. */
  static void writeAtomically(Path target, String content) throws IOException {
    AtomicFiles.writeString(target, content);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }
}
