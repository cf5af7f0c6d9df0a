package nl.stagematch.bench.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.result.MatchResult;

/**
 * What one contender produced on one cohort with one seed: the result (every student placed, or
 * unplaced with a reason) and the process figures that only some contenders have.
 *
 * @param result the placements and the unplaced students with reasons
 * @param applications per student, the applications she sent before she was placed or gave up
 *     (today's practice only; empty for the variants, where nobody applies), sorted by id
 * @param figures named process figures, sorted by name: {@code rounds}, {@code meetings},
 *     {@code refusals}, {@code objections} where the contender has them
 * @param stageNanos the wall-clock nanoseconds per stage of a variant ({@link
 *     nl.stagematch.variants.StageTimes#STAGES}, in that order); empty for other contenders;
 *     never reproducible, so only in {@code timings.csv}
 */
public record ArmRun(MatchResult result, Map<String, Integer> applications,
    Map<String, Long> figures, Map<String, Long> stageNanos) {

  /** Validates and copies. */
  public ArmRun {
    Objects.requireNonNull(result, "The result of a run is missing.");
    applications = Collections.unmodifiableSortedMap(new TreeMap<>(applications));
    figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
    stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
  }

  /** A run without stage times. */
  public ArmRun(MatchResult result, Map<String, Integer> applications,
      Map<String, Long> figures) {
    this(result, applications, figures, Map.of());
  }
}
