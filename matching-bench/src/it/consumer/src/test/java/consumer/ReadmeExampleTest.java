package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.MatchingSession;
import org.junit.jupiter.api.Test;

/**
 * Stagematch as a vendor gets it: resolved through the BOM from a Maven repository, on the module
 * path; the README's example runs and its results pass the public verifier.
 */
class ReadmeExampleTest {

  @Test
  void theLibraryIsOnTheModulePath() {
    assertEquals("consumer", ReadmeExample.class.getModule().getName());
    assertEquals("nl.stagematch.core", ResultVerifier.class.getModule().getName());
    assertEquals("nl.stagematch.variants", Variants.class.getModule().getName());
    String jar = ResultVerifier.class.getProtectionDomain().getCodeSource().getLocation()
        .toString();
    assertTrue(jar.endsWith(".jar") && jar.contains("nl/stagematch/matching-core/"), jar);
  }

  @Test
  void theReadmeExampleRunsAndItsResultsVerify() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    ReadmeExample.Outcome outcome;
    try {
      outcome = ReadmeExample.run();
    } finally {
      System.setOut(original);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith(outcome.proposal().result().placedCount() + " placed"), out);
    assertTrue(outcome.proposal().result().placedCount() > 1000, out);
    assertFalse(outcome.session().result().placement(outcome.refused().studentId())
        .map(p -> p.placeId().equals(outcome.refused().placeId())).orElse(false));
    assertEquals(outcome.session().result(), MatchingSession.replay(outcome.problem(),
        outcome.trail(), Variants.load()).result());

    MatchRequest request = MatchRequest.builder(outcome.problem()).seed(2025).build();
    MatchResult result = Variants.load().get("school-placement").match(request)
        .withProvenance(request).result();
    ResultReport report = ResultVerifier.verify(outcome.problem(), result);
    assertTrue(report.verified(), report.summary());
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    Path readme = Path.of(System.getProperty("stagematch.readme", "../../../../README.md"));
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertTrue(text.contains(example(Path.of("src/main/java/consumer/ReadmeExample.java"))),
        "README.md does not show the example of ReadmeExample verbatim");
  }

  /** The lines between the example markers, without their common indent. */
  private static String example(Path source) throws IOException {
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      if (line.contains("// README example: end")) {
        break;
      }
      if (in) {
        block.add(line);
      }
      in |= line.contains("// README example: begin");
    }
    int indent = Integer.MAX_VALUE;
    for (String l : block) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : block) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    assertFalse(block.isEmpty(), "no README example markers in " + source);
    return sb.toString();
  }
}
