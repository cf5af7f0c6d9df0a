package nl.stagematch.core.result;

import java.util.List;
import java.util.Map;

/**
 * The certificate of two-by-two acquaintance (V2): the meetings of stage 1 with the dual prices
 * that prove them a best selection, and the orders both sides gave after the meetings, from which
 * the rule of stage 2 (per component of the meeting graph) can be re-applied.
 *
 * @param meetings every meeting, sorted by student id, then place id
 * @param stage1 dual prices proving the meetings optimal
 * @param studentOrders per student id: the places she met, best first
 * @param placeOrders per place id: the students it met, best first
 */
public record AcquaintanceCertificate(List<Provenance.Pair> meetings,
    AssignmentCertificate stage1, Map<String, List<String>> studentOrders,
    Map<String, List<String>> placeOrders) implements Certificate {

  /** Copies. */
  public AcquaintanceCertificate {
    meetings = List.copyOf(meetings);
    studentOrders = Map.copyOf(studentOrders);
    placeOrders = Map.copyOf(placeOrders);
  }

  @Override
  public String kind() {
    return "acquaintance";
  }
}
