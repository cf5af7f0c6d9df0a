package nl.stagematch.core.result;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The certificate of blind shortlist (V3): every shortlist of every round, who was nominated and
 * whom the company picked, so that the placements can be traced to the companies' picks, and per
 * round the dual prices that prove the school's nomination a best one.
 *
 * @param k the number of profiles per shortlist (the option {@code shortlist-size})
 * @param shortlists every shortlist, by round, then place id
 * @param nominations per round: the dual prices that prove the school's nomination of that round
 *     a best one, by round
 */
public record ShortlistCertificate(int k, List<Shortlist> shortlists,
    List<Nomination> nominations) implements Certificate {

  /**
   * Copies.
   *
   * @param k the number of profiles per shortlist
   * @param shortlists every shortlist, by round, then place id
   * @param nominations per round: the dual prices that prove the school's nomination of that
   *     round a best one
   */
  public ShortlistCertificate {
    shortlists = List.copyOf(shortlists);
    nominations = List.copyOf(nominations);
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
    /**
     * Copies.
     *
     * @param round the round, from 1
     * @param placeId the place
     * @param seat the seat it fills, from 0
     * @param nominated the nominated students
     * @param picked the student the company picked
     */
    public Shortlist {
      Objects.requireNonNull(placeId, "placeId");
      nominated = List.copyOf(nominated);
    }
  }

  /**
   * The dual prices of one round's nomination, an assignment of the pool (free students not yet
   * picked) to the places with an open seat: each student on at most one shortlist, each place a
   * first slot (capacity 1, cost {@code 1000 - fit}: the school's own choice for the seat) and an
   * extra slot (capacity {@code k - 1}, cost {@code 1000 - fit + 1001}), never at a place that
   * passed her over; most nominees first, then the lowest total cost.
   *
   * @param round the round, from 1
   * @param penalty the cost of leaving a pool student off every shortlist
   * @param studentPrices per pool student with a pair: her price
   * @param placePrices per place with an open seat: the prices of its first and extra slot
   */
  public record Nomination(int round, long penalty, Map<String, Long> studentPrices,
      Map<String, List<Long>> placePrices) {
    /**
     * Validates and copies into sorted maps.
     *
     * @param round the round, from 1
     * @param penalty the cost of leaving a pool student off every shortlist
     * @param studentPrices per pool student with a pair: her price
     * @param placePrices per place with an open seat: the prices of its first and extra slot
     */
    public Nomination {
      studentPrices = Collections.unmodifiableSortedMap(new TreeMap<>(studentPrices));
      TreeMap<String, List<Long>> v = new TreeMap<>();
      placePrices.forEach((p, prices) -> {
        if (prices.size() != 2) {
          throw new IllegalArgumentException("The place (" + p + ") has (" + prices.size()
              + ") slot prices; give two: the first slot's and the extra slots'.");
        }
        v.put(p, List.copyOf(prices));
      });
      placePrices = Collections.unmodifiableSortedMap(v);
    }
  }
}
