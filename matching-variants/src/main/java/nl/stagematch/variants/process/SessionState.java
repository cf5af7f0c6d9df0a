package nl.stagematch.variants.process;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.spi.StudentPlace;

/**
 * A snapshot of what a {@link MatchingSession} holds, for comparison (a replay must reach the
 * same state) and display. Sorted collections, so equal states are equal values.
 *
 * @param variant the variant's name
 * @param seed the current seed
 * @param proposalVersion the current proposal's version (from 1)
 * @param proposalHash SHA-256 of the current proposal's canonical result document
 * @param confirmed confirmed placements, student id to place id
 * @param pinned pinned pairs, student id to place id
 * @param forbidden forbidden pairs (by the coordinator, or after a refusal, objection or early end)
 * @param optedOut students who opted out by a decision
 * @param decisions every decision taken, in order
 * @param pendingDecisions whether decisions were taken since the current proposal
 */
public record SessionState(
    String variant,
    long seed,
    int proposalVersion,
    String proposalHash,
    SortedMap<String, String> confirmed,
    SortedMap<String, String> pinned,
    SortedSet<StudentPlace> forbidden,
    SortedSet<String> optedOut,
    List<Decision> decisions,
    boolean pendingDecisions) {

  /**
   * Copies every collection.
   *
   * @param variant the variant's name
   * @param seed the current seed
   * @param proposalVersion the current proposal's version
   * @param proposalHash SHA-256 of the current proposal's canonical result document
   * @param confirmed confirmed placements, student id to place id
   * @param pinned pinned pairs, student id to place id
   * @param forbidden forbidden pairs (by the coordinator
   * @param optedOut students who opted out by a decision
   * @param decisions every decision taken, in order
   * @param pendingDecisions whether decisions were taken since the current proposal
   */
  public SessionState {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(proposalHash, "proposalHash");
    confirmed = Collections.unmodifiableSortedMap(new TreeMap<>(confirmed));
    pinned = Collections.unmodifiableSortedMap(new TreeMap<>(pinned));
    forbidden = Collections.unmodifiableSortedSet(new TreeSet<>(forbidden));
    optedOut = Collections.unmodifiableSortedSet(new TreeSet<>(optedOut));
    decisions = List.copyOf(decisions);
  }

  /**
   * The placement confirmed for {@code studentId}, or {@code null}.
   *
   * @param studentId the student
   * @return the place id, or null
   */
  public String confirmedPlace(String studentId) {
    return confirmed.get(studentId);
  }

  /**
   * The confirmed placements as pairs, sorted.
   *
   * @return the pairs
   */
  public SortedSet<StudentPlace> confirmedPairs() {
    TreeSet<StudentPlace> out = new TreeSet<>();
    for (Map.Entry<String, String> e : confirmed.entrySet()) {
      out.add(StudentPlace.of(e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableSortedSet(out);
  }
}
