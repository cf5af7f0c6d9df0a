package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.stagematch.bench.instance.InstanceReader;

/**
 * The instance reader (the shared benchmark format) on any bytes: an instance or a user error,
 * and no header makes it allocate more than the file can fill. Seeds: {@code
 * InstanceReaderFuzzTestInputs/instance/}.
 */
class InstanceReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void instance(byte[] data) {
    UserErrors.check(() -> InstanceReader.parse("fuzz.txt", data));
  }
}
