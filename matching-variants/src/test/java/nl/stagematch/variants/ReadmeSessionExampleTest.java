package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import org.junit.jupiter.api.Test;

/** The README's variant and session example, verbatim between the markers. */
class ReadmeSessionExampleTest {

  @Test
  void readmeSessionExampleRunsAndNeverReproposesTheRefusedPair() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README example: begin
      MatchingProblem problem = SampleCohort.load(); // or ProblemJson.read(Path.of("cohort.json"))

      // One run of one variant: a proposal, nothing decided yet.
      MatchingVariant v1 = Variants.load().get("school-placement");
      Proposal proposal = v1.match(MatchRequest.builder(problem).seed(2025).build());
      System.out.println(proposal.result().placedCount() + " placed");

      // The coordinator's process: the seed is recorded before the first proposal.
      MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(2025)
          .start("coordinator-7");
      Placement refused = session.result().placements().get(0);
      session.decide(Decision.refuse("coordinator-7", refused.studentId(), refused.placeId(),
          ReasonCategory.TRAVEL, "note-118"));
      session.rematch("coordinator-7"); // warm re-solve; the refused pair is never proposed again
      System.out.println(session.explanations(Locale.ENGLISH).get(refused.studentId()));
      String trail = session.trailJson(); // hash-chained, verifiable from the JSON alone
      // README example: end
      System.setOut(original);
      check(printed.toString(StandardCharsets.UTF_8), session, refused, trail);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void readmeShowsThisExampleVerbatim() throws IOException {
    assertTrue(ReadmeBlocks.readme().contains(ReadmeBlocks.example(Path.of(
        "src/test/java/nl/stagematch/variants/ReadmeSessionExampleTest.java"))),
        "README.md does not show the example of ReadmeSessionExampleTest verbatim");
  }

  @Test
  void readmeShowsTheModelExampleOfCoreVerbatim() throws IOException {
    assertTrue(ReadmeBlocks.readme().contains(ReadmeBlocks.example(Path.of("..", "matching-core",
        "src/test/java/nl/stagematch/core/ReadmeExampleTest.java"))),
        "README.md does not show the example of ReadmeExampleTest (matching-core) verbatim");
  }

  private static void check(String out, MatchingSession session, Placement refused,
      String trail) {
    assertTrue(out.startsWith("1259 placed" + System.lineSeparator()), out);
    assertFalse(session.result().placement(refused.studentId())
        .map(p -> p.placeId().equals(refused.placeId())).orElse(false));
    String explanation = session.explanations(Locale.ENGLISH).get(refused.studentId());
    assertTrue(out.contains(explanation), out);
    assertEquals(session.result(),
        MatchingSession.replay(session.problem(), trail, Variants.load()).result());
  }
}
