package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.AnswersFile;
import nl.stagematch.variants.process.AnswersResponder;
import nl.stagematch.variants.process.DecisionsFile;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.TrailSignature;

/**
 * {@code stagematch match --variant NAME ...}: runs one matching variant on a problem document,
 * the embedded sample or a generated national-style cohort, and writes the result document.
 */
final class MatchCommand implements Command {

  @Override
  public String name() {
    return "match";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Een probleem matchen met een variant en de uitslag (JSON) schrijven"
        : "Match a problem with one variant and write the result (JSON)";
  }

  @Override
  public String help() {
    StringBuilder variants = new StringBuilder();
    for (MatchingVariant v : Variants.load().all()) {
      variants.append(String.format(Locale.ROOT, "  %-20s %s%n", v.name(), v.description()));
      for (VariantOption o : v.options()) {
        variants.append(String.format(Locale.ROOT, "  %-20s   --option %s%n", "", o.usage()));
      }
    }
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP, variants);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch match --variant NAAM [OPTIES] BESTAND%n"
        + "         stagematch match --variant NAAM [OPTIES] --sample%n"
        + "         stagematch match --variant NAAM [OPTIES] --national N%n"
        + "%n"
        + "Matcht de studenten van een probleemdocument (stagematch-problem/1, zie%n"
        + "docs/format.md) met een variant en schrijft het uitslagdocument (stagematch-result/2):%n"
        + "plaatsingen, niet-geplaatste studenten met hun reden, en de lotnummers. Elke student%n"
        + "van het probleem staat er een keer in; studenten buiten de reikwijdte of die zich%n"
        + "hebben afgemeld als niet geplaatst met die reden. Het document legt ook zijn herkomst%n"
        + "vast (de SHA-256 van het probleem, de seed, opties, vastgezette en verboden paren,%n"
        + "scholen en fitmodel) en het certificaat van de variant, zodat%n"
        + "'stagematch verify --problem BESTAND UITSLAG' het met alleen de twee bestanden kan%n"
        + "controleren. Antwoorden van mensen (volgordes na kennismakingen, keuzes uit%n"
        + "shortlijsten, rangordes) worden gesimuleerd door de ingebouwde beantwoorder (op fit,%n"
        + "gelijke standen door de loting), tenzij --answers ze geeft (student-choice,%n"
        + "two-by-two, blind-shortlist; zie docs/variants.md).%n"
        + "%n"
        + "Varianten:%n"
        + "%s"
        + "%n"
        + "Opties:%n"
        + "  --variant NAAM       de variant die draait (verplicht)%n"
        + "  --seed N             de seed van de loting (standaard 0); zelfde invoer en seed,%n"
        + "                       zelfde bytes%n"
        + "  --option NAAM=WAARDE een optie van de variant (herhaalbaar); zie de lijst hierboven%n"
        + "  --schools BESTAND    voor regional-allocation: regels 'studentId,schoolId' (een%n"
        + "                       regel die met # begint is commentaar); zonder: een school%n"
        + "  --decisions BESTAND  pas een besluitenbestand toe (stagematch-decisions/1, zie%n"
        + "                       docs/decisions.md: confirm, pin, forbid, refuse, object, end,%n"
        + "                       re-match) in een matchingsessie, en schrijf het laatste%n"
        + "                       voorstel%n"
        + "  --trail BESTAND      met --decisions: schrijf het audittrail van de sessie naar%n"
        + "                       BESTAND (stagematch-trail/3); de kophash wordt afgedrukt:%n"
        + "                       bewaar die elders (in de notulen) om te controleren met%n"
        + "                       'report --expect-head'%n"
        + "  --sign-key SLEUTEL   met --trail: onderteken het trail met deze private%n"
        + "                       Ed25519-sleutel (gemaakt door 'stagematch keygen'); controleer%n"
        + "                       met 'report --public-key'%n"
        + "  --answers BESTAND    de antwoorden van mensen (stagematch-answers/1): rangordes voor%n"
        + "                       student-choice, of volgordes voor two-by-two over de%n"
        + "                       kennismakingen van '--stage meetings' met hetzelfde probleem en%n"
        + "                       dezelfde seed, of keuzes per ronde voor blind-shortlist uit%n"
        + "                       '--stage shortlists'; streng gecontroleerd (alle fouten%n"
        + "                       tegelijk) en vastgelegd in het trail%n"
        + "  --stage meetings     two-by-two: schrijf het kennismakingsplan naar --out%n"
        + "                       BESTAND.json (met BESTAND-studenten.csv en%n"
        + "                       BESTAND-bedrijven.csv) en stop%n"
        + "  --stage shortlists   blind-shortlist: speel de rondes waarvan --answers de keuzes%n"
        + "                       heeft, schrijf de anonieme shortlijsten van de volgende ronde%n"
        + "                       naar --out-dir MAP (CSV, JSON, een HTML-pagina per bedrijf,%n"
        + "                       picks-round-N.json om in te vullen) en stop; in de taal van%n"
        + "                       --lang (standaard nl)%n"
        + FitOptions.HELP_DUTCH
        + "                       (niet met --decisions: zet ze in de fitModel van het probleem)%n"
        + "  --sample             match het voorbeeldcohort dat in de bibliotheek zit%n"
        + "  --national N         match een gegenereerd landelijk cohort van N studenten%n"
        + "                       (het gekalibreerde cohort van compare --generate met 20%n"
        + "                       regio's en een school per regio, met de seed)%n"
        + "  --out BESTAND        schrijf de uitslag naar BESTAND (de samenvatting gaat dan naar%n"
        + "                       standaarduitvoer); zonder gaat de uitslag naar standaarduitvoer%n"
        + "                       en de samenvatting naar standaardfout%n"
        + "  --help               druk deze tekst af%n"
        + "%n"
        + "Afsluitcode: 0 gematcht; 2 foute argumenten of invoer; 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  java -jar stagematch.jar match --variant two-by-two --seed 2025 --sample"
        + " --out result.json%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch match --variant NAME [OPTIONS] FILE%n"
        + "       stagematch match --variant NAME [OPTIONS] --sample%n"
        + "       stagematch match --variant NAME [OPTIONS] --national N%n"
        + "%n"
        + "Matches the students of a problem document (stagematch-problem/1, see docs/format.md)%n"
        + "with one variant and writes the result document (stagematch-result/2): placements,%n"
        + "unplaced students with their reason, and the lottery numbers. Every student of the%n"
        + "problem appears once; students out of scope or opted out as unplaced with that reason.%n"
        + "The document also records its provenance (the problem's SHA-256, the seed, options,%n"
        + "pins, forbidden pairs, schools and fit model) and the variant's certificate, so that%n"
        + "'stagematch verify --problem FILE RESULT' can check it from the two files alone.%n"
        + "Answers of people (orders after meetings, picks from shortlists, rankings) are%n"
        + "simulated by the built-in responder (by fit, ties by the lottery), unless --answers%n"
        + "gives them (student-choice, two-by-two, blind-shortlist; see docs/variants.md).%n"
        + "%n"
        + "Variants:%n"
        + "%s"
        + "%n"
        + "Options:%n"
        + "  --variant NAME       the variant to run (required)%n"
        + "  --seed N             the lottery seed (default 0); same input and seed, same bytes%n"
        + "  --option NAME=VALUE  a variant option (repeatable); see the list above%n"
        + "  --schools FILE       for regional-allocation: lines 'studentId,schoolId' (a line%n"
        + "                       starting with # is a comment); without it, one school%n"
        + "  --decisions FILE     apply a decisions file (stagematch-decisions/1, see%n"
        + "                       docs/decisions.md: confirm, pin, forbid, refuse, object, end,%n"
        + "                       re-match) in a matching session, and write its last proposal%n"
        + "  --trail FILE         with --decisions: write the session's audit trail to FILE%n"
        + "                       (stagematch-trail/3); its head hash is printed: keep it%n"
        + "                       elsewhere (in the minutes) to check with 'report --expect-head'%n"
        + "  --sign-key KEY_FILE  with --trail: sign the trail with this Ed25519 private key%n"
        + "                       (made by 'stagematch keygen'); check with 'report --public-key'%n"
        + "  --answers FILE       the people's answers (stagematch-answers/1): student-choice%n"
        + "                       rankings, or two-by-two orders over the meetings of%n"
        + "                       '--stage meetings' with the same problem and seed, or%n"
        + "                       blind-shortlist picks per round from '--stage shortlists';%n"
        + "                       checked strictly (every error at once) and recorded in the%n"
        + "                       trail%n"
        + "  --stage meetings     two-by-two: write the meeting plan to --out FILE.json (with%n"
        + "                       FILE-students.csv and FILE-companies.csv) and stop%n"
        + "  --stage shortlists   blind-shortlist: run the rounds --answers has picks of, write%n"
        + "                       the next round's anonymous shortlists to --out-dir DIR (CSV,%n"
        + "                       JSON, an HTML page per company, picks-round-N.json to fill%n"
        + "                       in) and stop; in the language of --lang (default nl)%n"
        + FitOptions.HELP
        + "                       (not with --decisions: set them in the problem's fitModel)%n"
        + "  --sample             match the sample cohort embedded in the library%n"
        + "  --national N         match a generated national-style cohort of N students%n"
        + "                       (the calibrated cohort of compare --generate with 20 regions%n"
        + "                       and one school per region, with the seed)%n"
        + "  --out FILE           write the result to FILE (the summary then goes to standard%n"
        + "                       output); without it the result goes to standard output and the%n"
        + "                       summary to standard error%n"
        + "  --help               print this text%n"
        + "%n"
        + "Exit status: 0 matched; 2 bad arguments or input; 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar match --variant two-by-two --seed 2025 --sample"
        + " --out result.json%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    String variantName = null;
    long seed = 0;
    Map<String, String> options = new LinkedHashMap<>();
    Path schoolsFile = null;
    Path file = null;
    Path outFile = null;
    boolean sample = false;
    int national = -1;
    Path decisionsFile = null;
    Path trailFile = null;
    Path signKeyFile = null;
    Path answersFile = null;
    boolean meetingsStage = false;
    boolean shortlistsStage = false;
    Path outDir = null;
    Locale lang = Texts.locale();
    FitOptions fit = new FitOptions();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (fit.accept(arg, args, i + 1)) {
        i++;
        continue;
      }
      switch (arg) {
        case "--variant":
          variantName = value(args, ++i, arg);
          break;
        case "--seed":
          seed = longValue(arg, value(args, ++i, arg));
          break;
        case "--option":
          String kv = value(args, ++i, arg);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new UsageException(CliMessage.CLI_MATCH_OPTION_NOT_NAME_VALUE, kv);
          }
          if (options.put(kv.substring(0, eq), kv.substring(eq + 1)) != null) {
            throw new UsageException(CliMessage.CLI_MATCH_OPTION_TWICE, kv.substring(0, eq));
          }
          break;
        case "--schools":
          schoolsFile = Path.of(value(args, ++i, arg));
          break;
        case "--sample":
          sample = true;
          break;
        case "--decisions":
          decisionsFile = Path.of(value(args, ++i, arg));
          break;
        case "--trail":
          trailFile = Path.of(value(args, ++i, arg));
          break;
        case "--sign-key":
          signKeyFile = Path.of(value(args, ++i, arg));
          break;
        case "--answers":
          answersFile = Path.of(value(args, ++i, arg));
          break;
        case "--stage":
          String stage = value(args, ++i, arg);
          if (!"meetings".equals(stage) && !"shortlists".equals(stage)) {
            throw new UsageException(CliMessage.CLI_MATCH_UNKNOWN_STAGE, stage);
          }
          meetingsStage = "meetings".equals(stage);
          shortlistsStage = "shortlists".equals(stage);
          break;
        case "--out-dir":
          outDir = Path.of(value(args, ++i, arg));
          break;
        case "--national":
          long n = longValue(arg, value(args, ++i, arg));
          if (n < 1 || n > 1_000_000) {
            throw new UsageException(CliMessage.CLI_MATCH_NATIONAL_SIZE, n);
          }
          national = (int) n;
          break;
        case "--out":
          outFile = Path.of(value(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(), "--variant,"
                + " --seed, --option, --schools, --decisions, --trail, --sign-key, --answers,"
                + " --stage, --out-dir, --fit-weights, --travel, --sample, --national, --out,"
                + " --help");
          }
          if (file != null) {
            throw new UsageException(CliMessage.CLI_MATCH_TWO_FILES, file, arg);
          }
          file = Path.of(arg);
      }
    }
    if (variantName == null) {
      throw new UsageException(CliMessage.CLI_MATCH_VARIANT_MISSING,
          String.join(", ", Variants.load().names()));
    }
    int sources = (sample ? 1 : 0) + (file != null ? 1 : 0) + (national > 0 ? 1 : 0);
    if (sources != 1) {
      throw new UsageException(sources == 0
          ? CliMessage.CLI_MATCH_SOURCE_MISSING
          : CliMessage.CLI_MATCH_TWO_SOURCES);
    }
    if (trailFile != null && decisionsFile == null) {
      throw new UsageException(CliMessage.CLI_MATCH_TRAIL_NEEDS_DECISIONS);
    }
    if (fit.any() && decisionsFile != null) {
      throw new UsageException(CliMessage.CLI_MATCH_FIT_WITH_DECISIONS);
    }
    if (signKeyFile != null && trailFile == null) {
      throw new UsageException(CliMessage.CLI_MATCH_SIGN_KEY_NEEDS_TRAIL);
    }
    if (meetingsStage && (!"two-by-two".equals(variantName) || answersFile != null
        || decisionsFile != null || outFile == null)) {
      throw new UsageException(CliMessage.CLI_MATCH_STAGE_NEEDS);
    }
    if (shortlistsStage != (outDir != null) || (shortlistsStage
        && (!"blind-shortlist".equals(variantName) || decisionsFile != null || outFile != null))) {
      throw new UsageException(CliMessage.CLI_MATCH_SHORTLISTS_NEEDS);
    }
    MatchingVariant variant;
    try {
      variant = Variants.load().get(variantName);
    } catch (IllegalArgumentException e) {
      throw new UsageException(CliMessage.CLI_MATCH_UNKNOWN_VARIANT, variantName,
          String.join(", ", Variants.load().names()));
    }
    long t0 = System.nanoTime();
    MatchingProblem problem;
    String source;
    Map<String, String> nationalSchools = Map.of();
    try {
      if (sample) {
        problem = SampleCohort.load();
        source = Texts.text(CliMessage.CLI_THE_SAMPLE);
      } else if (national > 0) {
        ResearchCohort cohort = NationalCohortGenerator.cohort(seed, national);
        problem = cohort.problem();
        nationalSchools = cohort.schools();
        source = Texts.text(CliMessage.CLI_MATCH_NATIONAL_SOURCE, Texts.count(national), seed);
      } else {
        problem = ProblemJson.read(file);
        source = file.toString();
      }
    } catch (JsonFormatException e) {
      for (String line : Texts.errorLines(e, Texts.locale())) {
        err.println(line);
      }
      Texts.error(err, CliMessage.CLI_INVALID_PROBLEM_RUN_VALIDATE, file);
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
      return BAD_INPUT;
    }
    FitModel fitModel = fit.model(problem);
    MatchRequest.Builder request = MatchRequest.builder(problem).seed(seed).fitModel(fitModel);
    Map<String, String> schools = Map.of();
    DecisionsFile decisions = null;
    KeyPair signingKey = null;
    if (signKeyFile != null) {
      try {
        signingKey = TrailSignature.readPrivateKey(signKeyFile);
      } catch (IllegalArgumentException e) {
        Texts.error(err, CliMessage.CLI_BAD_KEY, Texts.errorText(e));
        return BAD_INPUT;
      }
    }
    try {
      request.options(options);
      if (schoolsFile != null) {
        schools = SchoolsFile.read(schoolsFile, problem, false);
        request.schools(schools);
      } else if (!nationalSchools.isEmpty() && variant.has(Capability.MULTI_SCHOOL)) {
        schools = nationalSchools;
        request.schools(schools);
      }
      if (decisionsFile != null) {
        decisions = DecisionsFile.read(decisionsFile);
      }
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_BAD_INPUT, (decisions == null && decisionsFile != null
          ? decisionsFile + ": " : "") + Texts.errorText(e));
      return BAD_INPUT;
    }
    AnswersResponder answers = null;
    if (answersFile != null) {
      try {
        AnswersFile parsed = AnswersFile.read(answersFile, variant.name());
        if (!parsed.variant().equals(variant.name())) {
          Texts.error(err, CliMessage.CLI_MATCH_ANSWERS_OTHER_VARIANT, answersFile,
              parsed.variant(), variant.name());
          return BAD_INPUT;
        }
        answers = parsed.collectingResponder(problem);
      } catch (NoSuchFileException e) {
        Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
        return BAD_INPUT;
      } catch (AnswersResponder.WrongAnswer e) {
        printErrors(err, answersFile, e);
        return BAD_INPUT;
      } catch (IllegalArgumentException e) {
        Texts.error(err, CliMessage.CLI_BAD_ANSWERS, answersFile, Texts.errorText(e));
        return BAD_INPUT;
      }
      request.responder(answers);
    }
    long t1 = System.nanoTime();
    if (meetingsStage) {
      MatchRequest built = request.build();
      return MeetingsStage.write(problem, variant.match(built), built, outFile, out, err);
    }
    if (shortlistsStage) {
      try {
        return ShortlistsStage.write(problem, variant, request.build(), answers != null
            ? answers.file() : AnswersFile.ofPicks(Map.of()), answersFile, outDir, lang, out,
            err);
      } catch (AnswersResponder.WrongAnswer e) {
        printErrors(err, answersFile, e);
        return BAD_INPUT;
      }
    }
    Proposal proposal;
    MatchingSession session = null;
    try {
      if (decisions == null) {
        MatchRequest built = request.build();
        proposal = variant.match(built).withProvenance(built);
      } else {
        MatchingSession.Builder builder = MatchingSession.builder(problem, variant).seed(seed)
            .options(options).schools(schools);
        if (answers != null) {
          builder.responder(answers);
        }
        if (signingKey != null) {
          builder.signingKey(signingKey);
        }
        session = builder.start(firstCoordinator(decisions));
        decisions.applyTo(session);
        proposal = session.proposal();
      }
      if (answers != null) {
        answers.checkAllAsked();
      }
    } catch (AnswersResponder.WrongAnswer e) {
      printErrors(err, answersFile, e);
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_BAD_INPUT, (session != null ? decisionsFile + ": " : "")
          + Texts.errorText(e));
      return BAD_INPUT;
    }
    long t2 = System.nanoTime();
    if (answers == null && Set.of("two-by-two", "student-choice", "blind-shortlist")
        .contains(variant.name())) {
      Texts.println(err, CliMessage.CLI_MATCH_SIMULATED);
    }
    PrintStream summary = outFile == null ? err : out;
    if (outFile == null) {
      ResultJson.write(proposal.result(), out);
      out.flush();
    }
    // the result and the trail are written together: both, or (after an error) neither
    boolean writeTrail = session != null && trailFile != null;
    if (outFile != null || writeTrail) {
      MatchResult written = proposal.result();
      String trailJson = writeTrail ? session.trailJson() : null;
      Path at = outFile != null ? outFile : trailFile;
      try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
        if (outFile != null) {
          batch.add(outFile, o -> ResultJson.write(written, o));
        }
        if (writeTrail) {
          at = trailFile;
          batch.add(trailFile, o -> o.write(trailJson.getBytes(StandardCharsets.UTF_8)));
        }
        batch.commit();
      } catch (IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
          at = Path.of(fse.getFile());
        }
        Texts.error(err, CliMessage.CLI_FILE_UNWRITABLE, at, e.getMessage());
        return BAD_INPUT;
      }
    }
    Texts.println(summary, CliMessage.CLI_MATCH_INPUT, source);
    if (answers != null) {
      Texts.println(summary, CliMessage.CLI_MATCH_ANSWERS, answersFile, answers.name());
    } else if (outFile != null && Set.of("two-by-two", "student-choice", "blind-shortlist")
        .contains(variant.name())) {
      Texts.println(summary, CliMessage.CLI_MATCH_ANSWERS_SIMULATED_NOTE);
    }
    Texts.println(summary, CliMessage.CLI_MATCH_FIT_MODEL,
        FitOptions.describe(fitModel, Texts.locale()), fit.origin(problem, Texts.locale()));
    if (session != null) {
      Texts.println(summary, CliMessage.CLI_MATCH_DECISIONS,
          Texts.count(decisions.steps().size()), decisionsFile, session.version());
    }
    summary.print(VariantSummary.render(proposal));
    Texts.println(summary, CliMessage.CLI_MATCH_TIME, Math.round((t1 - t0) / 1e6),
        Math.round((t2 - t1) / 1e6));
    if (outFile != null) {
      Texts.println(summary, CliMessage.CLI_MATCH_WROTE, outFile);
    }
    if (trailFile != null) {
      Texts.println(summary, CliMessage.CLI_MATCH_TRAIL, trailFile,
          Texts.count(session.trail().size()));
      Texts.println(summary, CliMessage.CLI_MATCH_HEAD, session.trail().headHash());
      String fingerprint = session.trail().signingKeyFingerprint();
      if (fingerprint == null) {
        Texts.println(summary, CliMessage.CLI_MATCH_UNSIGNED);
      } else {
        Texts.println(summary, CliMessage.CLI_MATCH_SIGNED, fingerprint);
      }
    }
    return OK;
  }

  /** Every error of an answers file, each with the file's name; the count first if several. */
  static void printErrors(PrintStream err, Path file,
      AnswersResponder.WrongAnswer e) {
    if (e.errors().size() > 1) {
      Texts.error(err, CliMessage.CLI_ANSWERS_ERROR_COUNT, file, Texts.count(e.errors().size()));
    }
    for (Message error : e.reported()) {
      Texts.error(err, CliMessage.CLI_WRONG_ANSWER, file, error.text(Texts.locale()));
    }
  }

  /** The coordinator of the file's first step, who starts the session; "K-CLI" if it is empty. */
  private static String firstCoordinator(DecisionsFile decisions) {
    for (DecisionsFile.Step step : decisions.steps()) {
      if (step instanceof DecisionsFile.Decide d) {
        return d.decision().coordinator();
      }
      return ((DecisionsFile.Rematch) step).coordinator();
    }
    return "K-CLI";
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }

  private static long longValue(String option, String text) throws UsageException {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_NOT_WHOLE_NUMBER, text, option);
    }
  }
}
