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
import java.util.PriorityQueue;
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
 * are placed, then the total fit is maximised (cost {@code 1000 - fit}); ties, and so who stays
 * unplaced when places are scarce, are decided by the seeded lottery, never by input order.
 *
 * <p>Solved exactly by {@link AssignmentSolver} in {@link AssignmentSolver.TieBreak#LOTTERY}
 * mode, with each student's lottery number {@code Lottery.number(seed, id)}: the solver works in
 * a canonical order drawn from these numbers and the seed, so the draw (never the input order)
 * decides among equally good assignments. The solver does not promise that the lowest number is
 * placed; afterwards {@link #lotteryOrder} makes the priority visible among equals: no unplaced
 * student has a lower number than a placed student whose seat she could take at the same fit.
 * Pins are the solver's pins and forbidden pairs its prohibitions, so that a session's
 * next proposal can be computed warm ({@link #rematch}). A free student left unplaced is {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY}: since the number placed is maximal, all her usable
 * places are full. Option {@code checked} (default false) verifies the solver's optimality
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
    AssignmentResult r = solver(options).solve(f.build(prep));
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
    int[] placeOf = new int[prep.freeCount()];
    int[] all = new int[prep.freeCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
      placeOf[i] = r.placeOf(f.rowOf(prep.free[i]));
    }
    for (int s = 0; s < prep.pinnedPlace.length; s++) {
      if (prep.pinnedPlace[s] >= 0 && r.placeOf(f.rowOf(s)) != prep.pinnedPlace[s]) {
        throw new IllegalStateException("The solver moved pinned student (" + prep.studentId(s)
            + "); this is a bug.");
      }
    }
    int swaps = lotteryOrder(prep, all, placeOf);
    Map<Integer, Unplaced> reasons = scarcityReasons(prep, all, placeOf);
    MatchResult result = prep.result(NAME, placeOf, reasons)
        .withEvidence(null, Certificates.schoolPlacement(prep, r));
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("pinned", (long) prep.request.pinned().size());
    figures.put("competing", (long) prep.freeCount());
    figures.put("lottery-swaps", (long) swaps);
    figures.put("warm", warm ? 1L : 0L);
    return new Proposal(result, new Report(figures, f, r), options.values());
  }

  /**
   * V1's report: its figures ({@code pinned}; {@code competing}: free students with a usable
   * place; {@code lottery-swaps}: seats handed to a lower lottery number at equal fit; {@code
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
      long[] numbers = new long[rows.length];
      for (int r = 0; r < rows.length; r++) {
        int s = rows[r];
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
   * by the lottery. Returns, per free student index, the place position or -1 (entries of free
   * students outside the subset are -1).
   */
  static int[] assign(Prepared prep, int[] subset, int[] capacity, boolean checked) {
    return assign(prep, subset, capacity, checked, new AssignmentResult[1]);
  }

  /** As {@link #assign(Prepared, int[], int[], boolean)}; the solve is left in {@code solved[0]}. */
  static int[] assign(Prepared prep, int[] subset, int[] capacity, boolean checked,
      AssignmentResult[] solved) {
    int[] placeOf = new int[prep.freeCount()];
    Arrays.fill(placeOf, -1);
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
    AssignmentResult r = AssignmentSolver.builder()
        .tieBreak(AssignmentSolver.TieBreak.LOTTERY).checked(checked).build().solve(b.build());
    solved[0] = r;
    for (int j = 0; j < subset.length; j++) {
      placeOf[subset[j]] = r.placeOf(j);
    }
    return placeOf;
  }

  /**
   * Makes the lottery's priority visible among equals: while a student {@code u} of {@code subset}
   * is unplaced and some placed student {@code v} of the subset has a <em>higher</em> lottery
   * number and the same fit at her place as {@code u} would have there, {@code u} takes
   * {@code v}'s seat. Every such swap keeps the number placed and the total fit (so the optimum),
   * the capacities and admissibility; it strictly lowers the placed students' numbers, so it ends.
   * Afterwards no unplaced student has a lower number than a placed student she could replace at
   * equal fit. Students are taken lowest number first; the displaced student tries in turn.
   *
   * @return the number of swaps made
   */
  static int lotteryOrder(Prepared prep, int[] subset, int[] placeOf) {
    Map<Integer, List<Integer>> at = new HashMap<>();
    // The lottery's order: lower number first, the id on a collision.
    Comparator<Integer> order = Comparator
        .comparingLong((Integer i) -> prep.lotteryNumber(prep.free[i]))
        .thenComparing(i -> prep.studentId(prep.free[i]));
    PriorityQueue<Integer> waiting = new PriorityQueue<>(order);
    for (int i : subset) {
      if (placeOf[i] >= 0) {
        at.computeIfAbsent(placeOf[i], x -> new ArrayList<>()).add(i);
      } else {
        waiting.add(i);
      }
    }
    int swaps = 0;
    while (!waiting.isEmpty()) {
      int u = waiting.poll();
      int bestV = u;
      int bestP = -1;
      for (int k = 0; k < prep.usable[u].length; k++) {
        int p = prep.usable[u][k];
        for (int v : at.getOrDefault(p, List.of())) {
          if (prep.fitOfUsable(v, p) == prep.usableFit[u][k] && order.compare(v, bestV) > 0) {
            bestV = v;
            bestP = p;
          }
        }
      }
      if (bestV == u) {
        continue;
      }
      List<Integer> occupants = at.get(bestP);
      occupants.remove(Integer.valueOf(bestV));
      occupants.add(u);
      placeOf[u] = bestP;
      placeOf[bestV] = -1;
      waiting.add(bestV);
      swaps++;
    }
    return swaps;
  }

  /** The reason of every free student of {@code subset} left unplaced by a maximum assignment. */
  static Map<Integer, Unplaced> scarcityReasons(Prepared prep, int[] subset, int[] placeOf) {
    Map<Integer, Unplaced> reasons = new HashMap<>();
    for (int i : subset) {
      if (placeOf[i] < 0) {
        int n = prep.usable[i].length;
        reasons.put(i, new Unplaced(prep.studentId(prep.free[i]),
            UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY, n + " usable place" + (n == 1 ? "" : "s")
                + ", all full; the lottery decided"));
      }
    }
    return reasons;
  }
}
