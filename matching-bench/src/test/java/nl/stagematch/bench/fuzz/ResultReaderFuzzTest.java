package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import nl.stagematch.core.format.ResultJson;

/**
 * The result reader ({@code stagematch-result/1} and {@code /2}) on any bytes, and the result
 * checked against the small problem: a result or a user error. Seeds: {@code
 * ResultReaderFuzzTestInputs/resultDocument/}.
 */
class ResultReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void resultDocument(byte[] data) {
    UserErrors.check(() -> ResultJson.read(new ByteArrayInputStream(data), Fixtures.problem()));
  }
}
