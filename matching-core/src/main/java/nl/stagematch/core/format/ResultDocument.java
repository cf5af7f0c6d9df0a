package nl.stagematch.core.format;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stagematch.core.result.MatchResult;

/**
 * A result as read from its document, with where each placement and each unplaced student stands
 * in the file. A {@link MatchResult} keeps its placements and unplaced students sorted by student
 * id; a message about one of them names it by its index in the file ({@code $.placements[0]} is
 * the first placement the file lists), which is what the person who opens the file finds.
 */
public final class ResultDocument {
  private final MatchResult result;
  private final int[] placementAt;
  private final int[] unplacedAt;

  private ResultDocument(MatchResult result, int[] placementAt, int[] unplacedAt) {
    this.result = result;
    this.placementAt = placementAt;
    this.unplacedAt = unplacedAt;
  }

  /**
   * The result {@code result} as if its document listed the placements and unplaced students in
   * the result's own order (sorted by student id).
   *
   * @param result the result
   * @return the result with the identity as its document order
   */
  public static ResultDocument inResultOrder(MatchResult result) {
    Objects.requireNonNull(result, "result");
    return new ResultDocument(result, identity(result.placements().size()),
        identity(result.unplaced().size()));
  }

  /**
   * The result {@code result} built from {@code placements} and {@code unplaced} in the order of
   * the document: the same objects, which the result holds sorted.
   */
  static ResultDocument inFileOrder(MatchResult result, List<?> placements, List<?> unplaced) {
    return new ResultDocument(result, positions(result.placements(), placements),
        positions(result.unplaced(), unplaced));
  }

  private static int[] identity(int n) {
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = i;
    }
    return at;
  }

  private static int[] positions(List<?> sorted, List<?> inFile) {
    Map<Object, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < inFile.size(); i++) {
      index.put(inFile.get(i), i);
    }
    int[] at = new int[sorted.size()];
    for (int i = 0; i < at.length; i++) {
      Integer k = index.get(sorted.get(i));
      at[i] = k != null ? k : i;
    }
    return at;
  }

  /**
   * The result, its placements and unplaced students sorted by student id.
   *
   * @return the result
   */
  public MatchResult result() {
    return result;
  }

  /**
   * The index in the document of {@code result().placements().get(i)}.
   *
   * @param i the index of a placement in {@code result().placements()}
   * @return its index in the document's {@code placements}
   * @throws IndexOutOfBoundsException if there is no such placement
   */
  public int placementIndex(int i) {
    return placementAt[i];
  }

  /**
   * The index in the document of {@code result().unplaced().get(i)}.
   *
   * @param i the index of an unplaced student in {@code result().unplaced()}
   * @return its index in the document's {@code unplaced}
   * @throws IndexOutOfBoundsException if there is no such unplaced student
   */
  public int unplacedIndex(int i) {
    return unplacedAt[i];
  }
}
