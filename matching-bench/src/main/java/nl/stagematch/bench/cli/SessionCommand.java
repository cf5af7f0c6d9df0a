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
import nl.stagematch.core.json.JsonFormatException;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.Variants;
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
    return "A matching session on disk: start, decide, undo, rematch, status";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
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
        + "  stagematch session status round --lang en%n",
        String.join(", ", Variants.load().names()));
  }

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
    Locale locale = Locale.forLanguageTag("nl");
  }

  @Override
  public int run(List<String> list, PrintStream out, PrintStream err) throws Exception {
    Args a = parse(list);
    boolean nl = a.locale.getLanguage().equals("nl");
    try {
      switch (a.action) {
        case "start":
          return start(a, nl, out, err);
        case "status":
          noWords(a);
          status(SessionDirectory.open(a.dir), nl, out);
          return OK;
        case "rematch":
          noWords(a);
          return rematch(a, nl, out, err);
        case "decide":
        case "undo":
          return decide(a, nl, out, err);
        default:
          throw new UsageException(unknownAction(a.action));
      }
    } catch (JsonFormatException e) {
      for (String line : e.lines()) {
        err.println(line);
      }
      err.println(notAProblem(nl));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("The file (" + e.getFile() + ") does not exist.\nMaybe check the path.");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println(cannotWrite(a.dir, e.getMessage()));
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
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
            throw new UsageException("The value (" + seed + ") of --seed must be a whole"
                + " number.");
          }
          break;
        case "--option":
          String kv = value(list, ++i, arg);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new UsageException("The option (" + kv + ") must be NAME=VALUE, such as"
                + " shortlist-size=3.");
          }
          if (a.options.put(kv.substring(0, eq), kv.substring(eq + 1)) != null) {
            throw new UsageException("The option (" + kv.substring(0, eq) + ") is given twice.");
          }
          break;
        case "--coordinator":
          a.coordinator = value(list, ++i, arg);
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
            throw new UsageException(badDate(d));
          }
          break;
        case "--lang":
          String lang = value(list, ++i, arg);
          if (!lang.equals("nl") && !lang.equals("en")) {
            throw new UsageException("The language (" + lang + ") must be nl or en.");
          }
          a.locale = Locale.forLanguageTag(lang);
          break;
        case FitOptions.WEIGHTS:
        case FitOptions.TRAVEL:
          throw new UsageException(noFitOptions());
        default:
          if (arg.startsWith("-")) {
            throw new UsageException("Unknown option (" + arg + ") for session. Known options:"
                + " --problem, --sample, --variant, --seed, --option, --coordinator, --reason,"
                + " --note, --side, --date, --lang, --help.");
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
      throw new UsageException("Give what to do: session start, decide, undo, rematch or"
          + " status, then the session directory.");
    }
    if (!List.of("start", "decide", "undo", "rematch", "status").contains(a.action)) {
      throw new UsageException(unknownAction(a.action));
    }
    if (a.dir == null) {
      throw new UsageException("Give the session directory: stagematch session " + a.action
          + " DIR ...");
    }
    boolean start = a.action.equals("start");
    if (!start && (a.problem != null || a.sample || a.variant != null || a.seed != null
        || !a.options.isEmpty())) {
      throw new UsageException("--problem, --sample, --variant, --seed and --option belong to"
          + " 'session start'; the session in " + a.dir + " keeps its own (see its"
          + " session.json).");
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
    throw new UsageException("The value (" + text + ") of " + option + " is not one of: "
        + String.join(", ", names) + ".");
  }

  private static void noWords(Args a) throws UsageException {
    if (!a.words.isEmpty()) {
      throw new UsageException("'session " + a.action + "' takes only the directory, not ("
          + String.join(" ", a.words) + ").");
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private int start(Args a, boolean nl, PrintStream out, PrintStream err) throws Exception {
    noWords(a);
    if (a.variant == null) {
      throw new UsageException("Give the variant with --variant NAME; known variants: "
          + String.join(", ", Variants.load().names()) + ".");
    }
    if ((a.problem == null) == !a.sample) {
      throw new UsageException("Give the problem with --problem FILE, or --sample (one of"
          + " them).");
    }
    if (a.reason != null || a.note != null || a.side != null || a.date != null) {
      throw new UsageException("--reason, --note, --side and --date belong to 'session"
          + " decide'.");
    }
    byte[] bytes;
    if (a.sample) {
      bytes = ProblemJson.toBytes(SampleCohort.load());
    } else {
      bytes = Files.readAllBytes(a.problem);
      try {
        ProblemJson.read(a.problem);
      } catch (JsonFormatException e) {
        for (String line : e.lines()) {
          err.println(line);
        }
        err.println(a.problem + " is not a valid problem document; run 'stagematch validate "
            + a.problem + "' for the details.");
        return BAD_INPUT;
      }
    }
    try {
      Variants.load().get(a.variant);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("\nMaybe check the spelling.", ""));
    }
    String coordinator = a.coordinator == null ? "K-CLI" : a.coordinator;
    SessionDirectory sd = SessionDirectory.start(a.dir, bytes, a.variant,
        a.seed == null ? 0 : a.seed, a.options, coordinator, now());
    MatchResult r = sd.session().result();
    out.println(started(nl, a.dir, SessionDirectory.proposalFile(1), r.placedCount(),
        r.unplaced().size()));
    if (Set.of("two-by-two", "student-choice", "blind-shortlist").contains(a.variant)) {
      err.println(simulated(nl));
    }
    return OK;
  }

  private int rematch(Args a, boolean nl, PrintStream out, PrintStream err) throws Exception {
    if (a.reason != null || a.note != null || a.side != null || a.date != null) {
      throw new UsageException("--reason, --note, --side and --date belong to 'session"
          + " decide'.");
    }
    SessionDirectory sd = SessionDirectory.open(a.dir);
    String by = a.coordinator == null ? sd.coordinator() : a.coordinator;
    int pending = sd.pending().size();
    sd.rematch(by, now());
    MatchingSession s = sd.session();
    MatchResult r = s.result();
    out.println(proposed(nl, s.version(), sd.dir().resolve(
        SessionDirectory.proposalFile(s.version())), r.placedCount(), r.unplaced().size(),
        pending));
    return OK;
  }

  private int decide(Args a, boolean nl, PrintStream out, PrintStream err) throws Exception {
    boolean undo = a.action.equals("undo");
    if (a.words.isEmpty()) {
      throw new UsageException(undo ? "Give what to undo: pin S P, forbid S P or opt-out S."
          : "Give the decision: confirm, pin, forbid, refuse, object, end-early or opt-out,"
              + " with the student (and place).");
    }
    String kindWord = a.words.get(0);
    DecisionKind kind = kindOf(kindWord);
    boolean onStudent = kind == DecisionKind.OPT_OUT;
    int ids = onStudent ? 1 : 2;
    if (a.words.size() != ids + 1) {
      throw new UsageException("'" + a.action + " " + kindWord + "' takes "
          + (onStudent ? "the student id (S)" : "the student id and the place id (S P)")
          + ", not (" + String.join(" ", a.words.subList(1, a.words.size())) + ").");
    }
    SessionDirectory sd = SessionDirectory.open(a.dir);
    String by = a.coordinator == null ? sd.coordinator() : a.coordinator;
    String s = a.words.get(1);
    String p = onStudent ? null : a.words.get(2);
    Instant at = now();
    Decision d;
    if (undo) {
      if (a.reason != null || a.note != null || a.side != null || a.date != null) {
        throw new UsageException("'session undo' takes no --reason, --note, --side or --date.");
      }
      d = new Decision(DecisionKind.WITHDRAW, by, s, p, null, null, null, at, kind, null);
    } else {
      if (a.date != null && kind != DecisionKind.END_EARLY) {
        throw new UsageException("--date belongs to end-early only.");
      }
      if (kind == DecisionKind.END_EARLY && a.date == null) {
        throw new UsageException("end-early needs --date YYYY-MM-DD: the day the early end"
            + " takes effect (her first day without the placement).");
      }
      d = new Decision(kind, by, s, p, a.side, a.reason, a.note, at, null, a.date);
    }
    try {
      sd.decide(d);
    } catch (IllegalArgumentException e) {
      err.println(refused(nl));
      err.println(e.getMessage());
      return BAD_INPUT;
    }
    out.println(recorded(nl, sd.steps().size(), a.action, kindWord, s, p, sd.dir()));
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
        throw new UsageException("The decision (" + word + ") is unknown; use confirm, pin,"
            + " forbid, refuse, object, end-early or opt-out.");
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
  private static void status(SessionDirectory sd, boolean nl, PrintStream out) {
    MatchingSession session = sd.session();
    SessionState st = session.state();
    MatchResult r = session.result();
    MatchingProblem problem = session.problem();
    out.println(line(nl ? "sessie" : "session", sd.dir() + " (" + st.variant() + ", seed "
        + st.seed() + ")"));
    out.println(line(nl ? "voorstel" : "proposal", st.proposalVersion() + " ("
        + SessionDirectory.proposalFile(st.proposalVersion()) + "): " + r.placedCount()
        + (nl ? " geplaatst, " : " placed, ") + r.unplaced().size()
        + (nl ? " niet geplaatst" : " unplaced")));
    int open = 0;
    for (var pl : r.placements()) {
      if (!pl.placeId().equals(st.confirmed().get(pl.studentId()))) {
        open++;
      }
    }
    out.println(line(nl ? "open" : "open", open + (nl
        ? " voorgestelde plaatsing(en) nog niet bevestigd"
        : " proposed placement(s) not confirmed yet")));
    out.println(line(nl ? "bevestigd" : "confirmed", String.valueOf(st.confirmed().size())));
    st.confirmed().forEach((s, p) -> out.println("  " + s + " -> " + p));
    out.println(line(nl ? "vastgezet" : "pinned", String.valueOf(st.pinned().size())));
    st.pinned().forEach((s, p) -> out.println("  " + s + " -> " + p));
    out.println(line(nl ? "verboden" : "forbidden", String.valueOf(st.forbidden().size())));
    for (StudentPlace f : st.forbidden()) {
      out.println("  " + f.studentId() + " x " + f.placeId());
    }
    out.println(line(nl ? "afgemeld" : "opted out", String.valueOf(st.optedOut().size())));
    for (String s : st.optedOut()) {
      out.println("  " + s);
    }
    Map<String, LocalDate> again = new TreeMap<>(session.remainingFrom());
    if (!again.isEmpty()) {
      out.println(line(nl ? "rest periode" : "rest of period", String.valueOf(again.size())));
      for (Map.Entry<String, LocalDate> e : again.entrySet()) {
        Period wished = problem.student(e.getKey()).map(Student::wish).orElseThrow().period();
        out.println("  " + e.getKey() + (nl ? " opnieuw ingedeeld van " : " matched again from ")
            + e.getValue() + (nl ? " tot " : " to ") + wished.end());
      }
    }
    List<Decision> pending = sd.pending();
    out.println(line(nl ? "wachtend" : "pending", pending.size() + (nl
        ? " besluit(en) sinds voorstel " + st.proposalVersion()
        : " decision(s) since proposal " + st.proposalVersion())));
    for (Decision d : pending) {
      out.println("  " + typed(d));
    }
    if (!pending.isEmpty()) {
      out.println(nl
          ? "Ze gelden vanaf het volgende voorstel: stagematch session rematch " + sd.dir()
          : "They take effect at the next proposal: stagematch session rematch " + sd.dir());
    }
  }

  private static String line(String label, String value) {
    return String.format(Locale.ROOT, "%-15s %s", label + ":", value);
  }

  // Messages people read, one place each (nl, en).

  private static String started(boolean nl, Path dir, String file, int placed, int unplaced) {
    return nl
        ? "Sessie gestart in " + dir + ": voorstel 1 staat in " + file + " (" + placed
            + " geplaatst, " + unplaced + " niet geplaatst).\nVerder met 'stagematch session"
            + " decide " + dir + " ...' en 'stagematch session status " + dir + "'."
        : "Session started in " + dir + ": proposal 1 is in " + file + " (" + placed
            + " placed, " + unplaced + " unplaced).\nContinue with 'stagematch session decide "
            + dir + " ...' and 'stagematch session status " + dir + "'.";
  }

  private static String proposed(boolean nl, int version, Path file, int placed, int unplaced,
      int decisions) {
    return nl
        ? "Voorstel " + version + " staat in " + file + " (" + placed + " geplaatst, "
            + unplaced + " niet geplaatst), met " + decisions + " nieuw(e) besluit(en)."
        : "Proposal " + version + " is in " + file + " (" + placed + " placed, " + unplaced
            + " unplaced), with " + decisions + " new decision(s).";
  }

  private static String recorded(boolean nl, int line, String action, String word,
      String s, String p, Path dir) {
    String what = action + " " + word + " " + s + (p == null ? "" : " " + p);
    return nl
        ? "Vastgelegd in regel " + line + " van " + SessionDirectory.DECISIONS + ": " + what
            + ".\nHet geldt vanaf het volgende voorstel: stagematch session rematch " + dir
        : "Recorded in line " + line + " of " + SessionDirectory.DECISIONS + ": " + what
            + ".\nIt takes effect at the next proposal: stagematch session rematch " + dir;
  }

  private static String simulated(boolean nl) {
    return nl
        ? "antwoorden: gesimuleerd door de ingebouwde responder (by-fit: op passing, bij gelijke"
            + " passing door de loting); een sessie op schijf leest nog geen antwoordbestanden"
        : "answers:   simulated by the built-in responder (by-fit: by fit, ties by the lottery);"
            + " a session on disk does not read answers files yet";
  }

  private static String refused(boolean nl) {
    return nl
        ? "De sessie weigert dit besluit; er is niets geschreven:"
        : "The session refuses this decision; nothing was written:";
  }

  private static String notAProblem(boolean nl) {
    return nl
        ? "Het probleembestand is geen geldig document; 'stagematch validate FILE' geeft de"
            + " details."
        : "The problem file is not a valid document; run 'stagematch validate FILE' for the"
            + " details.";
  }

  private static String cannotWrite(Path dir, String why) {
    return "The session directory (" + dir + ") cannot be read or written: " + why
        + "\nMaybe check that it exists and is writable.";
  }

  private static String unknownAction(String action) {
    return "The session action (" + action + ") is unknown; use start, decide, undo, rematch"
        + " or status.";
  }

  private static String badDate(String text) {
    return "The date (" + text + ") of --date is not a date such as 2026-02-20 (year, month,"
        + " day).";
  }

  private static String noFitOptions() {
    return "--fit-weights and --travel do not go with a session: it uses the problem's fit model."
        + "\nMaybe set them in the problem's fitModel (see docs/fit.md).";
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("The option " + option + " needs a value.");
    }
    return args.get(i);
  }
}
