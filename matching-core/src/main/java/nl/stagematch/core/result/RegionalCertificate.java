package nl.stagematch.core.result;

import java.util.Map;

/**
 * The certificate of regional allocation (V5): which school each place was allocated to, and per
 * school the optimality certificate of its school placement on its own places.
 *
 * @param allocation place id to school id
 * @param schools per school id: the certificate of that school's placement
 */
public record RegionalCertificate(Map<String, String> allocation,
    Map<String, AssignmentCertificate> schools) implements Certificate {

  /** Copies. */
  public RegionalCertificate {
    allocation = Map.copyOf(allocation);
    schools = Map.copyOf(schools);
  }

  @Override
  public String kind() {
    return "regional-allocation";
  }
}
