package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.fit.FitModel;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.json.JsonFormatException;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.ResultJson;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
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
    return "Match a problem with one variant and write the result (JSON)";
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
    return String.format(Locale.ROOT, ""
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
        + "gives them (student-choice, two-by-two; see docs/variants.md).%n"
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
        + "                       '--stage meetings' with the same problem and seed; checked%n"
        + "                       strictly and recorded in the trail%n"
        + "  --stage meetings     two-by-two: write the meeting plan to --out FILE.json (with%n"
        + "                       FILE-students.csv and FILE-companies.csv) and stop%n"
        + FitOptions.HELP
        + "                       (not with --decisions: set them in the problem's fitModel)%n"
        + "  --sample             match the sample cohort embedded in the library%n"
        + "  --national N         match a generated national-style cohort of N students%n"
        + "                       (NationalCohortGenerator with the seed: 0.44 N places of%n"
        + "                       capacity 1-4, N/5 companies, N/250 qualifications)%n"
        + "  --out FILE           write the result to FILE (the summary then goes to standard%n"
        + "                       output); without it the result goes to standard output and the%n"
        + "                       summary to standard error%n"
        + "  --help               print this text%n"
        + "%n"
        + "Exit status: 0 matched; 2 bad arguments or input; 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  java -jar stagematch.jar match --variant two-by-two --seed 2025 --sample"
        + " --out result.json%n",
        variants);
  }

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
            throw new UsageException("The option (" + kv + ") must be NAME=VALUE, such as"
                + " shortlist-size=3.");
          }
          if (options.put(kv.substring(0, eq), kv.substring(eq + 1)) != null) {
            throw new UsageException("The option (" + kv.substring(0, eq) + ") is given twice.");
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
          if (!"meetings".equals(stage)) {
            throw new UsageException("The stage (" + stage + ") is unknown; the only stage is"
                + " 'meetings' (two-by-two).");
          }
          meetingsStage = true;
          break;
        case "--national":
          long n = longValue(arg, value(args, ++i, arg));
          if (n < 1 || n > 1_000_000) {
            throw new UsageException("The size (" + n + ") of --national must be 1 to 1000000.");
          }
          national = (int) n;
          break;
        case "--out":
          outFile = Path.of(value(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException("Unknown option (" + arg + ") for match. Known options:"
                + " --variant, --seed, --option, --schools, --decisions, --trail, --sign-key,"
                + " --answers, --stage, --fit-weights, --travel, --sample, --national, --out,"
                + " --help.");
          }
          if (file != null) {
            throw new UsageException("Give one FILE to match, not two (" + file + " and " + arg
                + ").");
          }
          file = Path.of(arg);
      }
    }
    if (variantName == null) {
      throw new UsageException("Give the variant to run with --variant NAME; known variants: "
          + String.join(", ", Variants.load().names()) + ".");
    }
    int sources = (sample ? 1 : 0) + (file != null ? 1 : 0) + (national > 0 ? 1 : 0);
    if (sources != 1) {
      throw new UsageException(sources == 0
          ? "Give the FILE to match, or --sample, or --national N."
          : "Give only one of FILE, --sample and --national N.");
    }
    if (trailFile != null && decisionsFile == null) {
      throw new UsageException("--trail needs --decisions: the trail is the session's record.");
    }
    if (fit.any() && decisionsFile != null) {
      throw new UsageException("--fit-weights and --travel do not go with --decisions: a session"
          + " uses the problem's fit model.\nMaybe set them in the problem's fitModel (see"
          + " docs/fit.md).");
    }
    if (signKeyFile != null && trailFile == null) {
      throw new UsageException("--sign-key needs --trail (and --decisions): it signs the"
          + " session's audit trail.");
    }
    if (meetingsStage && (!"two-by-two".equals(variantName) || answersFile != null
        || decisionsFile != null || outFile == null)) {
      throw new UsageException("--stage meetings needs --variant two-by-two and --out FILE.json,"
          + " without --answers and --decisions: it writes the meeting plan and stops.");
    }
    MatchingVariant variant;
    try {
      variant = Variants.load().get(variantName);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("\nMaybe check the spelling.", ""));
    }
    long t0 = System.nanoTime();
    MatchingProblem problem;
    String source;
    try {
      if (sample) {
        problem = SampleCohort.load();
        source = "the sample cohort";
      } else if (national > 0) {
        problem = NationalCohortGenerator.generate(seed, national, national * 44 / 100,
            Math.max(1, national / 5), Math.max(1, national / 250));
        source = "a national-style cohort of " + national + " students (seed " + seed + ")";
      } else {
        problem = ProblemJson.read(file);
        source = file.toString();
      }
    } catch (JsonFormatException e) {
      for (String line : e.lines()) {
        err.println(line);
      }
      err.println(file + " is not a valid problem document; run 'stagematch validate " + file
          + "' for the details.");
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("The file (" + e.getFile() + ") does not exist.\nMaybe check the path.");
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
        err.println(e.getMessage());
        return BAD_INPUT;
      }
    }
    try {
      request.options(options);
      if (schoolsFile != null) {
        schools = readSchools(schoolsFile);
        request.schools(schools);
      }
      if (decisionsFile != null) {
        decisions = DecisionsFile.read(decisionsFile);
      }
    } catch (NoSuchFileException e) {
      err.println("The file (" + e.getFile() + ") does not exist.\nMaybe check the path.");
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println((decisions == null && decisionsFile != null ? decisionsFile + ": " : "")
          + e.getMessage());
      return BAD_INPUT;
    }
    AnswersResponder answers = null;
    if (answersFile != null) {
      try {
        AnswersFile parsed = AnswersFile.read(answersFile);
        if (!parsed.variant().equals(variant.name())) {
          err.println(answersFile + ": $.variant: the answers are for (" + parsed.variant()
              + "), but the variant run is (" + variant.name() + ").\nMaybe run --variant "
              + parsed.variant() + ", or give the answers of " + variant.name() + ".");
          return BAD_INPUT;
        }
        answers = parsed.responder(problem);
      } catch (NoSuchFileException e) {
        err.println("The file (" + e.getFile() + ") does not exist.\nMaybe check the path.");
        return BAD_INPUT;
      } catch (IllegalArgumentException e) {
        err.println(answersFile + ": " + e.getMessage());
        return BAD_INPUT;
      }
      request.responder(answers);
    }
    long t1 = System.nanoTime();
    if (meetingsStage) {
      MatchRequest built = request.build();
      return MeetingsStage.write(problem, variant.match(built), built, outFile, out, err);
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
      err.println(answersFile + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println((session != null ? decisionsFile + ": " : "") + e.getMessage());
      return BAD_INPUT;
    }
    long t2 = System.nanoTime();
    if (answers == null && Set.of("two-by-two", "student-choice", "blind-shortlist")
        .contains(variant.name())) {
      err.println("answers:   simulated by the built-in responder (by-fit: by fit, ties by the"
          + " lottery); give people's answers with --answers FILE");
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
        err.println("The file (" + at + ") cannot be written: " + e.getMessage()
            + "\nMaybe check that its directory exists and is writable.");
        return BAD_INPUT;
      }
    }
    summary.println("input:     " + source);
    if (answers != null) {
      summary.println("answers:   " + answersFile + " (" + answers.name() + ")");
    }
    summary.println("fit model: " + FitOptions.describe(fitModel, Locale.ENGLISH) + " ("
        + fit.origin(problem, Locale.ENGLISH) + ")");
    if (session != null) {
      summary.println(String.format(Locale.ROOT, "decisions: %,d step(s) from %s; proposal %d",
          decisions.steps().size(), decisionsFile, session.version()));
    }
    summary.print(VariantSummary.render(proposal));
    summary.println(String.format(Locale.ROOT, "time:      read %.0f ms, match %.0f ms",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6));
    if (outFile != null) {
      summary.println("wrote:     " + outFile);
    }
    if (trailFile != null) {
      summary.println("trail:     " + trailFile + " (" + session.trail().size() + " entries)");
      summary.println("head:      " + session.trail().headHash()
          + " (keep this hash elsewhere, e.g. in the minutes; check with"
          + " 'report --expect-head')");
      String fingerprint = session.trail().signingKeyFingerprint();
      summary.println("signature: " + (fingerprint == null ? "none (not signed; see --sign-key)"
          : "Ed25519, key " + fingerprint));
    }
    return OK;
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

  /** Reads lines {@code studentId,schoolId}; blank lines and lines starting with # are skipped. */
  static Map<String, String> readSchools(Path file) throws IOException, UsageException {
    Map<String, String> schools = new LinkedHashMap<>();
    List<String> lines = InputFiles.readUtf8(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(",", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new UsageException("Line " + (i + 1) + " of " + file + " (" + SafeText.clean(line)
            + ") must be"
            + " studentId,schoolId.");
      }
      String earlier = schools.put(parts[0].trim(), parts[1].trim());
      if (earlier != null) {
        throw new UsageException("Line " + (i + 1) + " of " + file + " gives student ("
            + SafeText.clean(parts[0].trim()) + ") a second school ("
            + SafeText.clean(parts[1].trim()) + ", earlier " + SafeText.clean(earlier)
            + ").");
      }
    }
    return schools;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("The option " + option + " needs a value.");
    }
    return args.get(i);
  }

  private static long longValue(String option, String text) throws UsageException {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("The value (" + text + ") of " + option
          + " must be a whole number.");
    }
  }
}
