package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property: whatever a few random edits do to a valid CSV set, the import returns a problem or
 * throws {@link CsvImportException} whose every line names one of the files; never another
 * exception. Seeded; each case is named by its seed; both outcomes must occur.
 */
class CsvImportFuzzTest {
  private static final int CASES = 400;
  private static final String ALPHABET = ";,\"\n=- 0123456789aBé.";
  private static final List<String> FILES = List.of("studenten.csv", "bedrijven.csv",
      "erkenningen.csv", "plaatsen.csv", "beleid.csv");

  @TempDir Path dir;

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    for (int e = 1 + random.nextInt(3); e > 0; e--) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        default -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> randomEditsGiveAProblemOrImportErrors() {
    Map<String, String> valid = Map.of("studenten.csv", CsvImportTest.STUDENTS,
        "bedrijven.csv", CsvImportTest.COMPANIES, "erkenningen.csv", CsvImportTest.RECOGNITIONS,
        "plaatsen.csv", CsvImportTest.PLACES, "beleid.csv", CsvImportTest.POLICY);
    int[] outcomes = new int[2];
    Stream<DynamicTest> cases = IntStream.range(0, CASES).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> {
          Random random = new Random(seed);
          String target = FILES.get(random.nextInt(FILES.size()));
          Path set = dir.resolve("seed-" + seed);
          Files.createDirectories(set);
          for (String file : FILES) {
            String text = valid.get(file);
            Files.writeString(set.resolve(file), file.equals(target) ? mutate(text, random)
                : text, StandardCharsets.UTF_8);
          }
          try {
            CsvImport.read(set, ImportOptions.defaults());
            outcomes[0]++;
          } catch (CsvImportException e) {
            assertFalse(e.errors().isEmpty(), "seed " + seed);
            e.lines().forEach(line -> assertTrue(FILES.stream().anyMatch(line::startsWith),
                "seed " + seed + ": " + line));
            e.errors().forEach(error -> assertFalse(error.message().contains("\n"),
                "seed " + seed + ": " + error));
            outcomes[1]++;
          } catch (Throwable t) {
            fail("seed " + seed + ": unexpected " + t + " with " + target + ":\n"
                + Files.readString(set.resolve(target)), t);
          }
        }));
    return Stream.concat(cases, Stream.of(DynamicTest.dynamicTest("both outcomes occur", () -> {
      assertTrue(outcomes[0] > 10, "valid after edits: " + outcomes[0]);
      assertTrue(outcomes[1] > CASES / 2, "invalid after edits: " + outcomes[1]);
    })));
  }
}
