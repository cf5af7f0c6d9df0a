package nl.stagematch.bench.jmh;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and writing national-size documents, each beside Jackson's bare streaming API on the
 * same bytes: the yardstick "at least at the speed of Jackson's streaming parser".
 *
 * <ul>
 *   <li>{@code read}: the strict problem reader with every check ({@link ProblemJson#read}) on a
 *       problem document of {@link NationalCohortGenerator} (seed 1; the calibrated
 *       national cohort);
 *   <li>{@code jacksonTokens}: a bare {@link JsonParser} (default factory) over the same bytes,
 *       {@code nextToken()} only (strings are not decoded unless they are field names);
 *   <li>{@code jacksonValues}: the same, also reading every value (text of every string, value of
 *       every number): the least any reader that keeps the values must do;
 *   <li>{@code write}: the canonical problem writer ({@link ProblemJson#toBytes});
 *   <li>{@code writeResult}: the canonical result writer ({@link ResultJson#toBytes}) on a result
 *       of the same size (every student placed or unplaced, lottery numbers, assignment
 *       certificate with a price per student and place);
 *   <li>{@code jacksonWriteResult}: a bare {@link JsonGenerator} (default factory, no pretty
 *       printer) writing the same tokens (names, strings, numbers) as {@code writeResult};
 *   <li>{@code jacksonWriteResultPretty}: the same with Jackson's default pretty printer (about
 *       as many bytes as the canonical layout).
 * </ul>
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
  private static final JsonFactory JACKSON = new JsonFactory();

  /** Students. */
  @Param({"150000"})
  public String size;

  private MatchingProblem problem;
  private byte[] document;
  private MatchResult result;
  private byte[] resultDocument;
  /** The tokens of {@link #resultDocument}, replayed by {@code jacksonWriteResult}. */
  private byte[] kinds;
  private String[] texts;
  private long[] numbers;

  @Setup
  public void setUp() throws IOException {
    problem = NationalCohortGenerator.generate(1L, Integer.parseInt(size));
    document = ProblemJson.toBytes(problem);
    result = nationalResult(problem);
    resultDocument = ResultJson.toBytes(result);
    recordTokens(resultDocument);
  }

  /** A result of the problem's size: 98 % placed, lottery numbers and prices for everyone. */
  static MatchResult nationalResult(MatchingProblem problem) {
    List<Student> students = problem.students();
    List<Place> places = problem.places();
    List<Placement> placed = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
    Map<String, Long> lottery = new TreeMap<>();
    Map<String, Long> studentPrices = new TreeMap<>();
    Map<String, Long> placePrices = new TreeMap<>();
    long x = 1;
    for (int i = 0; i < students.size(); i++) {
      String id = students.get(i).id();
      x = x * 6364136223846793005L + 1442695040888963407L;
      if (i % 50 == 7) {
        unplaced.add(Unplaced.of(id, UnplacedReason.CAPACITY_EXHAUSTED_FIT));
      } else {
        placed.add(new Placement(id, places.get(i % places.size()).id(),
            (int) ((x >>> 33) % 1001)));
      }
      lottery.put(id, x >>> 1);
      studentPrices.put(id, (x >>> 40) % 5000);
    }
    for (int p = 0; p < places.size(); p++) {
      placePrices.put(places.get(p).id(), (long) (p * 7919 % 1000));
    }
    return new MatchResult("school-placement", 1L, placed, unplaced, lottery)
        .withEvidence(null, new AssignmentCertificate(1_000_001L, studentPrices, placePrices));
  }

  private void recordTokens(byte[] bytes) throws IOException {
    List<Byte> k = new ArrayList<>();
    List<String> t = new ArrayList<>();
    List<Long> n = new ArrayList<>();
    try (JsonParser p = JACKSON.createParser(bytes)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        k.add((byte) token.ordinal());
        t.add(token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING ? p.getText()
            : null);
        n.add(token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : 0L);
      }
    }
    kinds = new byte[k.size()];
    texts = t.toArray(new String[0]);
    numbers = new long[k.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = k.get(i);
      numbers[i] = n.get(i);
    }
  }

  /** The strict reader, every check. */
  @Benchmark
  public MatchingProblem read() throws IOException {
    return ProblemJson.read(new ByteArrayInputStream(document));
  }

  /** A bare Jackson token pass over the same bytes. */
  @Benchmark
  public int jacksonTokens() throws IOException {
    int count = 0;
    try (JsonParser p = JACKSON.createParser(new ByteArrayInputStream(document))) {
      while (p.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  /** A bare Jackson pass that also reads every value. */
  @Benchmark
  public void jacksonValues(Blackhole bh) throws IOException {
    try (JsonParser p = JACKSON.createParser(new ByteArrayInputStream(document))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME:
            bh.consume(p.currentName());
            break;
          case VALUE_STRING:
            bh.consume(p.getText());
            break;
          case VALUE_NUMBER_INT:
            bh.consume(p.getLongValue());
            break;
          case VALUE_NUMBER_FLOAT:
            bh.consume(p.getDoubleValue());
            break;
          default:
            break;
        }
      }
    }
  }

  /** The canonical problem writer. */
  @Benchmark
  public byte[] write() {
    return ProblemJson.toBytes(problem);
  }

  /** The canonical result writer. */
  @Benchmark
  public byte[] writeResult() {
    return ResultJson.toBytes(result);
  }

  /** A bare Jackson generator writing the result's tokens, compact. */
  @Benchmark
  public byte[] jacksonWriteResult() throws IOException {
    return replay(false);
  }

  /** A bare Jackson generator writing the result's tokens with its default pretty printer. */
  @Benchmark
  public byte[] jacksonWriteResultPretty() throws IOException {
    return replay(true);
  }

  private byte[] replay(boolean pretty) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(resultDocument.length);
    try (JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      JsonToken[] all = JsonToken.values();
      for (int i = 0; i < kinds.length; i++) {
        switch (all[kinds[i]]) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case FIELD_NAME -> g.writeFieldName(texts[i]);
          case VALUE_STRING -> g.writeString(texts[i]);
          case VALUE_NUMBER_INT -> g.writeNumber(numbers[i]);
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("token " + all[kinds[i]]);
        }
      }
    }
    return out.toByteArray();
  }
}
