package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.ResultDocument;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;

/**
 * {@code stagematch verify --problem FILE RESULT}: checks a result document against its problem
 * with {@link ResultVerifier}, from the two files alone, and prints what it checked.
 *
 * <p>Exit 0 when every property holds; 2 when one fails (the output names the property, the JSON
 * path, the ids and numbers) or a file is missing or invalid; 3 when nothing failed but some
 * property could not be checked (a result without provenance or certificate, or with a kind of
 * certificate this version does not check).
 */
final class VerifyCommand implements Command {

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Een uitslag controleren tegen zijn probleem: hash, toelaatbaarheid,"
        + " fit, redenen, belofte"
        : "Verify a result against its problem: hash, feasibility, fit, reasons, promise";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        ResultJson.FORMAT, ResultJson.FORMAT_V1);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch verify --problem BESTAND UITSLAG%n"
        + "         stagematch verify --sample UITSLAG%n"
        + "%n"
        + "Controleert een uitslagdocument (%s, of %s zonder herkomst en certificaat)%n"
        + "tegen het probleemdocument waaruit het is berekend, met niets dan de twee bestanden:%n"
        + "  problem-hash  de SHA-256 van het probleem is die welke de uitslag vastlegt%n"
        + "  lottery       de lotnummers zijn die van de vastgelegde seed%n"
        + "  feasibility   elke student staat er een keer in; plaatsingen zijn toelaatbaar, niet%n"
        + "                verboden, binnen de capaciteit; vastgezette paren zijn gehouden%n"
        + "  fit           de fit van elke plaatsing is gelijk aan de opnieuw berekende fit%n"
        + "  reasons       OUT_OF_SCOPE, OPTED_OUT, NO_ADMISSIBLE_PLACE, CAPACITY_EXHAUSTED_*%n"
        + "                kloppen met de toelaatbaarheid%n"
        + "  optimality    school-placement: de meeste geplaatst, dan de beste totale fit,%n"
        + "                bewezen door de duale prijzen in het certificaat%n"
        + "  allocation    regional-allocation: elke plaatsing bij een plaats van de school van%n"
        + "                de student, en optimaal binnen elke school%n"
        + "  stability     student-choice: elke plaatsing bij een plaats in de rangorde, geen%n"
        + "                blokkerend paar (fitklasse, dan de loting), lotnummers van paren van%n"
        + "                de seed%n"
        + "  acquaintance  two-by-two: de kennismakingen van fase 1 een beste keuze, bewezen door%n"
        + "                duale prijzen; fase 2 opnieuw toegepast op de volgordes van beide%n"
        + "                kanten%n"
        + "  shortlist     blind-shortlist: elke plaatsing een keuze uit een shortlijst waarop%n"
        + "                de student is voorgedragen; de voordracht van elke ronde een beste%n"
        + "Het drukt elke controle af die klopte, en voor elke fout de eigenschap, het JSON-pad%n"
        + "in de uitslag en wat er mis is, met de ids en getallen.%n"
        + "%n"
        + "Opties:%n"
        + "  --problem BESTAND  het probleemdocument waaruit de uitslag is berekend%n"
        + "  --sample           gebruik het voorbeeldcohort uit de bibliotheek als probleem%n"
        + "  --help             druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 gecontroleerd; 2 een eigenschap faalde, of foute invoer of argumenten;%n"
        + "3 niets faalde maar een eigenschap kon niet worden gecontroleerd (een uitslag zonder%n"
        + "herkomst of certificaat); 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar match --variant school-placement --seed 2025 cohort.json"
        + " --out result.json%n"
        + "  java -jar stagematch.jar verify --problem cohort.json result.json%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch verify --problem FILE RESULT%n"
        + "       stagematch verify --sample RESULT%n"
        + "%n"
        + "Checks a result document (%s, or %s without provenance and certificate)%n"
        + "against the problem document it was computed from, with nothing but the two files:%n"
        + "  problem-hash  the SHA-256 of the problem equals the one the result records%n"
        + "  lottery       the lottery numbers are those of the recorded seed%n"
        + "  feasibility   every student listed once; placements admissible, not forbidden,%n"
        + "                within capacity; pins kept%n"
        + "  fit           every placement's fit equals the recomputed fit%n"
        + "  reasons       OUT_OF_SCOPE, OPTED_OUT, NO_ADMISSIBLE_PLACE, CAPACITY_EXHAUSTED_*%n"
        + "                agree with eligibility%n"
        + "  optimality    school-placement: the most placed, then the best total fit, proved%n"
        + "                by the dual prices in the certificate%n"
        + "  allocation    regional-allocation: every placement at a place of the student's%n"
        + "                school, and optimality within each school%n"
        + "  stability     student-choice: every placement at a ranked place, no blocking pair%n"
        + "                (fit class, then the lottery), pair lottery numbers of the seed%n"
        + "  acquaintance  two-by-two: stage 1's meetings a best selection, proved by dual%n"
        + "                prices; stage 2 re-applied from both sides' orders%n"
        + "  shortlist     blind-shortlist: every placement one pick from a shortlist it was%n"
        + "                nominated on; every round's nomination a best one%n"
        + "It prints every check that held, and for every failure the property, the JSON path%n"
        + "into the result and what is wrong, with the ids and numbers.%n"
        + "%n"
        + "Options:%n"
        + "  --problem FILE   the problem document the result was computed from%n"
        + "  --sample         use the sample cohort embedded in the library as the problem%n"
        + "  --help           print this text%n"
        + "%n"
        + "Exit status: 0 verified; 2 a property failed, or bad input or arguments; 3 nothing%n"
        + "failed but some property could not be checked (a result without provenance or%n"
        + "certificate); 1 an internal error%n"
        + "(a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar match --variant school-placement --seed 2025 cohort.json"
        + " --out result.json%n"
        + "  java -jar stagematch.jar verify --problem cohort.json result.json%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path problemFile = null;
    boolean sample = false;
    Path input = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--problem":
          if (i + 1 >= args.size()) {
            throw new UsageException(CliMessage.CLI_NEEDS_VALUE, "--problem");
          }
          problemFile = Path.of(args.get(++i));
          break;
        case "--sample":
          sample = true;
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(),
                "--problem, --sample, --help");
          }
          if (input != null) {
            throw new UsageException(CliMessage.CLI_TWO_RESULT_FILES, input, arg);
          }
          input = Path.of(arg);
      }
    }
    if (input == null) {
      throw new UsageException(CliMessage.CLI_VERIFY_FILE_MISSING);
    }
    Inputs.requireOneProblem(sample, problemFile);
    MatchingProblem problem = Inputs.problem(sample, problemFile, err);
    if (problem == null) {
      return BAD_INPUT;
    }
    ResultDocument document = Inputs.result(input, err);
    if (document == null) {
      return BAD_INPUT;
    }
    // a result that cannot be one of this problem at all (unknown or out-of-scope students,
    // overfull places, a personal key, markup in a detail) is refused as the reader finds it,
    // naming each entry by its index in the file, before anything is verified
    if (!Inputs.fits(problem, document, input, err)) {
      return BAD_INPUT;
    }
    MatchResult result = document.result();
    long t0 = System.nanoTime();
    ResultReport report = ResultVerifier.verify(problem, result);
    long t1 = System.nanoTime();
    out.print(SafeText.clean(input.toString(), UsageException.ARGUMENT_LIMIT) + ": "
        + report.summary(Texts.locale()));
    Texts.println(out, CliMessage.CLI_VERIFY_TIME, Math.round((t1 - t0) / 1e6));
    if (!report.ok()) {
      Texts.error(err, CliMessage.CLI_VERIFY_FAILED, input, report.failureCount(),
          report.failures().get(0).toString(Texts.locale()));
      return BAD_INPUT;
    }
    if (!report.complete()) {
      Texts.warning(err, report.notChecked().size() == 1 ? CliMessage.CLI_VERIFY_NOT_CHECKED_ONE
          : CliMessage.CLI_VERIFY_NOT_CHECKED, input, report.notChecked().size());
      return UNSUPPORTED;
    }
    return OK;
  }
}
