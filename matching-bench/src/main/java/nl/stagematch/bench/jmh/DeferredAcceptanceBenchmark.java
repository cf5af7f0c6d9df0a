package nl.stagematch.bench.jmh;

import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.PreferenceInstanceGenerator;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.solver.DeferredAcceptance;
import nl.stagematch.core.solver.DeferredAcceptanceResult;
import nl.stagematch.core.solver.PreferenceInstance;
import nl.stagematch.core.solver.TieBreaking;
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
 * Deferred acceptance (student choice, V4) on generated cohorts of 1k to 150k students with 25
 * choices each ({@link PreferenceInstanceGenerator}, seed 42), per tie-breaking variant. The time
 * includes drawing the lottery numbers from the ids (per student, or per (place, student) pair for
 * multiple tie-breaking), the run itself and building the result; instance generation is in
 * {@link Setup}.
 *
 * <p>Run (after {@code mvn -B -pl matching-bench -am package -DskipTests}):
 *
 * <pre>
 * java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main DeferredAcceptanceBenchmark \
 *     -prof gc -rf json -rff matching-bench/results/da-deferred-acceptance.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeferredAcceptanceBenchmark {
  /** The number of places each student lists. */
  public static final int CHOICES = 25;
  /** The generator and lottery seed. */
  public static final long SEED = 42;

  /** The variant measured. */
  public enum Variant {
    /** Single tie-breaking (the default). */
    SINGLE,
    /** Multiple tie-breaking (a number per place and student). */
    MULTIPLE,
    /** Open hiring: first come, first placed, in lottery order. */
    OPEN_HIRING
  }

  @Param({"1000", "10000", "50000", "150000"})
  int students;

  @Param({"SINGLE", "MULTIPLE", "OPEN_HIRING"})
  Variant variant;

  private PreferenceInstance instance;
  private Lottery lottery;

  /** Generates the instance once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    instance = PreferenceInstanceGenerator.preferences(students, CHOICES, SEED);
    lottery = Lottery.withSeed(SEED);
  }

  /** One complete run. */
  @Benchmark
  public DeferredAcceptanceResult solve() {
    switch (variant) {
      case SINGLE:
        return DeferredAcceptance.solve(instance, lottery, TieBreaking.SINGLE);
      case MULTIPLE:
        return DeferredAcceptance.solve(instance, lottery, TieBreaking.MULTIPLE);
      case OPEN_HIRING:
        return DeferredAcceptance.openHiring(instance, lottery);
      default:
        throw new IllegalStateException("Unknown variant (" + variant + ").");
    }
  }
}
