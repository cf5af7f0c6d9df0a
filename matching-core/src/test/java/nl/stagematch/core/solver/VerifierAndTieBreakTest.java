package nl.stagematch.core.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerifierAndTieBreakTest {
  private static final AssignmentSolver PLAIN = AssignmentSolver.create();
  private static final AssignmentSolver LOTTERY =
      AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY).build();

  private static AssignmentResult withEdges(AssignmentResult r, int[] edges) {
    return AssignmentResult.of(r.problem(), edges, r.studentPrices(), r.placePrices(),
        r.unassignedPenalty());
  }

  private static int[] replace(int[] edges, int i, int e) {
    int[] out = edges.clone();
    out[i] = e;
    return out;
  }

  @Test
  void verifierRejectsCorruptedResults() {
    int moved = 0;
    int over = 0;
    int duals = 0;
    int swaps = 0;
    int dropped = 0;
    for (long seed = 1; seed <= 1500; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      AssignmentProblem pr = RandomProblems.random(seed, 12, 6, true);
      AssignmentResult r = PLAIN.solve(pr);
      String what = "seed " + seed;
      assertTrue(AssignmentVerifier.verify(r).ok(), what);
      int[] edges = r.edges();
      boolean[] chosen = new boolean[pr.edges()];
      for (int e : edges) {
        chosen[e] = true;
      }
      if (edges.length == 0) {
        continue;
      }
      int i = rnd.nextInt(edges.length);
      int e = edges[i];
      int s = pr.edgeStudent(e);
      if (!pr.isPinned(e)) {
        // non-maximum: drop a chosen pair
        VerificationReport report = AssignmentVerifier.verify(withEdges(r, edges.length == 1
            ? new int[0] : Arrays.stream(edges).filter(x -> x != e).toArray()));
        assertFalse(report.ok(), what + " dropped pair accepted");
        dropped++;
        // moved: the student takes another of its pairs instead
        for (int f = pr.rowStart(s); f < pr.rowStart(s) + rowLength(pr, s); f++) {
          if (!chosen[f]) {
            int[] movedEdges = replace(edges, i, f);
            Arrays.sort(movedEdges);
            AssignmentResult m = withEdges(r, movedEdges);
            VerificationReport mr = AssignmentVerifier.verify(m);
            boolean stillOptimal = m.assigned() == r.assigned() && m.cost() == r.cost()
                && !pr.isForbidden(f) && mr.ok();
            if (!stillOptimal) {
              assertFalse(mr.ok(), what + " moved pair accepted");
              moved++;
            }
            break;
          }
        }
      }
      // over capacity or supply: add any unchosen pair at a full place
      for (int f = 0; f < pr.edges(); f++) {
        int p = pr.edgePlace(f);
        if (!chosen[f] && placeLoad(pr, edges, p) == pr.capacity(p)) {
          int[] more = Arrays.copyOf(edges, edges.length + 1);
          more[edges.length] = f;
          Arrays.sort(more);
          assertFalse(AssignmentVerifier.verify(withEdges(r, more)).ok(), what + " over capacity");
          over++;
          break;
        }
      }
      // tampered duals: make an unchosen free pair look profitable
      for (int f = 0; f < pr.edges(); f++) {
        if (!chosen[f] && !pr.isForbidden(f)) {
          long[] u = r.studentPrices();
          int t = pr.edgeStudent(f);
          u[t] = pr.edgeCost(f) + r.placePrice(pr.edgePlace(f)) + 1;
          AssignmentResult tampered = AssignmentResult.of(pr, edges, u, r.placePrices(),
              r.unassignedPenalty());
          VerificationReport tr = AssignmentVerifier.verify(tampered);
          assertFalse(tr.ok(), what + " tampered duals accepted");
          assertTrue(tr.toString().contains("student " + t) || tr.toString().contains("Student "
              + t), what + " report does not name the student: " + tr);
          duals++;
          break;
        }
      }
      // suboptimal swap: two students exchange places at a higher cost
      outer:
      for (int a = 0; a < edges.length; a++) {
        for (int b = a + 1; b < edges.length; b++) {
          int ea = edges[a];
          int eb = edges[b];
          int sa = pr.edgeStudent(ea);
          int sb = pr.edgeStudent(eb);
          if (sa == sb || pr.isPinned(ea) || pr.isPinned(eb)) {
            continue;
          }
          int fa = pr.edgeOf(sa, pr.edgePlace(eb));
          int fb = pr.edgeOf(sb, pr.edgePlace(ea));
          if (fa < 0 || fb < 0 || chosen[fa] || chosen[fb] || pr.isForbidden(fa)
              || pr.isForbidden(fb)) {
            continue;
          }
          if (pr.edgeCost(fa) + pr.edgeCost(fb) > pr.edgeCost(ea) + pr.edgeCost(eb)) {
            int[] swapped = edges.clone();
            swapped[a] = fa;
            swapped[b] = fb;
            Arrays.sort(swapped);
            assertFalse(AssignmentVerifier.verify(withEdges(r, swapped)).ok(), what + " swap");
            swaps++;
            break outer;
          }
        }
      }
    }
    assertTrue(moved > 100 && over > 100 && duals > 100 && swaps > 50 && dropped > 100,
        "coverage: moved " + moved + ", over " + over + ", duals " + duals + ", swaps " + swaps
            + ", dropped " + dropped);
  }

  @Test
  void verifierReportsMismatchedObjectiveAndBadPenalty() {
    AssignmentProblem pr = AssignmentProblem.builder(2, 1).capacity(0, 1)
        .pair(0, 0, 100).pair(1, 0, 0).build();
    AssignmentResult r = PLAIN.solve(pr);
    AssignmentResult smallM = AssignmentResult.of(pr, r.edges(), r.studentPrices(),
        r.placePrices(), 50);
    VerificationReport report = AssignmentVerifier.verify(smallM);
    assertFalse(report.ok());
    assertTrue(report.toString().contains("penalty M (50)"), report.toString());
  }

  private static int rowLength(AssignmentProblem pr, int s) {
    return (s + 1 < pr.students() ? pr.rowStart(s + 1) : pr.edges()) - pr.rowStart(s);
  }

  private static int placeLoad(AssignmentProblem pr, int[] edges, int p) {
    int n = 0;
    for (int e : edges) {
      n += pr.edgePlace(e) == p ? 1 : 0;
    }
    return n;
  }

  @Test
  void engineInvariantsHoldAfterColdSolves() {
    for (long seed = 1; seed <= 300; seed++) {
      AssignmentProblem pr = RandomProblems.random(seed, 25, 8, true);
      SspEngine engine = new SspEngine(pr.topology, pr.capacity, pr.supply, pr.pinned,
          pr.forbidden, SspEngine.bigM(pr));
      engine.solveCold();
      assertNull(engine.firstBrokenInvariant(), "seed " + seed);
    }
  }

  /** Builds the same problem with students, places and pairs renumbered and shuffled. */
  private static AssignmentProblem permuted(AssignmentProblem pr, int[] sigma, int[] tau,
      SplittableRandom rnd) {
    AssignmentProblem.Builder b = AssignmentProblem.builder(pr.students(), pr.places());
    for (int p = 0; p < pr.places(); p++) {
      b.capacity(tau[p], pr.capacity(p));
    }
    long[] placeLottery = new long[pr.places()];
    for (int p = 0; p < pr.places(); p++) {
      placeLottery[tau[p]] = pr.placeLotteryNumber(p);
    }
    b.placeLotteryNumbers(placeLottery);
    long[] lottery = new long[pr.students()];
    for (int s = 0; s < pr.students(); s++) {
      b.supply(sigma[s], pr.supply(s));
      lottery[sigma[s]] = pr.lotteryNumber(s);
    }
    b.lotteryNumbers(lottery).seed(pr.seed());
    int[] order = shuffle(pr.edges(), rnd);
    for (int e : order) {
      int s = sigma[pr.edgeStudent(e)];
      int p = tau[pr.edgePlace(e)];
      b.pair(s, p, pr.edgeCost(e));
      if (pr.isPinned(e)) {
        b.pin(s, p);
      }
      if (pr.isForbidden(e)) {
        b.forbid(s, p);
      }
    }
    return b.build();
  }

  private static int[] shuffle(int n, SplittableRandom rnd) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
    return a;
  }

  @Test
  void lotteryTieBreakIgnoresTheInputOrder() {
    int differentWithoutLottery = 0;
    for (long seed = 1; seed <= 400; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int students = 2 + rnd.nextInt(25);
      int places = 1 + rnd.nextInt(8);
      AssignmentProblem.Builder b = AssignmentProblem.builder(students, places);
      for (int p = 0; p < places; p++) {
        b.capacity(p, rnd.nextInt(4));
      }
      long[] lottery = new long[students];
      for (int s = 0; s < students; s++) {
        lottery[s] = rnd.nextLong() >>> 1;
        b.supply(s, rnd.nextInt(6) == 0 ? 2 : 1);
        for (int p = 0; p < places; p++) {
          if (rnd.nextInt(3) > 0) {
            b.pair(s, p, rnd.nextInt(2)); // costs 0/1: many ties
          }
        }
      }
      long[] placeLottery = new long[places];
      for (int p = 0; p < places; p++) {
        placeLottery[p] = rnd.nextLong() >>> 1;
      }
      AssignmentProblem pr = b.lotteryNumbers(lottery).placeLotteryNumbers(placeLottery).seed(seed)
          .build();
      int[] sigma = shuffle(students, rnd);
      int[] tau = shuffle(places, rnd);
      AssignmentProblem pp = permuted(pr, sigma, tau, rnd);
      AssignmentResult a = LOTTERY.solve(pr);
      AssignmentResult c = LOTTERY.solve(pp);
      assertEquals(a.cost(), c.cost(), "seed " + seed);
      boolean same = true;
      for (int s = 0; s < students; s++) {
        int[] want = a.placesOf(s);
        int[] got = Arrays.stream(c.placesOf(sigma[s])).map(q -> inverse(tau, q)).sorted()
            .toArray();
        assertArrayEquals(want, got, "seed " + seed + " student " + s);
        int[] plainA = PLAIN.solve(pr).placesOf(s);
        int[] plainC = Arrays.stream(PLAIN.solve(pp).placesOf(sigma[s]))
            .map(q -> inverse(tau, q)).sorted().toArray();
        same &= Arrays.equals(plainA, plainC);
      }
      differentWithoutLottery += same ? 0 : 1;
    }
    // the instances do have ties that the input order would decide
    assertTrue(differentWithoutLottery > 50, "tied instances: " + differentWithoutLottery);
  }

  private static int inverse(int[] perm, int x) {
    for (int i = 0; i < perm.length; i++) {
      if (perm[i] == x) {
        return i;
      }
    }
    throw new IllegalStateException("not a permutation");
  }
}
