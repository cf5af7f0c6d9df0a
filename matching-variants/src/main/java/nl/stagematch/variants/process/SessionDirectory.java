package nl.stagematch.variants.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.FileMessages;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;
import nl.stagematch.core.model.InvalidValueException;

/**
 * A {@link MatchingSession} that lives in a directory, so that a coordinator can resume it in
 * another process without re-typing anything (see {@code docs/decisions.md}, "A session on
 * disk"):
 *
 * <ul>
 *   <li>{@code problem.json}: the problem, as given (a byte copy);
 *   <li>{@code session.json}: {@code stagematch-session/1}: variant, seed, options, the
 *       coordinator who started it and when ({@code created}), and for a session started with the
 *       people's answers the SHA-256 of {@code answers.json} ({@code answers});
 *   <li>{@code answers.json}: only for a session started with an answers file ({@code
 *       stagematch-answers/1}: V2's orders, V3's picks, V4's rankings), a byte copy; every
 *       proposal of the session, the re-matches included, is answered from it, and the trail
 *       records every answer;
 *   <li>{@code decisions.jsonl}: one JSON object per line, appended in order: a decision (as in
 *       the decisions file) or a re-match ({@code {"kind":"REMATCH","coordinator":...}}), each
 *       with its own time {@code at};
 *   <li>{@code trail.json}: the audit trail ({@code stagematch-trail/3});
 *   <li>{@code proposal-001.json}, {@code proposal-002.json}, ...: every proposal, as the result
 *       document {@code match --out} writes.
 * </ul>
 *
 * <p>{@link #open} rebuilds the session by replaying the lines in order, each at its own time
 * (the time of its trail entry; the start at {@code created}), so the trail and the proposals
 * are byte for byte those of one process taking the same steps at the same times. It then
 * checks that {@code trail.json} is that trail. A step the session refuses is not written; every
 * file is written to a temporary file in the same directory and then moved over the old one, so
 * a failed command leaves the directory as it was.
 */
public final class SessionDirectory {
  /** The format marker of {@code session.json}: {@value}. */
  public static final String FORMAT = "stagematch-session/1";
  /** The problem file's name. */
  public static final String PROBLEM = "problem.json";
  /** The session file's name. */
  public static final String SESSION = "session.json";
  /** The decisions file's name. */
  public static final String DECISIONS = "decisions.jsonl";
  /** The trail file's name. */
  public static final String TRAIL = "trail.json";
  /** The name of the copy of the answers file a session was started with, if any. */
  public static final String ANSWERS = "answers.json";

  private final Path dir;
  private final MatchingSession session;
  private final StepClock clock;
  private final List<String> lines;
  private final List<DecisionsFile.Step> steps;
  private final String coordinator;

  private SessionDirectory(Path dir, MatchingSession session, StepClock clock, List<String> lines,
      List<DecisionsFile.Step> steps, String coordinator) {
    this.dir = dir;
    this.session = session;
    this.clock = clock;
    this.lines = lines;
    this.steps = steps;
    this.coordinator = coordinator;
  }

  /**
   * The name of the file of proposal {@code version}: {@code proposal-001.json} for 1.
   *
   * @param version the proposal's version, from 1
   * @return the file name
   */
  public static String proposalFile(int version) {
    return String.format(Locale.ROOT, "proposal-%03d.json", version);
  }

  /**
   * Starts a session in {@code dir} (which must not exist or be empty): computes proposal 1, and
   * only then writes the five files.
   *
   * @param dir the directory
   * @param variantName the variant's registered name
   * @param seed the lottery seed
   * @param options the variant's options
   * @param coordinator the pseudonymous id of the coordinator who starts it
   * @return the session on disk
   * @param problemBytes the problem document as given; copied to {@code problem.json}
   * @param created the time of the start (recorded in {@code session.json} and the trail)
   * @throws IllegalArgumentException when the directory is not empty, the problem is not valid or
   *     the variant or an option is unknown
   * @throws IOException when a file cannot be written
   */
  public static SessionDirectory start(Path dir, byte[] problemBytes, String variantName,
      long seed, Map<String, String> options, String coordinator, Instant created)
      throws IOException {
    return start(dir, problemBytes, variantName, seed, options, coordinator, created, null);
  }

  /**
   * Starts a session in {@code dir} like {@link #start(Path, byte[], String, long, Map, String,
   * Instant)}, with the people's answers of {@code answersText} (an answers file, {@code
   * stagematch-answers/1}, for the session's variant) in place of the simulated ones: proposal 1
   * and every re-match are answered from it, and the trail records every answer. The file is
   * copied to {@code answers.json}. Every answer that does not fit proposal 1 is reported at once
   * and nothing is written; a re-match whose questions the file does not answer (a ranking that
   * names a place refused since, say) is refused with the answer's error.
   *
   * @param dir the directory
   * @param problemBytes the problem document as given; copied to {@code problem.json}
   * @param variantName the variant's registered name
   * @param seed the lottery seed
   * @param options the variant's options
   * @param coordinator the pseudonymous id of the coordinator who starts it
   * @param created the time of the start (recorded in {@code session.json} and the trail)
   * @param answersText the answers file's text, or null for the simulated answers
   * @return the session on disk
   * @throws AnswersResponder.WrongAnswer when the answers do not fit proposal 1 (every error)
   * @throws IllegalArgumentException as the other {@code start}, or when the answers file is not
   *     valid or is for another variant
   * @throws IOException when a file cannot be written
   */
  public static SessionDirectory start(Path dir, byte[] problemBytes, String variantName,
      long seed, Map<String, String> options, String coordinator, Instant created,
      String answersText) throws IOException {
    Objects.requireNonNull(created, "created");
    Decision.checkCoordinator(coordinator, Message.phrase("de coördinator die de sessie"
        + " start", "the coordinator who starts the session"));
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new InputException(notADirectory(dir), null);
      }
      try (var list = Files.list(dir)) {
        if (list.findAny().isPresent()) {
          throw new InputException(notEmpty(dir), null);
        }
      }
    }
    MatchingProblem problem = ProblemJson.read(new ByteArrayInputStream(problemBytes));
    MatchingVariant variant = Variants.load().get(variantName);
    StepClock clock = new StepClock(created);
    AnswersFile answers = answersText == null ? null : answers(answersText, variant.name());
    MatchingSession.Builder builder = MatchingSession.builder(problem, variant).seed(seed)
        .options(new TreeMap<>(options)).clock(clock);
    AnswersResponder responder = null;
    if (answers != null) {
      responder = answers.collectingResponder(problem);
      builder.responder(responder);
    }
    MatchingSession session = builder.start(coordinator);
    if (responder != null) {
      responder.checkAllAsked();
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("variant", variant.name());
    doc.put("seed", seed);
    doc.put("options", new TreeMap<>(options));
    doc.put("coordinator", coordinator);
    doc.put("created", created.toString());
    if (answers != null) {
      doc.put("answers", answers.sha256());
    }
    Files.createDirectories(dir);
    SessionDirectory sd = new SessionDirectory(dir, session, clock, new ArrayList<>(),
        new ArrayList<>(), coordinator);
    sd.write(PROBLEM, problemBytes);
    if (answers != null) {
      sd.write(ANSWERS, answersText.getBytes(StandardCharsets.UTF_8));
    }
    sd.write(SESSION, (Json.pretty(doc)).getBytes(StandardCharsets.UTF_8));
    sd.write(DECISIONS, new byte[0]);
    sd.writeDerived();
    return sd;
  }

  /**
   * Opens the session in {@code dir}: reads the problem and {@code session.json}, replays every
   * line of {@code decisions.jsonl} and checks that {@code trail.json} is the trail the replay
   * gives.
   *
   * @param dir the directory
   * @return the session on disk
   * @throws IllegalArgumentException naming the file (and line) at fault and what to do
   * @throws IOException when a file cannot be read
   */
  public static SessionDirectory open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(noSession(dir), null);
    }
    MatchingProblem problem;
    try {
      problem = ProblemJson.read(dir.resolve(PROBLEM));
    } catch (NoSuchFileException e) {
      throw new InputException(missing(dir, PROBLEM), null);
    } catch (IllegalArgumentException e) {
      throw within(dir.resolve(PROBLEM), e);
    }
    Node doc;
    try {
      doc = Node.parse(InputFiles.readUtf8(dir.resolve(SESSION)),
          Message.phrase("het sessiebestand " + SESSION, "the session file " + SESSION));
    } catch (NoSuchFileException e) {
      throw new InputException(missing(dir, SESSION), null);
    } catch (InputFiles.MalformedTextException e) {
      throw new InputException(FileMessages.of(e), null);
    }
    String variantName;
    long seed;
    Map<String, String> options = new TreeMap<>();
    String coordinator;
    Instant created;
    String answersHash;
    try {
      doc.allow("format", "variant", "seed", "options", "coordinator", "created", "answers");
      String format = doc.string("format");
      if (!FORMAT.equals(format)) {
        throw doc.error("format", Message.of(ProcessMessage.SESSION_WRONG_FORMAT,
            SafeText.clean(format), FORMAT));
      }
      variantName = doc.string("variant");
      seed = doc.integer("seed");
      Node opts = doc.object("options");
      for (String name : opts.raw().keySet()) {
        options.put(name, opts.string(name));
      }
      coordinator = doc.string("coordinator");
      created = Decision.time(doc, "created");
      answersHash = doc.optString("answers");
    } catch (IllegalArgumentException e) {
      throw within(dir.resolve(SESSION), e);
    }
    AnswersFile answers = null;
    if (answersHash != null) {
      try {
        answers = answers(InputFiles.readUtf8(dir.resolve(ANSWERS)), variantName);
      } catch (NoSuchFileException e) {
        throw new InputException(missing(dir, ANSWERS), null);
      } catch (AnswersResponder.WrongAnswer e) {
        throw e; // every error of the file, each with its path
      } catch (IllegalArgumentException e) {
        throw within(dir.resolve(ANSWERS), e);
      }
      if (!answers.sha256().equals(answersHash)) {
        throw new InputException(Message.of(ProcessMessage.SESSION_ANSWERS_CHANGED,
            shown(dir.resolve(ANSWERS)), answers.sha256(), SafeText.clean(answersHash)), null);
      }
    }
    StepClock clock = new StepClock(created);
    MatchingSession session;
    try {
      MatchingSession.Builder builder = MatchingSession.builder(problem, variantName).seed(seed)
          .options(options).clock(clock);
      if (answers != null) {
        builder.responder(answers.responder(problem));
      }
      session = builder.start(coordinator);
    } catch (IllegalArgumentException e) {
      throw within(dir.resolve(SESSION), e);
    }
    List<String> text;
    try {
      // bytes that are not UTF-8 are named by file, line and column
      text = lines(InputFiles.readUtf8(dir.resolve(DECISIONS)));
    } catch (NoSuchFileException e) {
      throw new InputException(missing(dir, DECISIONS), null);
    } catch (InputFiles.MalformedTextException e) {
      throw new InputException(FileMessages.of(e), null);
    }
    List<String> lines = new ArrayList<>();
    List<DecisionsFile.Step> steps = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.isBlank()) {
        throw new InputException(Message.of(CoreMessage.AT_PATH, line(dir, i),
            Message.of(ProcessMessage.SESSION_EMPTY_LINE)), null);
      }
      try {
        Node n = Node.parse(line, Message.phrase("regel " + (i + 1) + " van " + DECISIONS,
            "line " + (i + 1) + " of " + DECISIONS));
        Instant at = lineTime(n);
        clock.set(at);
        DecisionsFile.Step step = parseLine(n, at);
        apply(session, step);
        steps.add(step);
        lines.add(line);
      } catch (IllegalArgumentException e) {
        throw within(line(dir, i), e);
      }
    }
    String trail;
    try {
      trail = InputFiles.readUtf8(dir.resolve(TRAIL));
    } catch (NoSuchFileException e) {
      throw new InputException(missing(dir, TRAIL), null);
    } catch (InputFiles.MalformedTextException e) {
      throw new InputException(FileMessages.of(e), null);
    }
    if (!trail.equals(session.trailJson())) {
      throw new InputException(trailDiffers(dir, session.trail().size()), null);
    }
    return new SessionDirectory(dir, session, clock, lines, steps, coordinator);
  }

  /**
   * The lines of {@code text} as {@link Files#readAllLines} gives them: split at {@code \n},
   * {@code \r\n} or {@code \r}, without an empty last line after the final line break.
   */
  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.split("\r\n|\r|\n", -1);
    int n = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
    return Arrays.asList(parts).subList(0, n);
  }

  private static Instant lineTime(Node n) {
    if (!n.has("at")) {
      throw n.error("at", Message.of(ProcessMessage.SESSION_LINE_NO_TIME));
    }
    return Decision.time(n, "at");
  }

  private static DecisionsFile.Step parseLine(Node n, Instant at) {
    if (DecisionsFile.REMATCH.equals(n.raw().get("kind"))) {
      n.allow("kind", "coordinator", "at");
      String c = n.string("coordinator");
      try {
        Decision.checkCoordinator(c, Message.phrase("de coördinator van een nieuwe match",
            "the coordinator of a re-match"));
      } catch (IllegalArgumentException e) {
        throw e instanceof InputException ie ? n.error("coordinator", ie.message())
            : n.error("coordinator", e.getMessage());
      }
      return new DecisionsFile.Rematch(c);
    }
    return new DecisionsFile.Decide(Decision.fromJson(n));
  }

  private static void apply(MatchingSession session, DecisionsFile.Step step) {
    if (step instanceof DecisionsFile.Decide d) {
      session.decide(d.decision());
    } else {
      session.rematch(((DecisionsFile.Rematch) step).coordinator());
    }
  }

  /**
   * Takes {@code decision} at its own time ({@link Decision#at()}, required) and appends it to
   * {@code decisions.jsonl}, then rewrites the trail. A refused decision writes nothing.
   *
   * @param decision the decision, with its time
   * @throws IOException when a file cannot be written
   * @throws IllegalArgumentException when the session refuses the decision (see {@link
   *     MatchingSession#decide}) or it has no time
   */
  public void decide(Decision decision) throws IOException {
    if (decision == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_MISSING), "decision");
    }
    if (decision.at() == null) {
      throw new InputException(Message.of(ProcessMessage.SESSION_DECISION_NO_TIME,
          decision.text()), null);
    }
    step(new DecisionsFile.Decide(decision), decision.at(),
        Json.compact(decision.toJson()));
  }

  /**
   * Computes the next proposal at {@code at}, appends the re-match and writes its file.
   *
   * @param by the pseudonymous id of the coordinator
   * @param at the time of the re-match
   * @throws IOException when a file cannot be written
   */
  public void rematch(String by, Instant at) throws IOException {
    Decision.checkCoordinator(by, Message.phrase("de coördinator van een nieuwe match",
        "the coordinator of a re-match"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", DecisionsFile.REMATCH);
    m.put("coordinator", by);
    m.put("at", at.toString());
    step(new DecisionsFile.Rematch(by), at, Json.compact(m));
  }

  private void step(DecisionsFile.Step step, Instant at, String line) throws IOException {
    clock.set(at);
    // The session changes only when the step is taken; a refused step throws before.
    apply(session, step);
    lines.add(line);
    steps.add(step);
    StringBuilder all = new StringBuilder();
    for (String l : lines) {
      all.append(l).append('\n');
    }
    writeDerived();
    write(DECISIONS, all.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void writeDerived() throws IOException {
    write(proposalFile(session.version()), session.resultBytes());
    write(TRAIL, session.trailJson().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code name} through a temporary file in the directory, then moves it in place. */
  private void write(String name, byte[] bytes) throws IOException {
    Path target = dir.resolve(name);
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The directory.
   *
   * @return the directory
   */
  public Path dir() {
    return dir;
  }

  /**
   * The session, rebuilt (do not take steps on it directly: they would not be written).
   *
   * @return the session
   */
  public MatchingSession session() {
    return session;
  }

  /**
   * The coordinator who started the session.
   *
   * @return the coordinator's pseudonymous id
   */
  public String coordinator() {
    return coordinator;
  }

  /**
   * The steps of {@code decisions.jsonl}, in order.
   *
   * @return the steps
   */
  public List<DecisionsFile.Step> steps() {
    return List.copyOf(steps);
  }

  /**
   * The steps after the last re-match: decisions that take effect at the next proposal.
   *
   * @return the decisions
   */
  public List<Decision> pending() {
    List<Decision> out = new ArrayList<>();
    for (DecisionsFile.Step s : steps) {
      if (s instanceof DecisionsFile.Decide d) {
        out.add(d.decision());
      } else {
        out.clear();
      }
    }
    return out;
  }

  private static String shown(Path path) {
    return SafeText.clean(String.valueOf(path));
  }

  private static Message notADirectory(Path dir) {
    return Message.of(ProcessMessage.SESSION_DIRECTORY_IS_FILE, shown(dir));
  }

  private static Message notEmpty(Path dir) {
    return Message.of(ProcessMessage.SESSION_DIRECTORY_NOT_EMPTY, shown(dir));
  }

  private static Message noSession(Path dir) {
    return Message.of(ProcessMessage.SESSION_NO_DIRECTORY, shown(dir));
  }

  /** The answers file of {@code text}, checked to be for {@code variant}. */
  private static AnswersFile answers(String text, String variant) {
    AnswersFile answers = AnswersFile.parse(text);
    if (!answers.variant().equals(variant)) {
      throw new InputException(Message.of(ProcessMessage.SESSION_ANSWERS_OTHER_VARIANT,
          SafeText.clean(answers.variant()), variant), null);
    }
    return answers;
  }

  private static Message missing(Path dir, String name) {
    return Message.of(ProcessMessage.SESSION_FILE_MISSING, shown(dir), name);
  }

  private static Message trailDiffers(Path dir, int entries) {
    return Message.of(ProcessMessage.SESSION_TRAIL_DIFFERS, shown(dir.resolve(TRAIL)), DECISIONS,
        entries);
  }

  /** Line {@code i} (from 0) of the decisions file, in Dutch and English, for messages. */
  private static Message line(Path dir, int i) {
    String file = shown(dir.resolve(DECISIONS));
    return Message.phrase(file + " regel " + (i + 1), file + " line " + (i + 1));
  }

  /** {@code e} (about a file of the session) with the file, or line, in front: "FILE: error". */
  private static InputException within(Object where, IllegalArgumentException e) {
    Object place = where instanceof Path p ? shown(p) : where;
    InputException wrapped = new InputException(Message.of(CoreMessage.AT_PATH, place,
        AnswersResponder.messageOf(e).line()), null);
    wrapped.initCause(e);
    return wrapped;
  }

  /** A clock that stands still at the time of the step being taken. */
  private static final class StepClock extends Clock {
    private Instant now;

    StepClock(Instant now) {
      this.now = now;
    }

    void set(Instant at) {
      this.now = Objects.requireNonNull(at, "at");
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a session's step clock has no other zone");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
