package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AcquaintanceResolution;
import nl.stagematch.core.solver.AcquaintanceResult;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
import nl.stagematch.core.solver.ComponentChoice;
import nl.stagematch.core.solver.MeetingPreferences;
import nl.stagematch.core.solver.Meetings;
import nl.stagematch.core.solver.PairSelection;
import nl.stagematch.core.solver.PairSelectionResult;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;

/**
 * V2 two-by-two acquaintance (motion 525): each student meets two places and each seat of a place
 * two students; the final placement follows both sides' orders after the meetings, from the met
 * pairs only.
 *
 * <p>Stage 1 ({@link PairSelection}): the most meetings, then the best total fit, over the usable
 * pairs at places with room after the pins; ties by the lottery. Stage 2: the {@link Responder}
 * gives each student's order of her met places and each place's order of its met students (calls
 * by student id, then by place id; candidates carry the fit and the pair lottery number {@code
 * lottery.number(askerId, candidateId)}); {@link AcquaintanceResolution} places every component
 * of the meeting graph, so that <b>nobody with two meetings stays unplaced</b>.
 *
 * <p>Options: {@code cycle-rule} (default {@code both-sides}): how a cycle or path of meetings
 * chooses between its placements: {@code both-sides} (lowest sum of both sides' ranks), {@code
 * students-first}, {@code places-first}; remaining ties by the lottery. {@code checked} (default
 * false): verify stage 1's optimality certificate. {@code fill-remaining} (default false): after
 * stage 2, place the students still unplaced on the seats still free as V1 would (most placed,
 * then best total fit, ties by the lottery); the report counts them as {@code
 * placed-without-meeting}.
 *
 * <p>A student left unplaced had at most one meeting; the reason and detail say which case: one
 * meeting whose seat went to another student in stage 2, by both sides' orders ({@link
 * UnplacedReason#NOT_CHOSEN}, {@code ONE_MEETING place=P}); no meeting because her places are
 * full with pinned students ({@link UnplacedReason#CAPACITY_EXHAUSTED_FIT}, {@code
 * NO_MEETING_PINNED}); or no meeting from stage 1 ({@code NO_MEETING loss=L}): {@code L} is the
 * exact loss in total fit of the best selection with as many meetings that gives her one,
 * computed from stage 1's certificate ({@link Scarcity}, rows of supply 2): {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY} if {@code L = 0} (an exact tie, broken by the
 * lottery's canonical order), else {@link UnplacedReason#CAPACITY_EXHAUSTED_FIT}. With {@code
 * fill-remaining} the detail adds {@code fill=true}: after stage 2 no free seat was left that she
 * could take (a free one would have been filled: V1 places the most).
 */
final class TwoByTwo implements MatchingVariant {
  static final String NAME = "two-by-two";
  static final String CYCLE_RULE = "cycle-rule";
  static final String CHECKED = "checked";
  static final String FILL_REMAINING = "fill-remaining";

  private static final List<VariantOption> OPTIONS = List.of(
      VariantOption.choice(CYCLE_RULE, "how a cycle of meetings picks one of its two placements:"
          + " lowest sum of both sides' ranks, or students' or places' ranks first",
          "both-sides", List.of("both-sides", "students-first", "places-first")),
      VariantOption.bool(CHECKED, "verify stage 1's optimality certificate (slower)", false),
      VariantOption.bool(FILL_REMAINING, "after stage 2, place the students still unplaced on the"
          + " seats still free as V1 would; they count as placed without meetings", false));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V2 (motion 525): each student meets two places, each seat two students;"
        + " both sides' orders decide";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.TWO_STAGE, Capability.NEEDS_PREFERENCES,
        Capability.USES_LOTTERY, Capability.DETERMINISTIC_GIVEN_SEED, Capability.SUPPORTS_PINS,
        Capability.SUPPORTS_FORBIDDEN);
  }

  @Override
  public List<VariantOption> options() {
    return OPTIONS;
  }

  @Override
  public Proposal match(MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    ComponentChoice rule = ComponentChoice.valueOf(
        options.choice(CYCLE_RULE).toUpperCase(Locale.ROOT).replace('-', '_'));
    Prepared prep = new Prepared(request);
    int m = prep.remaining.length;
    // Places with room, in order of their ids (the solver's order does not matter; ours is fixed).
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (prep.remaining[p] > 0) {
        open.add(p);
      }
    }
    open.sort(Comparator.comparing(prep::placeId));
    int[] local = new int[m];
    Arrays.fill(local, -1);
    List<String> placeIds = new ArrayList<>();
    int[] capacity = new int[open.size()];
    for (int j = 0; j < open.size(); j++) {
      local[open.get(j)] = j;
      placeIds.add(prep.placeId(open.get(j)));
      capacity[j] = prep.remaining[open.get(j)];
    }
    int n = prep.freeCount();
    List<String> studentIds = new ArrayList<>(n);
    int[] start = new int[n + 1];
    // two passes over the usable places (count, then fill): no row copies
    for (int i = 0; i < n; i++) {
      studentIds.add(prep.studentId(prep.free[i]));
      int k = 0;
      for (int p : prep.usable[i]) {
        k += local[p] >= 0 ? 1 : 0;
      }
      start[i + 1] = start[i] + k;
    }
    int total = start[n];
    int[] pairPlace = new int[total];
    int[] pairFit = new int[total];
    for (int i = 0, e = 0; i < n; i++) {
      int[] usable = prep.usable[i];
      int[] fits = prep.usableFit[i];
      for (int u = 0; u < usable.length; u++) {
        int j = local[usable[u]];
        if (j >= 0) {
          pairPlace[e] = j;
          pairFit[e++] = fits[u];
        }
      }
    }
    int[] placeOfFree = new int[n];
    Arrays.fill(placeOfFree, -1);
    int[] meetingsOf = new int[n];
    String[] firstMet = new String[n];
    List<StudentPlace> plan = new ArrayList<>();
    int cycles = 0;
    int paths = 0;
    int lotteryDecisions = 0;
    PairSelectionResult stage1 = null;
    Map<String, List<String>> studentOrders = new TreeMap<>();
    Map<String, List<String>> placeOrders = new TreeMap<>();
    if (n > 0 && !open.isEmpty()) {
      AdmissiblePairs pairs = AdmissiblePairs.of(studentIds, placeIds, capacity, start,
          pairPlace, pairFit);
      StageTimes.lap(StageTimes.BUILD);
      stage1 = PairSelection.select(pairs, prep.lottery, options.bool(CHECKED));
      StageTimes.lap(StageTimes.SOLVE);
      Meetings meetings = stage1.meetings();
      MeetingPreferences preferences = ask(request.responder(), prep, meetings, stage1, pairFit,
          studentOrders, placeOrders);
      StageTimes.lap(StageTimes.BUILD);
      AcquaintanceResult stage2 = AcquaintanceResolution.resolve(meetings, preferences,
          prep.lottery, rule);
      StageTimes.lap(StageTimes.SOLVE);
      for (int i = 0; i < n; i++) {
        meetingsOf[i] = meetings.meetingEnd(i) - meetings.meetingStart(i);
        if (meetingsOf[i] > 0) {
          firstMet[i] = placeIds.get(meetings.placeAt(meetings.meetingStart(i)));
        }
        for (int k = meetings.meetingStart(i); k < meetings.meetingEnd(i); k++) {
          plan.add(StudentPlace.of(studentIds.get(i), placeIds.get(meetings.placeAt(k))));
        }
        int j = stage2.placeOf(i);
        placeOfFree[i] = j < 0 ? -1 : open.get(j);
      }
      cycles = stage2.stats().cycles();
      paths = stage2.stats().paths();
      lotteryDecisions = stage2.stats().lotteryDecisions();
    }
    int placedWithoutMeeting = 0;
    int[] afterStage2 = placeOfFree.clone();
    if (options.bool(FILL_REMAINING)) {
      placedWithoutMeeting = fillRemaining(prep, placeOfFree);
    }
    StageTimes.lap(StageTimes.SOLVE);
    Map<Integer, Unplaced> reasons = new HashMap<>();
    Scarcity scarcity = null;
    int two = 0;
    int one = 0;
    int none = 0;
    for (int i = 0; i < n; i++) {
      two += meetingsOf[i] == 2 ? 1 : 0;
      one += meetingsOf[i] == 1 ? 1 : 0;
      none += meetingsOf[i] == 0 ? 1 : 0;
      if (placeOfFree[i] < 0) {
        if (meetingsOf[i] >= 2) {
          throw new IllegalStateException("Student (" + studentIds.get(i) + ") had two meetings"
              + " but stays unplaced; stage 2 must place her. This is a bug.");
        }
        String fill = options.bool(FILL_REMAINING) ? "true" : null;
        Unplaced u;
        if (meetingsOf[i] == 1) {
          // stage 2 gave her one meeting's seat to another student, by both sides' orders
          u = new Unplaced(studentIds.get(i), UnplacedReason.NOT_CHOSEN, ReasonDetail.of(
              "ONE_MEETING", "place", firstMet[i], "fill", fill).toString());
        } else if (!hasRoom(prep, i) || stage1 == null) {
          u = new Unplaced(studentIds.get(i), UnplacedReason.CAPACITY_EXHAUSTED_FIT,
              ReasonDetail.of("NO_MEETING_PINNED", "fill", fill).toString());
        } else {
          // stage 1 (most meetings, then best total fit) gave her none: the exact loss of the
          // best selection that gives her a meeting, from stage 1's certificate
          scarcity = scarcity == null ? new Scarcity(stage1.assignment()) : scarcity;
          long loss = scarcity.loss(stage1.assignmentRow(i));
          u = new Unplaced(studentIds.get(i), loss == 0 ? UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY
              : UnplacedReason.CAPACITY_EXHAUSTED_FIT, ReasonDetail.of("NO_MEETING",
              "loss", loss == Scarcity.IMPOSSIBLE ? null : loss, "fill", fill).toString());
        }
        reasons.put(i, u);
      }
    }
    StageTimes.lap(StageTimes.EXPLANATIONS);
    MatchResult result = VariantCertificates.attach(prep.result(NAME, placeOfFree, reasons),
        certificate(prep, options.choice(CYCLE_RULE), plan, stage1, studentIds, start, placeIds,
            capacity, studentOrders, placeOrders, afterStage2, placeOfFree));
    StageTimes.lap(StageTimes.RESULT);
    return new Proposal(result, new MeetingPlan(plan, two, one, none, cycles, paths,
        lotteryDecisions, placedWithoutMeeting), options.values());
  }

  /** The certificate of the run; see {@link VariantCertificates#acquaintance}. */
  private static AcquaintanceCertificate certificate(Prepared prep, String cycleRule,
      List<StudentPlace> plan, PairSelectionResult stage1, List<String> studentIds, int[] start,
      List<String> placeIds, int[] capacity, Map<String, List<String>> studentOrders,
      Map<String, List<String>> placeOrders, int[] afterStage2, int[] placeOfFree) {
    boolean[] hasPair = new boolean[studentIds.size()];
    List<String> filled = new ArrayList<>();
    for (int i = 0; i < hasPair.length; i++) {
      hasPair[i] = start[i + 1] > start[i];
      if (afterStage2[i] < 0 && placeOfFree[i] >= 0) {
        filled.add(studentIds.get(i));
      }
    }
    Map<String, Integer> room = new TreeMap<>();
    for (int j = 0; j < placeIds.size(); j++) {
      room.put(placeIds.get(j), capacity[j]);
    }
    return VariantCertificates.acquaintance(prep, cycleRule, plan, stage1, studentIds, hasPair,
        placeIds, room, studentOrders, placeOrders, filled);
  }

  /** Whether free student {@code i} has a usable place with room after the pins. */
  private static boolean hasRoom(Prepared prep, int i) {
    for (int p : prep.usable[i]) {
      if (prep.remaining[p] > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The option {@code fill-remaining}: places the free students stage 2 left unplaced on the seats
   * still free, as V1 would (an exact assignment: most placed, then best total fit, ties by the
   * lottery). Updates {@code placeOfFree} and returns how many students it placed.
   */
  private static int fillRemaining(Prepared prep, int[] placeOfFree) {
    int n = placeOfFree.length;
    int m = prep.remaining.length;
    int[] seatsLeft = prep.remaining.clone();
    for (int i = 0; i < n; i++) {
      if (placeOfFree[i] >= 0) {
        seatsLeft[placeOfFree[i]]--;
      }
    }
    AssignmentProblem.Builder b = AssignmentProblem.builder(n, m);
    for (int p = 0; p < m; p++) {
      b.capacity(p, seatsLeft[p]);
    }
    long[] numbers = new long[n];
    boolean anyPair = false;
    for (int i = 0; i < n; i++) {
      numbers[i] = prep.lotteryNumber(prep.free[i]);
      if (placeOfFree[i] >= 0) {
        continue;
      }
      for (int u = 0; u < prep.usable[i].length; u++) {
        int p = prep.usable[i][u];
        if (seatsLeft[p] > 0) {
          b.pair(i, p, 1000 - prep.usableFit[i][u]);
          anyPair = true;
        }
      }
    }
    if (!anyPair) {
      return 0;
    }
    b.lotteryNumbers(numbers).seed(prep.request.seed());
    AssignmentResult r = AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY)
        .build().solve(b.build());
    int count = 0;
    for (int i = 0; i < n; i++) {
      int p = r.placeOf(i);
      if (placeOfFree[i] < 0 && p >= 0) {
        placeOfFree[i] = p;
        count++;
      }
    }
    return count;
  }

  /** Asks the responder for both sides' orders and turns them into ranks per meeting. */
  private static MeetingPreferences ask(Responder responder, Prepared prep, Meetings meetings,
      PairSelectionResult stage1, int[] pairFit, Map<String, List<String>> studentOrders,
      Map<String, List<String>> placeOrders) {
    int e = meetings.meetingCount();
    int[] studentRank = new int[e];
    int[] placeRank = new int[e];
    List<List<Integer>> byPlace = new ArrayList<>();
    for (int j = 0; j < meetings.placeCount(); j++) {
      byPlace.add(new ArrayList<>());
    }
    boolean byFit = ordersByFit(responder);
    for (int s = 0; s < meetings.studentCount(); s++) {
      String sid = meetings.studentId(s);
      if (byFit) {
        int from = meetings.meetingStart(s);
        int to = meetings.meetingEnd(s);
        if (to == from) {
          continue;
        }
        int[] ks = new int[to - from];
        long[] numbers = new long[ks.length];
        for (int k = from; k < to; k++) {
          ks[k - from] = k;
          numbers[k - from] = prep.lottery.number(sid, meetings.placeId(meetings.placeAt(k)));
          byPlace.get(meetings.placeAt(k)).add(k);
        }
        sortByFit(ks, numbers, k -> pairFit[stage1.pairOfMeeting(k)],
            k -> meetings.placeId(meetings.placeAt(k)));
        String[] order = new String[ks.length];
        for (int r = 0; r < ks.length; r++) {
          order[r] = meetings.placeId(meetings.placeAt(ks[r]));
          studentRank[ks[r]] = r + 1;
        }
        studentOrders.put(sid, List.of(order));
        continue;
      }
      List<Candidate> met = new ArrayList<>();
      for (int k = meetings.meetingStart(s); k < meetings.meetingEnd(s); k++) {
        String pid = meetings.placeId(meetings.placeAt(k));
        met.add(new Candidate(pid, pairFit[stage1.pairOfMeeting(k)],
            prep.lottery.number(sid, pid)));
        byPlace.get(meetings.placeAt(k)).add(k);
      }
      if (met.isEmpty()) {
        continue;
      }
      List<String> order = Answers.fullOrder(responder.studentOrder(sid, List.copyOf(met)), met,
          "student (" + sid + ")");
      studentOrders.put(sid, List.copyOf(order));
      for (int k = meetings.meetingStart(s); k < meetings.meetingEnd(s); k++) {
        studentRank[k] = order.indexOf(meetings.placeId(meetings.placeAt(k))) + 1;
      }
    }
    Integer[] places = new Integer[meetings.placeCount()];
    for (int j = 0; j < places.length; j++) {
      places[j] = j;
    }
    Arrays.sort(places, Comparator.comparing(meetings::placeId));
    for (int j : places) {
      List<Integer> ks = byPlace.get(j);
      if (ks.isEmpty()) {
        continue;
      }
      String pid = meetings.placeId(j);
      if (byFit) {
        int[] order = new int[ks.size()];
        long[] numbers = new long[order.length];
        for (int r = 0; r < order.length; r++) {
          order[r] = ks.get(r);
          numbers[r] = prep.lottery.number(pid, meetings.studentId(meetings.studentAt(order[r])));
        }
        sortByFit(order, numbers, k -> pairFit[stage1.pairOfMeeting(k)],
            k -> meetings.studentId(meetings.studentAt(k)));
        String[] ids = new String[order.length];
        for (int r = 0; r < order.length; r++) {
          ids[r] = meetings.studentId(meetings.studentAt(order[r]));
          placeRank[order[r]] = r + 1;
        }
        placeOrders.put(pid, List.of(ids));
        continue;
      }
      List<Candidate> met = new ArrayList<>();
      for (int k : ks) {
        String sid = meetings.studentId(meetings.studentAt(k));
        met.add(new Candidate(sid, pairFit[stage1.pairOfMeeting(k)],
            prep.lottery.number(pid, sid)));
      }
      met.sort(Comparator.comparing(Candidate::id));
      List<String> order = Answers.fullOrder(responder.placeOrder(pid, List.copyOf(met)), met,
          "place (" + pid + ")");
      placeOrders.put(pid, List.copyOf(order));
      for (int k : ks) {
        placeRank[k] = order.indexOf(meetings.studentId(meetings.studentAt(k))) + 1;
      }
    }
    return MeetingPreferences.of(meetings, studentRank, placeRank);
  }

  /**
   * Whether {@code responder} gives both sides' orders by the default ({@link
   * Responder#orderByFit}): then {@link #ask} orders the few meetings of each student and place
   * on arrays, in the same order, without a {@link Candidate} per meeting.
   */
  static boolean ordersByFit(Responder responder) {
    try {
      Class<?> c = responder.getClass();
      return c.getMethod("studentOrder", String.class, List.class).getDeclaringClass()
          == Responder.class
          && c.getMethod("placeOrder", String.class, List.class).getDeclaringClass()
          == Responder.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Sorts the meetings {@code ks} as {@link Candidate#BY_FIT} orders candidates: higher fit
   * first, then the lower lottery number ({@code numbers}, moved along), then the id (the other
   * side's id).
   */
  private static void sortByFit(int[] ks, long[] numbers, IntUnaryOperator fit,
      IntFunction<String> id) {
    for (int a = 1; a < ks.length; a++) {
      int k = ks[a];
      long x = numbers[a];
      int b = a - 1;
      while (b >= 0 && byFitBefore(k, x, ks[b], numbers[b], fit, id)) {
        ks[b + 1] = ks[b];
        numbers[b + 1] = numbers[b];
        b--;
      }
      ks[b + 1] = k;
      numbers[b + 1] = x;
    }
  }

  private static boolean byFitBefore(int k, long x, int other, long y, IntUnaryOperator fit,
      IntFunction<String> id) {
    int fk = fit.applyAsInt(k);
    int fo = fit.applyAsInt(other);
    if (fk != fo) {
      return fk > fo;
    }
    if (x != y) {
      return x < y;
    }
    return id.apply(k).compareTo(id.apply(other)) < 0;
  }
}
