package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result checked against its problem names each placement and unplaced student by where it
 * stands in the file, not by where it stands once the result has sorted them by student id.
 */
class ResultDocumentTest {
  @TempDir Path dir;

  @Test
  void theCheckNamesAnEntryByItsIndexInTheFile() throws IOException {
    // result.json lists S-0002 before S-0001 and S-0004 before S-0003; S-0002 becomes S-0009,
    // which the problem (S-0001 and S-0002 only) does not have and which sorts last
    String text = Fixtures.text("result.json").replace(
        "{\"studentId\": \"S-0002\", \"placeId\"", "{\"studentId\": \"S-0009\", \"placeId\"");
    assertTrue(text.contains("S-0009"), "the fixture changed");
    Path file = dir.resolve("r.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ResultDocument document = ResultJson.readDocument(file);
    assertEquals(List.of("S-0001", "S-0009"),
        document.result().placements().stream().map(p -> p.studentId()).toList());
    assertEquals(1, document.placementIndex(0));
    assertEquals(0, document.placementIndex(1));
    assertEquals(1, document.unplacedIndex(0));
    assertEquals(0, document.unplacedIndex(1));

    MatchingProblem problem = Fixtures.problem("minimal.json");
    List<String> lines = assertThrows(JsonFormatException.class,
        () -> ResultJson.check(document, problem)).lines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.placements[0].studentId:")
        && l.contains("S-0009")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.unplaced[0].studentId:")
        && l.contains("S-0004")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.unplaced[1].studentId:")
        && l.contains("S-0003")), String.join("\n", lines));

    // a result without its document is named in its own (sorted) order
    List<String> sorted = assertThrows(JsonFormatException.class,
        () -> ResultJson.check(document.result(), problem)).lines();
    assertTrue(sorted.stream().anyMatch(l -> l.startsWith("$.placements[1].studentId:")
        && l.contains("S-0009")), String.join("\n", sorted));
  }
}
