package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the variants module depend on each other without a cycle: the process uses the
 * variants, a variant never uses the process (warm re-matching is in the spi for that reason).
 */
class PackageDependencyTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?(nl\\.stagematch\\.variants(?:\\.[a-z]\\w*)*)\\.");

  @Test
  void thePackagesFormNoCycle() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    assertTrue(uses.containsKey("nl.stagematch.variants.process"), uses.keySet().toString());
    assertTrue(uses.get("nl.stagematch.variants.process").contains("nl.stagematch.variants"),
        "the process is expected to use the variants: " + uses);
    List<String> cycle = findCycle(uses);
    assertEquals(List.of(), cycle, "a cycle between packages: " + cycle);
  }

  @Test
  void aVariantDoesNotUseTheProcess() throws IOException {
    assertTrue(!dependencies().getOrDefault("nl.stagematch.variants", Set.of())
        .contains("nl.stagematch.variants.process"));
  }

  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      Iterable<Path> sources = files.filter(f -> f.toString().endsWith(".java"))::iterator;
      for (Path file : sources) {
        String text = Files.readString(file);
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
          continue; // module-info
        }
        String from = p.group(1);
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
          if (!m.group(1).equals(from)) {
            targets.add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  /** A cycle as the list of its packages, or an empty list when there is none. */
  private static List<String> findCycle(Map<String, Set<String>> uses) {
    Map<String, Integer> state = new TreeMap<>(); // 1 = on the path, 2 = done
    List<String> path = new ArrayList<>();
    for (String start : uses.keySet()) {
      List<String> cycle = visit(start, uses, state, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    return List.of();
  }

  private static List<String> visit(String node, Map<String, Set<String>> uses,
      Map<String, Integer> state, List<String> path) {
    Integer s = state.get(node);
    if (s != null) {
      return s == 1 ? new ArrayList<>(path.subList(path.indexOf(node), path.size())) : List.of();
    }
    state.put(node, 1);
    path.add(node);
    for (String next : uses.getOrDefault(node, Set.of())) {
      List<String> cycle = visit(next, uses, state, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
    return List.of();
  }
}
