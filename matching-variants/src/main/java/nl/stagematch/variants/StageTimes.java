package nl.stagematch.variants;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;

/**
 * The wall-clock time a built-in variant spends in each stage of one match, for benchmarks and
 * the timings of {@code compare}: {@link #STAGES} in pipeline order. Times are never part of a
 * result, a report or any reproducible output; a match that is not {@linkplain #measure measured}
 * records nothing.
 *
 * <ul>
 *   <li>{@code eligibility}: the canonical (id-sorted) problem and {@link
 *       nl.stagematch.core.model.Eligibility};
 *   <li>{@code fit}: the fit scores of the usable pairs;
 *   <li>{@code build}: the solvers' input (assignment problems, preference instances, meeting
 *       networks, rankings and shortlists asked of the responder);
 *   <li>{@code solve}: the solvers (assignment, deferred acceptance, acquaintance resolution),
 *       with the lottery's order among equally good assignments;
 *   <li>{@code result}: the result document and its certificate;
 *   <li>{@code explanations}: the reasons of the students left unplaced.
 * </ul>
 *
 * <p>A variant that runs a stage more than once (rounds, schools) adds the times up. Times are
 * taken on the calling thread, so a measured match must not be shared between threads.
 */
public final class StageTimes {
  /** The stages in pipeline order. */
  public static final List<String> STAGES =
      List.of("eligibility", "fit", "build", "solve", "result", "explanations");

  static final int ELIGIBILITY = 0;
  static final int FIT = 1;
  static final int BUILD = 2;
  static final int SOLVE = 3;
  static final int RESULT = 4;
  static final int EXPLANATIONS = 5;

  private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

  private StageTimes() {}

  /**
   * A measured match: the proposal and the nanoseconds per stage, in the order of {@link
   * #STAGES}.
   *
   * @param proposal the variant's proposal, the same as an unmeasured match gives
   * @param nanos per stage name, in pipeline order, the nanoseconds spent (0 for a stage the
   *     variant does not have); the time outside the named stages is not included
   */
  public record Measured(Proposal proposal, Map<String, Long> nanos) {
    /**
     * Validates and copies.
     *
     * @param proposal the variant's proposal
     * @param nanos per stage name, in pipeline order, the nanoseconds spent
     */
    public Measured {
      Objects.requireNonNull(proposal, "proposal");
      nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    /**
     * The nanoseconds of all stages together.
     *
     * @return the sum of {@link #nanos()}
     */
    public long total() {
      long sum = 0;
      for (long n : nanos.values()) {
        sum += n;
      }
      return sum;
    }
  }

  /**
   * Runs {@code variant} on {@code request} on this thread and measures its stages. A variant
   * that is not one of the built-in ones gives all stages 0.
   *
   * @param variant the variant to run
   * @param request what it matches
   * @return the proposal and the time of each stage
   */
  public static Measured measure(MatchingVariant variant, MatchRequest request) {
    long[] clock = new long[STAGES.size() + 1];
    long[] outer = CURRENT.get();
    CURRENT.set(clock);
    Proposal proposal;
    try {
      clock[STAGES.size()] = System.nanoTime();
      proposal = variant.match(request);
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (int i = 0; i < STAGES.size(); i++) {
      nanos.put(STAGES.get(i), clock[i]);
    }
    return new Measured(proposal, nanos);
  }

  /** Starts the clock of the stage that follows (the time since the last lap is not counted). */
  static void start() {
    long[] clock = CURRENT.get();
    if (clock != null) {
      clock[STAGES.size()] = System.nanoTime();
    }
  }

  /** Adds the time since the last lap (or start) to {@code stage}; a no-op when not measured. */
  static void lap(int stage) {
    long[] clock = CURRENT.get();
    if (clock != null) {
      long now = System.nanoTime();
      clock[stage] += now - clock[STAGES.size()];
      clock[STAGES.size()] = now;
    }
  }
}
