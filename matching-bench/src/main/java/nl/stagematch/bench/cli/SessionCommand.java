package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.AnswersResponder;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.DecisionKind;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.SessionDirectory;
import nl.stagematch.variants.process.SessionState;
import nl.stagematch.variants.process.Side;

/**
 * {@code stagematch session start|decide|undo|rematch|status DIR ...}: a matching session that
 * lives in a directory ({@link SessionDirectory}), so that a coordinator can resume it without
 * re-typing: each command rebuilds the session from the directory, takes one step and writes it.
 * What it prints is in Dutch ({@code --lang nl}, the default) or English.
 */
final class SessionCommand implements Command {
  private final Clock clock;

  SessionCommand() {
    this(Clock.systemUTC());
  }

  /** With {@code clock} for the times of the steps (tests). */
  SessionCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "session";
  }

  @Override
  public String summary() {
    return Texts.text(CliMessage.CLI_SESSION_SUMMARY);
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP,
        String.join(", ", Variants.load().names()));
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch session start MAP (--problem BESTAND | --sample) --variant NAAM%n"
        + "                                  [--seed N] [--option NAAM=WAARDE]... [--coordinator ID]%n"
        + "         stagematch session decide MAP [--coordinator ID] BESLUIT%n"
        + "         stagematch session undo MAP [--coordinator ID] pin S P | forbid S P | opt-out S%n"
        + "         stagematch session rematch MAP [--coordinator ID]%n"
        + "         stagematch session status MAP%n"
        + "%n"
        + "Een matchingsessie (zie docs/decisions.md, over een sessie op schijf) die leeft in de%n"
        + "map MAP: problem.json (een kopie), session.json (variant, seed, opties, wie haar startte en%n"
        + "wanneer), decisions.jsonl (een besluit of nieuwe match per regel, elk met een eigen%n"
        + "tijd 'at'), trail.json (het audittrail, stagematch-trail/3) en proposal-001.json,%n"
        + "proposal-002.json, ... (elk voorstel, zoals 'match --out' het schrijft). Elke opdracht%n"
        + "bouwt de sessie opnieuw op door decisions.jsonl af te spelen, dus de bestanden zijn%n"
        + "byte voor byte wat een proces schrijft dat dezelfde stappen op dezelfde tijden zet.%n"
        + "Een besluit dat de sessie weigert wordt niet geschreven (afsluitcode 2, met de reden);%n"
        + "elk bestand wordt in zijn geheel vervangen (eerst een tijdelijk bestand in MAP, dan%n"
        + "verplaatst), dus een mislukte opdracht laat MAP zoals hij was.%n"
        + "%n"
        + "BESLUIT (S de id van een student, P de id van een plaats; besluiten gelden vanaf de%n"
        + "volgende rematch):%n"
        + "  confirm S P                      houd de voorgestelde plaatsing%n"
        + "  pin S P                          plaats haar daar in elk later voorstel%n"
        + "  forbid S P                       stel het paar nooit voor%n"
        + "  refuse S P --reason R [--note N] zij weigert de plaatsing (R3); paar verboden%n"
        + "  object S P --side STUDENT|COMPANY --reason R [--note N]%n"
        + "                                   een onderbouwd bezwaar (R4); paar verboden%n"
        + "  end-early S P --date JJJJ-MM-DD --reason R [--note N]%n"
        + "                                   een bevestigde plaatsing eindigt op DATUM (haar%n"
        + "                                   eerste dag zonder), niet eerder dan twee weken na%n"
        + "                                   de start (R11); zij wordt opnieuw gematcht voor de%n"
        + "                                   rest van haar gewenste periode, vanaf DATUM%n"
        + "  opt-out S                        zij zoekt zelf (R3)%n"
        + "R is een categorie van redenen: LEARNING_CONTENT, PERIOD_OR_HOURS, TRAVEL,%n"
        + "SUPERVISION_CAPACITY, SUPPORT_NEEDS, SAFETY, CONFLICT_OF_INTEREST, OTHER (vraagt --note).%n"
        + "N is de id van de notitie van de school (zoals NOTE-2026-0042); de tekst blijft op%n"
        + "school.%n"
        + "%n"
        + "undo trekt een pin, een verbod (forbid) of een opt-out in. Een weigering, bezwaar of%n"
        + "vroeg einde kan niet worden ingetrokken: het paar blijft verboden (R3, R4).%n"
        + "%n"
        + "Opties:%n"
        + "  --problem BESTAND    start: het probleemdocument (stagematch-problem/1)%n"
        + "  --sample             start: het voorbeeldcohort in de bibliotheek%n"
        + "  --variant NAAM       start: de variant (die moet pins en verboden paren kennen:%n"
        + "                       %s)%n"
        + "  --seed N             start: de seed van de loting (standaard 0)%n"
        + "  --option NAAM=WAARDE start: een optie van de variant (herhaalbaar), als bij match%n"
        + "  --answers BESTAND    start: de antwoorden van mensen (stagematch-answers/1), als bij%n"
        + "                       match: elk voorstel van de sessie, ook na rematch, wordt eruit%n"
        + "                       beantwoord en de trail legt elk antwoord vast; de sessie%n"
        + "                       bewaart een kopie (answers.json)%n"
        + "  --coordinator ID     wie de stap zet (een pseudonieme id zoals K-01); standaard: de%n"
        + "                       coördinator die de sessie startte (start: K-CLI)%n"
        + "  --reason R, --note N, --side KANT, --date JJJJ-MM-DD   zie BESLUIT%n"
        + "  --lang nl|en         de taal van wat wordt afgedrukt (standaard nl)%n"
        + "  --help               druk deze tekst af%n"
        + "De sessie gebruikt het fitmodel van het probleem: --fit-weights en --travel gelden%n"
        + "niet (zet ze in het fitModel van het probleem, zie docs/fit.md).%n"
        + "De antwoorden van mensen (two-by-two, student-choice, blind-shortlist) worden%n"
        + "gesimuleerd door de ingebouwde responder (op passing, bij gelijke passing door de%n"
        + "loting); een sessie leest nog geen antwoordbestanden (gebruik 'match --answers').%n"
        + "%n"
        + "Afsluitcode: 0 gedaan; 2 foute argumenten of invoer, of een besluit dat de sessie%n"
        + "weigert (niets geschreven); 1 een interne fout (een bug).%n"
        + "%n"
        + "Voorbeeld:%n"
        + "  stagematch session start ronde --sample --variant school-placement --seed 2025%n"
        + "  stagematch session decide ronde --coordinator K-01 confirm S-0001 P-0017%n"
        + "  stagematch session rematch ronde%n"
        + "  stagematch session status ronde --lang en%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch session start DIR (--problem FILE | --sample) --variant NAME%n"
        + "                                [--seed N] [--option NAME=VALUE]... [--coordinator ID]%n"
        + "       stagematch session decide DIR [--coordinator ID] DECISION%n"
        + "       stagematch session undo DIR [--coordinator ID] pin S P | forbid S P | opt-out S%n"
        + "       stagematch session rematch DIR [--coordinator ID]%n"
        + "       stagematch session status DIR%n"
        + "%n"
        + "A matching session (see docs/decisions.md, 'A session on disk') that lives in the%n"
        + "directory DIR: problem.json (a copy), session.json (variant, seed, options, who started%n"
        + "it and when), decisions.jsonl (one decision or re-match per line, each with its own%n"
        + "time 'at'), trail.json (the audit trail, stagematch-trail/3) and proposal-001.json,%n"
        + "proposal-002.json, ... (each proposal, as 'match --out' writes it). Every command%n"
        + "rebuilds the session by replaying decisions.jsonl, so the files are byte for byte what%n"
        + "one process taking the same steps at the same times writes. A decision the session%n"
        + "refuses is not written (exit 2, with the reason); every file is replaced whole (a%n"
        + "temporary file in DIR, then moved), so a failed command leaves DIR as it was.%n"
        + "%n"
        + "DECISION (S a student id, P a place id; decisions take effect at the next rematch):%n"
        + "  confirm S P                      keep the proposed placement%n"
        + "  pin S P                          place her there in every later proposal%n"
        + "  forbid S P                       never propose the pair%n"
        + "  refuse S P --reason R [--note N] she refuses the placement (R3); pair forbidden%n"
        + "  object S P --side STUDENT|COMPANY --reason R [--note N]%n"
        + "                                   a substantiated objection (R4); pair forbidden%n"
        + "  end-early S P --date YYYY-MM-DD --reason R [--note N]%n"
        + "                                   a confirmed placement ends on DATE (her first day%n"
        + "                                   without it), not before two weeks after its start%n"
        + "                                   (R11); she is matched again for the rest of her%n"
        + "                                   wished period, from DATE%n"
        + "  opt-out S                        she searches herself (R3)%n"
        + "R is a reason category: LEARNING_CONTENT, PERIOD_OR_HOURS, TRAVEL,%n"
        + "SUPERVISION_CAPACITY, SUPPORT_NEEDS, SAFETY, CONFLICT_OF_INTEREST, OTHER (needs --note).%n"
        + "N is the id of the school's note (such as NOTE-2026-0042); the text stays at school.%n"
        + "%n"
        + "undo withdraws a pin, a prohibition (forbid) or an opt-out. A refusal, objection or%n"
        + "early end cannot be withdrawn: its pair stays forbidden (R3, R4).%n"
        + "%n"
        + "Options:%n"
        + "  --problem FILE       start: the problem document (stagematch-problem/1)%n"
        + "  --sample             start: the sample cohort embedded in the library%n"
        + "  --variant NAME       start: the variant (it must support pins and forbidden pairs:%n"
        + "                       %s)%n"
        + "  --seed N             start: the lottery seed (default 0)%n"
        + "  --option NAME=VALUE  start: a variant option (repeatable), as for match%n"
        + "  --answers FILE       start: the people's answers (stagematch-answers/1), as for%n"
        + "                       match: every proposal of the session, re-matches included, is%n"
        + "                       answered from it and the trail records every answer; the%n"
        + "                       session keeps a copy (answers.json)%n"
        + "  --coordinator ID     who takes the step (a pseudonymous id such as K-01); default:%n"
        + "                       the coordinator who started the session (start: K-CLI)%n"
        + "  --reason R, --note N, --side SIDE, --date YYYY-MM-DD   see DECISION%n"
        + "  --lang nl|en         the language of what is printed (default nl)%n"
        + "  --help               print this text%n"
        + "The session uses the problem's fit model: --fit-weights and --travel do not apply%n"
        + "(set them in the problem's fitModel, see docs/fit.md).%n"
        + "People's answers (two-by-two, student-choice, blind-shortlist) are simulated by the%n"
        + "built-in responder (by fit, ties by the lottery); a session does not read answers%n"
        + "files yet (use 'match --answers').%n"
        + "%n"
        + "Exit status: 0 done; 2 bad arguments or input, or a decision the session refuses%n"
        + "(nothing written); 1 an internal error (a bug).%n"
        + "%n"
        + "Example:%n"
        + "  stagematch session start round --sample --variant school-placement --seed 2025%n"
        + "  stagematch session decide round --coordinator K-01 confirm S-0001 P-0017%n"
        + "  stagematch session rematch round%n"
        + "  stagematch session status round --lang en%n";

  /** The arguments of one call, parsed. */
  private static final class Args {
    String action;
    Path dir;
    final List<String> words = new ArrayList<>();
    Path problem;
    boolean sample;
    String variant;
    Long seed;
    final Map<String, String> options = new TreeMap<>();
    String coordinator;
    ReasonCategory reason;
    String note;
    Side side;
    LocalDate date;
    Path answers;
  }

  @Override
  public int run(List<String> list, PrintStream out, PrintStream err) throws Exception {
    Args a = parse(list);
    try {
      switch (a.action) {
        case "start":
          return start(a, out, err);
        case "status":
          noWords(a);
          status(SessionDirectory.open(a.dir), out);
          return OK;
        case "rematch":
          noWords(a);
          return rematch(a, out, err);
        case "decide":
        case "undo":
          return decide(a, out, err);
        default:
          throw new UsageException(CliMessage.CLI_SESSION_UNKNOWN_ACTION, a.action);
      }
    } catch (JsonFormatException e) {
      Texts.error(err, CliMessage.CLI_SESSION_NOT_A_PROBLEM);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
      return BAD_INPUT;
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_SESSION_UNUSABLE, a.dir, e.getMessage());
      return BAD_INPUT;
    } catch (AnswersResponder.WrongAnswer e) {
      // the session's copy of the answers, or answers that do not fit a re-match
      Texts.error(err, CliMessage.CLI_SESSION_BAD_INPUT, a.dir);
      MatchCommand.printErrors(err, a.dir.resolve(SessionDirectory.ANSWERS), e);
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_SESSION_BAD_INPUT, a.dir);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return BAD_INPUT;
    }
  }

  private static Args parse(List<String> list) throws UsageException {
    Args a = new Args();
    for (int i = 0; i < list.size(); i++) {
      String arg = list.get(i);
      switch (arg) {
        case "--problem":
          a.problem = Path.of(value(list, ++i, arg));
          break;
        case "--sample":
          a.sample = true;
          break;
        case "--variant":
          a.variant = value(list, ++i, arg);
          break;
        case "--seed":
          String seed = value(list, ++i, arg);
          try {
            a.seed = Long.parseLong(seed.replace("_", ""));
          } catch (NumberFormatException e) {
            throw new UsageException(CliMessage.CLI_NOT_WHOLE_NUMBER_OF, arg, seed);
          }
          break;
        case "--option":
          String kv = value(list, ++i, arg);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new UsageException(CliMessage.CLI_MATCH_OPTION_NOT_NAME_VALUE, kv);
          }
          if (a.options.put(kv.substring(0, eq), kv.substring(eq + 1)) != null) {
            throw new UsageException(CliMessage.CLI_MATCH_OPTION_TWICE, kv.substring(0, eq));
          }
          break;
        case "--coordinator":
          a.coordinator = value(list, ++i, arg);
          break;
        case "--answers":
          a.answers = Path.of(value(list, ++i, arg));
          break;
        case "--reason":
          String r = value(list, ++i, arg);
          a.reason = enumValue(ReasonCategory.class, r, arg);
          break;
        case "--note":
          a.note = value(list, ++i, arg);
          break;
        case "--side":
          a.side = enumValue(Side.class, value(list, ++i, arg), arg);
          break;
        case "--date":
          String d = value(list, ++i, arg);
          try {
            a.date = LocalDate.parse(d);
          } catch (DateTimeException e) {
            throw new UsageException(CliMessage.CLI_SESSION_BAD_DATE, d);
          }
          break;
        case FitOptions.WEIGHTS:
        case FitOptions.TRAVEL:
          throw new UsageException(CliMessage.CLI_SESSION_NO_FIT_OPTIONS);
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, "session", "--problem,"
                + " --sample, --variant, --seed, --option, --answers, --coordinator, --reason,"
                + " --note,"
                + " --side, --date, --lang, --help");
          }
          if (a.action == null) {
            a.action = arg;
          } else if (a.dir == null) {
            a.dir = Path.of(arg);
          } else {
            a.words.add(arg);
          }
      }
    }
    if (a.action == null) {
      throw new UsageException(CliMessage.CLI_SESSION_ACTION_MISSING);
    }
    if (!List.of("start", "decide", "undo", "rematch", "status").contains(a.action)) {
      throw new UsageException(CliMessage.CLI_SESSION_UNKNOWN_ACTION, a.action);
    }
    if (a.dir == null) {
      throw new UsageException(CliMessage.CLI_SESSION_DIR_MISSING, a.action);
    }
    boolean start = a.action.equals("start");
    if (!start && (a.problem != null || a.sample || a.variant != null || a.seed != null
        || !a.options.isEmpty() || a.answers != null)) {
      throw new UsageException(CliMessage.CLI_SESSION_START_OPTIONS, a.dir);
    }
    return a;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String option)
      throws UsageException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new UsageException(CliMessage.CLI_SESSION_NOT_ONE_OF, text, option,
        String.join(", ", names));
  }

  private static void noWords(Args a) throws UsageException {
    if (!a.words.isEmpty()) {
      throw new UsageException(CliMessage.CLI_SESSION_ONLY_DIR, a.action,
          String.join(" ", a.words));
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private int start(Args a, PrintStream out, PrintStream err) throws Exception {
    noWords(a);
    if (a.variant == null) {
      throw new UsageException(CliMessage.CLI_SESSION_VARIANT_MISSING,
          String.join(", ", Variants.load().names()));
    }
    if ((a.problem == null) == !a.sample) {
      throw new UsageException(CliMessage.CLI_SESSION_PROBLEM_MISSING);
    }
    if (a.reason != null || a.note != null || a.side != null || a.date != null) {
      throw new UsageException(CliMessage.CLI_SESSION_DECIDE_OPTIONS);
    }
    byte[] bytes;
    if (a.sample) {
      bytes = ProblemJson.toBytes(SampleCohort.load());
    } else {
      bytes = Files.readAllBytes(a.problem);
      try {
        ProblemJson.read(a.problem);
      } catch (JsonFormatException e) {
        Texts.error(err, CliMessage.CLI_INVALID_PROBLEM_RUN_VALIDATE, a.problem);
        Texts.errorLines(e, Texts.locale()).forEach(err::println);
        return BAD_INPUT;
      }
    }
    try {
      Variants.load().get(a.variant);
    } catch (IllegalArgumentException e) {
      throw new UsageException(CliMessage.CLI_MATCH_UNKNOWN_VARIANT, a.variant,
          String.join(", ", Variants.load().names()));
    }
    String coordinator = a.coordinator == null ? "K-CLI" : a.coordinator;
    String answers = a.answers == null ? null : InputFiles.readUtf8(a.answers);
    SessionDirectory sd;
    try {
      sd = SessionDirectory.start(a.dir, bytes, a.variant, a.seed == null ? 0 : a.seed,
          a.options, coordinator, now(), answers);
    } catch (AnswersResponder.WrongAnswer e) {
      MatchCommand.printErrors(err, a.answers, e);
      return BAD_INPUT;
    }
    MatchResult r = sd.session().result();
    Texts.println(out, CliMessage.CLI_SESSION_STARTED, a.dir, SessionDirectory.proposalFile(1),
        Texts.count(r.placedCount()), Texts.count(r.unplaced().size()));
    if (a.answers != null) {
      Texts.println(out, CliMessage.CLI_MATCH_ANSWERS, a.answers,
          r.provenance() == null ? "" : r.provenance().responder());
    } else if (Set.of("two-by-two", "student-choice", "blind-shortlist").contains(a.variant)) {
      Texts.println(err, CliMessage.CLI_SESSION_SIMULATED);
    }
    return OK;
  }

  private int rematch(Args a, PrintStream out, PrintStream err) throws Exception {
    if (a.reason != null || a.note != null || a.side != null || a.date != null) {
      throw new UsageException(CliMessage.CLI_SESSION_DECIDE_OPTIONS);
    }
    SessionDirectory sd = SessionDirectory.open(a.dir);
    String by = a.coordinator == null ? sd.coordinator() : a.coordinator;
    int pending = sd.pending().size();
    sd.rematch(by, now());
    MatchingSession s = sd.session();
    MatchResult r = s.result();
    Texts.println(out, CliMessage.CLI_SESSION_PROPOSED, s.version(), sd.dir().resolve(
        SessionDirectory.proposalFile(s.version())), Texts.count(r.placedCount()),
        Texts.count(r.unplaced().size()), Texts.count(pending));
    return OK;
  }

  private int decide(Args a, PrintStream out, PrintStream err) throws Exception {
    boolean undo = a.action.equals("undo");
    if (a.words.isEmpty()) {
      throw new UsageException(undo ? CliMessage.CLI_SESSION_UNDO_WHAT
          : CliMessage.CLI_SESSION_DECISION_MISSING);
    }
    String kindWord = a.words.get(0);
    DecisionKind kind = kindOf(kindWord);
    boolean onStudent = kind == DecisionKind.OPT_OUT;
    int ids = onStudent ? 1 : 2;
    if (a.words.size() != ids + 1) {
      throw new UsageException(onStudent ? CliMessage.CLI_SESSION_TAKES_STUDENT
          : CliMessage.CLI_SESSION_TAKES_PAIR, a.action, kindWord,
          String.join(" ", a.words.subList(1, a.words.size())));
    }
    SessionDirectory sd = SessionDirectory.open(a.dir);
    String by = a.coordinator == null ? sd.coordinator() : a.coordinator;
    String s = a.words.get(1);
    String p = onStudent ? null : a.words.get(2);
    Instant at = now();
    if (undo) {
      if (a.reason != null || a.note != null || a.side != null || a.date != null) {
        throw new UsageException(CliMessage.CLI_SESSION_UNDO_OPTIONS);
      }
    } else {
      if (a.date != null && kind != DecisionKind.END_EARLY) {
        throw new UsageException(CliMessage.CLI_SESSION_DATE_END_EARLY_ONLY);
      }
      if (kind == DecisionKind.END_EARLY && a.date == null) {
        throw new UsageException(CliMessage.CLI_SESSION_END_EARLY_DATE);
      }
      if (kind == DecisionKind.OBJECT && a.side == null) {
        throw new UsageException(CliMessage.CLI_SESSION_OBJECT_NEEDS_SIDE);
      }
      boolean needsReason = kind == DecisionKind.REFUSE || kind == DecisionKind.OBJECT
          || kind == DecisionKind.END_EARLY;
      if (needsReason && a.reason == null) {
        throw new UsageException(CliMessage.CLI_SESSION_NEEDS_REASON, kindWord);
      }
    }
    try {
      // a decision the library does not accept (as made, or in this session) is refused
      sd.decide(undo
          ? new Decision(DecisionKind.WITHDRAW, by, s, p, null, null, null, at, kind, null)
          : new Decision(kind, by, s, p, a.side, a.reason, a.note, at, null, a.date));
    } catch (IllegalArgumentException e) {
      Texts.error(err, CliMessage.CLI_SESSION_REFUSED);
      Texts.errorLines(e, Texts.locale()).forEach(err::println);
      return BAD_INPUT;
    }
    Texts.println(out, CliMessage.CLI_SESSION_RECORDED, sd.steps().size(),
        SessionDirectory.DECISIONS, a.action + " " + kindWord + " " + s + (p == null ? "" : " " + p),
        sd.dir());
    return OK;
  }

  private static DecisionKind kindOf(String word) throws UsageException {
    switch (word) {
      case "confirm":
        return DecisionKind.CONFIRM;
      case "pin":
        return DecisionKind.PIN;
      case "forbid":
        return DecisionKind.FORBID;
      case "refuse":
        return DecisionKind.REFUSE;
      case "object":
        return DecisionKind.OBJECT;
      case "end-early":
        return DecisionKind.END_EARLY;
      case "opt-out":
        return DecisionKind.OPT_OUT;
      default:
        throw new UsageException(CliMessage.CLI_SESSION_UNKNOWN_DECISION, word);
    }
  }

  /** The command word of a decision kind, as typed (the same in both languages). */
  private static String word(DecisionKind kind) {
    return kind == DecisionKind.END_EARLY ? "end-early"
        : kind == DecisionKind.OPT_OUT ? "opt-out" : kind.name().toLowerCase(Locale.ROOT);
  }

  /** A decision as the command that takes it: {@code refuse S-0002 P-004 --reason TRAVEL}. */
  private static String typed(Decision d) {
    StringBuilder sb = new StringBuilder();
    if (d.kind() == DecisionKind.WITHDRAW) {
      sb.append("undo ").append(word(d.withdraws()));
    } else {
      sb.append(word(d.kind()));
    }
    sb.append(' ').append(d.studentId());
    if (d.placeId() != null) {
      sb.append(' ').append(d.placeId());
    }
    if (d.side() != null) {
      sb.append(" --side ").append(d.side());
    }
    if (d.reason() != null) {
      sb.append(" --reason ").append(d.reason());
    }
    if (d.noteRef() != null) {
      sb.append(" --note ").append(d.noteRef());
    }
    if (d.date() != null) {
      sb.append(" --date ").append(d.date());
    }
    sb.append(" (").append(d.coordinator());
    if (d.at() != null) {
      sb.append(", ").append(d.at());
    }
    return sb.append(')').toString();
  }

  /** Prints what is proposed, decided and pending. */
  private static void status(SessionDirectory sd, PrintStream out) {
    MatchingSession session = sd.session();
    SessionState st = session.state();
    MatchResult r = session.result();
    MatchingProblem problem = session.problem();
    out.println(line(CliMessage.CLI_SESSION_STATUS_SESSION, sd.dir() + " (" + st.variant()
        + ", seed " + st.seed() + ")"));
    out.println(line(CliMessage.CLI_SESSION_STATUS_PROPOSAL, Texts.text(
        CliMessage.CLI_SESSION_STATUS_PROPOSAL_VALUE, st.proposalVersion(),
        SessionDirectory.proposalFile(st.proposalVersion()), Texts.count(r.placedCount()),
        Texts.count(r.unplaced().size()))));
    int open = 0;
    for (var pl : r.placements()) {
      if (!pl.placeId().equals(st.confirmed().get(pl.studentId()))) {
        open++;
      }
    }
    out.println(line(CliMessage.CLI_SESSION_STATUS_OPEN, Texts.text(
        CliMessage.CLI_SESSION_STATUS_OPEN_VALUE, Texts.count(open))));
    out.println(line(CliMessage.CLI_SESSION_STATUS_CONFIRMED,
        Texts.count(st.confirmed().size())));
    st.confirmed().forEach((s, p) -> out.println("  " + s + " -> " + p));
    out.println(line(CliMessage.CLI_SESSION_STATUS_PINNED, Texts.count(st.pinned().size())));
    st.pinned().forEach((s, p) -> out.println("  " + s + " -> " + p));
    out.println(line(CliMessage.CLI_SESSION_STATUS_FORBIDDEN,
        Texts.count(st.forbidden().size())));
    for (StudentPlace f : st.forbidden()) {
      out.println("  " + f.studentId() + " x " + f.placeId());
    }
    out.println(line(CliMessage.CLI_SESSION_STATUS_OPTED_OUT,
        Texts.count(st.optedOut().size())));
    for (String s : st.optedOut()) {
      out.println("  " + s);
    }
    Map<String, LocalDate> again = new TreeMap<>(session.remainingFrom());
    if (!again.isEmpty()) {
      out.println(line(CliMessage.CLI_SESSION_STATUS_REST, Texts.count(again.size())));
      for (Map.Entry<String, LocalDate> e : again.entrySet()) {
        Period wished = problem.student(e.getKey()).map(Student::wish).orElseThrow().period();
        Texts.println(out, CliMessage.CLI_SESSION_STATUS_AGAIN, e.getKey(), e.getValue(),
            wished.end());
      }
    }
    List<Decision> pending = sd.pending();
    out.println(line(CliMessage.CLI_SESSION_STATUS_PENDING, Texts.text(
        CliMessage.CLI_SESSION_STATUS_PENDING_VALUE, Texts.count(pending.size()),
        st.proposalVersion())));
    for (Decision d : pending) {
      out.println("  " + typed(d));
    }
    if (!pending.isEmpty()) {
      Texts.println(out, CliMessage.CLI_SESSION_STATUS_NEXT, sd.dir());
    }
  }

  private static String line(CliMessage label, String value) {
    return String.format(Locale.ROOT, "%-15s %s", Texts.text(label) + ":", value);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }
}
