package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AssignmentChange;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;
import nl.stagematch.core.spi.VariantReport;
import nl.stagematch.core.spi.WarmRematch;

/**
 * V1 school placement: the school assigns each student one place; as many students as possible
 * are placed, then the total fit is maximised (cost {@code 1000 - fit}); so the optimiser decides
 * who stays unplaced when places are scarce, and the seeded lottery (never the input order) only
 * breaks exact ties between equally good assignments.
 *
 * <p>Solved exactly by {@link AssignmentSolver} in {@link AssignmentSolver.TieBreak#LOTTERY}
 * mode, with each student's lottery number {@code Lottery.number(seed, id)}: the solver works in
 * a canonical order drawn from these numbers and the seed, so the draw (never the input order)
 * decides among equally good assignments. The solver does not promise that the lowest number is
 * placed; afterwards {@link Scarcity#lotteryOrder} makes the priority visible among equals: it
 * exchanges along paths of equal total fit until no unplaced student could take the place of a
 * placed student with a higher number in an equally good assignment ({@code lottery-swaps}).
 * Pins are the solver's pins and forbidden pairs its prohibitions, so that a session's
 * next proposal can be computed warm ({@link #rematch}). A free student left unplaced gets the
 * reason that decided, computed exactly from the solver's certificate ({@link Scarcity}, {@link
 * #scarcityReasons}): {@link UnplacedReason#CAPACITY_EXHAUSTED_FIT} when every assignment that
 * places her has a lower total fit (detail {@code FIT loss=.. places=..}; or {@code PINNED}),
 * {@link UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY} when an equally good one does and the lottery
 * broke the tie (detail {@code LOTTERY number=.. winners=.. numbers=.. count=..}, every winner
 * with a lower number). Option {@code checked} (default false) verifies the solver's optimality
 * certificate after every solve (slower; for audits).
 */
final class SchoolPlacement implements MatchingVariant, WarmRematch {
  static final String NAME = "school-placement";
  static final String CHECKED = "checked";

  private static final List<VariantOption> OPTIONS = List.of(VariantOption.bool(CHECKED,
      "verify the solver's optimality certificate after the solve (slower; for audits)", false));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V1: the school assigns each student a place: most placed, then best total fit;"
        + " ties by lottery";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.USES_LOTTERY, Capability.DETERMINISTIC_GIVEN_SEED,
        Capability.SUPPORTS_PINS, Capability.SUPPORTS_FORBIDDEN, Capability.MAXIMUM_PLACED);
  }

  @Override
  public List<VariantOption> options() {
    return OPTIONS;
  }

  @Override
  public Proposal match(MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    Prepared prep = new Prepared(request);
    Formulation f = Formulation.of(prep);
    AssignmentProblem problem = f.build(prep);
    StageTimes.lap(StageTimes.BUILD);
    AssignmentResult r = solver(options).solve(problem);
    StageTimes.lap(StageTimes.SOLVE);
    return proposal(prep, f, r, options, false);
  }

  /**
   * Re-matches warm after a coordinator's decisions: starts from the previous solver state and
   * repairs it with {@link AssignmentSolver#resolve} for the new pins, the new forbidden pairs
   * and the students who opted out since. The optimum (most placed, then best total fit) is the
   * same as a cold {@link #match}; among equally good assignments it may choose another. Falls
   * back to a cold match when the change cannot be expressed as a repair: a pin or prohibition
   * withdrawn, a student back in, other places or options, or a previous proposal of another
   * origin. Deterministic in ({@code previousRequest}, {@code previous}, {@code request}).
   */
  @Override
  public Proposal rematch(MatchRequest previousRequest, Proposal previous,
      MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    if (!(previous.report() instanceof Report old) || previousRequest.seed() != request.seed()
        || !previous.options().equals(options.values())) {
      return match(request);
    }
    Prepared prep = new Prepared(request);
    AssignmentProblem before = old.solved.problem();
    Formulation f = old.formulation.remap(prep, before);
    if (f == null) {
      return match(request);
    }
    AssignmentChange.Builder change = AssignmentChange.builder();
    for (StudentPlace pin : previousRequest.pinned()) {
      if (!request.pinned().contains(pin)) {
        return match(request);
      }
    }
    for (StudentPlace f0 : previousRequest.forbidden()) {
      if (!request.forbidden().contains(f0)) {
        return match(request);
      }
    }
    for (int row = 0; row < f.rowIds.length; row++) {
      int s = prep.problem.studentIndex(f.rowIds[row]);
      if (prep.eligibility.admissibleCount(s) == 0) {
        // No longer taking part (opted out since): close all her pairs.
        for (int e = before.rowStart(row); e < before.rowStart(row + 1); e++) {
          if (!before.isForbidden(e)) {
            change.forbid(row, before.edgePlace(e));
          }
        }
      }
    }
    Set<StudentPlace> oldPins = new HashSet<>(previousRequest.pinned());
    for (StudentPlace pin : request.pinned()) {
      if (!oldPins.contains(pin)) {
        change.pin(f.rowOf(prep.problem.studentIndex(pin.studentId())),
            prep.problem.placeIndex(pin.placeId()));
      }
    }
    Set<StudentPlace> oldForbidden = new HashSet<>(previousRequest.forbidden());
    for (StudentPlace fb : request.forbidden()) {
      int s = prep.problem.studentIndex(fb.studentId());
      int p = prep.problem.placeIndex(fb.placeId());
      if (!oldForbidden.contains(fb) && f.hasRow(s) && prep.eligibility.isAdmissible(s, p)) {
        change.forbid(f.rowOf(s), p);
      }
    }
    AssignmentResult r = solver(options).resolve(old.solved, change.build());
    return proposal(prep, f, r, options, true);
  }

  private static AssignmentSolver solver(VariantOptions options) {
    return AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY)
        .checked(options.bool(CHECKED)).build();
  }

  private static Proposal proposal(Prepared prep, Formulation f, AssignmentResult r,
      VariantOptions options, boolean warm) {
    for (int s = 0; s < prep.pinnedPlace.length; s++) {
      if (prep.pinnedPlace[s] >= 0 && r.placeOf(f.rowOf(s)) != prep.pinnedPlace[s]) {
        throw new IllegalStateException("The solver moved pinned student (" + prep.studentId(s)
            + "); this is a bug.");
      }
    }
    Scarcity scarcity = new Scarcity(r);
    long[] numbers = new long[f.rows.length];
    for (int row = 0; row < numbers.length; row++) {
      numbers[row] = prep.lotteryNumber(f.rows[row]);
    }
    int swaps = scarcity.lotteryOrder(lotteryRanks(numbers, f.rowIds));
    StageTimes.lap(StageTimes.SOLVE);
    int[] placeOf = new int[prep.freeCount()];
    int[] rowOfFree = new int[prep.freeCount()];
    for (int i = 0; i < placeOf.length; i++) {
      rowOfFree[i] = f.rowOf(prep.free[i]);
      placeOf[i] = scarcity.placeOf(rowOfFree[i]);
    }
    Map<Integer, Unplaced> reasons = scarcityReasons(prep, rowOfFree, placeOf, scarcity);
    StageTimes.lap(StageTimes.EXPLANATIONS);
    MatchResult result = prep.result(NAME, placeOf, reasons,
        Certificates.schoolPlacement(prep, r));
    StageTimes.lap(StageTimes.RESULT);
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("pinned", (long) prep.request.pinned().size());
    figures.put("competing", (long) prep.freeCount());
    figures.put("lottery-swaps", (long) swaps);
    figures.put("warm", warm ? 1L : 0L);
    return new Proposal(result, new Report(figures, f, r), options.values());
  }

  /**
   * V1's report: its figures ({@code pinned}; {@code competing}: free students with a usable
   * place; {@code lottery-swaps}: exchanges that handed a seat to a lower lottery number at equal
   * total fit; {@code
   * warm}: 1 if re-matched warm), and the solver state a warm re-match starts from.
   */
  static final class Report implements VariantReport {
    private final Map<String, Long> figures;
    final Formulation formulation;
    final AssignmentResult solved;

    Report(Map<String, Long> figures, Formulation formulation, AssignmentResult solved) {
      this.figures = Collections.unmodifiableMap(figures);
      this.formulation = formulation;
      this.solved = solved;
    }

    @Override
    public Map<String, Long> figures() {
      return figures;
    }

    @Override
    public String toString() {
      return "SchoolPlacement.Report" + figures;
    }
  }

  /**
   * The assignment problem of a whole request: one row per student in scope with an admissible
   * place (pinned ones included, as solver pins), every admissible pair (forbidden ones as solver
   * prohibitions), full capacities; students and places in the canonical (id) order.
   */
  static final class Formulation {
    final int[] rows;
    final String[] rowIds;
    final String[] placeIds;
    final int[] capacity;
    private final int[] rowOfStudent;

    private Formulation(int[] rows, String[] rowIds, String[] placeIds, int[] capacity,
        int[] rowOfStudent) {
      this.rows = rows;
      this.rowIds = rowIds;
      this.placeIds = placeIds;
      this.capacity = capacity;
      this.rowOfStudent = rowOfStudent;
    }

    static Formulation of(Prepared prep) {
      int n = prep.problem.students().size();
      int[] rowOf = new int[n];
      Arrays.fill(rowOf, -1);
      int[] rows = new int[n];
      int count = 0;
      for (int s = 0; s < n; s++) {
        if (prep.eligibility.admissibleCount(s) > 0) {
          rowOf[s] = count;
          rows[count++] = s;
        }
      }
      rows = Arrays.copyOf(rows, count);
      String[] ids = new String[count];
      for (int r = 0; r < count; r++) {
        ids[r] = prep.studentId(rows[r]);
      }
      int m = prep.problem.places().size();
      String[] placeIds = new String[m];
      int[] capacity = new int[m];
      for (int p = 0; p < m; p++) {
        placeIds[p] = prep.placeId(p);
        capacity[p] = prep.place(p).capacity();
      }
      return new Formulation(rows, ids, placeIds, capacity, rowOf);
    }

    AssignmentProblem build(Prepared prep) {
      AssignmentProblem.Builder b = AssignmentProblem.builder(rows.length, capacity.length);
      b.capacities(capacity);
      long pairs = 0;
      for (int s : rows) {
        pairs += prep.eligibility.admissibleCount(s);
      }
      // every admissible pair, row after row, places ascending: built without copying
      b.expectedPairs((int) Math.min(Integer.MAX_VALUE - 8, pairs));
      long[] numbers = new long[rows.length];
      boolean plain = prep.nothingForbidden();
      for (int r = 0; r < rows.length; r++) {
        int s = rows[r];
        int i = plain && prep.pinnedPlace[s] < 0 ? prep.freeIndex(s) : -1;
        if (i >= 0) {
          // a free student without forbidden pairs: her usable pairs are all her admissible
          // ones, with the fit scored once in Prepared
          int[] places = prep.usable[i];
          int[] fits = prep.usableFit[i];
          for (int k = 0; k < places.length; k++) {
            b.pair(r, places[k], 1000 - fits[k]);
          }
          numbers[r] = prep.lotteryNumber(s);
          continue;
        }
        int[] places = prep.eligibility.admissiblePlaces(s);
        int[] fits = prep.fitModel.scores(prep.eligibility, s);
        for (int k = 0; k < places.length; k++) {
          b.pair(r, places[k], 1000 - fits[k]);
          if (!prep.usable(s, places[k])) {
            b.forbid(r, places[k]);
          }
        }
        if (prep.pinnedPlace[s] >= 0) {
          b.pin(r, prep.pinnedPlace[s]);
        }
        numbers[r] = prep.lotteryNumber(s);
      }
      return b.lotteryNumbers(numbers).seed(prep.request.seed()).build();
    }

    boolean hasRow(int s) {
      return rowOfStudent[s] >= 0;
    }

    int rowOf(int s) {
      int r = rowOfStudent[s];
      if (r < 0) {
        throw new IllegalStateException("Student (" + s + ") has no row in the formulation.");
      }
      return r;
    }

    /**
     * This formulation's rows for the problem of {@code prep}, whose students may only have left
     * (opted out) since {@code solvedProblem} was built from this formulation; {@code null} if
     * {@code prep}'s problem differs otherwise (other places or capacities, a student with a
     * place who has no row or other admissible places).
     */
    Formulation remap(Prepared prep, AssignmentProblem solvedProblem) {
      int m = prep.problem.places().size();
      if (m != placeIds.length || rows.length > prep.problem.students().size()) {
        return null;
      }
      for (int p = 0; p < m; p++) {
        if (!placeIds[p].equals(prep.placeId(p)) || capacity[p] != prep.place(p).capacity()) {
          return null;
        }
      }
      int n = prep.problem.students().size();
      int[] rowOf = new int[n];
      Arrays.fill(rowOf, -1);
      int[] newRows = new int[rows.length];
      for (int r = 0; r < rows.length; r++) {
        int s = prep.problem.studentIndex(rowIds[r]);
        if (s < 0) {
          return null;
        }
        rowOf[s] = r;
        newRows[r] = s;
      }
      for (int s = 0; s < n; s++) {
        int count = prep.eligibility.admissibleCount(s);
        if (count > 0 && (rowOf[s] < 0 || count != solvedProblem.rowStart(rowOf[s] + 1)
            - solvedProblem.rowStart(rowOf[s]))) {
          return null;
        }
      }
      return new Formulation(newRows, rowIds, placeIds, capacity, rowOf);
    }
  }

  /**
   * The exact assignment of the free students {@code subset} (indices into {@link Prepared#free})
   * to places with the given capacities: most placed, then least total {@code 1000 - fit}, ties
   * by the lottery. Row {@code j} of the solved problem is free student {@code subset[j]}; the
   * places are the problem's positions; pairs at places of capacity 0 are left out.
   */
  static AssignmentResult solveSubset(Prepared prep, int[] subset, int[] capacity,
      boolean checked) {
    int m = capacity.length;
    AssignmentProblem.Builder b = AssignmentProblem.builder(subset.length, m);
    b.capacities(capacity);
    long[] numbers = new long[subset.length];
    for (int j = 0; j < subset.length; j++) {
      int i = subset[j];
      int[] places = prep.usable[i];
      int[] fits = prep.usableFit[i];
      for (int k = 0; k < places.length; k++) {
        if (capacity[places[k]] > 0) {
          b.pair(j, places[k], 1000 - fits[k]);
        }
      }
      numbers[j] = prep.lotteryNumber(prep.free[i]);
    }
    b.lotteryNumbers(numbers).seed(prep.request.seed());
    AssignmentProblem problem = b.build();
    StageTimes.lap(StageTimes.BUILD);
    AssignmentResult r = AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY)
        .checked(checked).build().solve(problem);
    StageTimes.lap(StageTimes.SOLVE);
    return r;
  }

  /**
   * As {@link #solveSubset}, returning per free student index the place position or -1 (entries
   * of free students outside the subset are -1).
   */
  static int[] assign(Prepared prep, int[] subset, int[] capacity, boolean checked) {
    int[] placeOf = new int[prep.freeCount()];
    Arrays.fill(placeOf, -1);
    AssignmentResult r = solveSubset(prep, subset, capacity, checked);
    for (int j = 0; j < subset.length; j++) {
      placeOf[subset[j]] = r.placeOf(j);
    }
    return placeOf;
  }

  /**
   * Each row's position in the lottery's order: lower number first, the id on a collision (the
   * order in which {@link Scarcity#lotteryOrder} lets the lottery decide ties).
   */
  static int[] lotteryRanks(long[] numbers, String[] ids) {
    Integer[] order = new Integer[numbers.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> numbers[i])
        .thenComparing(i -> ids[i]));
    int[] rank = new int[numbers.length];
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k;
    }
    return rank;
  }

  /** The most tie winners a {@code LOTTERY} detail names (the count gives the rest). */
  static final int WINNERS_NAMED = 3;

  /**
   * The reason of every free student left unplaced, from the exact analysis of {@code scarcity}
   * (after its {@link Scarcity#lotteryOrder}): {@link UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY}
   * when an equally good assignment places her (detail {@code LOTTERY}: her lottery number and
   * the students who would have given up their place, all with a lower number), else {@link
   * UnplacedReason#CAPACITY_EXHAUSTED_FIT} (detail {@code FIT}: the least loss in total fit of an
   * assignment that places her, and where she would be placed in it; or {@code PINNED} when every
   * seat of her places is pinned).
   *
   * @param rowOfFree per free student index: her row in the analysed problem, or -1 for none
   * @param placeOf per free student index: her place, or -1
   */
  static Map<Integer, Unplaced> scarcityReasons(Prepared prep, int[] rowOfFree, int[] placeOf,
      Scarcity scarcity) {
    Map<Integer, Integer> freeOfRow = new HashMap<>();
    for (int i = 0; i < rowOfFree.length; i++) {
      if (rowOfFree[i] >= 0) {
        freeOfRow.put(rowOfFree[i], i);
      }
    }
    Map<Integer, Unplaced> reasons = new HashMap<>();
    for (int i = 0; i < placeOf.length; i++) {
      if (placeOf[i] >= 0 || rowOfFree[i] < 0) {
        continue;
      }
      int row = rowOfFree[i];
      String id = prep.studentId(prep.free[i]);
      long loss = scarcity.loss(row);
      ReasonDetail detail;
      UnplacedReason reason;
      if (loss == Scarcity.IMPOSSIBLE) {
        reason = UnplacedReason.CAPACITY_EXHAUSTED_FIT;
        detail = ReasonDetail.of("PINNED", "places", prep.usable[i].length);
      } else if (loss > 0) {
        reason = UnplacedReason.CAPACITY_EXHAUSTED_FIT;
        List<String> at = new ArrayList<>();
        for (int p : scarcity.lossPlaces(row)) {
          at.add(prep.placeId(p));
        }
        detail = ReasonDetail.of("FIT", "loss", loss, "places", String.join(",", at));
      } else {
        reason = UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY;
        long mine = prep.lotteryNumber(prep.free[i]);
        List<Integer> winners = new ArrayList<>();
        for (int t : scarcity.tieWinners(row)) {
          Integer w = freeOfRow.get(t);
          if (w == null || prep.lotteryNumber(prep.free[w]) > mine) {
            throw new IllegalStateException("Student (" + id + ") lost a tie to row " + t
                + ", which is not a free student with a lower lottery number; this is a bug.");
          }
          winners.add(w);
        }
        if (winners.isEmpty()) {
          throw new IllegalStateException("Student (" + id + ") has loss 0 but no tie winner;"
              + " this is a bug.");
        }
        // the winners closest to her in the draw first
        winners.sort(Comparator.comparingLong((Integer w) -> -prep.lotteryNumber(prep.free[w]))
            .thenComparing(w -> prep.studentId(prep.free[w])));
        List<String> ids = new ArrayList<>();
        List<String> nums = new ArrayList<>();
        for (int w : winners.subList(0, Math.min(WINNERS_NAMED, winners.size()))) {
          ids.add(prep.studentId(prep.free[w]));
          nums.add(Long.toString(prep.lotteryNumber(prep.free[w])));
        }
        detail = ReasonDetail.of("LOTTERY", "number", mine, "winners", String.join(",", ids),
            "numbers", String.join(",", nums), "count", winners.size());
      }
      reasons.put(i, new Unplaced(id, reason, detail.toString()));
    }
    return reasons;
  }
}
