package nl.stagematch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's guide ({@code docs/handleiding.md}) is true: every command in its {@code sh}
 * blocks is run, in order, exactly as written, in a fresh directory that holds what the guide
 * says a school starts with (its export in {@code export/}: here the example set of
 * {@code docs/examples/csv}; the people's answers in {@code antwoorden/}: here the filled-in
 * examples of {@code docs/examples/antwoorden}), each in its own JVM with the working directory set there, as a
 * coordinator would type it. Every command must end with exit status 0, unless the guide marks
 * it with a trailing comment {@code # exit N}; the round must end in Dutch HTML pages per student
 * and per company.
 */
class GuideTest {
  private static final String JAR = "java -jar stagematch.jar ";

  @TempDir
  Path dir;

  /** The commands of the guide's sh blocks, in order (continuation lines joined). */
  static List<String> commands(String markdown) {
    List<String> commands = new ArrayList<>();
    boolean in = false;
    StringBuilder pending = null;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        in = line.equals("```sh");
        continue;
      }
      if (!in) {
        continue;
      }
      String text = line.strip();
      if (pending != null) {
        pending.append(' ').append(text.endsWith("\\") ? text.substring(0, text.length() - 1)
            .strip() : text);
        if (!text.endsWith("\\")) {
          commands.add(pending.toString());
          pending = null;
        }
        continue;
      }
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (!text.startsWith(JAR)) {
        throw new AssertionError("A command of the guide that the test cannot run (only '"
            + JAR.strip() + " ...' lines belong in sh blocks): " + text);
      }
      if (text.endsWith("\\")) {
        pending = new StringBuilder(text.substring(0, text.length() - 1).strip());
      } else {
        commands.add(text);
      }
    }
    return commands;
  }

  /** Splits a command line into arguments (no quoting: the guide's commands need none). */
  private static List<String> words(String command) {
    String text = command;
    int comment = text.indexOf(" #");
    if (comment >= 0) {
      text = text.substring(0, comment);
    }
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (w.contains("\"") || w.contains("'")) {
        throw new AssertionError("Quotes in a guide command are not supported here: " + command);
      }
      words.add(w);
    }
    return words;
  }

  private static int expectedExit(String command) {
    int comment = command.indexOf("# exit ");
    return comment < 0 ? 0 : Integer.parseInt(command.substring(comment + 7).strip());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void everyCommandOfTheGuideRunsAsWritten() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "handleiding.md"),
        StandardCharsets.UTF_8);
    List<String> commands = commands(guide);
    assertTrue(commands.size() >= 8, "the guide has a round's commands: " + commands);
    copyTree(Path.of("..", "docs", "examples", "csv"), dir.resolve("export"));
    copyTree(Path.of("..", "docs", "examples", "antwoorden"), dir.resolve("antwoorden"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    for (String command : commands) {
      List<String> argv = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classPath,
          "nl.stagematch.bench.cli.Main"));
      List<String> words = words(command);
      argv.addAll(words.subList(3, words.size()));
      ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve(".output").toFile());
      pb.environment().remove("STAGEMATCH_LANG");
      Process process = pb.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("The guide's command did not end in 5 minutes: " + command);
      }
      String output = Files.readString(dir.resolve(".output"), StandardCharsets.UTF_8);
      assertEquals(expectedExit(command), process.exitValue(),
          "The guide's command: " + command + "\nprinted:\n" + output);
      assertFalse(output.contains("\tat nl.stagematch"), "a stack trace: " + command + "\n"
          + output);
    }
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.getFileName().toString().endsWith(".html")).forEach(pages::add);
    }
    assertTrue(pages.stream().anyMatch(p -> p.getFileName().toString().startsWith("studenten")),
        "the round ends in student pages: " + pages);
    assertTrue(pages.stream().anyMatch(p -> p.getFileName().toString().startsWith("bedrijven")),
        "the round ends in company pages: " + pages);
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(html.contains("lang=\"nl\""), "a Dutch page: " + page);
    }
  }
}
