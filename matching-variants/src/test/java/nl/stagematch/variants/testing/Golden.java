package nl.stagematch.variants.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources}: the test compares its output with the stored
 * file. To rewrite them after an intended change, run the tests with {@code
 * -Dstagematch.golden.update=true} and review the diff.
 */
public final class Golden {
  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code resource} (class-path name). */
  public static void assertGolden(String resource, String actual) throws IOException {
    if (Boolean.getBoolean("stagematch.golden.update")) {
      Path file = Path.of("src/test/resources").resolve(resource.substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("The golden file " + resource + " is missing; run the tests"
            + " with -Dstagematch.golden.update=true once to write it.");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
          "differs from the golden file " + resource);
    }
  }
}
