package nl.stagematch.variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the README and the example blocks of the tests that keep it honest. */
final class ReadmeBlocks {
  private ReadmeBlocks() {}

  /** The README of the project, read from the module's parent directory. */
  static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  /** The lines between the example markers of {@code source}, without their common indent. */
  static String example(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.contains("// README example: end")) {
        break;
      }
      if (in) {
        block.add(line);
      }
      if (line.contains("// README example: begin")) {
        in = true;
      }
    }
    if (block.isEmpty()) {
      throw new IllegalStateException("No README example markers in " + source);
    }
    int indent = Integer.MAX_VALUE;
    for (String l : block) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : block) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }
}
