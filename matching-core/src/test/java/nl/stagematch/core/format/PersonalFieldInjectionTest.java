package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A property: wherever a personal field is put into a valid document (any object, at any depth,
 * in any spelling of a name on the list), the reader refuses exactly that field, at exactly that
 * path, with the personal-field message. Seeded; each case is named by its seed.
 */
class PersonalFieldInjectionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CASES = 300;

  /** An object of the document with its rendered path. */
  private record Target(ObjectNode node, String path) {}

  private static void collect(JsonNode node, String path, List<Target> out) {
    if (node.isObject()) {
      out.add(new Target((ObjectNode) node, path));
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        StringBuilder sb = new StringBuilder(path);
        JsonPath.appendField(sb, e.getKey());
        collect(e.getValue(), sb.toString(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  /** A spelling of the normalised {@code name}: random case and separators between letters. */
  private static String spell(String name, Random random) {
    String separators = "_- .";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      if (i > 0 && random.nextInt(5) == 0) {
        sb.append(separators.charAt(random.nextInt(separators.length())));
      }
      char c = name.charAt(i);
      sb.append(random.nextInt(3) == 0 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> aPersonalFieldAnywhereIsRefusedAtItsPath() throws IOException {
    byte[] valid = Fixtures.bytes("minimal.canonical.json");
    List<String> names = new ArrayList<>(PersonalFields.all().keySet());
    return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          Random random = new Random(seed);
          JsonNode root = MAPPER.readTree(valid);
          List<Target> targets = new ArrayList<>();
          collect(root, "$", targets);
          Target target = targets.get(random.nextInt(targets.size()));
          String normalised = names.get(random.nextInt(names.size()));
          String field = spell(normalised, random);
          target.node().put(field, random.nextBoolean() ? "x" : "1");
          StringBuilder path = new StringBuilder(target.path());
          JsonPath.appendField(path, field);
          List<String> errors = Fixtures.errors(
              MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8),
              ReadOptions.defaults());
          assertEquals(List.of(path + ": "
              + PersonalFields.message(field, PersonalFields.all().get(normalised))), errors,
              "seed " + seed + ": " + field + " in " + target.path());
        }));
  }
}
