package nl.stagematch.core.result;

import java.util.Map;

/**
 * The optimality certificate of "most placed, then best total fit" (V1, and V5 within a school):
 * dual prices of the min-cost flow problem "minimise the total cost {@code 1000 - fit} plus
 * {@code penalty} per free student left unplaced", over the free students (in scope, not pinned,
 * with a usable place) and the usable pairs, with each place's capacity minus its pins.
 *
 * @param penalty the cost of leaving a free student unplaced; exceeds every possible total cost
 * @param studentPrices per free student id: her dual price, sorted by id
 * @param placePrices per place id: its dual price (>= 0), sorted by id
 */
public record AssignmentCertificate(long penalty, Map<String, Long> studentPrices,
    Map<String, Long> placePrices) implements Certificate {

  /** Copies. */
  public AssignmentCertificate {
    studentPrices = Map.copyOf(studentPrices);
    placePrices = Map.copyOf(placePrices);
  }

  @Override
  public String kind() {
    return "assignment-duals";
  }
}
