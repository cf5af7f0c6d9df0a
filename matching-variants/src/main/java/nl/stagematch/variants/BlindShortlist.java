package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;

/**
 * V3 blind shortlist: per round the school nominates {@code k} anonymous profiles for each place
 * with an open seat ("k anonymous profiles per place"), whatever its capacity;
 * the company picks one on the profile alone; those not picked go back to the pool; rounds repeat
 * until no nomination is possible or the round limit. A place with several open seats fills at
 * most one of them per round, so its company always chooses among k, never among k times its
 * capacity.
 *
 * <p><b>Nomination</b> (each round): an exact assignment ({@link AssignmentSolver}, lottery
 * ties) of the pool (free students not yet placed) to the places with an open seat, each student
 * on at most one shortlist per round (so that picks never conflict), never again at a place whose
 * company already passed over her. It nominates as many students as possible, filling first one
 * nominee per open place (the school's own choice for the seat), then up to {@code k - 1} more,
 * with the best total fit. The company sees the shortlist as {@link Profile}s in nomination order
 * (the school's choice first, then the others best fit first, ties by the lottery), with tokens
 * that are new in every round; the {@link nl.stagematch.core.spi.Responder#pick} returns one token
 * or none.
 *
 * <p>Those not picked go back to the pool. A company <em>passes over</em> a student at a place
 * when it picks no one from her shortlist, or when it gives the place's last seat to another;
 * then she is never nominated there again. Otherwise (another took one of several seats) she may
 * be nominated there again in a later round.
 *
 * <p>The rounds end: every round with a nomination fills a seat or passes over at least one new
 * pair, so there are at most as many rounds as seats plus usable pairs, and the option {@code
 * max-rounds} bounds them. Options: {@code shortlist-size} k (default 2, 1..5), {@code
 * max-rounds} (default 20, 1..1000).
 *
 * <p>Unplaced: {@link UnplacedReason#NOT_CHOSEN} if she was shown and not picked (detail {@code
 * SHORTLIST nominated=n places=.. full=a passed=b rounds=r}: how often and where she was shown,
 * and at the end how many of her places were full and at how many with room the company had
 * passed her over), or the round limit came first ({@code limit=true}). A student never
 * nominated: {@link UnplacedReason#CAPACITY_EXHAUSTED_FIT} ({@code PINNED}) if pinned students
 * held every seat of her places from the start; otherwise her places filled with others' picks
 * while the nominations (most nominees, then best total fit) put others on their shortlists. For
 * each round in which she was a candidate, the exact loss of a nomination that includes her is
 * computed from the round's certificate ({@link Scarcity}); detail {@code NEVER_NOMINATED
 * candidate=c ties=t rounds=r}: in {@code t} of her {@code c} rounds an equally good nomination
 * included her and the lottery broke the tie. The reason is {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY} if {@code t > 0}, else {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_FIT}.
 */
final class BlindShortlist implements MatchingVariant {
  static final String NAME = "blind-shortlist";
  static final String SHORTLIST_SIZE = "shortlist-size";
  static final String MAX_ROUNDS = "max-rounds";
  private static final int EXTRA_SLOT_PENALTY = 1001;

  private static final List<VariantOption> OPTIONS = List.of(
      VariantOption.integer(SHORTLIST_SIZE, "anonymous profiles per place per round", 2, 1, 5),
      VariantOption.integer(MAX_ROUNDS, "the most rounds before the process stops", 20, 1, 1000));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V3: per place k anonymous profiles; the company picks one on the profile alone;"
        + " rounds";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.NEEDS_PREFERENCES, Capability.USES_LOTTERY,
        Capability.DETERMINISTIC_GIVEN_SEED, Capability.SUPPORTS_PINS,
        Capability.SUPPORTS_FORBIDDEN, Capability.ROUNDS);
  }

  @Override
  public List<VariantOption> options() {
    return OPTIONS;
  }

  @Override
  public Proposal match(MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    int k = (int) options.integer(SHORTLIST_SIZE);
    int maxRounds = (int) options.integer(MAX_ROUNDS);
    Prepared prep = new Prepared(request);
    int n = prep.freeCount();
    int[] seatsLeft = prep.remaining.clone();
    int[] placeOf = new int[n];
    Arrays.fill(placeOf, -1);
    int[] shown = new int[n];
    List<Set<Integer>> shownAt = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shownAt.add(new TreeSet<>());
    }
    int[] candidateRounds = new int[n];
    int[] tieRounds = new int[n];
    Set<Long> passedOver = new HashSet<>();
    List<ShortlistRounds.Shortlist> shortlists = new ArrayList<>();
    List<ShortlistCertificate.Nomination> nominations = new ArrayList<>();
    int rounds = 0;
    boolean limitReached = false;
    while (true) {
      AssignmentResult nomination = nominate(prep, k, seatsLeft, placeOf, shown, passedOver);
      int[] nominatedAt = new int[n];
      Arrays.fill(nominatedAt, -1);
      if (nomination != null) {
        for (int i = 0; i < n; i++) {
          nominatedAt[i] = nomination.placeOf(i);
        }
      }
      boolean any = false;
      for (int p : nominatedAt) {
        any |= p >= 0;
      }
      if (!any) {
        break;
      }
      if (rounds == maxRounds) {
        limitReached = true;
        break;
      }
      rounds++;
      nominations.add(VariantCertificates.nomination(prep, rounds, nomination, seatsLeft));
      StageTimes.lap(StageTimes.RESULT);
      // Why a candidate was not nominated this round: an exact tie (loss 0) or a worse nomination.
      Scarcity scarcity = null;
      for (int i = 0; i < n; i++) {
        if (nominatedAt[i] < 0 && hasPair(nomination, i)) {
          scarcity = scarcity == null ? new Scarcity(nomination) : scarcity;
          candidateRounds[i]++;
          tieRounds[i] += scarcity.loss(i) == 0 ? 1 : 0;
        }
      }
      StageTimes.lap(StageTimes.EXPLANATIONS);
      for (int i = 0; i < n; i++) {
        if (nominatedAt[i] >= 0) {
          shownAt.get(i).add(nominatedAt[i] / 2);
        }
      }
      runRound(prep, request, rounds, nominatedAt, seatsLeft, placeOf, shown, passedOver,
          shortlists);
      StageTimes.lap(StageTimes.BUILD);
      // this round's problem and its certificate's search are garbage before the next is built
      nomination = null;
      scarcity = null;
    }
    Map<Integer, Unplaced> reasons = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (placeOf[i] >= 0) {
        continue;
      }
      String id = prep.studentId(prep.free[i]);
      boolean limit = limitReached && hasCandidate(prep, i, seatsLeft, passedOver);
      if (shown[i] > 0) {
        List<String> at = new ArrayList<>();
        for (int p : shownAt.get(i)) {
          at.add(prep.placeId(p));
        }
        int full = 0;
        int passed = 0;
        for (int p : prep.usable[i]) {
          if (seatsLeft[p] == 0) {
            full++;
          } else if (passedOver.contains(key(i, p))) {
            passed++;
          }
        }
        reasons.put(i, new Unplaced(id, UnplacedReason.NOT_CHOSEN, ReasonDetail.of("SHORTLIST",
            "nominated", shown[i], "places", String.join(",", at), "full", full, "passed",
            passed, "rounds", rounds, "limit", limit ? "true" : null).toString()));
      } else if (limit) {
        reasons.put(i, new Unplaced(id, UnplacedReason.NOT_CHOSEN, ReasonDetail.of(
            "NEVER_NOMINATED", "candidate", candidateRounds[i], "ties", tieRounds[i], "rounds",
            rounds, "limit", "true").toString()));
      } else if (candidateRounds[i] == 0) {
        reasons.put(i, new Unplaced(id, UnplacedReason.CAPACITY_EXHAUSTED_FIT,
            ReasonDetail.of("PINNED", "places", prep.usable[i].length).toString()));
      } else {
        reasons.put(i, new Unplaced(id, tieRounds[i] > 0
            ? UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY : UnplacedReason.CAPACITY_EXHAUSTED_FIT,
            ReasonDetail.of("NEVER_NOMINATED", "candidate", candidateRounds[i], "ties",
                tieRounds[i], "rounds", rounds).toString()));
      }
    }
    StageTimes.lap(StageTimes.EXPLANATIONS);
    MatchResult result = VariantCertificates.attach(prep.result(NAME, placeOf, reasons),
        VariantCertificates.shortlists(k, shortlists, nominations));
    StageTimes.lap(StageTimes.RESULT);
    return new Proposal(result, new ShortlistRounds(shortlists, rounds, limitReached),
        options.values());
  }

  private static boolean hasCandidate(Prepared prep, int i, int[] seatsLeft, Set<Long> passed) {
    for (int p : prep.usable[i]) {
      if (seatsLeft[p] > 0 && !passed.contains(key(i, p))) {
        return true;
      }
    }
    return false;
  }

  private static long key(int i, int p) {
    return ((long) i << 32) | p;
  }

  /**
   * One nomination, or {@code null} if nobody can be nominated: row {@code i} is free student
   * {@code i}, and its place is the slot she is nominated for this round (none: -1).
   * Place {@code p} with an open seat is split into a first slot (slot {@code 2p}, one: the
   * school's own choice for the seat) and extra slots ({@code 2p + 1}, {@code k - 1}) that cost
   * more, so that every open place gets a nominee before any gets a second.
   */
  private static AssignmentResult nominate(Prepared prep, int k, int[] seatsLeft, int[] placeOf,
      int[] shown, Set<Long> passedOver) {
    // built in its own frame, so that the builder's growing pair arrays (about three times the
    // problem's edges at national size) are garbage before the solver allocates its own
    AssignmentProblem problem = nominationProblem(prep, k, seatsLeft, placeOf, shown,
        passedOver);
    StageTimes.lap(StageTimes.BUILD);
    if (problem == null) {
      return null;
    }
    AssignmentResult r = AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY)
        .build().solve(problem);
    StageTimes.lap(StageTimes.SOLVE);
    return r;
  }

  /** The problem of {@link #nominate}, or {@code null} if it has no pair. */
  private static AssignmentProblem nominationProblem(Prepared prep, int k, int[] seatsLeft,
      int[] placeOf, int[] shown, Set<Long> passedOver) {
    int n = prep.freeCount();
    int m = seatsLeft.length;
    AssignmentProblem.Builder b = AssignmentProblem.builder(n, 2 * m);
    for (int p = 0; p < m; p++) {
      int open = seatsLeft[p] > 0 ? 1 : 0;
      b.capacity(2 * p, open);
      b.capacity(2 * p + 1, (k - 1) * open);
    }
    long[] numbers = new long[n];
    boolean anyPair = false;
    for (int i = 0; i < n; i++) {
      numbers[i] = prep.lotteryNumber(prep.free[i]);
      if (placeOf[i] >= 0) {
        continue;
      }
      // only a student shown on a shortlist can have been passed over
      boolean shownBefore = shown[i] > 0;
      for (int u = 0; u < prep.usable[i].length; u++) {
        int p = prep.usable[i][u];
        if (seatsLeft[p] > 0 && !(shownBefore && passedOver.contains(key(i, p)))) {
          int cost = 1000 - prep.usableFit[i][u];
          b.pair(i, 2 * p, cost);
          if (k > 1) {
            b.pair(i, 2 * p + 1, cost + EXTRA_SLOT_PENALTY);
          }
          anyPair = true;
        }
      }
    }
    if (!anyPair) {
      return null;
    }
    b.lotteryNumbers(numbers).seed(prep.request.seed());
    return b.build();
  }

  /** Whether row {@code i} of the nomination problem has a pair (was a candidate). */
  private static boolean hasPair(AssignmentResult nomination, int i) {
    int to = i + 1 < nomination.problem().students() ? nomination.problem().rowStart(i + 1)
        : nomination.problem().edges();
    return nomination.problem().rowStart(i) < to;
  }

  private static void runRound(Prepared prep, MatchRequest request, int round,
      int[] nominatedAt, int[] seatsLeft, int[] placeOf, int[] shown, Set<Long> passedOver,
      List<ShortlistRounds.Shortlist> shortlists) {
    Map<Integer, List<Integer>> byPlace = new HashMap<>();
    for (int i = 0; i < nominatedAt.length; i++) {
      if (nominatedAt[i] >= 0) {
        byPlace.computeIfAbsent(nominatedAt[i] / 2, x -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> places = new ArrayList<>(byPlace.keySet());
    places.sort(Comparator.comparing(prep::placeId));
    for (int p : places) {
      List<Integer> nominees = byPlace.get(p);
      // the school's own choice (the first slot) first, then the others by fit
      nominees.sort(Comparator.comparingInt((Integer i) -> nominatedAt[i] % 2)
          .thenComparingInt(i -> -prep.fitOfUsable(i, p))
          .thenComparingLong(i -> prep.lotteryNumber(prep.free[i]))
          .thenComparing(i -> prep.studentId(prep.free[i])));
      String placeId = prep.placeId(p);
      // the seat this shortlist fills: the place's seats already filled (by pins or picks)
      int seat = prep.problem.places().get(p).capacity() - seatsLeft[p];
      List<Profile> profiles = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int j = 0; j < nominees.size(); j++) {
        int i = nominees.get(j);
        Student s = prep.problem.students().get(prep.free[i]);
        LearningWish w = s.wish();
        profiles.add(new Profile("r" + round + ".s" + (seat + 1) + ".n" + (j + 1),
            w.qualification(), w.period(), w.workProcesses(), w.companyKind(), w.workKind(),
            s.competences(), j + 1));
        ids.add(s.id());
        shown[i]++;
      }
      Optional<String> pick = request.responder().pick(placeId, round, List.copyOf(profiles));
      if (pick == null) {
        throw new IllegalArgumentException("The responder's pick for place (" + placeId
            + ") in round " + round + " is null.\nMaybe return Optional.empty() to pick no one.");
      }
      int picked = -1;
      if (pick.isPresent()) {
        for (int j = 0; j < profiles.size(); j++) {
          if (profiles.get(j).token().equals(pick.get())) {
            picked = nominees.get(j);
          }
        }
        if (picked < 0) {
          throw new IllegalArgumentException("The responder picked (" + pick.get()
              + ") for place (" + placeId + ") in round " + round
              + ", which is not on its shortlist of " + profiles.size()
              + ".\nMaybe return the token of one of the profiles shown, or empty.");
        }
      }
      for (int i : nominees) {
        if (i == picked) {
          placeOf[i] = p;
          seatsLeft[p]--;
        } else if (picked < 0 || seatsLeft[p] == 0) {
          // passed over: the company picked no one, or its last seat went to another
          passedOver.add(key(i, p));
        }
        // else she goes back to the pool, this place included: another took the seat this
        // round, and the place still has a seat she may be nominated for again
      }
      shortlists.add(new ShortlistRounds.Shortlist(round, placeId, seat, ids,
          picked < 0 ? null : prep.studentId(prep.free[picked])));
    }
  }
}
