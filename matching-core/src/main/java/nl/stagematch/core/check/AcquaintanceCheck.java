package nl.stagematch.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Provenance;

/**
 * Checks the promise of two-by-two acquaintance (V2) from the problem, the fit model and the
 * result with its {@link AcquaintanceCertificate} alone.
 *
 * <p>Stage 1, the meetings are a best selection: every meeting is a usable pair of a free student
 * and a place with room after the pins; no student has more than two, no place more than twice its
 * room; and the dual prices prove that no selection has more meetings, nor as many with a higher
 * total fit. The linear program is "minimise the total cost {@code 1000 - fit} of the meetings
 * plus {@code penalty} per missing meeting of a student (two each)", with place capacity twice its
 * room and pair capacity 1. With reduced cost {@code r = 1000 - fit - u(s) + v(p)} of every pair of
 * a free student and a place with room: a met pair has {@code r <= 0} and an unmet one {@code r >=
 * 0}; {@code v(p) >= 0}, positive only when the place meets twice its room; {@code u(s) <=
 * penalty}, below only when she has two meetings; and {@code penalty} exceeds every possible total
 * cost (twice her largest cost, summed over the students). These are complementary slackness
 * conditions of that network flow program (with the dual {@code w(e) = max(0, u(s) - v(p) -
 * cost(e))} of a pair's capacity), so the meetings are optimal: most meetings first, then the
 * lowest cost, which is the highest total fit.
 *
 * <p>Stage 2 is re-applied from the orders alone and compared with the placements: each place's
 * met students are dealt to its seats by the pair lottery ({@code Lottery.number(placeId,
 * studentId)}, lowest first, round-robin over its room); every component (cycle or path) of the
 * student/seat meeting graph takes the placement with the lowest score under the {@code
 * cycle-rule} (ranks count double, "no preference" counts as the middle rank; a seat ranks its one
 * or two students by the place's order) among those that place every student with two meetings;
 * ties go to the choice holding the meeting with the lowest pair lottery number on which the tied
 * choices differ. Each student is then placed exactly as stage 2 places her; a student stage 2
 * leaves out may only be placed when the certificate lists her as placed by {@code
 * fill-remaining} (and the request had that option, when known), which this check does not
 * prove optimal. The components listed in the certificate must be those of the re-application.
 *
 * <p>Every failure is a {@link Finding} with property {@code acquaintance}. Time: linear in the
 * admissible pairs of the free students (with one fit score each), plus a sort of each place's
 * and each tied component's meetings.
 */
public final class AcquaintanceCheck {
  private static final String BASE = "$.certificate.acquaintance";
  private static final long BIG = 1L << 32;

  private AcquaintanceCheck() {}

  /**
   * Checks {@code result} against {@code c} and adds a finding (property {@code acquaintance}) to
   * {@code out} for every failure.
   *
   * @param problem the problem of the result
   * @param fitModel the fit model the result was matched with
   * @param result the result to check
   * @param c the result's certificate
   * @param out the findings, added to
   */
  public static void verify(MatchingProblem problem, FitModel fitModel, MatchResult result,
      AcquaintanceCertificate c, List<Finding> out) {
    Objects.requireNonNull(c, "c");
    VariantInput in = new VariantInput(problem, fitModel, result);
    VariantInput.Out f = new VariantInput.Out(out, "acquaintance");
    check(in, c, f);
    f.finish();
  }

  /**
   * What stage 2 gives when re-applied to the meetings and orders: each student's place, and the
   * components with how each was decided.
   *
   * @param placeOf student id to place id, for the students stage 2 places
   * @param components the components, sorted by their first student id
   */
  public record Stage2(Map<String, String> placeOf,
      List<AcquaintanceCertificate.Component> components) {
    /**
     * Copies.
     *
     * @param placeOf student id to place id, for the students stage 2 places
     * @param components the components, in any order given
     */
    public Stage2 {
      placeOf = Collections.unmodifiableMap(new TreeMap<>(placeOf));
      components = List.copyOf(components);
    }
  }

  /**
   * Re-applies stage 2 (see the class documentation) to valid meetings (each student at most two,
   * each place at most twice its room, every met place with room) and orders.
   *
   * @param meetings the meetings
   * @param studentOrders per student with a meeting: her met places, best first, or empty
   * @param placeOrders per place with a meeting: its met students, best first, or empty
   * @param room per place id: its room after the pins
   * @param cycleRule {@code both-sides}, {@code students-first} or {@code places-first}
   * @param seed the lottery seed
   * @return each student's place and the components
   */
  public static Stage2 stage2(List<Provenance.Pair> meetings,
      Map<String, List<String>> studentOrders, Map<String, List<String>> placeOrders,
      Map<String, Integer> room, String cycleRule, long seed) {
    return new Resolution(meetings, studentOrders, placeOrders, room, cycleRule, seed).run();
  }

  private static void check(VariantInput in, AcquaintanceCertificate c, VariantInput.Out f) {
    String rule = in.option("cycle-rule");
    if (rule != null && !rule.equals(c.cycleRule())) {
      f.add(BASE + ".cycleRule", VerifyMessage.VERIFY_OPTION_DIFFERS, "cycle-rule",
          c.cycleRule(), rule);
    }
    // meetings
    List<Provenance.Pair> meetings = c.meetings();
    Map<String, List<String>> metBy = new TreeMap<>();
    Map<String, List<String>> metAt = new TreeMap<>();
    Set<String> met = new HashSet<>();
    boolean meetingsOk = true;
    for (int i = 0; i < meetings.size(); i++) {
      Provenance.Pair m = meetings.get(i);
      String s = m.studentId();
      String p = m.placeId();
      String path = BASE + ".meetings[" + i + "]";
      if (!met.add(s + '\u0000' + p)) {
        f.add(path, VerifyMessage.VERIFY_ACQ_MEETING_TWICE, s, p);
        meetingsOk = false;
        continue;
      }
      if (!in.free.contains(s) || in.room(p) <= 0 || !in.usable(s, p)) {
        f.add(path, !in.free.contains(s) ? VerifyMessage.VERIFY_ACQ_MEETING_NOT_FREE
            : in.room(p) <= 0 ? VerifyMessage.VERIFY_ACQ_MEETING_NO_ROOM
            : VerifyMessage.VERIFY_ACQ_MEETING_NOT_USABLE, s, p);
        meetingsOk = false;
        continue;
      }
      metBy.computeIfAbsent(s, x -> new ArrayList<>()).add(p);
      metAt.computeIfAbsent(p, x -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<String, List<String>> e : metBy.entrySet()) {
      if (e.getValue().size() > 2) {
        f.add(BASE + ".meetings", VerifyMessage.VERIFY_ACQ_STUDENT_MEETINGS, e.getKey(),
            e.getValue().size(), e.getValue().toString());
        meetingsOk = false;
      }
    }
    for (Map.Entry<String, List<String>> e : metAt.entrySet()) {
      int max = 2 * in.room(e.getKey());
      if (e.getValue().size() > max) {
        f.add(BASE + ".meetings", VerifyMessage.VERIFY_ACQ_PLACE_MEETINGS, e.getKey(),
            e.getValue().size(), max);
        meetingsOk = false;
      }
    }
    stage1(in, c.stage1(), met, metBy, metAt, f);
    // orders
    boolean ordersOk = orders(c.studentOrders(), metBy, "studentOrders", true, f);
    ordersOk &= orders(c.placeOrders(), metAt, "placeOrders", false, f);
    if (!meetingsOk || !ordersOk) {
      return;
    }
    // stage 2
    Stage2 again = stage2(meetings, c.studentOrders(), c.placeOrders(), in.room,
        c.cycleRule(), in.result.seed());
    List<AcquaintanceCertificate.Component> listed = c.components();
    List<AcquaintanceCertificate.Component> computed = again.components();
    for (int i = 0; i < Math.max(listed.size(), computed.size()); i++) {
      AcquaintanceCertificate.Component a = i < listed.size() ? listed.get(i) : null;
      AcquaintanceCertificate.Component b = i < computed.size() ? computed.get(i) : null;
      if (!Objects.equals(a, b)) {
        f.add(BASE + ".components" + (a != null ? "[" + i + "]" : ""),
            VerifyMessage.VERIFY_ACQ_COMPONENT,
            a == null ? Message.of(VerifyMessage.VERIFY_ACQ_COMPONENT_NONE_LISTED) : describe(a),
            b == null ? Message.of(VerifyMessage.VERIFY_ACQ_COMPONENT_NONE_FURTHER)
                : describe(b));
        break;
      }
    }
    Set<String> filled = new HashSet<>(c.filled());
    String fill = in.option("fill-remaining");
    if (!filled.isEmpty() && "false".equals(fill)) {
      f.add(BASE + ".filled", VerifyMessage.VERIFY_ACQ_FILLED_NOT_REQUESTED, filled.size());
    }
    for (int i = 0; i < c.filled().size(); i++) {
      String s = c.filled().get(i);
      if (!in.free.contains(s) || again.placeOf().containsKey(s) || in.placeOf(s) == null) {
        if (!in.free.contains(s)) {
          f.add(BASE + ".filled[" + i + "]", VerifyMessage.VERIFY_ACQ_FILLED_NOT_FREE, s);
        } else if (again.placeOf().containsKey(s)) {
          f.add(BASE + ".filled[" + i + "]", VerifyMessage.VERIFY_ACQ_FILLED_BY_STAGE2, s,
              again.placeOf().get(s));
        } else {
          f.add(BASE + ".filled[" + i + "]", VerifyMessage.VERIFY_ACQ_FILLED_NOT_PLACED, s);
        }
      }
    }
    for (String s : in.free) {
      String mine = in.placeOf(s);
      String stage2 = again.placeOf().get(s);
      if (stage2 != null && !stage2.equals(mine)) {
        f.add(in.pathOf(s), VerifyMessage.VERIFY_ACQ_STAGE2_ELSEWHERE, s, mine == null
            ? Message.of(VerifyMessage.VERIFY_WHERE_UNPLACED)
            : ResultVerifier.message(VerifyMessage.VERIFY_WHERE_PLACED, mine),
            String.valueOf(metBy.get(s)), stage2);
      } else if (stage2 == null && mine != null && !filled.contains(s)) {
        List<String> hers = metBy.getOrDefault(s, List.of());
        f.add(in.pathOf(s), hers.contains(mine) ? VerifyMessage.VERIFY_ACQ_STAGE2_UNPLACED
            : VerifyMessage.VERIFY_ACQ_NOT_MET, s, mine, hers.toString());
      }
    }
  }

  private static Message describe(AcquaintanceCertificate.Component c) {
    return ResultVerifier.message(VerifyMessage.VERIFY_ACQ_COMPONENT_DESCRIBED,
        String.valueOf(c.shape()), String.valueOf(c.students()), String.valueOf(c.decidedBy()));
  }

  /** The stage-1 dual certificate; see the class documentation. */
  private static void stage1(VariantInput in, AssignmentCertificate d, Set<String> met,
      Map<String, List<String>> metBy, Map<String, List<String>> metAt, VariantInput.Out f) {
    String base = BASE + ".stage1";
    long penalty = d.penalty();
    long costBound = 0;
    Set<String> withPairs = new HashSet<>();
    Set<String> placesMissing = new TreeSet<>();
    for (String s : in.free) {
      int si = in.problem.studentIndex(s);
      int[] places = in.eligibility.admissiblePlaces(si);
      int[] fits = in.fitModel.scores(in.eligibility, si);
      Long u = d.studentPrices().get(s);
      long maxCost = -1;
      for (int k = 0; k < places.length; k++) {
        String p = in.problem.places().get(places[k]).id();
        if (in.room(p) <= 0 || in.isForbidden(s, p)) {
          continue;
        }
        long cost = 1000 - fits[k];
        maxCost = Math.max(maxCost, cost);
        Long v = d.placePrices().get(p);
        if (v == null) {
          placesMissing.add(p);
          continue;
        }
        if (u == null) {
          continue;
        }
        long r = cost - u + v;
        boolean isMet = met.contains(s + '\u0000' + p);
        if (isMet && r > 0) {
          f.add(base + ".studentPrices" + VariantInput.key(s),
              VerifyMessage.VERIFY_ACQ_MEETING_REDUCED_COST, s, p, r, cost, u, v);
        } else if (!isMet && r < 0) {
          f.add(base + ".studentPrices" + VariantInput.key(s),
              VerifyMessage.VERIFY_ACQ_PAIR_REDUCED_COST, s, p, r, cost, u, v);
        }
      }
      if (maxCost < 0) {
        continue;
      }
      withPairs.add(s);
      costBound += 2 * maxCost;
      int count = metBy.getOrDefault(s, List.of()).size();
      if (u == null) {
        f.add(base + ".studentPrices", VerifyMessage.VERIFY_ACQ_STUDENT_NO_PRICE, s);
      } else if (u > penalty) {
        f.add(base + ".studentPrices" + VariantInput.key(s),
            VerifyMessage.VERIFY_ACQ_STUDENT_ABOVE_PENALTY, s, u, penalty);
      } else if (u < penalty && count < 2) {
        f.add(base + ".studentPrices" + VariantInput.key(s),
            VerifyMessage.VERIFY_ACQ_STUDENT_BELOW_PENALTY, s, count, u, penalty);
      }
    }
    for (String p : placesMissing) {
      f.add(base + ".placePrices", VerifyMessage.VERIFY_ACQ_PLACE_NO_PRICE, p);
    }
    for (String s : new TreeMap<>(d.studentPrices()).keySet()) {
      if (!withPairs.contains(s)) {
        f.add(base + ".studentPrices" + VariantInput.key(s),
            VerifyMessage.VERIFY_ACQ_STUDENT_PRICE_NO_PAIR, s);
      }
    }
    for (Map.Entry<String, Long> e : new TreeMap<>(d.placePrices()).entrySet()) {
      String p = e.getKey();
      long v = e.getValue();
      int room = in.room(p);
      int count = metAt.getOrDefault(p, List.of()).size();
      if (room <= 0) {
        f.add(base + ".placePrices" + VariantInput.key(p), in.problem.placeIndex(p) < 0
            ? VerifyMessage.VERIFY_ACQ_PLACE_PRICE_UNKNOWN
            : VerifyMessage.VERIFY_ACQ_PLACE_PRICE_NO_ROOM, p);
      } else if (v < 0) {
        f.add(base + ".placePrices" + VariantInput.key(p), VerifyMessage.VERIFY_ACQ_PLACE_NEGATIVE,
            p, v);
      } else if (v > 0 && count < 2 * room) {
        f.add(base + ".placePrices" + VariantInput.key(p), VerifyMessage.VERIFY_ACQ_PLACE_POSITIVE,
            p, v, count, 2 * room);
      }
    }
    if (!withPairs.isEmpty() && penalty <= costBound) {
      f.add(base + ".penalty", VerifyMessage.VERIFY_ACQ_PENALTY, penalty, costBound);
    }
  }

  /** Checks that each order is empty or lists the met ids exactly once. */
  private static boolean orders(Map<String, List<String>> orders,
      Map<String, List<String>> met, String field, boolean ofStudents, VariantInput.Out f) {
    Message who = ResultVerifier.studentOrPlace(ofStudents);
    Message whom = ResultVerifier.studentOrPlace(!ofStudents);
    boolean ok = true;
    for (String id : met.keySet()) {
      if (!orders.containsKey(id)) {
        f.add(BASE + "." + field, VerifyMessage.VERIFY_ACQ_NO_ORDER, who, id);
        ok = false;
      }
    }
    for (Map.Entry<String, List<String>> e : orders.entrySet()) {
      List<String> mine = met.get(e.getKey());
      List<String> order = e.getValue();
      if (mine == null) {
        f.add(BASE + "." + field + VariantInput.key(e.getKey()),
            VerifyMessage.VERIFY_ACQ_ORDER_NO_MEETING, who, e.getKey());
        ok = false;
      } else if (!order.isEmpty() && (order.size() != mine.size()
          || !new HashSet<>(order).equals(new HashSet<>(mine)))) {
        f.add(BASE + "." + field + VariantInput.key(e.getKey()), VerifyMessage.VERIFY_ACQ_ORDER_WRONG,
            order.toString(), who, e.getKey(), whom, mine.toString());
        ok = false;
      }
    }
    return ok;
  }

  /** Stage 2 re-applied over ids. */
  private static final class Resolution {
    private final int e;
    private final String[] student;
    private final String[] place;
    private final long[] number;
    private final long[] weight;
    private final int[] otherAtStudent;
    private final int[] otherAtSeat;
    private final boolean[] visited;
    private final Map<String, String> placeOf = new HashMap<>();
    private final List<AcquaintanceCertificate.Component> components = new ArrayList<>();
    private final List<Integer> seatEnds = new ArrayList<>();

    Resolution(List<Provenance.Pair> meetings, Map<String, List<String>> studentOrders,
        Map<String, List<String>> placeOrders, Map<String, Integer> room, String rule,
        long seed) {
      e = meetings.size();
      student = new String[e];
      place = new String[e];
      number = new long[e];
      weight = new long[e];
      otherAtStudent = new int[e];
      otherAtSeat = new int[e];
      visited = new boolean[e];
      Arrays.fill(otherAtStudent, -1);
      Arrays.fill(otherAtSeat, -1);
      Lottery lottery = Lottery.withSeed(seed);
      Map<String, List<Integer>> byStudent = new TreeMap<>();
      Map<String, List<Integer>> byPlace = new TreeMap<>();
      for (int k = 0; k < e; k++) {
        student[k] = meetings.get(k).studentId();
        place[k] = meetings.get(k).placeId();
        number[k] = lottery.number(place[k], student[k]);
        byStudent.computeIfAbsent(student[k], x -> new ArrayList<>()).add(k);
        byPlace.computeIfAbsent(place[k], x -> new ArrayList<>()).add(k);
      }
      for (List<Integer> ks : byStudent.values()) {
        if (ks.size() == 2) {
          otherAtStudent[ks.get(0)] = ks.get(1);
          otherAtStudent[ks.get(1)] = ks.get(0);
        }
      }
      int[] seatMate = new int[e];
      Arrays.fill(seatMate, -1);
      for (Map.Entry<String, List<Integer>> x : byPlace.entrySet()) {
        List<Integer> ks = new ArrayList<>(x.getValue());
        ks.sort(this::compare);
        int c = room.get(x.getKey());
        int seats = Math.min(c, ks.size());
        for (int t = 0; t < seats; t++) {
          int a = ks.get(t);
          int b = t + c < ks.size() ? ks.get(t + c) : -1;
          if (b >= 0) {
            otherAtSeat[a] = b;
            otherAtSeat[b] = a;
          } else {
            seatEnds.add(a);
          }
        }
      }
      Map<String, Map<String, Integer>> placeRank = new HashMap<>();
      for (int k = 0; k < e; k++) {
        int d = byStudent.get(student[k]).size();
        List<String> so = studentOrders.getOrDefault(student[k], List.of());
        int r = so.indexOf(place[k]) + 1;
        long studentWeight = r == 0 ? d + 1 : 2L * r;
        long seatWeight;
        int other = otherAtSeat[k];
        Map<String, Integer> po = placeRank.computeIfAbsent(place[k], x -> ranks(placeOrders
            .getOrDefault(x, List.of())));
        if (other < 0) {
          seatWeight = 2;
        } else if (po.isEmpty()) {
          seatWeight = 3;
        } else {
          seatWeight = po.get(student[k]) < po.get(student[other]) ? 2 : 4;
        }
        switch (rule) {
          case "both-sides":
            weight[k] = studentWeight + seatWeight;
            break;
          case "students-first":
            weight[k] = studentWeight * BIG + seatWeight;
            break;
          case "places-first":
            weight[k] = seatWeight * BIG + studentWeight;
            break;
          default:
            throw new IllegalArgumentException("Unknown cycle rule (" + rule + ").");
        }
      }
    }

    private static Map<String, Integer> ranks(List<String> order) {
      Map<String, Integer> r = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        r.put(order.get(i), i + 1);
      }
      return r;
    }

    /** The lottery order of meetings: lower pair number, then student id, then place id. */
    private int compare(int a, int b) {
      int c = Long.compare(number[a], number[b]);
      if (c != 0) {
        return c;
      }
      c = student[a].compareTo(student[b]);
      return c != 0 ? c : place[a].compareTo(place[b]);
    }

    Stage2 run() {
      for (int k = 0; k < e; k++) {
        if (otherAtStudent[k] < 0 && !visited[k]) {
          path(k);
        }
      }
      for (int k : seatEnds) {
        if (!visited[k]) {
          path(k);
        }
      }
      for (int k = 0; k < e; k++) {
        if (!visited[k]) {
          cycle(k);
        }
      }
      components.sort((x, y) -> x.students().get(0).compareTo(y.students().get(0)));
      return new Stage2(placeOf, components);
    }

    private void path(int first) {
      boolean startsAtStudent = otherAtStudent[first] < 0;
      List<Integer> path = new ArrayList<>();
      int k = first;
      boolean atSeat = startsAtStudent;
      while (k >= 0 && !visited[k]) {
        visited[k] = true;
        path.add(k);
        k = atSeat ? otherAtSeat[k] : otherAtStudent[k];
        atSeat = !atSeat;
      }
      int length = path.size();
      if (length % 2 == 1) {
        for (int i = 0; i < length; i += 2) {
          place(path.get(i));
        }
        component("path", path, "only-choice");
        return;
      }
      int half = length / 2;
      List<Integer> options = new ArrayList<>();
      if (startsAtStudent) {
        options.add(0);
        options.add(half);
      } else {
        for (int j = 0; j <= half; j++) {
          options.add(j);
        }
      }
      // score[j] = sum of path[2i] for i < j, plus path[2i + 1] for i >= j
      long[] score = new long[half + 1];
      long suffix = 0;
      for (int i = 0; i < half; i++) {
        suffix += weight[path.get(2 * i + 1)];
      }
      long prefix = 0;
      for (int j = 0; j <= half; j++) {
        score[j] = prefix + suffix;
        if (j < half) {
          prefix += weight[path.get(2 * j)];
          suffix -= weight[path.get(2 * j + 1)];
        }
      }
      long best = Long.MAX_VALUE;
      List<Integer> tied = new ArrayList<>();
      for (int j : options) {
        if (score[j] < best) {
          best = score[j];
          tied.clear();
        }
        if (score[j] == best) {
          tied.add(j);
        }
      }
      String decided = tied.size() == 1 ? "orders" : "lottery";
      if (tied.size() > 1) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < length; i++) {
          positions.add(i);
        }
        positions.sort((a, b) -> compare(path.get(a), path.get(b)));
        for (int x : positions) {
          if (tied.size() == 1) {
            break;
          }
          List<Integer> with = new ArrayList<>();
          for (int j : tied) {
            boolean uses = x % 2 == 0 ? x / 2 < j : (x - 1) / 2 >= j;
            if (uses) {
              with.add(j);
            }
          }
          if (!with.isEmpty() && with.size() < tied.size()) {
            tied = with;
          }
        }
      }
      int j = tied.get(0);
      for (int i = 0; i < half; i++) {
        place(path.get(i < j ? 2 * i : 2 * i + 1));
      }
      component("path", path, decided);
    }

    private void cycle(int first) {
      List<Integer> path = new ArrayList<>();
      int k = first;
      boolean atSeat = true;
      while (!visited[k]) {
        visited[k] = true;
        path.add(k);
        k = atSeat ? otherAtSeat[k] : otherAtStudent[k];
        atSeat = !atSeat;
      }
      long even = 0;
      long odd = 0;
      int bestEven = path.get(0);
      int bestOdd = path.get(1);
      for (int i = 0; i < path.size(); i += 2) {
        even += weight[path.get(i)];
        odd += weight[path.get(i + 1)];
        if (compare(path.get(i), bestEven) < 0) {
          bestEven = path.get(i);
        }
        if (compare(path.get(i + 1), bestOdd) < 0) {
          bestOdd = path.get(i + 1);
        }
      }
      int parity;
      String decided;
      if (even != odd) {
        parity = even < odd ? 0 : 1;
        decided = "orders";
      } else {
        parity = compare(bestEven, bestOdd) < 0 ? 0 : 1;
        decided = "lottery";
      }
      for (int i = parity; i < path.size(); i += 2) {
        place(path.get(i));
      }
      component("cycle", path, decided);
    }

    private void place(int k) {
      placeOf.put(student[k], place[k]);
    }

    private void component(String shape, List<Integer> path, String decided) {
      TreeSet<String> students = new TreeSet<>();
      for (int k : path) {
        students.add(student[k]);
      }
      components.add(new AcquaintanceCertificate.Component(shape, new ArrayList<>(students),
          decided));
    }
  }
}
