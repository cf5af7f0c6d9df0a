package nl.stagematch.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.CohortGenerator;
import nl.stagematch.bench.instance.Instance;
import nl.stagematch.core.solver.AssignmentChange;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;
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
 * Cold solve and warm re-solve of the exact assignment solver on seeded cohort instances
 * ({@link CohortGenerator#cohort(int, long)}, catalog proportions, capacity 1.1 x students).
 *
 * <ul>
 *   <li>{@code cold}: builds the problem from the instance arrays and solves it from scratch;
 *   <li>{@code coldLottery}: the same with the lottery tie-break (canonical relabelling);
 *   <li>{@code warmAfterRefusals}: re-solves after 1 % of the placed pairs were forbidden
 *       (refusals), starting from the cold result.
 * </ul>
 *
 * <p>Run (short runs: the machine may be shared):
 *
 * <pre>
 * mvn -B -q -pl matching-bench -am package -DskipTests
 * java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main AssignmentBenchmark \
 *     -prof gc -rf json -rff matching-bench/results/assignment-jmh.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AssignmentBenchmark {

  /** Number of students; places and pairs scale with it. */
  @Param({"1000", "10000", "50000", "150000"})
  public int students;

  private Instance instance;
  private AssignmentProblem problem;
  private AssignmentResult base;
  private AssignmentChange refusals;
  private final AssignmentSolver solver = AssignmentSolver.create();
  private final AssignmentSolver lottery =
      AssignmentSolver.builder().tieBreak(AssignmentSolver.TieBreak.LOTTERY).build();

  /** Generates the instance, solves it once and draws the refusals (1 % of placed pairs). */
  @Setup(Level.Trial)
  public void setUp() {
    instance = CohortGenerator.cohort(students, 20_261_122L + students);
    problem = instance.toProblem();
    base = solver.solve(problem);
    SplittableRandom rnd = new SplittableRandom(7);
    AssignmentChange.Builder change = AssignmentChange.builder();
    int[] placeOf = base.placeOfAll();
    for (int s = 0; s < placeOf.length; s++) {
      if (placeOf[s] >= 0 && rnd.nextInt(100) == 0) {
        change.forbid(s, placeOf[s]);
      }
    }
    refusals = change.build();
  }

  /** Builds the problem and solves it from scratch. */
  @Benchmark
  public AssignmentResult cold() {
    return solver.solve(instance.toProblem());
  }

  /** Builds the problem and solves it with the lottery tie-break. */
  @Benchmark
  public AssignmentResult coldLottery() {
    return lottery.solve(instance.toProblem());
  }

  /** Re-solves after 1 % of the placed pairs were refused, from the cold result. */
  @Benchmark
  public AssignmentResult warmAfterRefusals() {
    return solver.resolve(base, refusals);
  }
}
