package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.format.DeclaredFormat;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ResultDocument;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.monitoring.MonitoringReport;
import nl.stagematch.variants.process.AuditTrail;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.TrailCheck;
import nl.stagematch.variants.process.TrailSignature;
import nl.stagematch.variants.process.TrailVerificationException;

/**
 * {@code stagematch report [--problem FILE | --sample] INPUT [--format json|csv]}: the monitoring
 * report (R10) of a result document, or of a session's audit trail (verified and replayed, so the
 * report includes the decisions). A trail's head hash and signature are checked with {@code
 * --expect-head HASH} and {@code --public-key FILE} ({@link AuditTrail#check}); what was checked
 * goes to standard error.
 *
 * <p>Exit 0 with the report on standard output (or in {@code --out}); exit 2 for a missing or
 * invalid file, a trail that fails verification (the message names the entry) or a result that
 * does not belong to the problem.
 */
final class ReportCommand implements Command {

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Monitoringsrapport (JSON of CSV) van een uitslag of van het"
        + " audittrail van een sessie"
        : "Monitoring report (JSON or CSV) of a result or a session's audit trail";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        ResultJson.FORMAT, AuditTrail.FORMAT);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch report --problem BESTAND [OPTIES] UITSLAG_OF_TRAIL%n"
        + "         stagematch report --sample [OPTIES] UITSLAG_OF_TRAIL%n"
        + "%n"
        + "Telt wat het beleid volgt (zie docs/monitoring.md): studenten binnen de reikwijdte,%n"
        + "gematcht, niet geplaatst per reden, afmeldingen, weigeringen en bezwaren per soort%n"
        + "reden, intrekkingen per soort beslissing, en de bedrijven die wel of niet meedoen per%n"
        + "sector, grootteklasse en regio, en de studenten per kwalificatie.%n"
        + "%n"
        + "UITSLAG_OF_TRAIL is een uitslagdocument (%s) of het audittrail van een sessie (%s).%n"
        + "Een trail wordt gecontroleerd (hashketen) en opnieuw afgespeeld op het probleem met de%n"
        + "variant die het noemt, zodat het rapport ook zijn besluiten telt; een trail van een%n"
        + "ander probleem wordt geweigerd, en ook een uitslag waarvan de vastgelegde hash van het%n"
        + "probleem verschilt van die van het probleem. Wat is gecontroleerd (de kophash, de%n"
        + "handtekening) gaat naar standaardfout. Zonder publieke sleutel wordt de handtekening%n"
        + "van een ondertekend trail niet gecontroleerd, en dat wordt gemeld.%n"
        + "%n"
        + "Opties:%n"
        + "  --problem BESTAND   het probleemdocument waar de uitslag of de sessie over gaat%n"
        + "  --sample            gebruik het voorbeeldcohort dat in de bibliotheek zit als%n"
        + "                      probleem%n"
        + "  --format json|csv   canonieke JSON (standaard), of tidy CSV met de kolommen%n"
        + "                      dimension,value,metric,count%n"
        + "  --out BESTAND       schrijf het rapport naar BESTAND in plaats van standaarduitvoer%n"
        + "  --expect-head HASH  controleer ook dat het trail eindigt op deze hash, die elders is%n"
        + "                      bewaard (niets afgeknipt, niets herschreven); --head is%n"
        + "                      hetzelfde%n"
        + "  --public-key BESTAND  controleer de Ed25519-handtekening van het trail met deze%n"
        + "                      publieke sleutel (gemaakt door 'stagematch keygen'); een niet%n"
        + "                      ondertekend trail wordt dan geweigerd%n"
        + "  --help              druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 het rapport is geschreven; 2 foute invoer (een ontbrekend of ongeldig%n"
        + "bestand, een trail dat de controle niet doorstaat, een uitslag van een ander%n"
        + "probleem) of foute argumenten; 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar report --problem cohort.json trail.json --format csv%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch report --problem FILE [OPTIONS] RESULT_OR_TRAIL%n"
        + "       stagematch report --sample [OPTIONS] RESULT_OR_TRAIL%n"
        + "%n"
        + "Counts what the policy follows (see docs/monitoring.md): students in scope, matched,%n"
        + "unplaced by reason, opt-outs, refusals and objections by reason category,%n"
        + "withdrawals by the kind of decision withdrawn, and the%n"
        + "companies taking part or not by sector, size class and region, and the students per%n"
        + "qualification.%n"
        + "%n"
        + "RESULT_OR_TRAIL is a result document (%s) or a session's audit trail (%s). A trail%n"
        + "is verified (hash chain) and replayed on the problem with the variant it names, so%n"
        + "the report counts its decisions too; a trail of another problem is refused, and so%n"
        + "is a result whose recorded problem hash differs from the problem's. What was%n"
        + "checked (the head hash, the signature) goes to standard error. Without a public%n"
        + "key a signed trail's signature is not checked, and it says so.%n"
        + "%n"
        + "Options:%n"
        + "  --problem FILE      the problem document the result or session is about%n"
        + "  --sample            use the sample cohort embedded in the library as the problem%n"
        + "  --format json|csv   canonical JSON (default), or tidy CSV with the columns%n"
        + "                      dimension,value,metric,count%n"
        + "  --out FILE          write the report to FILE instead of standard output%n"
        + "  --expect-head HASH  also check that the trail ends at this hash, kept elsewhere%n"
        + "                      (nothing cut off, nothing rewritten); --head is the same%n"
        + "  --public-key FILE   check the trail's Ed25519 signature with this public key (made%n"
        + "                      by 'stagematch keygen'); an unsigned trail is then refused%n"
        + "  --help              print this text%n"
        + "%n"
        + "Exit status: 0 the report was written; 2 bad input (a missing or invalid file, a%n"
        + "trail that fails verification, a result of another problem) or bad arguments; 1 an%n"
        + "internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar report --problem cohort.json trail.json --format csv%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path problemFile = null;
    boolean sample = false;
    Path input = null;
    Path outFile = null;
    String head = null;
    Path publicKeyFile = null;
    boolean csv = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--problem":
          problemFile = Path.of(value(args, ++i, arg));
          break;
        case "--sample":
          sample = true;
          break;
        case "--format":
          String format = value(args, ++i, arg);
          if (!format.equals("json") && !format.equals("csv")) {
            throw new UsageException(CliMessage.CLI_REPORT_BAD_FORMAT, format);
          }
          csv = format.equals("csv");
          break;
        case "--out":
          outFile = Path.of(value(args, ++i, arg));
          break;
        case "--head":
        case "--expect-head":
          head = value(args, ++i, arg);
          break;
        case "--public-key":
          publicKeyFile = Path.of(value(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(), "--problem,"
                + " --sample, --format, --out, --expect-head (--head), --public-key, --help");
          }
          if (input != null) {
            throw new UsageException(CliMessage.CLI_REPORT_TWO_FILES, input, arg);
          }
          input = Path.of(arg);
      }
    }
    if (input == null) {
      throw new UsageException(CliMessage.CLI_REPORT_FILE_MISSING);
    }
    Inputs.requireOneProblem(sample, problemFile);
    PublicKey publicKey = null;
    if (publicKeyFile != null) {
      try {
        publicKey = TrailSignature.readPublicKey(publicKeyFile);
      } catch (IllegalArgumentException e) {
        Texts.error(err, CliMessage.CLI_BAD_KEY, Texts.errorText(e));
        return BAD_INPUT;
      }
    }
    MatchingProblem problem = Inputs.problem(sample, problemFile, err);
    if (problem == null) {
      return BAD_INPUT;
    }
    String text;
    try {
      text = InputFiles.readUtf8(input);
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, input);
      return BAD_INPUT;
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_FILE_UNREADABLE, input, e.getMessage());
      return BAD_INPUT;
    }
    MonitoringReport report;
    try {
      // any version of the trail format; the reader refuses an older one with the reason
      // the kind is the declared format, never a substring found somewhere in the content
      if (DeclaredFormat.of(text).orElse("").startsWith("stagematch-trail/")) {
        TrailCheck check = AuditTrail.check(text, publicKey, head);
        check.lines(Texts.locale()).forEach(err::println);
        report = MonitoringReport.of(MatchingSession.replay(problem, text, Variants.load()));
      } else {
        if (head != null || publicKey != null) {
          throw new UsageException(CliMessage.CLI_REPORT_TRAIL_OPTIONS);
        }
        ResultDocument document = ResultJson.readDocument(input);
        MatchResult result = document.result();
        if (!Inputs.belongsTo(problem, problemFile, result, input, err)
            || !Inputs.fits(problem, document, input, err)) {
          return BAD_INPUT;
        }
        report = MonitoringReport.of(problem, result, List.of());
      }
    } catch (TrailVerificationException e) {
      Texts.error(err, CliMessage.CLI_TRAIL_FAILS, input, Texts.errorText(e));
      return BAD_INPUT;
    } catch (JsonFormatException e) {
      Texts.error(err, CliMessage.CLI_REPORT_NEITHER, input, AuditTrail.FORMAT,
          ResultJson.FORMAT);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_BAD_FILE, input, Texts.errorText(e));
      return BAD_INPUT;
    }
    String body = csv ? report.toCsv() : report.toJson();
    if (outFile != null) {
      AtomicFiles.writeString(outFile, body);
    } else {
      out.print(body);
    }
    return OK;
  }

  /**
   * Whether {@code result} was computed for {@code problem}: its provenance's problem hash is the
   * problem's; a result without provenance (format v1) is accepted with a warning.
   */
  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }
}
