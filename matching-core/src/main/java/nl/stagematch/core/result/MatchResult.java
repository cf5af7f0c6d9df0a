package nl.stagematch.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result a matching variant returns and the JSON result format writes.
 *
 * <p>Deterministic order, whatever order the variant produced: placements and unplaced students
 * sorted by student id, lottery numbers sorted by id. Each student appears at most once
 * (placed or unplaced); a place may appear in several placements (its capacity is checked by the
 * verifier, which knows the problem).
 *
 * @param variant the variant's name, such as {@code school-placement}
 * @param seed the lottery seed used
 * @param placements the placements, sorted by student id
 * @param unplaced the unplaced students, sorted by student id
 * @param lotteryNumbers the lottery number of each id that took part in a draw, sorted by id;
 *     each number >= 0 (see {@link nl.stagematch.core.model.Lottery})
 * @param provenance what produced the result (problem hash, request), or {@code null} if not
 *     recorded
 * @param certificate the variant's proof of its promise, or {@code null} if it gives none
 */
public record MatchResult(
    String variant,
    long seed,
    List<Placement> placements,
    List<Unplaced> unplaced,
    Map<String, Long> lotteryNumbers,
    Provenance provenance,
    Certificate certificate) {

  /**
   * A result without provenance and certificate.
   *
   * @param variant the variant's name, such as {@code school-placement}
   * @param seed the lottery seed used
   * @param placements the placements
   * @param unplaced the unplaced students
   * @param lotteryNumbers the lottery number of each id that took part in a draw
   */
  public MatchResult(String variant, long seed, List<Placement> placements,
      List<Unplaced> unplaced, Map<String, Long> lotteryNumbers) {
    this(variant, seed, placements, unplaced, lotteryNumbers, null, null);
  }

  /**
   * This result with {@code provenance} and {@code certificate} (either may be null).
   *
   * @param provenance what produced the result, or null
   * @param certificate the variant's proof of its promise, or null
   * @return a new result; this one is unchanged
   */
  public MatchResult withEvidence(Provenance provenance, Certificate certificate) {
    return new MatchResult(variant, seed, placements, unplaced, lotteryNumbers, provenance,
        certificate);
  }

  /**
   * Validates, sorts and copies; a student placed twice or both placed and unplaced fails.
   *
   * @param variant the variant's name, such as {@code school-placement}
   * @param seed the lottery seed used
   * @param placements the placements
   * @param unplaced the unplaced students
   * @param lotteryNumbers the lottery number of each id that took part in a draw
   * @param provenance what produced the result
   * @param certificate the variant's proof of its promise
   */
  public MatchResult {
    Objects.requireNonNull(variant, "The variant name of a result is missing.");
    if (variant.isBlank()) {
      throw new IllegalArgumentException("The variant name () of a result is blank."
          + "\nMaybe use the name the variant is registered under.");
    }
    Objects.requireNonNull(placements, "The placements are missing; use an empty list for none.");
    Objects.requireNonNull(unplaced, "The unplaced list is missing; use an empty list for none.");
    Objects.requireNonNull(lotteryNumbers, "The lottery numbers are missing; use an empty map.");
    List<Placement> p = new ArrayList<>(placements);
    p.sort(Comparator.comparing(Placement::studentId));
    List<Unplaced> u = new ArrayList<>(unplaced);
    u.sort(Comparator.comparing(Unplaced::studentId));
    Map<String, String> seen = new HashMap<>();
    for (Placement x : p) {
      String earlier = seen.put(x.studentId(), "placed at " + x.placeId());
      if (earlier != null) {
        throw new IllegalArgumentException("Student (" + x.studentId() + ") appears twice in the"
            + " result: " + earlier + " and placed at " + x.placeId()
            + ".\nMaybe the variant placed her twice; this is a bug in the variant.");
      }
    }
    for (Unplaced x : u) {
      String earlier = seen.put(x.studentId(), "unplaced");
      if (earlier != null) {
        throw new IllegalArgumentException("Student (" + x.studentId() + ") appears twice in the"
            + " result: " + earlier + " and unplaced (" + x.reason()
            + ").\nMaybe list her only once.");
      }
    }
    TreeMap<String, Long> lottery = new TreeMap<>();
    for (Map.Entry<String, Long> e : lotteryNumbers.entrySet()) {
      Ids.check(e.getKey(), "a lottery number");
      Long n = e.getValue();
      if (n == null || n < 0) {
        throw new IllegalArgumentException("The lottery number (" + n + ") of (" + e.getKey()
            + ") must be >= 0.\nMaybe take it from Lottery.number(seed, id).");
      }
      lottery.put(e.getKey(), n);
    }
    placements = List.copyOf(p);
    unplaced = List.copyOf(u);
    lotteryNumbers = Collections.unmodifiableSortedMap(lottery);
  }

  /**
   * The placement of {@code studentId}, if placed.
   *
   * @param studentId the student
   * @return her placement, or empty
   */
  public Optional<Placement> placement(String studentId) {
    int i = find(placements, studentId, Placement::studentId);
    return i >= 0 ? Optional.of(placements.get(i)) : Optional.empty();
  }

  /**
   * The unplaced entry of {@code studentId}, if she is unplaced.
   *
   * @param studentId the student
   * @return her entry with the reason, or empty
   */
  public Optional<Unplaced> unplacedEntry(String studentId) {
    int i = find(unplaced, studentId, Unplaced::studentId);
    return i >= 0 ? Optional.of(unplaced.get(i)) : Optional.empty();
  }

  private static <T> int find(List<T> sorted, String studentId,
      Function<T, String> key) {
    Objects.requireNonNull(studentId, "studentId");
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = key.apply(sorted.get(mid)).compareTo(studentId);
      if (c == 0) {
        return mid;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /**
   * The number of placed students.
   *
   * @return the number of placements
   */
  public int placedCount() {
    return placements.size();
  }

  /**
   * The sum of the fit scores of all placements.
   *
   * @return the total fit
   */
  public long totalFit() {
    long sum = 0;
    for (Placement p : placements) {
      sum += p.fit();
    }
    return sum;
  }

  /**
   * The number of unplaced students per reason, in the enum's order; absent reasons are 0.
   *
   * @return reason to count, every reason present
   */
  public Map<UnplacedReason, Integer> unplacedByReason() {
    EnumMap<UnplacedReason, Integer> counts = new EnumMap<>(UnplacedReason.class);
    for (UnplacedReason r : UnplacedReason.values()) {
      counts.put(r, 0);
    }
    for (Unplaced u : unplaced) {
      counts.merge(u.reason(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
