package nl.stagematch.core.result;

import java.util.List;

/**
 * The certificate of blind shortlist (V3): every shortlist of every round, who was nominated and
 * whom the company picked, so that the placements can be traced to the companies' picks.
 *
 * @param k the number of profiles per shortlist
 * @param shortlists every shortlist, by round, then place id
 */
public record ShortlistCertificate(int k, List<Shortlist> shortlists) implements Certificate {

  /** Copies. */
  public ShortlistCertificate {
    shortlists = List.copyOf(shortlists);
  }

  @Override
  public String kind() {
    return "shortlist-rounds";
  }

  /**
   * One shortlist.
   *
   * @param round the round, from 1
   * @param placeId the place
   * @param nominated the nominated students, in nomination order
   * @param picked the student the company picked, or {@code null}
   */
  public record Shortlist(int round, String placeId, List<String> nominated, String picked) {
    /** Copies. */
    public Shortlist {
      nominated = List.copyOf(nominated);
    }
  }
}
