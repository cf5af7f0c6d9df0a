package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.variants.testing.TestProblems;
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
    assertTrue(monitoring.contains("--expect-head " + trail.headHash().substring(0, 8)), monitoring);
    String decisions = Files.readString(Path.of("../docs/decisions.md"));
    assertTrue(decisions.contains("(" + trail.entries().get(2).hash().substring(0, 4) + "...)"));
  }

  /**
   * The trail example is what a session writes: one student, two places, the student refuses the
   * first proposal, the coordinator re-matches; a fixed clock.
   */
  @Test
  void theTrailExampleIsWhatASessionWrites() throws Exception {
    MatchingProblem problem = docsProblem();
    MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(2025)
        .clock(Clock.fixed(Instant.parse("2026-01-12T11:00:00Z"), ZoneOffset.UTC))
        .start("K-01");
    String placed = session.result().placement("S-01").orElseThrow().placeId();
    session.decide(Decision.refuse("K-01", "S-01", placed, ReasonCategory.TRAVEL,
        "NOTE-2026-0042").at(Instant.parse("2026-01-12T09:40:00Z")));
    session.rematch("K-01");
    String block = jsonBlocks().stream().filter(b -> b.contains(AuditTrail.FORMAT))
        .findFirst().orElseThrow();
    assertEquals(session.trailJson().strip(), block.strip());
  }

  /** The problem of the trail example: one student, two places. */
  static MatchingProblem docsProblem() {
    return MatchingProblem.builder()
        .policy(Policy.defaults(TestProblems.YEAR))
        .addCompany(Company.builder("C-01").recognition(TestProblems.CARE_2, "B1-K1-W1")
            .size(SizeClass.LARGE).sector("care").region("utrecht").location(52.09, 5.12)
            .build())
        .addPlace(Place.builder("P-01", "C-01", TestProblems.CARE_2, TestProblems.SPRING)
            .build())
        .addPlace(Place.builder("P-02", "C-01", TestProblems.CARE_2, TestProblems.SPRING)
            .build())
        .addStudent(Student.builder("S-01", LearningWish.builder(TestProblems.CARE_2,
            TestProblems.SPRING).workProcess("B1-K1-W1", 1.0).build()).home(52.09, 5.12).build())
        .build();
  }
}
