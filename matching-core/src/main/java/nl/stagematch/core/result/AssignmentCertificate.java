package nl.stagematch.core.result;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The optimality certificate of "most placed, then best total fit" (V1, and V5 within a school):
 * dual prices of the linear program "minimise the total cost {@code 1000 - fit} plus {@code
 * penalty} per free student left unplaced", over the free students (in scope, not pinned, with a
 * usable place), each place's free seats (its capacity minus its pins) and the usable pairs
 * (admissible, not forbidden) at places with a free seat.
 *
 * <p>It proves the result optimal when (checked by {@code nl.stagematch.core.check.ResultVerifier},
 * in time linear in the pairs):
 *
 * <ol>
 *   <li><b>dual feasibility</b>: for every such pair (s, p) of a free student, {@code
 *       studentPrice(s) <= 1000 - fit(s, p) + placePrice(p)}; every {@code studentPrice(s) <=
 *       penalty}; every {@code placePrice(p) >= 0};
 *   <li><b>equal objectives</b>: {@code sum studentPrice(s) - sum (capacity(p) - pins(p)) *
 *       placePrice(p)} equals the result's value {@code sum over free placements (1000 - fit) +
 *       penalty * (free students unplaced)};
 *   <li><b>a large penalty</b>: {@code penalty} exceeds the sum over free students of their
 *       largest cost over those pairs.
 * </ol>
 *
 * <p>By weak duality every assignment of the free students costs at least the dual objective, so
 * by 2 the result's assignment is a cheapest one; by 3 a cheapest one places the most students
 * first and then has the best total fit. The proof holds for <em>any</em> optimal assignment, so
 * it stays valid when the lottery swaps students at equal fit afterwards.
 *
 * @param penalty the cost of leaving a free student unplaced; exceeds every possible total cost
 * @param studentPrices per free student id: her dual price, sorted by id
 * @param placePrices per place id: its dual price (>= 0), sorted by id; a place missing here
 *     has no usable pair with a free student
 */
public record AssignmentCertificate(long penalty, Map<String, Long> studentPrices,
    Map<String, Long> placePrices) implements Certificate {

  /** The kind written in the result document: {@value}. */
  public static final String KIND = "assignment-duals";

  /**
   * Validates, sorts and copies.
   *
   * @param penalty the cost of leaving a free student unplaced
   * @param studentPrices per free student id: her dual price
   * @param placePrices per place id: its dual price
   */
  public AssignmentCertificate {
    if (penalty <= 0) {
      throw new IllegalArgumentException("The penalty (" + penalty + ") of an assignment"
          + " certificate must be positive.\nMaybe take it from the solver's result.");
    }
    studentPrices = sorted(studentPrices, "student");
    placePrices = sorted(placePrices, "place");
  }

  private static SortedMap<String, Long> sorted(Map<String, Long> prices, String what) {
    Objects.requireNonNull(prices, () -> "The " + what + " prices are missing.");
    TreeMap<String, Long> sorted = new TreeMap<>();
    for (Map.Entry<String, Long> e : prices.entrySet()) {
      Ids.check(e.getKey(), "a " + what + " with a price");
      sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(),
          () -> "The price of " + what + " (" + e.getKey() + ") is missing."));
    }
    return Collections.unmodifiableSortedMap(sorted);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
