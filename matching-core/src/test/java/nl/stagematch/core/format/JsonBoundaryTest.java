package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the JSON documents: the format package's JSON classes are the only main code
 * that uses Jackson (its CSV classes do not), they use only
 * the streaming API (no data binding, so no polymorphic typing from input), and the model carries
 * no annotations of any framework.
 */
class JsonBoundaryTest {
  private static final Path MAIN = Path.of("src", "main", "java");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
  }

  @Test
  void onlyTheJsonReadersAndWritersUseJacksonAndOnlyItsStreamingApi() throws IOException {
    List<Path> sources = sources();
    assertTrue(sources.size() > 20, "found " + sources.size() + " sources under " + MAIN);
    Path json = MAIN.resolve(Path.of("nl", "stagematch", "core", "format"));
    for (Path source : sources) {
      String text = Files.readString(source);
      if (source.endsWith("module-info.java")) {
        continue;
      }
      if (!source.startsWith(json) || source.getFileName().toString().startsWith("Csv")) {
        assertTrue(!text.contains("com.fasterxml"), source + " uses Jackson");
      } else {
        assertTrue(!text.contains("com.fasterxml.jackson.databind"), source + " uses databind");
        assertTrue(!text.contains("com.fasterxml.jackson.annotation"),
            source + " uses Jackson annotations");
      }
    }
  }

  @Test
  void theDenyListLivesInOneClass() throws IOException {
    long holders = sources().stream().filter(f -> {
      try {
        String text = Files.readString(f);
        return text.contains("\"geboortedatum\"") || text.contains("\"achternaam\"");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).count();
    assertEquals(1, holders);
  }
}
