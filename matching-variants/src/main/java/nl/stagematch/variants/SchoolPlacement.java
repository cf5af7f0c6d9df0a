package nl.stagematch.variants;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;
import nl.stagematch.core.spi.VariantReport;

/**
 * V1 school placement: the school assigns each student one place; as many students as possible
 * are placed, then the total fit is maximised (cost {@code 1000 - fit}); ties, and so who stays
 * unplaced when places are scarce, are decided by the seeded lottery, never by input order.
 *
 * <p>Solved exactly by {@link AssignmentSolver} in {@link AssignmentSolver.TieBreak#LOTTERY}
 * mode, with each student's lottery number {@code Lottery.number(seed, id)}: the solver works in
 * a canonical order drawn from these numbers and the seed, so the draw (never the input order)
 * decides among equally good assignments; it does not promise that the lowest number is the one
 * placed. A free student left
 * unplaced is {@link UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY}: since the number placed is
 * maximal, all her usable places are full. Option {@code checked} (default false) verifies the
 * solver's optimality certificate after the solve (slower; for audits).
 */
final class SchoolPlacement implements MatchingVariant {
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
    int[] all = new int[prep.freeCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    int[] placeOf = assign(prep, all, prep.remaining.clone(), options.bool(CHECKED));
    Map<Integer, Unplaced> reasons = scarcityReasons(prep, all, placeOf);
    MatchResult result = prep.result(NAME, placeOf, reasons);
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("pinned", (long) request.pinned().size());
    figures.put("competing", (long) prep.freeCount());
    return new Proposal(result, VariantReport.of(figures), options.values());
  }

  /**
   * The exact assignment of the free students {@code subset} (indices into {@link Prepared#free})
   * to places with the given capacities: most placed, then least total {@code 1000 - fit}, ties
   * by the lottery. Returns, per free student index, the place position or -1 (entries of free
   * students outside the subset are -1).
   */
  static int[] assign(Prepared prep, int[] subset, int[] capacity, boolean checked) {
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
    for (int j = 0; j < subset.length; j++) {
      placeOf[subset[j]] = r.placeOf(j);
    }
    return placeOf;
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
