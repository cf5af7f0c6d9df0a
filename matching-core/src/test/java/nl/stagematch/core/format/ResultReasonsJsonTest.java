package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;

/** Both scarcity reasons, with their structured details, survive writing and reading. */
class ResultReasonsJsonTest {

  @Test
  void theFitAndLotteryReasonsAreWrittenAndRead() throws IOException {
    MatchResult result = new MatchResult("school-placement", 7,
        List.of(new Placement("S-1", "P-1", 900)),
        List.of(new Unplaced("S-2", UnplacedReason.CAPACITY_EXHAUSTED_FIT,
                "FIT loss=35 places=P-1"),
            new Unplaced("S-3", UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY,
                "LOTTERY number=12 winners=S-1 numbers=5 count=1")),
        Map.of("S-1", 5L, "S-2", 20L, "S-3", 12L));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJson.write(result, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"reason\" : \"CAPACITY_EXHAUSTED_FIT\"")
        || json.contains("\"reason\": \"CAPACITY_EXHAUSTED_FIT\""), json);
    MatchResult back = ResultJson.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(result.unplaced(), back.unplaced());
    assertEquals(1, back.unplacedByReason().get(UnplacedReason.CAPACITY_EXHAUSTED_FIT));
  }
}
