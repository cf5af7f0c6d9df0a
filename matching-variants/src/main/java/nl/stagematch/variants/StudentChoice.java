package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.DeferredAcceptance;
import nl.stagematch.core.solver.DeferredAcceptanceResult;
import nl.stagematch.core.solver.MatchingStats;
import nl.stagematch.core.solver.PreferenceInstance;
import nl.stagematch.core.solver.TieBreaking;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;

/**
 * V4 student choice: each student ranks her admissible places (the {@link
 * nl.stagematch.core.spi.Responder#studentRanking}; the built-in responder ranks by fit, ties by
 * the pair lottery number {@code lottery.number(studentId, placeId)}); places are filled by
 * student-proposing deferred acceptance ({@link DeferredAcceptance}), where a place ranks students
 * by fit class only ({@code fit / fit-class-width}, higher first) and the seeded lottery breaks
 * ties. The result is stable for the stated rankings and the lottery-strict priorities.
 *
 * <p>Options: {@code tie-breaking} {@code single} (default: one number per student, as Amsterdam)
 * or {@code multiple} (one per place); {@code open-hiring} (default false): first come in lottery
 * order, first served, ignoring fit; {@code fit-class-width} (default 100, so 11 classes 0..10).
 * Only places with room after the pins can be ranked.
 *
 * <p>Unplaced: {@link UnplacedReason#NOT_CHOSEN} if she ranked nothing ({@code RANKED_NONE}), or
 * left out a place that still has room ({@code RANKED_UNRANKED_ROOM ranked=n place=P}); {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_FIT} ({@code PINNED}) if pinned students hold every seat of her
 * places. Otherwise every place she ranked rejected her and is full with students it puts first
 * (stability); per ranked place, either its lowest occupant has a higher fit class than hers, or
 * the same class and the lottery decided between them (always the lottery under open hiring).
 * The detail {@code RANKED_FULL ranked=n higher=a lottery=b} counts both; the reason is {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY} if the lottery decided at one of her places ({@code b
 * > 0}), else {@link UnplacedReason#CAPACITY_EXHAUSTED_FIT}.
 */
final class StudentChoice implements MatchingVariant {
  static final String NAME = "student-choice";
  static final String TIE_BREAKING = "tie-breaking";
  static final String OPEN_HIRING = "open-hiring";
  static final String FIT_CLASS_WIDTH = "fit-class-width";
  /** Students per block of the parallel rankings. */
  private static final int RANKING_BLOCK = 2048;

  private static final List<VariantOption> OPTIONS = List.of(
      VariantOption.choice(TIE_BREAKING, "one lottery number per student (single) or per place"
          + " (multiple)", "single", List.of("single", "multiple")),
      VariantOption.bool(OPEN_HIRING, "first come (in lottery order) first served, fit ignored",
          false),
      VariantOption.integer(FIT_CLASS_WIDTH, "fit points per priority class of a place (1 = every"
          + " point counts, 1001 = one class)", 100, 1, 1001));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V4: students rank places; deferred acceptance, places rank by fit class, ties by"
        + " lottery";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.NEEDS_PREFERENCES, Capability.USES_LOTTERY,
        Capability.DETERMINISTIC_GIVEN_SEED, Capability.SUPPORTS_PINS,
        Capability.SUPPORTS_FORBIDDEN, Capability.STABLE);
  }

  @Override
  public List<VariantOption> options() {
    return OPTIONS;
  }

  @Override
  public Proposal match(MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    TieBreaking tieBreaking = TieBreaking.valueOf(
        options.choice(TIE_BREAKING).toUpperCase(Locale.ROOT));
    boolean openHiring = options.bool(OPEN_HIRING);
    int width = (int) options.integer(FIT_CLASS_WIDTH);
    Prepared prep = new Prepared(request);
    int n = prep.freeCount();
    int m = prep.remaining.length;
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (prep.remaining[p] > 0) {
        open.add(p);
      }
    }
    open.sort(Comparator.comparing(prep::placeId));
    Map<String, Integer> localOf = new HashMap<>();
    List<String> placeIds = new ArrayList<>();
    int[] capacity = new int[open.size()];
    Map<String, Integer> openCapacity = new LinkedHashMap<>();
    for (int j = 0; j < open.size(); j++) {
      String id = prep.placeId(open.get(j));
      localOf.put(id, j);
      placeIds.add(id);
      capacity[j] = prep.remaining[open.get(j)];
      openCapacity.put(id, capacity[j]);
    }
    int[] localOfPlace = new int[m];
    Arrays.fill(localOfPlace, -1);
    for (int j = 0; j < open.size(); j++) {
      localOfPlace[open.get(j)] = j;
    }
    List<String> studentIds = new ArrayList<>(n);
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    Map<String, List<Integer>> classes = new LinkedHashMap<>();
    int[] start = new int[n + 1];
    long open0 = 0;
    for (int i = 0; i < n; i++) {
      for (int p : prep.usable[i]) {
        open0 += prep.remaining[p] > 0 ? 1 : 0;
      }
    }
    // a ranking lists at most the student's places with room
    int[] place = new int[(int) Math.min(open0, Integer.MAX_VALUE - 8)];
    int[] fitClass = new int[place.length];
    int pairs = 0;
    boolean[] hadOptions = new boolean[n];
    boolean byFit = ranksByFit(request.responder());
    int[][] rankedByFit = byFit ? rankAllByFit(prep) : null;
    int[] candidatePlace = new int[0];
    int[] candidateFit = new int[0];
    for (int i = 0; i < n; i++) {
      String sid = prep.studentId(prep.free[i]);
      studentIds.add(sid);
      if (candidatePlace.length < prep.usable[i].length) {
        candidatePlace = new int[prep.usable[i].length];
        candidateFit = new int[prep.usable[i].length];
      }
      int count = candidates(prep, i, candidatePlace, candidateFit);
      hadOptions[i] = count > 0;
      List<String> ranking = List.of();
      int[] ranked = new int[0];
      if (byFit && count > 0) {
        ranked = rankedByFit[i];
        rankedByFit[i] = null;
        String[] ids = new String[count];
        for (int r = 0; r < count; r++) {
          ids[r] = prep.placeId(candidatePlace[ranked[r]]);
        }
        ranking = List.of(ids);
      } else if (count > 0) {
        List<Candidate> candidates = new ArrayList<>(count);
        Map<String, Integer> index = new HashMap<>(count * 2);
        for (int c = 0; c < count; c++) {
          String pid = prep.placeId(candidatePlace[c]);
          index.put(pid, c);
          candidates.add(new Candidate(pid, candidateFit[c], prep.lottery.number(sid, pid)));
        }
        List<String> answer = request.responder().studentRanking(sid, List.copyOf(candidates));
        ranked = Answers.subsetPositions(answer, index, "student (" + sid + ")");
        ranking = List.copyOf(answer);
      }
      if (place.length < pairs + ranked.length) {
        place = Arrays.copyOf(place, Math.max(2 * place.length, pairs + ranked.length));
        fitClass = Arrays.copyOf(fitClass, place.length);
      }
      Integer[] cls = new Integer[ranked.length];
      for (int r = 0; r < ranked.length; r++) {
        int c = ranked[r];
        cls[r] = candidateFit[c] / width;
        place[pairs] = localOfPlace[candidatePlace[c]];
        fitClass[pairs++] = cls[r];
      }
      rankings.put(sid, ranking);
      classes.put(sid, List.of(cls));
      start[i + 1] = pairs;
    }
    PreferenceInstance instance = PreferenceInstance.of(studentIds, placeIds, capacity, start,
        pairs == place.length ? place : Arrays.copyOf(place, pairs),
        pairs == fitClass.length ? fitClass : Arrays.copyOf(fitClass, pairs));
    StageTimes.lap(StageTimes.BUILD);
    DeferredAcceptanceResult da = openHiring
        ? DeferredAcceptance.openHiring(instance, prep.lottery)
        : DeferredAcceptance.solve(instance, prep.lottery, tieBreaking);
    StageTimes.lap(StageTimes.SOLVE);
    int[] placeOf = new int[n];
    int[] filled = new int[open.size()];
    for (int i = 0; i < n; i++) {
      int j = da.placeOf(i);
      placeOf[i] = j < 0 ? -1 : open.get(j);
      if (j >= 0) {
        filled[j]++;
      }
    }
    // per place: the lowest fit class among its occupants
    int[] lowestClass = new int[prep.remaining.length];
    Arrays.fill(lowestClass, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      if (placeOf[i] >= 0) {
        lowestClass[placeOf[i]] = Math.min(lowestClass[placeOf[i]],
            prep.fitOfUsable(i, placeOf[i]) / width);
      }
    }
    Map<Integer, Unplaced> reasons = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (placeOf[i] >= 0) {
        continue;
      }
      String sid = studentIds.get(i);
      List<String> ranking = rankings.get(sid);
      String roomLeft = null;
      for (int u = 0; u < prep.usable[i].length && roomLeft == null; u++) {
        String pid = prep.placeId(prep.usable[i][u]);
        Integer j = localOf.get(pid);
        if (j != null && filled[j] < capacity[j] && !ranking.contains(pid)) {
          roomLeft = pid;
        }
      }
      if (!hadOptions[i]) {
        reasons.put(i, new Unplaced(sid, UnplacedReason.CAPACITY_EXHAUSTED_FIT,
            ReasonDetail.of("PINNED", "places", prep.usable[i].length).toString()));
      } else if (ranking.isEmpty()) {
        reasons.put(i, new Unplaced(sid, UnplacedReason.NOT_CHOSEN,
            ReasonDetail.of("RANKED_NONE").toString()));
      } else if (roomLeft != null) {
        reasons.put(i, new Unplaced(sid, UnplacedReason.NOT_CHOSEN, ReasonDetail.of(
            "RANKED_UNRANKED_ROOM", "ranked", ranking.size(), "place", roomLeft).toString()));
      } else {
        // Every place she ranked rejected her, so it is full with students it puts first
        // (stability). Per place: did a higher fit class decide, or the lottery within hers?
        int higher = 0;
        int byLottery = 0;
        for (String pid : ranking) {
          int p = prep.problem.placeIndex(pid);
          int mine = prep.fitOfUsable(i, p) / width;
          if (!openHiring && lowestClass[p] > mine) {
            higher++;
          } else {
            byLottery++;
          }
        }
        reasons.put(i, new Unplaced(sid, byLottery > 0 ? UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY
            : UnplacedReason.CAPACITY_EXHAUSTED_FIT, ReasonDetail.of("RANKED_FULL", "ranked",
            ranking.size(), "higher", higher, "lottery", byLottery,
            "open", openHiring ? "true" : null).toString()));
      }
    }
    StageTimes.lap(StageTimes.EXPLANATIONS);
    MatchResult result = prep.result(NAME, placeOf, reasons);
    MatchingStats stats = da.stats();
    StudentChoiceReport report = new StudentChoiceReport(rankings, classes, openCapacity,
        tieBreaking.name().toLowerCase(Locale.ROOT), openHiring, stats.proposals(),
        stats.rounds(), stats.rejections(), stats.tieBreaks());
    result = VariantCertificates.attach(result, VariantCertificates.stability(prep,
        report.tieBreaking(), openHiring, width, rankings, openCapacity));
    StageTimes.lap(StageTimes.RESULT);
    return new Proposal(result, report, options.values());
  }

  /**
   * Whether {@code responder} answers {@link Responder#studentRanking} with the default ({@link
   * Responder#orderByFit}): then the rankings are computed here on primitive arrays, with the
   * same order, instead of through a {@link Candidate} and an id per pair.
   */
  static boolean ranksByFit(Responder responder) {
    try {
      return responder.getClass().getMethod("studentRanking", String.class, List.class)
          .getDeclaringClass() == Responder.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The candidates of free student {@code i}: her usable places with room, into {@code place}
   * and {@code fit}; returns how many. The usable places ascend by position, so by id (the
   * problem is canonical): the candidates are in id order.
   */
  private static int candidates(Prepared prep, int i, int[] place, int[] fit) {
    int[] usable = prep.usable[i];
    int count = 0;
    for (int u = 0; u < usable.length; u++) {
      int p = usable[u];
      if (prep.remaining[p] > 0) {
        place[count] = p;
        fit[count++] = prep.usableFit[i][u];
      }
    }
    return count;
  }

  /**
   * The default ranking of every free student (the indices of her {@link #candidates}, best
   * first), computed in parallel over fixed blocks of students. Each ranking depends on the
   * student alone, so the rankings are the same for any number of threads.
   */
  private static int[][] rankAllByFit(Prepared prep) {
    int n = prep.freeCount();
    int[][] out = new int[n][];
    int blocks = (n + RANKING_BLOCK - 1) / RANKING_BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int[] place = new int[0];
      int[] fit = new int[0];
      for (int i = b * RANKING_BLOCK; i < Math.min(n, (b + 1) * RANKING_BLOCK); i++) {
        if (place.length < prep.usable[i].length) {
          place = new int[prep.usable[i].length];
          fit = new int[place.length];
        }
        int count = candidates(prep, i, place, fit);
        out[i] = count == 0 ? new int[0]
            : rankByFit(prep.lottery, prep.studentId(prep.free[i]), place, fit, count, prep);
      }
    });
    return out;
  }

  /**
   * The default ranking of one student ({@link Candidate#BY_FIT}): the candidates {@code 0 <= c <
   * count}, at {@code place[c]} with fit {@code fit[c]}, best fit first, then the lower pair
   * lottery number ({@code lottery.number(studentId, placeId)}), then the place id. The
   * candidates come in id order, so a stable order keeps the ids' order; the lottery numbers are
   * drawn only for candidates that share a fit with another.
   */
  private static int[] rankByFit(Lottery lottery, String sid, int[] place, int[] fit, int count,
      Prepared prep) {
    long[] keys = new long[count];
    for (int c = 0; c < count; c++) {
      keys[c] = ((long) (1000 - fit[c]) << 32) | c;
    }
    Arrays.sort(keys);
    int[] ranked = new int[count];
    for (int r = 0; r < count; r++) {
      ranked[r] = (int) keys[r];
    }
    for (int from = 0; from < count; ) {
      int f = fit[ranked[from]];
      int to = from + 1;
      while (to < count && fit[ranked[to]] == f) {
        to++;
      }
      if (to - from > 1) {
        long[] numbers = new long[to - from];
        for (int r = from; r < to; r++) {
          numbers[r - from] = lottery.number(sid, prep.placeId(place[ranked[r]]));
        }
        // insertion sort by lottery number; equal numbers keep the id order
        for (int a = from + 1; a < to; a++) {
          int c = ranked[a];
          long x = numbers[a - from];
          int b = a - 1;
          while (b >= from && numbers[b - from] > x) {
            ranked[b + 1] = ranked[b];
            numbers[b + 1 - from] = numbers[b - from];
            b--;
          }
          ranked[b + 1] = c;
          numbers[b + 1 - from] = x;
        }
      }
      from = to;
    }
    return ranked;
  }
}
