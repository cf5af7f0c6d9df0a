package nl.stagematch.variants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stagematch.core.spi.VariantReport;

/**
 * The report of blind shortlist (V3): every shortlist of every round, as the school records it
 * (student ids; the company saw only anonymous profiles), and why the rounds ended.
 *
 * <p>Figures, in this order: {@code rounds} (rounds in which at least one shortlist was sent),
 * {@code shortlists}, {@code profiles-shown}, {@code picks}, {@code declined} (profiles not
 * picked; they went back to the pool), {@code round-limit-reached} (1 if the round limit stopped
 * the process while nominations were still possible, else 0).
 *
 * @param shortlists every shortlist, by round, then place id
 * @param rounds the number of rounds in which a shortlist was sent
 * @param roundLimitReached whether the round limit ended the process early
 */
public record ShortlistRounds(List<Shortlist> shortlists, int rounds, boolean roundLimitReached)
    implements VariantReport {

  /**
   * The one shortlist of a place in one round: k anonymous profiles, whatever the place's capacity.
   *
   * @param round the round, from 1
   * @param placeId the place
   * @param seat the seat this shortlist fills, 0-based: the place's seats already taken (by pins
   *     or earlier picks) when the round began
   * @param studentIds the nominated students, in nomination order (best fit first)
   * @param picked the student the company picked, or {@code null} if it picked no one
   */
  public record Shortlist(int round, String placeId, int seat, List<String> studentIds,
      String picked) {
    /**
     * Copies the nominees.
     *
     * @param round the round, from 1
     * @param placeId the place
     * @param seat the seat this shortlist fills, 0-based
     * @param studentIds the nominated students, in nomination order
     * @param picked the student the company picked, or {@code null}
     */
    public Shortlist {
      Objects.requireNonNull(placeId, "placeId");
      studentIds = List.copyOf(studentIds);
    }
  }

  /**
   * Copies the shortlists.
   *
   * @param shortlists every shortlist, by round, then place id
   * @param rounds the number of rounds in which a shortlist was sent
   * @param roundLimitReached whether the round limit ended the process early
   */
  public ShortlistRounds {
    shortlists = List.copyOf(shortlists);
  }

  @Override
  public Map<String, Long> figures() {
    long shown = 0;
    long picks = 0;
    for (Shortlist s : shortlists) {
      shown += s.studentIds().size();
      picks += s.picked() != null ? 1 : 0;
    }
    Map<String, Long> f = new LinkedHashMap<>();
    f.put("rounds", (long) rounds);
    f.put("shortlists", (long) shortlists.size());
    f.put("profiles-shown", shown);
    f.put("picks", picks);
    f.put("declined", shown - picks);
    f.put("round-limit-reached", roundLimitReached ? 1L : 0L);
    return f;
  }
}
