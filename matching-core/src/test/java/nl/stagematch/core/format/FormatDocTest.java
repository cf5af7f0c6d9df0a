package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import org.junit.jupiter.api.Test;

/** The examples in docs/format.md are what the readers accept and say. */
class FormatDocTest {

  /** The fenced blocks of {@code language} in docs/format.md, in order. */
  private static List<String> blocks(String language) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "format.md"));
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : lines) {
      if (block == null && line.equals("```" + language)) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theExamplesAreValidAndCanonical() throws IOException {
    List<String> json = blocks("json");
    assertEquals(2, json.size());
    MatchingProblem problem = ProblemJson.read(stream(json.get(0)));
    assertEquals(1, problem.students().size());
    assertEquals(json.get(0), new String(ProblemJson.toBytes(problem), StandardCharsets.UTF_8));
    MatchResult result = ResultJson.read(stream(json.get(1)));
    assertEquals(1, result.placements().size());
    assertEquals(json.get(1), new String(ResultJson.toBytes(result), StandardCharsets.UTF_8));
  }

  /** The documented error lines for a personal field and an unknown field are the reader's. */
  @Test
  void theErrorExamplesAreWhatTheReaderSays() throws IOException {
    String problem = blocks("json").get(0);
    String broken = problem.replace("\"wish\": {",
        "\"wish\": {\"naam\": \"x\", \"companyKinds\": \"x\",");
    List<String> errors = assertThrows(JsonFormatException.class,
        () -> ProblemJson.read(stream(broken))).lines();
    assertEquals(2, errors.size(), errors.toString());
    String documented = blocks("").stream().filter(b -> b.contains("companyKinds"))
        .findFirst().orElseThrow();
    for (String error : errors) {
      String message = error.substring(error.indexOf(": ") + 2);
      assertTrue(documented.lines().anyMatch(l -> l.endsWith(": " + message)),
          "docs/format.md does not show the error\n  " + message + "\nbut:\n" + documented);
    }
  }
}
