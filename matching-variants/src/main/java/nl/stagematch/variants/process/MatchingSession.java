package nl.stagematch.variants.process;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.EffectiveProblem;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantOptions;
import nl.stagematch.core.spi.WarmRematch;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.view.CompanyView;
import nl.stagematch.variants.view.Explanations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.stagematch.core.model.InvalidValueException;

/**
 * One school's matching run with people in the loop (R3, R4, R6, R11): the problem, the variant,
 * the seed and the current proposal, the decisions of the coordinators, and the {@link
 * AuditTrail} of every step.
 *
 * <p>The life of a session:
 *
 * <ol>
 *   <li>{@link Builder#start} fixes the seed: it records the variant, the seed, the options and the
 *       SHA-256 of the canonical problem document ({@link ProblemJson}) <em>before</em> the first
 *       proposal, then computes proposal 1.
 *   <li>{@link #decide} takes a {@link Decision} on the current proposal: confirm a proposed
 *       placement, pin or forbid a pair, record a student's refusal or opt-out, a substantiated
 *       objection of either side, or the early end of a confirmed placement after the evaluation.
 *       A refused, objected or ended pair is forbidden from then on; confirmed and pinned pairs
 *       are kept by every later proposal. A pin, a coordinator's prohibition or an opt-out can be
 *       withdrawn ({@link DecisionKind#WITHDRAW}); a refusal, objection or early end cannot. An
 *       early end with a date is checked against the evaluation window (two weeks after the
 *       placement's start, R11), and the student is matched again for the rest of her wished
 *       period, from that date.
 *   <li>{@link #rematch} computes the next proposal from the decisions so far, warm (from the
 *       previous proposal) when the variant implements {@link WarmRematch}, else from scratch.
 *       A student released by a refusal, objection or early end who finds no other place is
 *       reported unplaced as REFUSED, OBJECTION or ENDED_AFTER_EVALUATION, with the variant's own
 *       reason as the detail.
 *   <li>{@link #reseed} runs again with another seed on the same input; the new seed is recorded
 *       before its proposal, so trying seeds until a preferred outcome appears shows in the trail.
 * </ol>
 *
 * <p>Every step names the coordinator (a pseudonymous id) who took it and the time from the
 * injected {@link Clock}. The trail also records who answered the variant's questions (the
 * {@link Responder}): {@code by-fit} for the built-in one, whose answers follow from the input;
 * for any other, every answer it gave, with each proposal. {@link #replay} rebuilds a session
 * from the problem and its trail and checks that every step gives the same entry, byte for byte;
 * it gives the variant the recorded answers again, so it needs no responder.
 *
 * <p>The variant must declare {@link Capability#SUPPORTS_PINS}, {@link
 * Capability#SUPPORTS_FORBIDDEN} and {@link Capability#DETERMINISTIC_GIVEN_SEED}. The session uses
 * problem's own fit model ({@link FitModel#of}). Its methods are synchronized; sessions share
 * nothing, so many can run at once in one JVM (one per school or team).
 */
public final class MatchingSession {
  private static final Logger LOG = LoggerFactory.getLogger(MatchingSession.class);
  private final MatchingProblem problem;
  private final MatchingVariant variant;
  private final Map<String, String> options;
  private final Map<String, String> schools;
  private final Responder responder;
  private final String responderName;
  private final Clock clock;
  private final String inputHash;
  private final AuditTrail trail;
  private List<Instant> replayTimes;
  /** While replaying a trail with recorded answers: its entries; else null. */
  private List<AuditEntry> replayAnswers;

  private long seed;
  private int version;
  private MatchRequest request;
  private Proposal raw;
  private Proposal proposal;
  private String proposalHash;
  private boolean pending;
  private final TreeMap<String, String> confirmed = new TreeMap<>();
  private final TreeMap<String, String> pinned = new TreeMap<>();
  private final TreeSet<StudentPlace> forbidden = new TreeSet<>();
  /** The forbidden pairs that were refused, objected or ended: these can never be withdrawn. */
  private final TreeSet<StudentPlace> closed = new TreeSet<>();
  /**
   * Students whose placement ended early on a date: the day from which they are matched again (the
   * rest of their wished period).
   */
  private final TreeMap<String, LocalDate> remainingFrom = new TreeMap<>();
  /** Whether a remaining period changed since the previous proposal (a warm re-match can't). */
  private boolean periodsChanged;
  private final TreeSet<String> optedOut = new TreeSet<>();
  private final TreeMap<String, UnplacedReason> released = new TreeMap<>();
  private final List<Decision> decisions = new ArrayList<>();
  private Eligibility eligibility;

  /** The name the trail records for {@link Responder#byFit()}. */
  static final String BY_FIT = "by-fit";

  private MatchingSession(Builder b, List<Instant> replayTimes) {
    this(b, replayTimes, responderName(b.responder), 3);
  }

  private MatchingSession(Builder b, List<Instant> replayTimes, String responderName,
      int trailVersion) {
    for (Capability needed : List.of(Capability.SUPPORTS_PINS, Capability.SUPPORTS_FORBIDDEN,
        Capability.DETERMINISTIC_GIVEN_SEED)) {
      if (!b.variant.has(needed)) {
        throw new InvalidValueException(Message.of(ProcessMessage.SESSION_VARIANT_UNSUITABLE,
            SafeText.clean(b.variant.name()), needed), "variant");
      }
    }
    this.problem = b.problem;
    this.variant = b.variant;
    this.options = VariantOptions.resolve(b.variant, b.options).values();
    this.schools = Map.copyOf(b.schools);
    this.responder = b.responder;
    this.responderName = responderName;
    this.clock = b.clock;
    this.seed = b.seed;
    this.replayTimes = replayTimes;
    this.inputHash = inputHash(problem);
    this.trail = new AuditTrail(trailVersion);
    if (b.signingKey != null) {
      trail.signWith(b.signingKey);
    }
  }

  /**
   * The name the trail records for {@code responder}: {@code by-fit} for {@link
   * Responder#byFit()}, else its {@link Responder#name()} (by default its class name).
   */
  static String responderName(Responder responder) {
    return responder == Responder.byFit() ? BY_FIT : responder.name();
  }

  /**
   * The SHA-256 (hex) of the canonical problem document of {@code problem}.
   *
   * @param problem the problem
   * @return the hash, 64 hex digits
   */
  public static String inputHash(MatchingProblem problem) {
    return ProblemJson.sha256(problem);
  }

  /**
   * The SHA-256 (hex) of the canonical result document of {@code result}.
   *
   * @param result the result
   * @return the hash, 64 hex digits
   */
  public static String resultHash(MatchResult result) {
    return Json.sha256(ResultJson.toBytes(result));
  }

  /**
   * The proposal hash of a trail of format 2, written when results were {@code
   * stagematch-result/1} documents: the SHA-256 of the result without provenance and certificate
   * in that format (the same fields in the same order, only the format marker differs), so that
   * such a trail still replays.
   */
  private static String resultHashV1(MatchResult result) {
    String v2 = new String(ResultJson.toBytes(result.withEvidence(null, null)),
        StandardCharsets.UTF_8);
    String marker = "\"" + ResultJson.FORMAT + "\"";
    int at = v2.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("The result document has no format marker " + marker
          + "; this is a bug.");
    }
    String v1 = v2.substring(0, at) + "\"" + ResultJson.FORMAT_V1 + "\""
        + v2.substring(at + marker.length());
    return Json.sha256(v1.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Starts a builder for a session on {@code problem} with the variant registered under {@code
   * variantName} in {@link Variants#load()} (such as {@code school-placement}).
   *
   * @param problem the problem
   * @param variantName the variant's registered name
   * @return a new builder
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Builder builder(MatchingProblem problem, String variantName) {
    return new Builder(problem, Variants.load().get(variantName));
  }

  /**
   * Starts a builder for a session on {@code problem} with {@code variant}.
   *
   * @param problem the problem
   * @param variant the variant
   * @return a new builder
   */
  public static Builder builder(MatchingProblem problem, MatchingVariant variant) {
    return new Builder(problem, variant);
  }

  private Instant now() {
    if (replayTimes != null) {
      int i = trail.size();
      if (i >= replayTimes.size()) {
        throw new IllegalStateException("The replay needs a time for entry " + i + " but the"
            + " trail has only " + replayTimes.size() + " entries.");
      }
      return replayTimes.get(i);
    }
    return Instant.now(clock);
  }

  private void begin(String coordinator) {
    checkCoordinator(coordinator);
    trail.append(now(), coordinator, AuditAction.SEED_FIXED, 0, variant.name(), seed, inputHash,
        options, schools.isEmpty() ? null : schools, responderName, null, null, null, null, null);
    propose(coordinator, false);
  }

  /**
   * The problem as given (students opted out by a decision are not marked in it).
   *
   * @return the problem
   */
  public MatchingProblem problem() {
    return problem;
  }

  /**
   * The variant.
   *
   * @return the variant
   */
  public MatchingVariant variant() {
    return variant;
  }

  /**
   * The current seed.
   *
   * @return the seed
   */
  public synchronized long seed() {
    return seed;
  }

  /**
   * The current proposal's version, from 1.
   *
   * @return the version
   */
  public synchronized int version() {
    return version;
  }

  /**
   * The current proposal (its result with the session's unplaced reasons, see the class doc).
   *
   * @return the proposal
   */
  public synchronized Proposal proposal() {
    return proposal;
  }

  /**
   * The current proposal's result.
   *
   * @return the result
   */
  public synchronized MatchResult result() {
    return proposal.result();
  }

  /**
   * The current proposal's canonical result document, as bytes.
   *
   * @return the document's bytes
   */
  public synchronized byte[] resultBytes() {
    return ResultJson.toBytes(proposal.result());
  }

  /**
   * The decisions taken so far, in order.
   *
   * @return the decisions
   */
  public synchronized List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  /**
   * The audit trail (live; its {@link AuditTrail#entries()} are a snapshot).
   *
   * @return the trail
   */
  public AuditTrail trail() {
    return trail;
  }

  /**
   * The audit trail as its canonical JSON document.
   *
   * @return the document
   */
  public synchronized String trailJson() {
    return trail.toJson();
  }

  /**
   * A snapshot of the session's state.
   *
   * @return the state
   */
  public synchronized SessionState state() {
    return new SessionState(variant.name(), seed, version, proposalHash, confirmed, pinned,
        forbidden, optedOut, decisions, pending);
  }

  /**
   * What company {@code companyId} may see of the current proposal (R1): the pseudonymous profiles
   * of the students placed or shortlisted at its places.
   *
   * @param companyId the company
   * @return its view
   */
  public synchronized CompanyView companyView(String companyId) {
    return CompanyView.of(problem, proposal, companyId);
  }

  /**
   * The explanation for every student of the current proposal, by student id (R1, R6).
   *
   * @param locale the language
   * @return student id to explanation
   */
  public synchronized Map<String, String> explanations(Locale locale) {
    return Explanations.of(problem).explainAll(proposal.result(), locale);
  }

  /**
   * Takes a decision on the current proposal and records it; see {@link Decision} and the class
   * documentation. Nothing changes when the decision is refused.
   *
   * @param decision the decision
   * @throws DecisionRefusedException (an {@link IllegalArgumentException}) when the decision
   *     does not fit the session: an unknown
   *     student or place, confirming a pair the proposal does not make, pinning an inadmissible
   *     or forbidden pair or beyond the place's capacity, refusing a pair that is not proposed,
   *     ending a placement that is not confirmed, ...; the message says why and what to do
   */
  public synchronized void decide(Decision decision) {
    if (decision == null) {
      throw new InvalidValueException(Message.of(ProcessMessage.DECISION_MISSING), "decision");
    }
    if (decision.at() != null && trail.formatVersion() < 3) {
      throw refused(decision, ProcessMessage.DECISION_TIME_ON_OLD_TRAIL, AuditTrail.FORMAT_2,
          decision.text(), AuditTrail.FORMAT);
    }
    String s = decision.studentId();
    Student student = problem.student(s).orElseThrow(() -> refused(decision,
        ProcessMessage.DECISION_UNKNOWN_STUDENT, s, decision.text()));
    String p = decision.placeId();
    if (p != null && problem.place(p).isEmpty()) {
      throw refused(decision, ProcessMessage.DECISION_UNKNOWN_PLACE, p, decision.text());
    }
    StudentPlace pair = p == null ? null : StudentPlace.of(s, p);
    boolean out = student.optedOut() || optedOut.contains(s);
    switch (decision.kind()) {
      case CONFIRM:
        notOptedOut(out, decision);
        notForbidden(pair, decision);
        String proposed = proposedPlace(s);
        if (!p.equals(proposed)) {
          throw proposed == null
              ? refused(decision, ProcessMessage.DECISION_NOT_PROPOSED_UNPLACED, version, s, p,
                  decision.text())
              : refused(decision, ProcessMessage.DECISION_NOT_PROPOSED, version, s, p, proposed,
                  decision.text());
        }
        if (p.equals(confirmed.get(s))) {
          throw refused(decision, ProcessMessage.DECISION_ALREADY_CONFIRMED, s, p);
        }
        String pin = pinned.get(s);
        if (pin != null && !pin.equals(p)) {
          throw refused(decision, ProcessMessage.DECISION_PINNED_ELSEWHERE, s, pin, p);
        }
        checkRoom(s, p, decision);
        confirmed.put(s, p);
        break;
      case PIN:
        notOptedOut(out, decision);
        notForbidden(pair, decision);
        String conf = confirmed.get(s);
        if (conf != null && !conf.equals(p)) {
          throw refused(decision, ProcessMessage.DECISION_CONFIRMED_ELSEWHERE, s, conf,
              decision.text());
        }
        if (p.equals(pinned.get(s))) {
          throw refused(decision, ProcessMessage.DECISION_ALREADY_PINNED, s, p);
        }
        Optional<IneligibilityReason> why = eligibility().reason(s, p);
        if (why.isPresent()) {
          throw refused(decision, ProcessMessage.DECISION_NOT_ADMISSIBLE, s, p, why.get(),
              Message.phrase(why.get().describe(Message.DUTCH), why.get().describe(Locale.ENGLISH)),
              decision.text());
        }
        checkRoom(s, p, decision);
        pinned.put(s, p);
        break;
      case FORBID:
        notForbidden(pair, decision);
        if (p.equals(confirmed.get(s)) || p.equals(pinned.get(s))) {
          throw refused(decision, p.equals(confirmed.get(s))
              ? ProcessMessage.DECISION_FORBID_CONFIRMED : ProcessMessage.DECISION_FORBID_PINNED,
              s, p, decision.text());
        }
        forbidden.add(pair);
        break;
      case REFUSE:
      case OBJECT:
        notForbidden(pair, decision);
        if (!p.equals(proposedPlace(s)) && !p.equals(confirmed.get(s))
            && !p.equals(pinned.get(s))) {
          throw refused(decision, ProcessMessage.DECISION_NOT_CURRENT, s, p, decision.text());
        }
        release(s, p, decision.kind() == DecisionKind.REFUSE ? UnplacedReason.REFUSED
            : UnplacedReason.OBJECTION);
        forbidden.add(pair);
        closed.add(pair);
        break;
      case END_EARLY:
        if (!p.equals(confirmed.get(s))) {
          throw refused(decision, ProcessMessage.DECISION_END_NOT_CONFIRMED, s, p,
              decision.text());
        }
        LocalDate from = decision.date() == null ? null : checkEndDate(student, p, decision);
        release(s, p, UnplacedReason.ENDED_AFTER_EVALUATION);
        forbidden.add(pair);
        closed.add(pair);
        if (from != null) {
          remainingFrom.put(s, from);
          periodsChanged = true;
          eligibility = null;
        }
        break;
      case OPT_OUT:
        notOptedOut(out, decision);
        confirmed.remove(s);
        pinned.remove(s);
        released.remove(s);
        optedOut.add(s);
        eligibility = null;
        break;
      case WITHDRAW:
        withdraw(student, pair, decision);
        break;
      default:
        throw new IllegalStateException("Unknown decision kind " + decision.kind());
    }
    decisions.add(decision);
    pending = true;
    trail.append(now(), decision.coordinator(), AuditAction.DECIDED, version, null, null, null,
        null, null, null, decision, null, null, null, null);
    LOG.debug("Decision on proposal {}: {}", version, decision);
  }

  /** Withdraws an earlier pin, prohibition or opt-out; refuses when there is none to withdraw. */
  private void withdraw(Student student, StudentPlace pair, Decision decision) {
    String s = student.id();
    switch (decision.withdraws()) {
      case PIN:
        if (!pair.placeId().equals(pinned.get(s))) {
          throw pinned.containsKey(s)
              ? refused(decision, ProcessMessage.DECISION_WITHDRAW_PINNED_ELSEWHERE, s,
                  pair.placeId(), pinned.get(s), decision.text())
              : refused(decision, ProcessMessage.DECISION_WITHDRAW_NOT_PINNED, s, pair.placeId(),
                  decision.text());
        }
        pinned.remove(s);
        break;
      case FORBID:
        if (closed.contains(pair)) {
          throw refused(decision, ProcessMessage.DECISION_WITHDRAW_CLOSED, pair,
              decision.text());
        }
        if (!forbidden.contains(pair)) {
          throw refused(decision, ProcessMessage.DECISION_WITHDRAW_NOT_FORBIDDEN, pair,
              decision.text());
        }
        forbidden.remove(pair);
        break;
      case OPT_OUT:
        if (student.optedOut()) {
          throw refused(decision, ProcessMessage.DECISION_WITHDRAW_OPTED_OUT_IN_PROBLEM, s,
              decision.text());
        }
        if (!optedOut.contains(s)) {
          throw refused(decision, ProcessMessage.DECISION_WITHDRAW_NOT_OPTED_OUT, s,
              decision.text());
        }
        optedOut.remove(s);
        eligibility = null;
        break;
      default:
        throw new IllegalStateException("Cannot withdraw " + decision.withdraws());
    }
  }

  /**
   * Checks the date of an early end against the evaluation window (R11: not before two weeks
   * after the placement's start) and the placement's end; returns the first day of the
   * remaining period.
   */
  private LocalDate checkEndDate(Student student, String placeId, Decision decision) {
    Period wish = wishedPeriod(student);
    Period place = problem.place(placeId).orElseThrow().period();
    LocalDate start = wish.start().isAfter(place.start()) ? wish.start() : place.start();
    LocalDate end = wish.end().isBefore(place.end()) ? wish.end() : place.end();
    LocalDate earliest = start.plusDays(EVALUATION_DAYS);
    LocalDate date = decision.date();
    if (date.isBefore(earliest)) {
      throw refused(decision, ProcessMessage.DECISION_END_BEFORE_WINDOW, student.id(), placeId,
          start, earliest, decision.text());
    }
    if (date.isAfter(end)) {
      throw refused(decision, ProcessMessage.DECISION_END_AFTER_PLACEMENT, student.id(), placeId,
          end, date, decision.text(), earliest);
    }
    return date;
  }

  /** The days from a placement's start to the first day it can end early (R11): two weeks. */
  static final int EVALUATION_DAYS = 14;

  /**
   * The student's wished period as the session sees it: from the problem, or, after an early end
   * with a date, from that date to the end of the wished period, in the same form.
   */
  private Period wishedPeriod(Student student) {
    Period wished = student.wish().period();
    LocalDate from = remainingFrom.get(student.id());
    return from == null ? wished : EffectiveProblem.restOfPeriod(student.id(), wished, from);
  }

  /**
   * The day from which a student whose placement ended early on a date is matched again, by
   * student id (sorted); empty when there is none.
   *
   * @return student id to day
   */
  public synchronized Map<String, LocalDate> remainingFrom() {
    return Map.copyOf(remainingFrom);
  }

  /**
   * Takes the decisions in order; stops at the first refused one (see {@link #decide}).
   *
   * @param list the decisions, in order
   */
  public synchronized void decideAll(Collection<Decision> list) {
    for (Decision d : list) {
      decide(d);
    }
  }

  private void release(String s, String p, UnplacedReason reason) {
    if (p.equals(confirmed.get(s))) {
      confirmed.remove(s);
    }
    if (p.equals(pinned.get(s))) {
      pinned.remove(s);
    }
    released.put(s, reason);
  }

  private void checkRoom(String s, String p, Decision decision) {
    Place place = problem.place(p).orElseThrow();
    int taken = 0;
    for (String q : keptPlaces(s)) {
      taken += q.equals(p) ? 1 : 0;
    }
    if (taken >= place.capacity()) {
      throw refused(decision, ProcessMessage.DECISION_PLACE_FULL, p, taken, place.capacity(),
          decision.text());
    }
  }

  private List<String> keptPlaces(String except) {
    TreeMap<String, String> kept = new TreeMap<>(pinned);
    kept.putAll(confirmed);
    kept.remove(except);
    return new ArrayList<>(kept.values());
  }

  private String proposedPlace(String studentId) {
    return proposal.result().placement(studentId).map(Placement::placeId).orElse(null);
  }

  private void notForbidden(StudentPlace pair, Decision decision) {
    if (forbidden.contains(pair)) {
      throw refused(decision, ProcessMessage.DECISION_FORBIDDEN, pair, decision.text());
    }
  }

  /**
   * The message of an exception that a step of a replay or a read threw: its coded message when
   * it is an {@link InputException}, else its (English) text.
   */
  static Message cause(RuntimeException e) {
    if (e instanceof InputException input) {
      return input.message();
    }
    return Message.of(CoreMessage.UNCODED, String.valueOf(e.getMessage()));
  }

  private static DecisionRefusedException refused(Decision decision, ProcessMessage key,
      Object... args) {
    return new DecisionRefusedException(decision, Message.of(key, args));
  }

  private static void notOptedOut(boolean out, Decision decision) {
    if (out) {
      throw refused(decision, ProcessMessage.DECISION_OPTED_OUT, decision.studentId(),
          decision.text());
    }
  }

  private Eligibility eligibility() {
    if (eligibility == null) {
      eligibility = Eligibility.compute(effectiveProblem(),
          FitModel.of(problem).travelModel());
    }
    return eligibility;
  }

  /**
   * Computes the next proposal from the decisions so far and records it. Confirmed and pinned
   * pairs are kept, forbidden pairs never used, opted-out students left out.
   *
   * @param coordinator the pseudonymous id of the coordinator who takes the step
   * @return the new proposal
   */
  public synchronized Proposal rematch(String coordinator) {
    checkCoordinator(coordinator);
    propose(coordinator, variant instanceof WarmRematch && !periodsChanged);
    return proposal;
  }

  /**
   * Records a run with another seed on the same input, then computes its proposal from scratch
   * (keeping what is confirmed, pinned and forbidden). Both steps are in the trail.
   *
   * @param coordinator the pseudonymous id of the coordinator who takes the step
   * @param newSeed the new seed
   * @return the new proposal
   */
  public synchronized Proposal reseed(String coordinator, long newSeed) {
    checkCoordinator(coordinator);
    if (newSeed == seed) {
      throw refused(null, ProcessMessage.DECISION_SAME_SEED, newSeed);
    }
    seed = newSeed;
    trail.append(now(), coordinator, AuditAction.RESEEDED, version, null, newSeed, null, null,
        null, null, null, null, null, null, null);
    propose(coordinator, false);
    return proposal;
  }

  private void propose(String coordinator, boolean tryWarm) {
    RecordingResponder recording = null;
    if (!BY_FIT.equals(responderName)) {
      recording = new RecordingResponder(replayAnswers != null ? recordedAnswers() : responder);
    }
    MatchRequest next = request(recording != null ? recording : responder);
    Proposal computed;
    boolean warm = tryWarm && raw != null && request != null && request.seed() == next.seed();
    if (warm) {
      computed = ((WarmRematch) variant).rematch(request, raw, next);
      // From format 3 on, "warm" says what the variant did, not what was asked: it may have
      // fallen back to a cold solve (after an early end dropped a confirmation, say). A trail of
      // format 2 keeps its meaning then, "a warm re-match was asked for", so it replays.
      if (trail.formatVersion() >= 3) {
        warm = ((WarmRematch) variant).solvedWarm(computed);
      }
    } else {
      computed = variant.match(next);
    }
    MatchResult relabelled = withProvenance(relabel(computed.result()), next, computed);
    request = next;
    raw = computed;
    proposal = new Proposal(relabelled, computed.report(), computed.options());
    proposalHash = trail.formatVersion() >= 3 ? resultHash(relabelled) : resultHashV1(relabelled);
    version++;
    pending = false;
    periodsChanged = false;
    trail.append(now(), coordinator, AuditAction.PROPOSED, version, null, seed, null, null, null,
        null, null, warm, proposalHash, relabelled.lotteryNumbers(),
        recording != null ? recording.answers() : null);
    LOG.debug("Proposal {} of variant {} (seed {}, {}): {} placed, {} unplaced, by {}", version,
        variant.name(), seed, warm ? "warm" : "cold", relabelled.placedCount(),
        relabelled.unplaced().size(), coordinator);
  }

  /**
   * The result with its provenance: the hash of the session's problem (as given, not with the
   * opt-outs and remaining periods applied), the students opted out since, the remaining periods
   * of early ends with a date, the session's responder name, and the variant's certificate.
   */
  private MatchResult withProvenance(MatchResult result, MatchRequest next, Proposal computed) {
    return result.withEvidence(next.provenance(variant.name(), computed.options(), inputHash)
        .withProblem(inputHash, List.copyOf(optedOut), remainingFrom)
        .withResponder(responderName),
        computed.result().certificate());
  }

  /** While replaying: a responder that gives the answers the trail records for this proposal. */
  private Responder recordedAnswers() {
    int at = trail.size();
    if (at >= replayAnswers.size()) {
      return new ReplayResponder(List.of(), Message.phrase("het einde van de audittrail",
          "the end of the trail"));
    }
    AuditEntry e = replayAnswers.get(at);
    return new ReplayResponder(e.answers() != null ? e.answers() : List.of(),
        Message.phrase("audit" + e.text().text(Message.DUTCH),
            "audit " + e.text().text(Locale.ENGLISH)));
  }

  /**
   * The problem the variant is given: students opted out by a decision marked so, and a student
   * whose placement ended early on a date wishing only the rest of her period.
   */
  private MatchingProblem effectiveProblem() {
    return EffectiveProblem.of(problem, optedOut, remainingFrom);
  }

  private MatchRequest request(Responder asked) {
    MatchingProblem effective = effectiveProblem();
    MatchRequest.Builder b = MatchRequest.builder(effective).seed(seed).responder(asked)
        .options(options).schools(schools);
    TreeMap<String, String> kept = new TreeMap<>(pinned);
    kept.putAll(confirmed);
    kept.forEach(b::pin);
    for (StudentPlace f : forbidden) {
      b.forbid(f.studentId(), f.placeId());
    }
    return b.build();
  }

  private MatchResult relabel(MatchResult result) {
    for (Map.Entry<String, String> e : pinned.entrySet()) {
      keep(result, e.getKey(), e.getValue(), "pinned");
    }
    for (Map.Entry<String, String> e : confirmed.entrySet()) {
      keep(result, e.getKey(), e.getValue(), "confirmed");
    }
    for (Placement pl : result.placements()) {
      if (forbidden.contains(StudentPlace.of(pl.studentId(), pl.placeId()))) {
        throw new IllegalStateException("Variant (" + variant.name() + ") proposed the forbidden"
            + " pair (" + pl.studentId() + ", " + pl.placeId() + "); this is a bug in the"
            + " variant.");
      }
    }
    if (released.isEmpty()) {
      return result;
    }
    List<Unplaced> unplaced = new ArrayList<>(result.unplaced().size());
    boolean changed = false;
    for (Unplaced u : result.unplaced()) {
      UnplacedReason reason = released.get(u.studentId());
      if (reason != null && u.reason() != UnplacedReason.OPTED_OUT
          && u.reason() != UnplacedReason.OUT_OF_SCOPE) {
        unplaced.add(new Unplaced(u.studentId(), reason, u.reason().name()));
        changed = true;
      } else {
        unplaced.add(u);
      }
    }
    return changed ? new MatchResult(result.variant(), result.seed(), result.placements(),
        unplaced, result.lotteryNumbers()) : result;
  }

  private void keep(MatchResult result, String s, String p, String what) {
    Optional<Placement> pl = result.placement(s);
    if (pl.isEmpty() || !pl.get().placeId().equals(p)) {
      throw new IllegalStateException("Variant (" + variant.name() + ") did not keep the " + what
          + " pair (" + s + ", " + p + "); this is a bug in the variant.");
    }
  }

  private static void checkCoordinator(String coordinator) {
    Decision.checkCoordinator(coordinator, Message.phrase("de coördinator van een stap van de"
        + " sessie", "the coordinator of a session step"));
  }

  /**
   * Rebuilds a session from the problem and its trail document alone, with the variant the trail
   * names from {@code variants} and the system clock for new steps; see {@link
   * #replay(MatchingProblem, String, MatchingVariant, Responder, Clock)}.
   *
   * <p>The variant's questions are answered as the trail records: by {@link Responder#byFit()}
   * when it names {@code by-fit}, else with the answers recorded with each proposal (each
   * question checked against the recorded one). A session replayed from recorded answers can take
   * new decisions, but a new proposal that asks a question fails: the responder that answered is
   * not there; to continue such a session, replay it with that responder.
   *
   * @param problem the problem the trail is of
   * @param trailJson the trail document
   * @param variants the registry to find the trail's variant in
   * @return the session, at the trail's last step
   */
  public static MatchingSession replay(MatchingProblem problem, String trailJson,
      Variants variants) {
    AuditTrail recorded = AuditTrail.read(trailJson);
    if (recorded.size() == 0 || recorded.entries().get(0).variant() == null) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_NO_SEED_FIRST);
    }
    AuditEntry first = recorded.entries().get(0);
    MatchingVariant variant;
    try {
      variant = variants.get(first.variant());
    } catch (IllegalArgumentException e) {
      throw new TrailVerificationException(0, "$.entries[0].variant: " + e.getMessage());
    }
    if (first.responder() == null || first.responder().equals(BY_FIT)) {
      return replay(problem, trailJson, variant, Responder.byFit(), Clock.systemUTC());
    }
    return replay(problem, recorded, variant, new Absent(first.responder()), first.responder(),
        Clock.systemUTC());
  }

  /** The responder of a session replayed from recorded answers: it is not there to ask. */
  private static final class Absent implements Responder {
    private final String name;

    Absent(String name) {
      this.name = name;
    }

    private IllegalArgumentException absent(String question) {
      return new IllegalArgumentException("This session was replayed from its audit trail; the"
          + " responder that answered (" + name + ") is not here to answer " + question + "."
          + "\nMaybe replay the trail with MatchingSession.replay(problem, trailJson, variant,"
          + " responder, clock) to continue it.");
    }

    @Override
    public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
      throw absent("the order of student (" + studentId + ")");
    }

    @Override
    public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
      throw absent("the order of place (" + placeId + ")");
    }

    @Override
    public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
      throw absent("the pick of place (" + placeId + ") in round " + round);
    }

    @Override
    public List<String> studentRanking(String studentId, List<Candidate> places) {
      throw absent("the ranking of student (" + studentId + ")");
    }
  }

  /**
   * Rebuilds a session from the problem and its trail document: verifies the chain, checks that
   * the trail belongs to this problem and variant, and re-takes every step, checking that each
   * gives the recorded entry (same content, same hash). The replayed session continues from
   * there, with {@code clock} for new steps.
   *
   * <p>{@code responder} is asked again, and must give the answers the trail records (its {@link
   * Responder#name()} must be the one the trail names). To replay without the responder, from
   * the recorded answers, use {@link #replay(MatchingProblem, String, Variants)}.
   *
   * @param problem the problem the trail is of
   * @param trailJson the trail document
   * @param variant the trail's variant
   * @param clock the clock for the steps that follow
   * @return the session, at the trail's last step
   * @param responder the responder of the original session (the default one if it used none)
   * @throws TrailVerificationException when the chain is broken, the trail belongs to another
   *     input, variant or responder, or a step gives another entry (naming the entry)
   */
  public static MatchingSession replay(MatchingProblem problem, String trailJson,
      MatchingVariant variant, Responder responder, Clock clock) {
    AuditTrail recorded = AuditTrail.read(trailJson);
    String name = responderName(responder);
    List<AuditEntry> entries = recorded.entries();
    if (!entries.isEmpty() && entries.get(0).responder() != null
        && !entries.get(0).responder().equals(name)) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_OTHER_RESPONDER,
          SafeText.clean(entries.get(0).responder()), name);
    }
    return replay(problem, recorded, variant, responder, name, clock);
  }

  private static MatchingSession replay(MatchingProblem problem, AuditTrail recorded,
      MatchingVariant variant, Responder responder, String responderName, Clock clock) {
    List<AuditEntry> entries = recorded.entries();
    if (entries.isEmpty() || entries.get(0).action() != AuditAction.SEED_FIXED) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_NO_SEED_FIRST);
    }
    AuditEntry first = entries.get(0);
    if (first.seed() == null) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_FIRST_NO_SEED, first.text());
    }
    if (!variant.name().equals(first.variant())) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_OTHER_VARIANT,
          SafeText.clean(first.variant()), variant.name());
    }
    String hash = inputHash(problem);
    if (!hash.equals(first.inputHash())) {
      throw new TrailVerificationException(0, ProcessMessage.TRAIL_OTHER_INPUT,
          SafeText.clean(first.inputHash()), hash);
    }
    List<Instant> times = new ArrayList<>();
    for (AuditEntry e : entries) {
      times.add(e.time());
    }
    Builder b = builder(problem, variant).seed(first.seed()).responder(responder).clock(clock);
    if (first.options() != null) {
      b.options(first.options());
    }
    if (first.schools() != null) {
      b.schools(first.schools());
    }
    MatchingSession session = new MatchingSession(b, times, responderName,
        recorded.formatVersion());
    if (responder instanceof Absent) {
      session.replayAnswers = entries;
    }
    try {
      session.begin(first.coordinator());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new TrailVerificationException(entries.size() > 1 ? 1 : 0,
          ProcessMessage.TRAIL_REPLAY_FIRST_FAILS, cause(e));
    }
    session.checkAgainst(entries);
    while (session.trail.size() < entries.size()) {
      AuditEntry next = entries.get(session.trail.size());
      try {
        switch (next.action()) {
          case DECIDED:
            if (next.decision() == null) {
              throw new TrailVerificationException(next.index(), ProcessMessage.TRAIL_NO_DECISION,
                  next.text());
            }
            session.decide(next.decision());
            break;
          case PROPOSED:
            session.rematch(next.coordinator());
            break;
          case RESEEDED:
            if (next.seed() == null) {
              throw new TrailVerificationException(next.index(), ProcessMessage.TRAIL_NO_SEED,
                  next.text());
            }
            session.reseed(next.coordinator(), next.seed());
            break;
          default:
            throw new TrailVerificationException(next.index(), ProcessMessage.TRAIL_FIRST_ONLY,
                next.text());
        }
      } catch (TrailVerificationException e) {
        throw e;
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new TrailVerificationException(next.index(), ProcessMessage.TRAIL_REPLAY_FAILS,
            next.text(), cause(e));
      }
      session.checkAgainst(entries);
    }
    session.replayDone();
    return session;
  }

  private void replayDone() {
    replayTimes = null;
    replayAnswers = null;
  }

  private void checkAgainst(List<AuditEntry> recorded) {
    List<AuditEntry> mine = trail.entries();
    if (mine.size() > recorded.size()) {
      throw new TrailVerificationException(recorded.size(), ProcessMessage.TRAIL_REPLAY_LONGER,
          mine.size(), recorded.size());
    }
    for (int i = 0; i < mine.size(); i++) {
      AuditEntry r = recorded.get(i);
      AuditEntry m = mine.get(i);
      if (!r.hash().equals(m.hash())) {
        throw new TrailVerificationException(i, ProcessMessage.TRAIL_REPLAY_DIVERGED, r.text(),
            Json.compact(m.content()), Json.compact(r.content()));
      }
    }
  }

  /**
   * Builds a {@link MatchingSession}. Defaults: seed 0, {@link Responder#byFit()}, no options
   * (the variant's defaults), no schools (one school), {@link Clock#systemUTC()}.
   *
   * <pre>{@code
   * MatchingSession session = MatchingSession.builder(problem, variant)
   *     .seed(2025).clock(clock).start("K-01");
   * session.decide(Decision.confirm("K-01", "S-0001", "P-17"));
   * session.rematch("K-01");
   * }</pre>
   */
  public static final class Builder {
    private final MatchingProblem problem;
    private final MatchingVariant variant;
    private long seed;
    private boolean seedSet;
    private Responder responder = Responder.byFit();
    private final TreeMap<String, String> options = new TreeMap<>();
    private final TreeMap<String, String> schools = new TreeMap<>();
    private Clock clock = Clock.systemUTC();
    private KeyPair signingKey;

    private Builder(MatchingProblem problem, MatchingVariant variant) {
      this.problem = InvalidValueException.requireValue(problem, Message.phrase(
          "het probleem van een sessie", "the problem of a session"), Message.phrase(
          "geef het matchingprobleem.", "give the matching problem."), "problem");
      this.variant = InvalidValueException.requireValue(variant, Message.phrase(
          "de variant van een sessie", "the variant of a session"), Message.phrase(
          "gebruik een variant zoals school-placement.", "use a variant such as"
          + " school-placement."), "variant");
    }

    /**
     * Sets the lottery seed (default 0); setting it twice fails.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      if (seedSet) {
        throw new IllegalStateException("The seed was already set to " + this.seed
            + ".\nMaybe set it once; a new seed later is MatchingSession.reseed.");
      }
      this.seed = seed;
      seedSet = true;
      return this;
    }

    /**
     * Sets the responder for the variants that ask people (default {@link Responder#byFit()}).
     *
     * @param responder who answers the variant's questions
     * @return this builder
     */
    public Builder responder(Responder responder) {
      this.responder = InvalidValueException.requireValue(responder, Message.phrase(
          "de antwoordgever", "the responder"), Message.phrase("gebruik Responder.byFit().",
          "use Responder.byFit()."), "responder");
      return this;
    }

    /**
     * Sets a variant option; checked against the variant's declared options at start.
     *
     * @param name the option's name
     * @param value its value
     * @return this builder
     */
    public Builder option(String name, String value) {
      InvalidValueException.requireValue(name, Message.phrase("de naam van een optie",
          "the name of an option"), Message.phrase("geef de naam van de optie.",
          "give the option's name."), "options");
      InvalidValueException.requireValue(value, Message.phrase("de waarde van optie ("
          + SafeText.clean(name) + ")", "the value of option (" + SafeText.clean(name) + ")"),
          Message.phrase("laat de optie weg voor haar standaardwaarde.",
              "leave the option out to use its default."), "options", name);
      String earlier = options.putIfAbsent(name, value);
      if (earlier != null) {
        throw new InvalidValueException(Message.of(CoreMessage.REQUEST_OPTION_TWICE,
            SafeText.clean(name), SafeText.clean(earlier), SafeText.clean(value)), "options",
            name);
      }
      return this;
    }

    /**
     * Sets every option of {@code values}; see {@link #option}.
     *
     * @param values option name to value
     * @return this builder
     */
    public Builder options(Map<String, String> values) {
      values.forEach(this::option);
      return this;
    }

    /**
     * Sets the school of each student, for variants with {@link Capability#MULTI_SCHOOL} (V5);
     * recorded in the trail with the seed. Default: none (one school).
     *
     * @param studentToSchool student id to school id
     * @return this builder
     */
    public Builder schools(Map<String, String> studentToSchool) {
      if (!schools.isEmpty()) {
        throw new IllegalStateException("The schools were already set (" + schools.size()
            + " students).\nMaybe set them once.");
      }
      schools.putAll(studentToSchool);
      return this;
    }

    /**
     * Sets the clock the trail's times come from (default {@link Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = InvalidValueException.requireValue(clock, Message.phrase("de klok",
          "the clock"), Message.phrase("gebruik Clock.systemUTC().", "use Clock.systemUTC()."),
          "clock");
      return this;
    }

    /**
     * Signs the session's trail with this Ed25519 key pair (read one with {@link
     * TrailSignature#readPrivateKey}, make one with {@link TrailSignature#generateKeyPair}): the
     * exported trail carries the signature of its head and the fingerprint of the public key,
     * checked by {@link AuditTrail#verify(String, java.security.PublicKey)}. Default: unsigned.
     *
     * @param keys the Ed25519 key pair
     * @return this builder
     * @throws IllegalArgumentException when the pair is not Ed25519 or its halves do not belong
     *     together
     */
    public Builder signingKey(KeyPair keys) {
      this.signingKey = TrailSignature.checkPair(InvalidValueException.requireValue(keys,
          Message.phrase("het sleutelpaar om te ondertekenen", "the key pair to sign with"),
          Message.phrase("laat signingKey weg voor een trail zonder handtekening.",
              "leave signingKey out for a trail without a signature."), "signingKey"), "");
      return this;
    }

    /**
     * Fixes the seed (recording it with the input hash) and computes proposal 1.
     *
     * @return the session with proposal 1
     * @param coordinator the pseudonymous id of the coordinator who starts the session
     */
    public MatchingSession start(String coordinator) {
      MatchingSession session = new MatchingSession(this, null);
      session.begin(coordinator);
      return session;
    }
  }
}
