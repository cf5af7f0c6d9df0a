package nl.stagematch.bench.jmh;

import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.EligibilityReport;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Eligibility, its report and the fit of every admissible pair on a national-size cohort from
 * {@link NationalCohortGenerator} (seed 1).
 *
 * <p>Run: {@code java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main
 * EligibilityBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class EligibilityBenchmark {

  /** Students. */
  @Param({"150000"})
  public String size;

  private MatchingProblem problem;
  private Eligibility eligibility;

  @Setup
  public void setUp() {
    problem = NationalCohortGenerator.generate(1L, Integer.parseInt(size));
    eligibility = Eligibility.compute(problem);
  }

  @Benchmark
  public Eligibility compute() {
    return Eligibility.compute(problem);
  }

  @Benchmark
  public EligibilityReport report() {
    return eligibility.report();
  }

  @Benchmark
  public long fitOfAllAdmissiblePairs() {
    FitModel model = FitModel.defaults();
    long sum = 0;
    for (int s = 0; s < problem.students().size(); s++) {
      for (int score : model.scores(eligibility, s)) {
        sum += score;
      }
    }
    return sum;
  }
}
