package nl.stagematch.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.StageTimes;
import nl.stagematch.variants.Variants;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One whole match per built-in variant, from the parsed {@code MatchingProblem} to the certified
 * result (eligibility, fit, the solvers' input, the solvers, the result with its certificate and
 * the reasons of the students left out), on the embedded sample cohort ({@code sample}) or the
 * national cohort of N students from {@link NationalCohortGenerator} (seed 1; its schools go to
 * {@code regional-allocation}), with the built-in responder and seed 2025.
 *
 * <p>Besides the time of the whole match, each stage of {@link StageTimes#STAGES} is reported as
 * a secondary result in milliseconds ({@code match:eligibilityMs}, {@code match:fitMs}, ...; JMH
 * prints them with the unit {@code #}). JMH adds event counters up over the measured iterations,
 * so the printed figure is the sum of the iterations (one match each); the JSON output ({@code -rf
 * json}) keeps each iteration's figure in the secondary metric's raw data.
 *
 * <p>Run: {@code java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main
 * VariantBenchmark -p cohort=150000 -jvmArgsAppend -Xmx2g} (the default forks with {@code
 * -Xmx2g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class VariantBenchmark {

  @Param({"school-placement", "two-by-two", "blind-shortlist", "student-choice",
      "regional-allocation"})
  public String variant;

  @Param({"sample", "10000"})
  public String cohort;

  private MatchingVariant matcher;
  private MatchRequest request;

  /** The time of each stage of the last match, in milliseconds. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Stages {
    /** Eligibility (with the canonical problem). */
    public double eligibilityMs;
    /** The fit of the usable pairs. */
    public double fitMs;
    /** The solvers' input. */
    public double buildMs;
    /** The solvers. */
    public double solveMs;
    /** The result and its certificate. */
    public double resultMs;
    /** The reasons of the students left out. */
    public double explanationsMs;

    /** Clears the counters before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      eligibilityMs = 0;
      fitMs = 0;
      buildMs = 0;
      solveMs = 0;
      resultMs = 0;
      explanationsMs = 0;
    }

    void add(Map<String, Long> nanos) {
      eligibilityMs += nanos.get("eligibility") / 1e6;
      fitMs += nanos.get("fit") / 1e6;
      buildMs += nanos.get("build") / 1e6;
      solveMs += nanos.get("solve") / 1e6;
      resultMs += nanos.get("result") / 1e6;
      explanationsMs += nanos.get("explanations") / 1e6;
    }
  }

  @Setup
  public void setUp() {
    matcher = Variants.load().get(variant);
    MatchRequest.Builder b;
    if (cohort.equals("sample")) {
      b = MatchRequest.builder(SampleCohort.load());
    } else {
      ResearchCohort national = NationalCohortGenerator.cohort(1L, Integer.parseInt(cohort));
      b = MatchRequest.builder(national.problem());
      if (matcher.has(Capability.MULTI_SCHOOL)) {
        b.schools(national.schools());
      }
    }
    request = b.seed(2025).build();
  }

  @Benchmark
  public MatchResult match(Stages stages) {
    StageTimes.Measured m = StageTimes.measure(matcher, request);
    stages.add(m.nanos());
    return m.proposal().result();
  }
}
