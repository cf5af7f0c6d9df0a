package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON examples of {@code docs/decisions.md} read and verify. */
class DocsExamplesTest {

  private static List<String> jsonBlocks() throws Exception {
    String doc = Files.readString(Path.of("../docs/decisions.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    int at = 0;
    while ((at = doc.indexOf("```json\n", at)) >= 0) {
      int end = doc.indexOf("```\n", at + 8);
      blocks.add(doc.substring(at + 8, end));
      at = end;
    }
    return blocks;
  }

  @Test
  void theDecisionsFileExampleReads() throws Exception {
    String block = jsonBlocks().stream().filter(b -> b.contains(DecisionsFile.FORMAT))
        .findFirst().orElseThrow();
    DecisionsFile file = DecisionsFile.parse(block);
    assertEquals(4, file.steps().size());
    assertEquals(new DecisionsFile.Rematch("K-01"), file.steps().get(3));
  }

  @Test
  void theTrailExampleVerifiesAndItsHeadIsQuoted() throws Exception {
    String block = jsonBlocks().stream().filter(b -> b.contains(AuditTrail.FORMAT))
        .findFirst().orElseThrow();
    AuditTrail trail = AuditTrail.read(block);
    assertEquals(4, trail.size());
    String monitoring = Files.readString(Path.of("../docs/monitoring.md"));
    assertTrue(monitoring.contains("--head " + trail.headHash().substring(0, 8)), monitoring);
    String decisions = Files.readString(Path.of("../docs/decisions.md"));
    assertTrue(decisions.contains("(" + trail.entries().get(2).hash().substring(0, 4) + "...)"));
  }
}
