package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stagematch.core.model.MatchingProblem;

/** The named JSON fixtures under test resources, and helpers to read them. */
final class Fixtures {
  private static final String ROOT = "/nl/stagematch/core/format/";

  private Fixtures() {}

  /** The bytes of the fixture {@code name}, such as {@code invalid/duplicate-ids.json}. */
  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static MatchingProblem problem(String name) throws IOException {
    return ProblemJson.read(new ByteArrayInputStream(bytes(name)));
  }

  static MatchingProblem problem(byte[] json, ReadOptions options) throws IOException {
    return ProblemJson.read(new ByteArrayInputStream(json), options);
  }

  /** Reads the fixture, expecting it to be refused, and returns the error lines. */
  static List<String> errors(String name) {
    return errors(bytes(name), ReadOptions.defaults());
  }

  static List<String> errors(byte[] json, ReadOptions options) {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> problem(json, options));
    return e.lines();
  }

  static List<String> errorsOfText(String json) {
    return errors(json.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
  }

  /**
   * Compares {@code actual} with the golden fixture {@code name} byte for byte; on a difference
   * the actual bytes are written to {@code target/golden-actual/} to look at.
   */
  static void assertGolden(String name, byte[] actual) throws IOException {
    String expected = Fixtures.class.getResource(ROOT + name) == null ? "" : text(name);
    String got = new String(actual, StandardCharsets.UTF_8);
    if (!expected.equals(got)) {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.write(out, actual);
      assertEquals(expected, got, "golden file " + name + " differs; actual written to " + out);
      fail("unreachable");
    }
  }
}
