package nl.stagematch.core.result;

import java.util.List;
import java.util.Objects;

/**
 * The certificate of blind shortlist (V3): every shortlist of every round, who was nominated and
 * whom the company picked, so that the placements can be traced to the companies' picks.
 *
 * @param k the number of profiles per shortlist (the option {@code shortlist-size})
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
   * @param seat the seat it fills, from 0: the place's seats taken (by pins or earlier picks) when
   *     the round began
   * @param nominated the nominated students, in nomination order: the school's own choice for the
   *     seat first, then the others by fit (highest first), lottery number, id
   * @param picked the student the company picked, or {@code null}
   */
  public record Shortlist(int round, String placeId, int seat, List<String> nominated,
      String picked) {
    /** Copies. */
    public Shortlist {
      Objects.requireNonNull(placeId, "placeId");
      nominated = List.copyOf(nominated);
    }
  }
}
