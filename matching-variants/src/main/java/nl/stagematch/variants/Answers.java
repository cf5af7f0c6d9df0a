package nl.stagematch.variants;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stagematch.core.spi.Candidate;

/** Checks of the responder's answers, with messages that name the person and the answer. */
final class Answers {
  private Answers() {}

  /** Checks that {@code order} lists every candidate once, or is empty ("no preference"). */
  static List<String> fullOrder(List<String> order, List<Candidate> candidates, String who) {
    if (order == null) {
      throw new IllegalArgumentException("The responder gave no order (null) for " + who
          + ".\nMaybe return an empty list for no preference.");
    }
    if (order.isEmpty()) {
      return order;
    }
    Set<String> expected = new HashSet<>();
    for (Candidate c : candidates) {
      expected.add(c.id());
    }
    Set<String> seen = new HashSet<>();
    for (String id : order) {
      if (!expected.contains(id) || !seen.add(id)) {
        throw new IllegalArgumentException("The responder's order " + order + " for " + who
            + " must list each of " + ids(candidates) + " exactly once."
            + "\nMaybe return them all, best first, or an empty list for no preference.");
      }
    }
    if (seen.size() != expected.size()) {
      throw new IllegalArgumentException("The responder's order " + order + " for " + who
          + " leaves out some of " + ids(candidates) + ".\nMaybe return them all, best first,"
          + " or an empty list for no preference.");
    }
    return order;
  }

  /**
   * Checks that {@code ranking} names candidates without repeats, against the candidates whose
   * ids map to their index in {@code index}, and returns the index of each ranked candidate, in
   * rank order.
   */
  static int[] subsetPositions(List<String> ranking, Map<String, Integer> index, String who) {
    if (ranking == null) {
      throw new IllegalArgumentException("The responder gave no ranking (null) for " + who
          + ".\nMaybe return an empty list to rank nothing.");
    }
    int[] out = new int[ranking.size()];
    boolean[] seen = new boolean[index.size()];
    int n = 0;
    for (String id : ranking) {
      Integer k = id == null ? null : index.get(id);
      if (k == null || seen[k]) {
        throw new IllegalArgumentException("The responder's ranking for " + who + " names ("
            + id + ") " + (k != null ? "twice" : "which is not one of her options")
            + ".\nMaybe rank only her admissible places, each once.");
      }
      seen[k] = true;
      out[n++] = k;
    }
    return out;
  }

  private static String ids(List<Candidate> candidates) {
    StringBuilder sb = new StringBuilder("[");
    for (Candidate c : candidates) {
      sb.append(sb.length() > 1 ? ", " : "").append(c.id());
    }
    return sb.append(']').toString();
  }
}
