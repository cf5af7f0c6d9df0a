package nl.stagematch.bench.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.json.ProblemJson;
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
 * Reading and writing a national-size problem document (JSON format v1) from {@link
 * NationalCohortGenerator} (seed 1): the strict streaming
 * reader with every check, and the canonical writer, both in memory.
 *
 * <p>Run: {@code java -cp matching-bench/target/stagematch.jar org.openjdk.jmh.Main
 * ProblemJsonBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ProblemJsonBenchmark {

  /** Students. */
  @Param({"150000"})
  public String size;

  private MatchingProblem problem;
  private byte[] document;

  @Setup
  public void setUp() {
    problem = NationalCohortGenerator.generate(1L, Integer.parseInt(size));
    document = ProblemJson.toBytes(problem);
  }

  @Benchmark
  public MatchingProblem read() throws IOException {
    return ProblemJson.read(new ByteArrayInputStream(document));
  }

  @Benchmark
  public byte[] write() {
    return ProblemJson.toBytes(problem);
  }
}
