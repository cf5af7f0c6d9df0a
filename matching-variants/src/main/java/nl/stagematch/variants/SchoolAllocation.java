package nl.stagematch.variants;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.spi.VariantReport;

/**
 * The report of regional allocation (V5): which school each place was allocated to (each place to
 * at most one school), and which places no school could use.
 *
 * <p>Figures, in this order: {@code schools}, {@code places-allocated}, {@code seats-allocated}
 * (room after the pins), {@code places-unallocated} (with room, but no student of any school could
 * use them).
 *
 * @param allocation place id to school id, sorted by place id
 * @param seats per school id: the seats (room after the pins) allocated to it, sorted by school id
 * @param unallocated places with room that no school could use, sorted
 */
public record SchoolAllocation(Map<String, String> allocation, Map<String, Integer> seats,
    List<String> unallocated) implements VariantReport {

  /**
   * Copies into sorted unmodifiable collections.
   *
   * @param allocation place id to school id
   * @param seats per school id: the seats allocated to it
   * @param unallocated places with room that no school could use
   */
  public SchoolAllocation {
    allocation = Collections.unmodifiableSortedMap(new TreeMap<>(allocation));
    seats = Collections.unmodifiableSortedMap(new TreeMap<>(seats));
    unallocated = List.copyOf(new TreeSet<>(unallocated));
  }

  @Override
  public Map<String, Long> figures() {
    long seatCount = 0;
    for (int s : seats.values()) {
      seatCount += s;
    }
    Map<String, Long> f = new LinkedHashMap<>();
    f.put("schools", (long) seats.size());
    f.put("places-allocated", (long) allocation.size());
    f.put("seats-allocated", seatCount);
    f.put("places-unallocated", (long) unallocated.size());
    return f;
  }
}
