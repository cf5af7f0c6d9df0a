package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.AuditTrail;
import nl.stagematch.variants.process.MatchingSession;

/**
 * The trail check on any bytes, then the replay of a trail that passed on the small problem: a
 * session or a user error naming the entry. Seeds: {@code TrailCheckFuzzTestInputs/trail/}.
 */
class TrailCheckFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void trail(byte[] data) {
    UserErrors.check(() -> {
      String text = InputFiles.decodeUtf8(data, "trail");
      AuditTrail.check(text, null, null);
      MatchingSession.replay(Fixtures.problem(), text, Variants.load());
    });
  }
}
