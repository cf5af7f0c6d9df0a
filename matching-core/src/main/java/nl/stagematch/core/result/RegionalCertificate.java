package nl.stagematch.core.result;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.model.Pseudonyms;

/**
 * The certificate of regional allocation (V5): which school each place was allocated to, and per
 * school the optimality certificate ({@link AssignmentCertificate}) of its school placement on
 * its own places: the school's free students, the usable pairs at places allocated to the school,
 * each with its capacity minus its pins. A place missing from {@code allocation} went to no
 * school.
 *
 * @param allocation place id to school id, sorted by place id; a place goes to at most one school
 * @param schools per school id: the certificate of that school's placement, sorted by school id
 */
public record RegionalCertificate(Map<String, String> allocation,
    Map<String, AssignmentCertificate> schools) implements Certificate {

  /** The kind written in the result document: {@value}. */
  public static final String KIND = "regional-allocation";

  /**
   * Validates, sorts and copies.
   *
   * @param allocation place id to school id
   * @param schools per school id: the certificate of that school's placement
   */
  public RegionalCertificate {
    Objects.requireNonNull(allocation, "The allocation is missing; use an empty map.");
    Objects.requireNonNull(schools, "The school certificates are missing; use an empty map.");
    TreeMap<String, String> a = new TreeMap<>();
    for (Map.Entry<String, String> e : allocation.entrySet()) {
      Ids.check(e.getKey(), Pseudonyms.Kind.PLACE, "an allocated place");
      a.put(e.getKey(), Ids.check(e.getValue(), Pseudonyms.Kind.SCHOOL,
          "the school of place (" + e.getKey() + ")"));
    }
    TreeMap<String, AssignmentCertificate> s = new TreeMap<>();
    for (Map.Entry<String, AssignmentCertificate> e : schools.entrySet()) {
      Ids.check(e.getKey(), Pseudonyms.Kind.SCHOOL, "a school with a certificate");
      s.put(e.getKey(), Objects.requireNonNull(e.getValue(),
          () -> "The certificate of school (" + e.getKey() + ") is missing."));
    }
    allocation = Collections.unmodifiableSortedMap(a);
    schools = Collections.unmodifiableSortedMap(s);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
