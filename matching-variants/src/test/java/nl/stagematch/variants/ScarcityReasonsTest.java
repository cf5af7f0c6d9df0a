package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.stagematch.core.format.SampleCohort;
import java.util.Random;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AssignmentChange;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scarcity reasons of V1 and V5 against an independent re-computation: an exhaustive search
 * over all assignments of tiny seeded cohorts (with pins, forbidden pairs and schools), and on
 * the sample cohort the solver re-run with the student pinned to each of her places.
 *
 * <p>{@code CAPACITY_EXHAUSTED_LOTTERY}: the best assignment that places her has the same number
 * placed and the same total fit; for every named winner, the placed set with her in and the
 * winner out is equally good, and the winner's lottery number is lower; the count of winners is
 * the number of such placed students. {@code CAPACITY_EXHAUSTED_FIT}: the best assignment that
 * places her has a total fit exactly {@code loss} lower (the same number placed), and placing her
 * at each named place reaches it; {@code PINNED}: no assignment places her.
 *
 * <p>Also V2's stage-1 reasons ({@code NO_MEETING loss=L}) against an exhaustive search over
 * meeting selections, and V4's {@code RANKED_FULL} counts against the occupants of the places she
 * ranked, read from the result and the report. Each failure names its seed.
 */
class ScarcityReasonsTest {
  private static final Variants VARIANTS = Variants.builtIn();

  @TestFactory
  Stream<DynamicTest> schoolPlacementReasonsAreTrueOnTinyCohorts() {
    return LongStream.rangeClosed(1, 120).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem p = seed % 2 == 0 ? tied(seed, 5 + (int) (seed % 4))
              : TestCohorts.generate(7000 + seed, 5 + (int) (seed % 4), 0.5);
          MatchRequest req = TestCohorts.request(p, seed, seed % 3 == 0, seed % 4 == 1, 0);
          Prepared prep = new Prepared(req);
          MatchResult r = VARIANTS.get("school-placement").match(req).result();
          int[] pool = new int[prep.freeCount()];
          for (int i = 0; i < pool.length; i++) {
            pool[i] = i;
          }
          checkPool("seed " + seed, prep, r, pool, prep.remaining.clone());
        }));
  }

  @Test
  void bothReasonsOccurInTheTinyCohorts() {
    // So that the checks above are known to run on both reasons.
    Map<UnplacedReason, Integer> count = new HashMap<>();
    for (long seed = 1; seed <= 120; seed++) {
      MatchingProblem p = seed % 2 == 0 ? tied(seed, 5 + (int) (seed % 4))
          : TestCohorts.generate(7000 + seed, 5 + (int) (seed % 4), 0.5);
      MatchRequest req = TestCohorts.request(p, seed, seed % 3 == 0, seed % 4 == 1, 0);
      VARIANTS.get("school-placement").match(req).result().unplacedByReason()
          .forEach((k, v) -> count.merge(k, v, Integer::sum));
    }
    System.out.println("tiny cohorts: " + count);
    assertTrue(count.get(UnplacedReason.CAPACITY_EXHAUSTED_FIT) >= 10, count.toString());
    assertTrue(count.get(UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY) >= 10, count.toString());
  }

  @TestFactory
  Stream<DynamicTest> regionalAllocationReasonsAreTrueOnTinyCohorts() {
    return LongStream.rangeClosed(1, 80).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem p = seed % 2 == 0 ? tied(seed, 6 + (int) (seed % 3))
              : TestCohorts.generate(9000 + seed, 6 + (int) (seed % 3), 0.6);
          MatchRequest req = TestCohorts.request(p, seed, seed % 3 == 0, seed % 2 == 0, 2);
          Prepared prep = new Prepared(req);
          Proposal proposal = VARIANTS.get("regional-allocation").match(req);
          MatchResult r = proposal.result();
          SchoolAllocation alloc = (SchoolAllocation) proposal.report();
          Map<String, List<Integer>> bySchool = new HashMap<>();
          for (int i = 0; i < prep.freeCount(); i++) {
            String school = req.schools().get(prep.studentId(prep.free[i]));
            bySchool.computeIfAbsent(school, x -> new ArrayList<>()).add(i);
            Unplaced u = r.unplacedEntry(prep.studentId(prep.free[i])).orElse(null);
            boolean anyOwn = false;
            for (int q : prep.usable[i]) {
              anyOwn |= school.equals(alloc.allocation().get(prep.placeId(q)));
            }
            if (u != null && u.reason() == UnplacedReason.NOT_CHOSEN) {
              assertTrue(!anyOwn, "seed " + seed + ": " + u + " has a place of her school");
              assertEquals("OTHER_SCHOOLS places=" + prep.usable[i].length, u.detail());
            }
          }
          for (Map.Entry<String, List<Integer>> e : bySchool.entrySet()) {
            int[] cap = new int[prep.remaining.length];
            for (int q = 0; q < cap.length; q++) {
              cap[q] = e.getKey().equals(alloc.allocation().get(prep.placeId(q)))
                  ? prep.remaining[q] : 0;
            }
            checkPool("seed " + seed + " school " + e.getKey(), prep, r,
                e.getValue().stream().mapToInt(Integer::intValue).toArray(), cap);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> twoByTwoNoMeetingReasonsAreTrueOnTinyCohorts() {
    // Stage 1 by exhaustive search: each student meets up to two distinct usable places with
    // room, each place up to twice its room; most meetings, then the largest total fit.
    return LongStream.rangeClosed(1, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem p = tied(seed, 5 + (int) (seed % 3));
          MatchRequest req = TestCohorts.request(p, seed, seed % 3 == 0, false, 0);
          Prepared prep = new Prepared(req);
          MatchResult r = VARIANTS.get("two-by-two").match(req).result();
          int n = prep.freeCount();
          int[] cap = new int[prep.remaining.length];
          for (int q = 0; q < cap.length; q++) {
            cap[q] = 2 * prep.remaining[q];
          }
          long[] base = meetings(prep, cap, -1);
          for (int i = 0; i < n; i++) {
            Unplaced u = r.unplacedEntry(prep.studentId(prep.free[i])).orElse(null);
            if (u == null || !u.detail().startsWith("NO_MEETING")) {
              continue;
            }
            long[] withHer = meetings(prep, cap, i);
            String what = "seed " + seed + ": " + u + ", stage 1 optimum " + Arrays.toString(base)
                + ", with a meeting for her " + Arrays.toString(withHer);
            if (u.detail().startsWith("NO_MEETING_PINNED")) {
              assertTrue(withHer == null, what);
              continue;
            }
            assertNotNull(withHer, what);
            assertEquals(base[0], withHer[0], what + ": as many meetings");
            long loss = base[1] - withHer[1];
            assertEquals("NO_MEETING loss=" + loss, u.detail(), what);
            assertEquals(loss == 0 ? UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY
                : UnplacedReason.CAPACITY_EXHAUSTED_FIT, u.reason(), what);
          }
        }));
  }

  @Test
  void theTinyTwoByTwoCohortsHaveBothNoMeetingReasons() {
    Map<UnplacedReason, Integer> count = new HashMap<>();
    for (long seed = 1; seed <= 60; seed++) {
      MatchingProblem p = tied(seed, 5 + (int) (seed % 3));
      MatchRequest req = TestCohorts.request(p, seed, seed % 3 == 0, false, 0);
      for (Unplaced u : VARIANTS.get("two-by-two").match(req).result().unplaced()) {
        if (u.detail() != null && u.detail().startsWith("NO_MEETING loss=")) {
          count.merge(u.reason(), 1, Integer::sum);
        }
      }
    }
    System.out.println("tiny two-by-two cohorts, no meeting: " + count);
    assertTrue(count.getOrDefault(UnplacedReason.CAPACITY_EXHAUSTED_FIT, 0) >= 3, count.toString());
    assertTrue(count.getOrDefault(UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY, 0) >= 3,
        count.toString());
  }

  @TestFactory
  Stream<DynamicTest> studentChoiceReasonsMatchTheRankedPlacesOccupants() {
    // From the result and the rankings alone: every place she ranked is full; count the places
    // whose lowest occupant has a higher fit class than hers, and those of her class.
    return LongStream.rangeClosed(1, 12).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem p = TestCohorts.generate(500 + seed, 150, 0.6);
          boolean open = seed % 4 == 0;
          MatchRequest req = TestCohorts.request(p, seed, true, true, 0).toBuilder()
              .option("open-hiring", Boolean.toString(open)).build();
          Proposal proposal = VARIANTS.get("student-choice").match(req);
          MatchResult r = proposal.result();
          StudentChoiceReport report = (StudentChoiceReport) proposal.report();
          FitModel fm = req.fitModel();
          Map<String, List<Integer>> classesAt = new HashMap<>();
          for (var pl : r.placements()) {
            if (req.pinned().contains(StudentPlace.of(pl.studentId(), pl.placeId()))) {
              continue; // a pinned student does not compete for the seats left
            }
            classesAt.computeIfAbsent(pl.placeId(), x -> new ArrayList<>()).add(pl.fit() / 100);
          }
          int checked = 0;
          for (Unplaced u : r.unplaced()) {
            if (u.detail() == null || !u.detail().startsWith("RANKED_FULL")) {
              continue;
            }
            int higher = 0;
            int lottery = 0;
            for (String placeId : report.rankings().get(u.studentId())) {
              List<Integer> at = classesAt.getOrDefault(placeId, List.of());
              assertEquals(report.openCapacity().get(placeId), at.size(),
                  "seed " + seed + ": " + u + " was rejected by " + placeId + ", not full");
              int mine = fm.fit(p, u.studentId(), placeId).score() / 100;
              int lowest = at.stream().mapToInt(Integer::intValue).min().orElseThrow();
              assertTrue(open || lowest >= mine, "seed " + seed + ": unstable at " + placeId);
              if (!open && lowest > mine) {
                higher++;
              } else {
                lottery++;
              }
            }
            assertEquals("RANKED_FULL ranked=" + (higher + lottery) + " higher=" + higher
                + " lottery=" + lottery + (open ? " open=true" : ""), u.detail(),
                "seed " + seed);
            assertEquals(lottery > 0 ? UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY
                : UnplacedReason.CAPACITY_EXHAUSTED_FIT, u.reason(), "seed " + seed);
            checked++;
          }
          assertTrue(checked > 0, "seed " + seed + ": nobody was left out by full places");
        }));
  }

  /** {meetings, total fit} of the best stage-1 selection, with at least one for {@code her}. */
  private static long[] meetings(Prepared prep, int[] cap, int her) {
    long[][] best = {null};
    meet(prep, cap, her, 0, new int[cap.length], 0, 0, best);
    return best[0];
  }

  private static void meet(Prepared prep, int[] cap, int her, int i, int[] load, long count,
      long fit, long[][] best) {
    if (i == prep.freeCount()) {
      if (best[0] == null || count > best[0][0] || (count == best[0][0] && fit > best[0][1])) {
        best[0] = new long[] {count, fit};
      }
      return;
    }
    int[] places = prep.usable[i];
    int d = places.length;
    // every subset of at most two of her usable places: none (a = -1), {a} (b = a), {a, b}
    for (int a = -1; a < d; a++) {
      for (int b = a; b < d; b++) {
        if (a == -1 && b != -1) {
          continue;
        }
        boolean two = a >= 0 && b > a;
        int size = a < 0 ? 0 : two ? 2 : 1;
        if (size == 0 && i == her) {
          continue;
        }
        if (a >= 0 && load[places[a]] >= cap[places[a]]) {
          continue;
        }
        if (two && load[places[b]] >= cap[places[b]]) {
          continue;
        }
        long f = fit;
        if (a >= 0) {
          load[places[a]]++;
          f += prep.usableFit[i][a];
        }
        if (two) {
          load[places[b]]++;
          f += prep.usableFit[i][b];
        }
        meet(prep, cap, her, i + 1, load, count + size, f, best);
        if (a >= 0) {
          load[places[a]]--;
        }
        if (two) {
          load[places[b]]--;
        }
      }
    }
  }

  /**
   * A tiny scarce cohort with many exact ties: one qualification and period, two companies (one
   * offers both work processes, one only the first), a few places of capacity 1 or 2, some with
   * a feature that some students need; students want the first work process, or both.
   */
  static MatchingProblem tied(long seed, int students) {
    Random r = new Random(seed);
    var q = TestCohorts.QUALS.get(0);
    var period = TestCohorts.PERIODS.get(1);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025)))
        .addCompany(Company.builder("C-0").size(SizeClass.LARGE).sector("care").region("r0")
            .location(52.1, 5.1).recognition(q, "B1-K1-W1", "B1-K1-W2").build())
        .addCompany(Company.builder("C-1").size(SizeClass.SMALL).sector("care").region("r0")
            .location(52.1, 5.1).recognition(q, "B1-K1-W1").build());
    int places = 2 + r.nextInt(3);
    for (int x = 0; x < places; x++) {
      Place.Builder pb = Place.builder("P-" + x, "C-" + r.nextInt(2), q, period)
          .capacity(1 + r.nextInt(2));
      if (r.nextInt(3) == 0) {
        pb.feature("fa");
      }
      b.addPlace(pb.build());
    }
    for (int x = 0; x < students; x++) {
      LearningWish.Builder wb = LearningWish.builder(q, period).workProcess("B1-K1-W1", 1);
      if (r.nextBoolean()) {
        wb.workProcess("B1-K1-W2", 1 + r.nextInt(2));
      }
      if (r.nextInt(4) == 0) {
        wb.requiredFeature("fa");
      }
      b.addStudent(Student.builder("S-" + x, wb.build()).build());
    }
    return b.build();
  }

  /** Checks the reasons of the students of {@code pool} against an exhaustive search. */
  private static void checkPool(String where, Prepared prep, MatchResult r, int[] pool,
      int[] cap) {
    int n = pool.length;
    int[] placeOf = new int[n];
    long placed = 0;
    long fit = 0;
    for (int j = 0; j < n; j++) {
      String id = prep.studentId(prep.free[pool[j]]);
      int at = r.placement(id).map(pl -> prep.problem.placeIndex(pl.placeId())).orElse(-1);
      placeOf[j] = at;
      if (at >= 0) {
        placed++;
        fit += prep.fitOfUsable(pool[j], at);
      }
    }
    Search all = new Search(prep, pool, cap);
    long[] base = all.best();
    assertEquals(base[0], placed, where + ": placed (the assignment must be optimal)");
    assertEquals(base[1], fit, where + ": total fit (the assignment must be optimal)");
    for (int j = 0; j < n; j++) {
      if (placeOf[j] >= 0) {
        continue;
      }
      int i = pool[j];
      String id = prep.studentId(prep.free[i]);
      Unplaced u = r.unplacedEntry(id).orElseThrow();
      if (u.reason() == UnplacedReason.NOT_CHOSEN) {
        continue; // V5: none of her places went to her school (checked by the caller)
      }
      ReasonDetail d = ReasonDetail.parse(u.detail()).orElseThrow(() -> new AssertionError(
          where + ": detail not structured: " + u));
      Search withHer = new Search(prep, pool, cap);
      withHer.require[j] = 1;
      long[] best = withHer.best();
      String what = where + ": " + u + ", optimum " + Arrays.toString(base) + ", with her "
          + Arrays.toString(best);
      if (u.reason() == UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY) {
        assertEquals("LOTTERY", d.code(), what);
        assertNotNull(best, what);
        assertEquals(base[0], best[0], what);
        assertEquals(base[1], best[1], what + ": LOTTERY needs an equally good assignment");
        long mine = prep.lotteryNumber(prep.free[i]);
        assertEquals(Long.toString(mine), d.field("number").orElseThrow(), what);
        int winners = 0;
        List<String> named = List.of(d.field("winners").orElseThrow().split(","));
        for (int t = 0; t < n; t++) {
          if (placeOf[t] < 0) {
            continue;
          }
          Search swap = new Search(prep, pool, cap);
          for (int x = 0; x < n; x++) {
            swap.require[x] = placeOf[x] >= 0 ? 1 : -1;
          }
          swap.require[j] = 1;
          swap.require[t] = -1;
          long[] b = swap.best();
          boolean wins = b != null && b[0] == base[0] && b[1] == base[1];
          String tid = prep.studentId(prep.free[pool[t]]);
          if (wins) {
            winners++;
            assertTrue(prep.lotteryNumber(prep.free[pool[t]]) < mine,
                what + ": tie winner " + tid + " has a higher number");
          }
          if (named.contains(tid)) {
            assertTrue(wins, what + ": " + tid + " is named but cannot give way at equal fit");
          }
        }
        assertEquals(Integer.toString(winners), d.field("count").orElseThrow(), what);
      } else if (u.reason() == UnplacedReason.CAPACITY_EXHAUSTED_FIT) {
        if (d.code().equals("PINNED")) {
          assertTrue(best == null || best[0] < base[0], what + ": PINNED but she fits in");
          continue;
        }
        assertEquals("FIT", d.code(), what);
        assertNotNull(best, what);
        assertEquals(base[0], best[0], what);
        long loss = Long.parseLong(d.field("loss").orElseThrow());
        assertTrue(loss > 0, what);
        assertEquals(base[1] - loss, best[1], what + ": the loss must be exact");
        for (String placeId : d.field("places").orElseThrow().split(",")) {
          Search at = new Search(prep, pool, cap);
          at.require[j] = 1;
          at.placeOfRequired = prep.problem.placeIndex(placeId);
          long[] b = at.best();
          assertNotNull(b, what + " at " + placeId);
          assertEquals(best[1], b[1], what + ": the best assignment with her at " + placeId);
        }
      } else {
        fail(where + ": unexpected reason " + u);
      }
    }
  }

  /** Exhaustive search: most placed, then the largest total fit, under constraints. */
  private static final class Search {
    final Prepared prep;
    final int[] pool;
    final int[] cap;
    /** Per pool student: 1 must be placed, -1 must not, 0 free. */
    final int[] require;
    int placeOfRequired = -1;
    long[] best;

    Search(Prepared prep, int[] pool, int[] cap) {
      this.prep = prep;
      this.pool = pool;
      this.cap = cap;
      this.require = new int[pool.length];
    }

    /** {placed, total fit} of the best assignment, or null if none meets the constraints. */
    long[] best() {
      best = null;
      go(0, new int[cap.length], 0, 0);
      return best;
    }

    private void go(int j, int[] load, long placed, long fit) {
      if (j == pool.length) {
        if (best == null || placed > best[0] || (placed == best[0] && fit > best[1])) {
          best = new long[] {placed, fit};
        }
        return;
      }
      if (require[j] <= 0) {
        go(j + 1, load, placed, fit);
      }
      if (require[j] < 0) {
        return;
      }
      int i = pool[j];
      for (int k = 0; k < prep.usable[i].length; k++) {
        int q = prep.usable[i][k];
        if (load[q] < cap[q] && (require[j] == 0 || placeOfRequired < 0
            || placeOfRequired == q)) {
          load[q]++;
          go(j + 1, load, placed + 1, fit + prep.usableFit[i][k]);
          load[q]--;
        }
      }
    }
  }

  @Test
  void onTheSampleNobodyIsToldTheLotteryDecidedUnlessATieWasBroken() {
    // The solver re-run with her pinned to each usable place gives the best assignment that
    // places her; the lottery decided exactly when it is as good as the optimum.
    MatchRequest req = MatchRequest.builder(SampleCohort.load()).seed(2025).build();
    Prepared prep = new Prepared(req);
    MatchResult r = VARIANTS.get("school-placement").match(req).result();
    int[] all = new int[prep.freeCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    AssignmentResult base = SchoolPlacement.solveSubset(prep, all, prep.remaining, false);
    AssignmentSolver solver = AssignmentSolver.create();
    int lottery = 0;
    int fit = 0;
    int ties = 0;
    for (int i = 0; i < all.length; i++) {
      String id = prep.studentId(prep.free[i]);
      Unplaced u = r.unplacedEntry(id).orElse(null);
      if (u == null) {
        continue;
      }
      long bestCost = Long.MAX_VALUE;
      for (int q : prep.usable[i]) {
        if (prep.remaining[q] == 0) {
          continue;
        }
        AssignmentResult pinned = solver.resolve(base,
            AssignmentChange.builder().pin(i, q).build());
        if (pinned.assigned() == base.assigned()) {
          bestCost = Math.min(bestCost, pinned.cost());
        }
      }
      boolean tie = bestCost == base.cost();
      ties += tie ? 1 : 0;
      if (u.reason() == UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY) {
        lottery++;
        assertTrue(tie, u + ": told the lottery decided, but the best assignment with her"
            + " costs " + (bestCost - base.cost()) + " more");
      } else {
        fit++;
        assertEquals(UnplacedReason.CAPACITY_EXHAUSTED_FIT, u.reason(), u.toString());
        assertTrue(!tie, u + ": an equally good assignment places her");
        if (bestCost != Long.MAX_VALUE) {
          assertEquals("FIT loss=" + (bestCost - base.cost()),
              u.detail().substring(0, u.detail().indexOf(" places=")), u.toString());
        }
      }
    }
    System.out.println("sample seed 2025: unplaced by scarcity " + (lottery + fit) + ", lottery "
        + lottery + ", fit " + fit + ", ties by re-solving " + ties);
    assertEquals(ties, lottery);
    assertTrue(lottery + fit > 50, "the sample is scarce: " + (lottery + fit));
  }
}
