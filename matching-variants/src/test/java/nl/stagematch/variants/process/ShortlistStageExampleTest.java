package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/variants.md ("Picks from Java, round by round"), verbatim between the
 * markers: it runs, and gives the placement of the simulated run (it picks the school's first
 * profile, as the built-in responder does).
 */
class ShortlistStageExampleTest {

  @Test
  void theDocsExampleRunsRoundByRound() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // docs example: begin
      MatchingProblem problem = SampleCohort.load(); // or ProblemJson.read(Path.of("cohort.json"))
      MatchingVariant v3 = Variants.load().get("blind-shortlist");
      MatchRequest request = MatchRequest.builder(problem).seed(2025)
          .option("max-rounds", "2").build();

      AnswersFile picks = AnswersFile.ofPicks(Map.of()); // no round answered yet
      ShortlistStage stage = ShortlistStage.next(v3, request, picks);
      while (!stage.finished()) {
        // Show stage.shortlists() (place id -> anonymous profiles) in your own screens. When the
        // companies have answered, add their picks (a token, or AnswersFile.NONE) and go on;
        // between two visits keep only picks.toJson().
        Map<String, String> answered = new TreeMap<>();
        stage.shortlists().forEach((placeId, profiles) ->
            answered.put(placeId, profiles.get(0).token()));
        picks = picks.withPicks(stage.round(), answered);
        stage = ShortlistStage.next(v3, request, picks);
      }
      Proposal proposal = stage.proposal();
      System.out.println(proposal.result().placedCount() + " placed after " + picks.lastRound()
          + " rounds");
      // docs example: end
      System.setOut(original);
      Proposal simulated = v3.match(request);
      assertEquals(simulated.result().placedCount() + " placed after 2 rounds"
          + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
      assertEquals(simulated.result().placements(), proposal.result().placements());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void theDocsShowThisExampleVerbatim() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src", "test", "java", "nl", "stagematch",
        "variants", "process", "ShortlistStageExampleTest.java"), StandardCharsets.UTF_8);
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.contains("// docs example: end")) {
        break;
      }
      if (in) {
        block.add(line.length() >= 6 ? line.substring(6) : line.strip());
      }
      if (line.contains("// docs example: begin")) {
        in = true;
      }
    }
    String doc = Files.readString(Path.of("..", "docs", "variants.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains(String.join("\n", block)),
        "docs/variants.md does not show the example of ShortlistStageExampleTest verbatim:\n"
            + String.join("\n", block));
  }
}
