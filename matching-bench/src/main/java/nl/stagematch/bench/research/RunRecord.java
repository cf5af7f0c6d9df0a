package nl.stagematch.bench.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of one contender in one replication, and how long it took.
 *
 * @param arm the contender's name
 * @param replication the replication, from 1
 * @param seed the replication's seed
 * @param cohort the label of the replication's cohort
 * @param measures the measures, in {@link RunMetrics}' order
 * @param nanos the wall-clock time of the run (not reproducible; kept out of {@code results.csv})
 * @param stageNanos the wall-clock time of each stage of a variant ({@link ArmRun#stageNanos()});
 *     empty for other contenders
 */
public record RunRecord(String arm, int replication, long seed, String cohort,
    List<Measure> measures, long nanos, Map<String, Long> stageNanos) {

  /** Copies. */
  public RunRecord {
    measures = List.copyOf(measures);
    stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
  }

  /** A record without stage times. */
  public RunRecord(String arm, int replication, long seed, String cohort,
      List<Measure> measures, long nanos) {
    this(arm, replication, seed, cohort, measures, nanos, Map.of());
  }
}
