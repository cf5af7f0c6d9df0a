package nl.stagematch.bench.jmh;

import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;
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
 * One whole match (eligibility, fit, the variant's solvers, the result) per built-in variant, on
 * the embedded sample cohort ({@code sample}) or a national-style cohort of N students from
 * {@link NationalCohortGenerator} (seed 1; 0.44 N places, N/5 companies, N/250 qualifications),
 * with the built-in responder and seed 2025.
 *
 * <p>Run: {@code java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main
 * VariantBenchmark} (add {@code -p cohort=10000} for one size only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class VariantBenchmark {

  @Param({"school-placement", "two-by-two", "blind-shortlist", "student-choice",
      "regional-allocation"})
  public String variant;

  @Param({"sample", "10000"})
  public String cohort;

  private MatchingVariant matcher;
  private MatchRequest request;

  @Setup
  public void setUp() {
    matcher = Variants.load().get(variant);
    MatchingProblem problem;
    if (cohort.equals("sample")) {
      problem = SampleCohort.load();
    } else {
      int n = Integer.parseInt(cohort);
      problem = NationalCohortGenerator.generate(1L, n, n * 44 / 100, Math.max(1, n / 5),
          Math.max(1, n / 250));
    }
    request = MatchRequest.builder(problem).seed(2025).build();
  }

  @Benchmark
  public MatchResult match() {
    return matcher.match(request).result();
  }
}
