package nl.stagematch.core.result;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The certificate of student choice (V4): the data that prove the result stable (no student and
 * place would both rather be together): the rankings as used, how the places' priorities were
 * made strict (fit class, then lottery), the pair lottery numbers of multiple tie-breaking and the
 * room each place had. The fit classes themselves are not listed: a verifier recomputes them from
 * the problem and the fit model ({@code fit / fitClassWidth}); the student lottery numbers are the
 * result's own.
 *
 * @param tieBreaking {@code single} (one number per student) or {@code multiple} (one per pair)
 * @param openHiring whether open hiring (first come in lottery order, first served) was used
 * @param fitClassWidth fit points per priority class, 1..1001
 * @param rankings per free student id: the places she ranked, best first (empty if none)
 * @param pairNumbers with {@code multiple}: per student id, per ranked place id, the pair's
 *     lottery number {@code Lottery.number(placeId, studentId)}; empty with {@code single} (the
 *     result's lottery numbers are then used)
 * @param openCapacity per place id with room after the pins: that room
 */
public record StabilityCertificate(String tieBreaking, boolean openHiring, int fitClassWidth,
    Map<String, List<String>> rankings, Map<String, Map<String, Long>> pairNumbers,
    Map<String, Integer> openCapacity) implements Certificate {

  /**
   * Validates and copies into sorted unmodifiable maps.
   *
   * @param tieBreaking {@code single} (one number per student) or {@code multiple} (one per pair)
   * @param openHiring whether open hiring (first come in lottery order, first served) was used
   * @param fitClassWidth fit points per priority class, 1..1001
   * @param rankings per free student id: the places she ranked, best first
   * @param pairNumbers with {@code multiple}: the pair lottery numbers; empty with {@code single}
   * @param openCapacity per place id with room after the pins: that room
   */
  public StabilityCertificate {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    if (!tieBreaking.equals("single") && !tieBreaking.equals("multiple")) {
      throw new IllegalArgumentException("The tie-breaking (" + tieBreaking + ") must be single"
          + " or multiple.\nMaybe write the value of the option tie-breaking.");
    }
    TreeMap<String, List<String>> r = new TreeMap<>();
    rankings.forEach((k, v) -> r.put(k, List.copyOf(v)));
    TreeMap<String, Map<String, Long>> n = new TreeMap<>();
    pairNumbers.forEach((k, v) -> n.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    rankings = Collections.unmodifiableSortedMap(r);
    pairNumbers = Collections.unmodifiableSortedMap(n);
    openCapacity = Collections.unmodifiableSortedMap(new TreeMap<>(openCapacity));
  }

  @Override
  public String kind() {
    return "stability";
  }
}
