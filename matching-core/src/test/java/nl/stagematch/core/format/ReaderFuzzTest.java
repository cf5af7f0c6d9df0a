package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A property: whatever a few random edits do to a valid document, the reader returns a problem or
 * throws {@link JsonFormatException} with at least one well-formed error; never another exception.
 * Seeded; each case is named by its seed. The counts of outcomes are checked too, so that the
 * edits really produce both valid and invalid documents.
 */
class ReaderFuzzTest {
  private static final int CASES = 600;
  private static final String ALPHABET = "{}[]\",:0123456789-.eEtrufalsn \\ABZ";

  private static String mutate(String json, Random random) {
    StringBuilder sb = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0:
          sb.deleteCharAt(at);
          break;
        case 1:
          sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          break;
        default:
          sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> randomEditsGiveAProblemOrFormatErrors() {
    String valid = Fixtures.text("minimal.canonical.json");
    int[] outcomes = new int[2];
    Stream<DynamicTest> cases = IntStream.range(0, CASES).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> {
          String json = mutate(valid, new Random(seed));
          try {
            MatchingProblem problem = ProblemJson.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            assertTrue(problem.students().size() <= 2, "seed " + seed);
            outcomes[0]++;
          } catch (JsonFormatException e) {
            assertFalse(e.errors().isEmpty(), "seed " + seed);
            e.lines().forEach(line -> assertTrue(line.startsWith("$") || line.startsWith("..."),
                "seed " + seed + ": " + line));
            e.errors().forEach(error -> assertFalse(error.message().contains("\n"),
                "seed " + seed + ": " + error));
            outcomes[1]++;
          } catch (Throwable t) {
            fail("seed " + seed + ": unexpected " + t + "\n" + json, t);
          }
        }));
    return Stream.concat(cases, Stream.of(DynamicTest.dynamicTest("both outcomes occur", () -> {
      assertTrue(outcomes[0] > 10, "valid after edits: " + outcomes[0]);
      assertTrue(outcomes[1] > CASES / 2, "invalid after edits: " + outcomes[1]);
    })));
  }
}
