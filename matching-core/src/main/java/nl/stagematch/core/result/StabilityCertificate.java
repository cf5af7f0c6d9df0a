package nl.stagematch.core.result;

import java.util.List;
import java.util.Map;

/**
 * The certificate of student choice (V4): the data that prove the result stable (no student and
 * place would both rather be together): the rankings as used, the places' priorities (fit class,
 * then lottery), the lottery numbers and the room each place had.
 *
 * @param tieBreaking {@code single} (one number per student) or {@code multiple} (one per pair)
 * @param openHiring whether open hiring (first come in lottery order, first served) was used
 * @param fitClassWidth fit points per priority class
 * @param rankings per free student id: the places she ranked, best first
 * @param pairNumbers with {@code multiple}: per student id, per place id, the pair's lottery
 *     number; empty with {@code single} (the result's lottery numbers are then used)
 * @param openCapacity per place id: its room after the pins
 */
public record StabilityCertificate(String tieBreaking, boolean openHiring, int fitClassWidth,
    Map<String, List<String>> rankings, Map<String, Map<String, Long>> pairNumbers,
    Map<String, Integer> openCapacity) implements Certificate {

  /** Copies. */
  public StabilityCertificate {
    rankings = Map.copyOf(rankings);
    pairNumbers = Map.copyOf(pairNumbers);
    openCapacity = Map.copyOf(openCapacity);
  }

  @Override
  public String kind() {
    return "stability";
  }
}
