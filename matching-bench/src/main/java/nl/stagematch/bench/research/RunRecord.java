package nl.stagematch.bench.research;

import java.util.List;

/**
 * The measures of one contender in one replication, and how long it took.
 *
 * @param arm the contender's name
 * @param replication the replication, from 1
 * @param seed the replication's seed
 * @param cohort the label of the replication's cohort
 * @param measures the measures, in {@link RunMetrics}' order
 * @param nanos the wall-clock time of the run (not reproducible; kept out of {@code results.csv})
 */
public record RunRecord(String arm, int replication, long seed, String cohort,
    List<Measure> measures, long nanos) {

  /** Copies. */
  public RunRecord {
    measures = List.copyOf(measures);
  }
}
