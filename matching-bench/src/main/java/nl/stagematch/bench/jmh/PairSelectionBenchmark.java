package nl.stagematch.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.PreferenceInstanceGenerator;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.solver.AcquaintanceResolution;
import nl.stagematch.core.solver.AcquaintanceResult;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.MeetingPreferences;
import nl.stagematch.core.solver.Meetings;
import nl.stagematch.core.solver.PairSelection;
import nl.stagematch.core.solver.PairSelectionResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two-by-two acquaintance (V2, motion 525) on generated cohorts of 1k to 150k students with 10
 * admissible places each ({@link PreferenceInstanceGenerator#admissiblePairs}, seed 42): stage 1
 * ({@link PairSelection}, an exact min-cost flow with supply 2 and capacity 2c) and stage 2 ({@link
 * AcquaintanceResolution}, on stage 1's meetings with random stated orders, a quarter "no
 * preference"). Generation, and for stage 2 the stage 1 solve, are in {@link Setup}. Stage 1 takes
 * about a minute at 150k students on a shared 2-core machine, so run that size with fewer
 * iterations ({@code -wi 1 -i 2}).
 *
 * <p>Run (after {@code mvn -B -pl matching-bench -am package -DskipTests}):
 *
 * <pre>
 * java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main PairSelectionBenchmark \
 *     -prof gc -rf json -rff matching-bench/results/da-pair-selection.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class PairSelectionBenchmark {
  /** The number of admissible places per student. */
  public static final int PAIRS = 10;
  /** The generator and lottery seed. */
  public static final long SEED = 42;

  /** The input of stage 1. */
  @State(Scope.Benchmark)
  public static class Stage1 {
    @Param({"1000", "10000", "50000", "150000"})
    int students;

    AdmissiblePairs pairs;
    Lottery lottery;

    /** Generates the instance. */
    @Setup(Level.Trial)
    public void setUp() {
      pairs = PreferenceInstanceGenerator.admissiblePairs(students, PAIRS, SEED);
      lottery = Lottery.withSeed(SEED);
    }
  }

  /** The input of stage 2: stage 1's meetings and random stated orders. */
  @State(Scope.Benchmark)
  public static class Stage2 {
    @Param({"1000", "10000", "50000", "150000"})
    int students;

    Meetings meetings;
    MeetingPreferences preferences;
    Lottery lottery;

    /** Generates the instance and solves stage 1 once. */
    @Setup(Level.Trial)
    public void setUp() {
      lottery = Lottery.withSeed(SEED);
      meetings = PairSelection.select(
          PreferenceInstanceGenerator.admissiblePairs(students, PAIRS, SEED), lottery).meetings();
      preferences = randomPreferences(meetings, new SplittableRandom(SEED));
    }
  }

  /** Stage 1: choose the meetings. */
  @Benchmark
  public PairSelectionResult selectMeetings(Stage1 in) {
    return PairSelection.select(in.pairs, in.lottery);
  }

  /** Stage 2: place along the meetings. */
  @Benchmark
  public AcquaintanceResult resolveMeetings(Stage2 in) {
    return AcquaintanceResolution.resolve(in.meetings, in.preferences, in.lottery);
  }

  /** Random stated orders; each side says "no preference" with probability 1/4. */
  static MeetingPreferences randomPreferences(Meetings mt, SplittableRandom random) {
    int e = mt.meetingCount();
    int[] studentRank = new int[e];
    for (int s = 0; s < mt.studentCount(); s++) {
      int from = mt.meetingStart(s);
      int d = mt.meetingEnd(s) - from;
      if (d > 0 && random.nextInt(4) > 0) {
        boolean swap = d == 2 && random.nextBoolean();
        for (int i = 0; i < d; i++) {
          studentRank[from + i] = swap ? d - i : i + 1;
        }
      }
    }
    int m = mt.placeCount();
    int[] count = new int[m];
    boolean[] stated = new boolean[m];
    for (int p = 0; p < m; p++) {
      stated[p] = random.nextInt(4) > 0;
    }
    int[] placeRank = new int[e];
    // A place ranks its met students in a random order: rank = position in a shuffled sequence.
    int[] order = new int[e];
    for (int k = 0; k < e; k++) {
      order[k] = k;
    }
    for (int i = e - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int k : order) {
      int p = mt.placeAt(k);
      if (stated[p]) {
        placeRank[k] = ++count[p];
      }
    }
    return MeetingPreferences.of(mt, studentRank, placeRank);
  }
}
