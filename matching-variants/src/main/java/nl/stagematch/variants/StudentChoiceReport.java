package nl.stagematch.variants;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.spi.VariantReport;

/**
 * The report of student choice (V4): what the students ranked, the places' priorities (fit
 * classes), the capacities that were open, and the counters of the run. With these anyone can
 * rebuild the deferred-acceptance input and check stability independently.
 *
 * <p>Figures, in this order: {@code students-ranking} (students with a non-empty ranking), {@code
 * ranked-places} (list entries), {@code proposals}, {@code proposal-rounds}, {@code rejections},
 * {@code tie-breaks} (the counters of {@code MatchingStats}).
 *
 * @param rankings per free student id: the places she ranked, best first, sorted by student id
 * @param fitClasses per student id: the fit class of each ranked place (same order); a place
 *     ranks students by fit class only, higher first, the lottery breaking ties
 * @param openCapacity per place id with room after the pins: that room, sorted by place id
 * @param tieBreaking {@code single} or {@code multiple}
 * @param openHiring whether open hiring (first come in lottery order, first served) was used
 * @param proposals proposals made
 * @param rounds rounds of proposals
 * @param rejections rejections
 * @param tieBreaks comparisons decided by the lottery
 */
public record StudentChoiceReport(Map<String, List<String>> rankings,
    Map<String, List<Integer>> fitClasses, Map<String, Integer> openCapacity, String tieBreaking,
    boolean openHiring, long proposals, int rounds, long rejections, long tieBreaks)
    implements VariantReport {

  /**
   * Copies into sorted unmodifiable maps.
   *
   * @param rankings per free student id: the places she ranked, best first
   * @param fitClasses per student id: the fit class of each ranked place (same order)
   * @param openCapacity per place id with room after the pins: that room
   * @param tieBreaking {@code single} or {@code multiple}
   * @param openHiring whether open hiring was used
   * @param proposals proposals made
   * @param rounds rounds of proposals
   * @param rejections rejections
   * @param tieBreaks comparisons decided by the lottery
   */
  public StudentChoiceReport {
    rankings = Collections.unmodifiableSortedMap(new TreeMap<>(rankings));
    fitClasses = Collections.unmodifiableSortedMap(new TreeMap<>(fitClasses));
    openCapacity = Collections.unmodifiableSortedMap(new TreeMap<>(openCapacity));
  }

  @Override
  public Map<String, Long> figures() {
    long ranking = 0;
    long entries = 0;
    for (List<String> r : rankings.values()) {
      ranking += r.isEmpty() ? 0 : 1;
      entries += r.size();
    }
    Map<String, Long> f = new LinkedHashMap<>();
    f.put("students-ranking", ranking);
    f.put("ranked-places", entries);
    f.put("proposals", proposals);
    f.put("proposal-rounds", (long) rounds);
    f.put("rejections", rejections);
    f.put("tie-breaks", tieBreaks);
    return f;
  }
}
