package nl.stagematch.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The certificate of two-by-two acquaintance (V2): the meetings of stage 1 with the dual prices
 * that prove them a best selection (most meetings, then best total fit), the orders both sides
 * gave after the meetings, the rule of stage 2 and, per component of the meeting graph, how it was
 * decided, so that stage 2 can be re-applied and compared with the placements.
 *
 * @param cycleRule the option {@code cycle-rule}: {@code both-sides}, {@code students-first} or
 *     {@code places-first}
 * @param meetings every meeting, sorted by student id, then place id
 * @param stage1 dual prices of the stage-1 min-cost flow (student supply 2, place capacity twice
 *     its room after the pins, pair capacity 1, cost {@code 1000 - fit}): per free student with a
 *     pair at a place with room, per place with room
 * @param studentOrders per student with a meeting: the places she met, best first; empty for "no
 *     preference"
 * @param placeOrders per place with a meeting: the students it met, best first; empty for "no
 *     preference"
 * @param components every component of the student/seat meeting graph, sorted by its first
 *     student id
 * @param filled the students placed after stage 2 by the option {@code fill-remaining}, sorted
 *     (empty without it)
 */
public record AcquaintanceCertificate(String cycleRule, List<Provenance.Pair> meetings,
    AssignmentCertificate stage1, Map<String, List<String>> studentOrders,
    Map<String, List<String>> placeOrders, List<Component> components, List<String> filled)
    implements Certificate {

  /** The rules of stage 2, as written in the certificate. */
  public static final List<String> RULES = List.of("both-sides", "students-first",
      "places-first");

  /**
   * Validates, sorts and copies.
   *
   * @param cycleRule the option {@code cycle-rule}
   * @param meetings every meeting
   * @param stage1 dual prices of the stage-1 min-cost flow
   * @param studentOrders per student with a meeting: the places she met, best first
   * @param placeOrders per place with a meeting: the students it met, best first
   * @param components every component of the student/seat meeting graph
   * @param filled the students placed after stage 2 by the option {@code fill-remaining}
   */
  public AcquaintanceCertificate {
    Objects.requireNonNull(cycleRule, "cycleRule");
    if (!RULES.contains(cycleRule)) {
      throw new IllegalArgumentException("The cycle rule (" + cycleRule + ") must be one of "
          + RULES + ".\nMaybe write the value of the option cycle-rule.");
    }
    Objects.requireNonNull(stage1, "stage1");
    List<Provenance.Pair> m = new ArrayList<>(meetings);
    m.sort(Comparator.comparing(Provenance.Pair::studentId)
        .thenComparing(Provenance.Pair::placeId));
    meetings = List.copyOf(m);
    TreeMap<String, List<String>> so = new TreeMap<>();
    studentOrders.forEach((k, v) -> so.put(k, List.copyOf(v)));
    TreeMap<String, List<String>> po = new TreeMap<>();
    placeOrders.forEach((k, v) -> po.put(k, List.copyOf(v)));
    studentOrders = Collections.unmodifiableSortedMap(so);
    placeOrders = Collections.unmodifiableSortedMap(po);
    List<Component> c = new ArrayList<>(components);
    c.sort(Comparator.comparing(x -> x.students().get(0)));
    components = List.copyOf(c);
    List<String> f = new ArrayList<>(filled);
    f.sort(null);
    filled = List.copyOf(f);
  }

  @Override
  public String kind() {
    return "acquaintance";
  }

  /**
   * One component (a cycle or a path) of the student/seat meeting graph and how stage 2 decided
   * it.
   *
   * @param shape {@code cycle} or {@code path}
   * @param students its students, sorted
   * @param decidedBy {@code only-choice} (one admissible placement), {@code orders} (the stated
   *     orders gave one best placement) or {@code lottery} (the best placements tied and the pair
   *     lottery chose)
   */
  public record Component(String shape, List<String> students, String decidedBy) {
    /** The shapes. */
    public static final List<String> SHAPES = List.of("cycle", "path");
    /** The ways a component is decided. */
    public static final List<String> DECISIONS = List.of("only-choice", "orders", "lottery");

    /**
     * Validates, sorts and copies.
     *
     * @param shape {@code cycle} or {@code path}
     * @param students its students
     * @param decidedBy how it was decided: {@code only-choice}, {@code orders} or {@code lottery}
     */
    public Component {
      if (!SHAPES.contains(shape)) {
        throw new IllegalArgumentException("The shape (" + shape + ") of a component must be one"
            + " of " + SHAPES + ".");
      }
      if (!DECISIONS.contains(decidedBy)) {
        throw new IllegalArgumentException("The decision (" + decidedBy + ") of a component must"
            + " be one of " + DECISIONS + ".");
      }
      if (students.isEmpty()) {
        throw new IllegalArgumentException("A component has no students.\nMaybe list them.");
      }
      List<String> s = new ArrayList<>(students);
      s.sort(null);
      students = List.copyOf(s);
    }
  }
}
