package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus: every case of {@code badinput/manifest.jsonl} runs the command line in
 * process ({@link Main#run}) in a fresh directory and checks its exit code, what its output must
 * and must not say, and which files must be absent or unchanged afterwards, in English (the
 * language of the cases' patterns) unless the case says {@code "lang": "nl"}; the Dutch texts
 * are checked by CliMessageTest and CliLanguageTest. The cases were
 * written from the format documentation (docs/format.md, import.md, decisions.md, outputs.md,
 * the schemas and the benchmark's instance format), not from the readers.
 *
 * <p>A case listed in {@code badinput/pending.txt} is known to fail today: it is reported as
 * skipped with its reason, and fails when it passes, so that the list can only shrink.
 *
 * <p>Besides what a case asks, every case checks that a command that failed (exit 1 or 2) left
 * its directory exactly as it was and that no command left a temporary file behind ({@link
 * #nothingHalfDone}). A subclass runs another corpus of the same format with this runner
 * ({@link FreshBadInputCorpusTest}).
 *
 * <p>The manifest format is described in {@code badinput/README.md}.
 */
class BadInputCorpusTest {

  /** What every case's output (standard output and error together) must never contain. */
  static final List<Pattern> ALWAYS_FORBIDDEN = List.of(
      Pattern.compile("(?m)^\\s*at [a-zA-Z_$][\\w$]*\\."),   // a stack frame
      Pattern.compile("Exception"),
      Pattern.compile("internal error"),
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x{9B}]"));  // raw control chars
  /** No message may be longer than this (a huge input must not be echoed in full). */
  static final int MAX_OUTPUT_CHARS = 64_000;

  static final Set<String> READERS = Set.of("problem", "csv", "decisions", "answers", "schools",
      "result", "trail", "instance", "keys", "cli");
  static final Set<String> CLASSES = Set.of("personal", "bytes", "hostile", "partial", "tamper",
      "exit", "valid");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** What the setup of a case left in its directory, by files and setup: each setup runs once. */
  private static final Map<String, Map<String, byte[]>> SETUP_CACHE = new HashMap<>();
  private static final Pattern TOKEN = Pattern.compile(
      "\\{\\{x([0-9A-Fa-f]{2})\\}\\}|\\{\\{rep (\\d+):([^}]*)\\}\\}");

  static Path root() {
    return root("badinput");
  }

  /** The directory of a corpus's manifest, pending list and base files in the test resources. */
  static Path root(String corpus) {
    try {
      return Path.of(BadInputCorpusTest.class.getResource("/" + corpus + "/manifest.jsonl")
          .toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The corpus this class runs; a subclass runs another one with the same runner. */
  Path corpusRoot() {
    return root();
  }

  /** The fewest cases the corpus must have. */
  int minimumCases() {
    return 300;
  }

  static List<JsonNode> cases() throws IOException {
    return cases(root());
  }

  static List<JsonNode> cases(Path root) throws IOException {
    List<JsonNode> cases = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(root.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank() || text.startsWith("//")) {
        continue;
      }
      try {
        cases.add(MAPPER.readTree(text));
      } catch (IOException e) {
        throw new IllegalStateException("manifest.jsonl line " + line + ": " + e.getMessage(), e);
      }
    }
    return cases;
  }

  /** id -> reason of every pending case. */
  static Map<String, String> pending() throws IOException {
    return pending(root());
  }

  static Map<String, String> pending(Path root) throws IOException {
    Map<String, String> pending = new LinkedHashMap<>();
    for (String text : Files.readAllLines(root.resolve("pending.txt"), StandardCharsets.UTF_8)) {
      String t = text.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("\\s+", 2);
      pending.put(parts[0], parts.length > 1 ? parts[1] : "(no reason given)");
    }
    return pending;
  }

  @Test
  void theManifestIsWellFormed() throws IOException {
    List<JsonNode> cases = cases(corpusRoot());
    Set<String> ids = new TreeSet<>();
    for (JsonNode c : cases) {
      String id = c.path("id").asText();
      assertTrue(id.matches("[a-z0-9][a-z0-9.-]*"), "bad id " + id);
      assertTrue(ids.add(id), "id twice: " + id);
      assertTrue(READERS.contains(c.path("reader").asText()), id + ": reader");
      assertTrue(CLASSES.contains(c.path("class").asText()), id + ": class");
      assertTrue(c.path("cmd").isArray() && c.path("exit").isInt(), id + ": cmd and exit");
      assertTrue(c.path("exit").asInt() == 0 || c.path("must").size() > 0,
          id + ": a refusal must say where (must)");
      assertEquals(c.path("class").asText().equals("valid"), c.path("exit").asInt() == 0,
          id + ": valid cases and only they exit 0");
    }
    assertTrue(cases.size() >= minimumCases(),
        "at least " + minimumCases() + " cases, got " + cases.size());
    for (String id : pending(corpusRoot()).keySet()) {
      assertTrue(ids.contains(id), "pending.txt names an unknown case: " + id);
    }
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    Path root = corpusRoot();
    Map<String, String> pending = pending(root);
    return cases(root).stream().map(c -> {
      String id = c.path("id").asText();
      String title = id + " [" + c.path("reader").asText() + "/" + c.path("class").asText()
          + "] " + c.path("title").asText();
      return DynamicTest.dynamicTest(title, () -> {
        List<String> failures = runCase(c, root);
        String reason = pending.get(id);
        if (reason != null) {
          if (failures.isEmpty()) {
            fail(id + " passes now: remove it from pending.txt.");
          }
          Assumptions.abort("pending: " + reason + " | today: " + failures.get(0));
        }
        if (!failures.isEmpty()) {
          fail(id + ": " + String.join("\n  ", failures));
        }
      });
    });
  }

  /** Runs one case; returns what was wrong (empty when the case passes). */
  static List<String> runCase(JsonNode c) throws IOException {
    return runCase(c, root());
  }

  /** Runs one case of the corpus in {@code root}; returns what was wrong. */
  static List<String> runCase(JsonNode c, Path root) throws IOException {
    Path dir = Files.createTempDirectory("badinput-");
    try {
      return runIn(c, dir, root);
    } finally {
      deleteTree(dir);
    }
  }

  private static List<String> runIn(JsonNode c, Path dir, Path root) throws IOException {
    Iterator<Map.Entry<String, JsonNode>> files = c.path("files").fields();
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> f = files.next();
      materialise(dir, f.getKey(), f.getValue(), root);
    }
    if (c.has("setup")) {
      String key = root + c.path("files").toString() + c.get("setup").toString();
      Map<String, byte[]> made = SETUP_CACHE.get(key);
      if (made == null) {
        for (JsonNode setup : c.path("setup")) {
          Run run = run(args(setup, Map.of("$D", dir.toString())));
          if (run.exit != 0) {
            throw new IllegalStateException("setup " + setup + " exited " + run.exit + ": "
                + run.out + run.err);
          }
        }
        made = snapshot(dir);
        SETUP_CACHE.put(key, made);
      } else {
        for (Map.Entry<String, byte[]> f : made.entrySet()) {
          Path p = dir.resolve(f.getKey());
          if (f.getValue() == null) {
            Files.createDirectories(p);
          } else {
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
          }
        }
      }
    }
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("$D", dir.toString());
    for (JsonNode v : c.path("vars")) {
      JsonNode doc = MAPPER.readTree(Files.readAllBytes(dir.resolve(v.get("file").asText())));
      vars.put("$" + v.get("name").asText(), doc.at(v.get("pointer").asText()).asText());
    }
    for (JsonNode edit : c.path("edits")) {
      edit(dir, edit);
    }
    Map<String, byte[]> before = new TreeMap<>();
    for (JsonNode f : c.path("unchanged")) {
      Path p = dir.resolve(f.asText());
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path q : (Iterable<Path>) walk::iterator) {
            before.put(dir.relativize(q).toString(),
                Files.isDirectory(q) ? new byte[] {'/'} : Files.readAllBytes(q));
          }
        }
      } else {
        before.put(f.asText(), Files.exists(p) ? Files.readAllBytes(p) : null);
      }
    }
    Map<String, byte[]> all = snapshot(dir);
    Run run = run(args(c.path("cmd"), vars), c.path("lang").asText("en"));
    String output = run.out + "\n" + run.err;
    List<String> failures = new ArrayList<>(nothingHalfDone(all, snapshot(dir), run.exit));
    int exit = c.path("exit").asInt();
    if (run.exit != exit) {
      failures.add("exit " + run.exit + ", expected " + exit + "; output: " + excerpt(output));
    }
    for (JsonNode m : c.path("must")) {
      if (!Pattern.compile(m.asText()).matcher(output).find()) {
        failures.add("output lacks /" + m.asText() + "/: " + excerpt(output));
      }
    }
    List<Pattern> forbidden = new ArrayList<>(ALWAYS_FORBIDDEN);
    for (JsonNode m : c.path("mustNot")) {
      forbidden.add(Pattern.compile(m.asText()));
    }
    for (Pattern p : forbidden) {
      Matcher m = p.matcher(output);
      if (m.find()) {
        failures.add("output holds /" + p.pattern() + "/ at \"" + excerpt(output.substring(
            Math.max(0, m.start() - 60), Math.min(output.length(), m.end() + 60))) + "\"");
      }
    }
    if (output.length() > MAX_OUTPUT_CHARS) {
      failures.add("output is " + output.length() + " characters long");
    }
    for (JsonNode f : c.path("absent")) {
      if (Files.exists(dir.resolve(f.asText()))) {
        failures.add("file " + f.asText() + " exists afterwards (must not)");
      }
    }
    for (JsonNode f : c.path("exists")) {
      if (!Files.exists(dir.resolve(f.asText()))) {
        failures.add("file " + f.asText() + " was not written");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> checks = c.path("fileMustNot").fields();
    while (checks.hasNext()) {
      Map.Entry<String, JsonNode> check = checks.next();
      Path p = dir.resolve(check.getKey());
      if (!Files.exists(p)) {
        failures.add("file " + check.getKey() + " was not written");
        continue;
      }
      String content = Files.readString(p, StandardCharsets.UTF_8);
      for (JsonNode m : check.getValue()) {
        if (Pattern.compile(m.asText()).matcher(content).find()) {
          failures.add("file " + check.getKey() + " holds /" + m.asText() + "/");
        }
      }
    }
    for (JsonNode f : c.path("unchanged")) {
      Path p = dir.resolve(f.asText());
      if (Files.isDirectory(p)) {
        Map<String, byte[]> now = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path q : (Iterable<Path>) walk::iterator) {
            now.put(dir.relativize(q).toString(),
                Files.isDirectory(q) ? new byte[] {'/'} : Files.readAllBytes(q));
          }
        }
        Set<String> names = new TreeSet<>(now.keySet());
        names.addAll(before.keySet().stream().filter(k -> k.startsWith(f.asText())).toList());
        for (String n : names) {
          if (!Arrays.equals(before.get(n), now.get(n))) {
            failures.add("in directory " + f.asText() + ", " + n + " was "
                + (before.get(n) == null ? "added" : now.get(n) == null ? "removed" : "changed"));
          }
        }
      } else {
        byte[] now = Files.exists(p) ? Files.readAllBytes(p) : null;
        if (!Arrays.equals(before.get(f.asText()), now)) {
          failures.add("file " + f.asText() + " was changed");
        }
      }
    }
    return failures;
  }

  /**
   * What every case checks of its directory: a command that failed (exit 1 or 2) left no new
   * file or directory and changed or removed none; no command, failed or not, left a temporary
   * file ({@code .NAME.PID-N.tmp}, docs/security.md) behind.
   */
  static List<String> nothingHalfDone(Map<String, byte[]> before, Map<String, byte[]> after,
      int exit) {
    List<String> failures = new ArrayList<>();
    for (String name : after.keySet()) {
      if (Path.of(name).getFileName().toString().matches("\\..*\\.tmp")) {
        failures.add("a temporary file is left behind: " + name);
      }
    }
    if (exit == 1 || exit == 2) {
      Set<String> names = new TreeSet<>(before.keySet());
      names.addAll(after.keySet());
      for (String name : names) {
        boolean was = before.containsKey(name);
        boolean is = after.containsKey(name);
        if (!was && is) {
          failures.add("the command failed (exit " + exit + ") but left " + name + " behind");
        } else if (was && !is) {
          failures.add("the command failed (exit " + exit + ") but removed " + name);
        } else if (!Arrays.equals(before.get(name), after.get(name))) {
          failures.add("the command failed (exit " + exit + ") but changed " + name);
        }
      }
    }
    return failures;
  }

  /** Every file (content) and directory (null) under {@code dir}, by relative path. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!p.equals(dir)) {
          all.put(dir.relativize(p).toString(),
              Files.isDirectory(p) ? null : Files.readAllBytes(p));
        }
      }
    }
    return all;
  }

  record Run(int exit, String out, String err) {}

  /**
   * Runs the command line in English, whatever the environment says: the cases' patterns
   * ({@code must}, {@code mustNot}) are written against the English texts; a case with {@code
   * "lang": "nl"} runs in Dutch (such as one that names the Dutch files {@code explain}
   * writes).
   */
  static Run run(String[] args) {
    return run(args, "en");
  }

  /** Runs the command line in {@code lang} (a case's {@code lang}: {@code nl} or {@code en}). */
  static Run run(String[] args, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, Map.of(Texts.ENV, lang),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static String[] args(JsonNode args, Map<String, String> vars) {
    List<String> list = new ArrayList<>();
    for (JsonNode a : args) {
      String text = a.asText();
      for (Map.Entry<String, String> v : vars.entrySet()) {
        text = text.replace(v.getKey(), v.getValue());
      }
      list.add(new String(bytes(text), StandardCharsets.UTF_8));
    }
    return list.toArray(String[]::new);
  }

  /** A case's output for a failure message: control characters shown, long text cut. */
  private static String excerpt(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < 600; i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        sb.append(" | ");
      } else if (ch < 0x20 || ch == 0x7f || ch == 0x9b) {
        sb.append(String.format("\\x%02X", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return text.length() > 600 ? sb + "..." : sb.toString();
  }

  /** The bytes of a text with the corpus tokens: {{xHH}} one raw byte, {{rep N:TEXT}}. */
  static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (m.find()) {
      out.writeBytes(text.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
      if (m.group(1) != null) {
        out.write(Integer.parseInt(m.group(1), 16));
      } else {
        out.writeBytes(m.group(3).repeat(Integer.parseInt(m.group(2)))
            .getBytes(StandardCharsets.UTF_8));
      }
      at = m.end();
    }
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void materialise(Path dir, String name, JsonNode spec, Path root)
      throws IOException {
    Path target = dir.resolve(name);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    if (spec.has("copyDir")) {
      Path from = root.resolve("base").resolve(spec.get("copyDir").asText());
      Files.createDirectories(target);
      try (Stream<Path> list = Files.list(from)) {
        for (Path f : (Iterable<Path>) list::iterator) {
          Files.copy(f, target.resolve(f.getFileName().toString()));
        }
      }
    } else if (spec.path("dir").asBoolean()) {
      Files.createDirectories(target);
    } else if (spec.path("delete").asBoolean()) {
      Files.delete(target);
    } else if (spec.has("text")) {
      Files.write(target, bytes(spec.get("text").asText()));
    } else if (spec.has("hex")) {
      Files.write(target, HexFormat.of().parseHex(spec.get("hex").asText().replace(" ", "")));
    } else if (spec.has("base")) {
      byte[] base = Files.readAllBytes(root.resolve("base").resolve(spec.get("base").asText()));
      Files.write(target, replaceAll(base, spec.path("replace"), name));
      if (spec.has("json")) {
        editJson(target, spec.get("json"), false);
      }
    } else {
      throw new IllegalStateException("unknown file spec for " + name + ": " + spec);
    }
  }

  /** Replaces every occurrence of each [old, new] pair; each old text must occur. */
  private static byte[] replaceAll(byte[] content, JsonNode pairs, String name) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    for (JsonNode pair : pairs) {
      String old = new String(bytes(pair.get(0).asText()), StandardCharsets.ISO_8859_1);
      String now = new String(bytes(pair.get(1).asText()), StandardCharsets.ISO_8859_1);
      if (!text.contains(old)) {
        throw new IllegalStateException(name + ": the text to replace is not there: " + old);
      }
      text = text.replace(old, now);
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void edit(Path dir, JsonNode edit) throws IOException {
    Path file = dir.resolve(edit.get("file").asText());
    if (edit.has("replace")) {
      Files.write(file, replaceAll(Files.readAllBytes(file), edit.get("replace"),
          edit.get("file").asText()));
    }
    if (edit.has("json") || edit.path("rehash").asBoolean()) {
      editJson(file, edit.path("json"), edit.path("rehash").asBoolean());
    }
    if (edit.has("truncate")) {
      byte[] b = Files.readAllBytes(file);
      Files.write(file, Arrays.copyOf(b, Math.min(b.length, edit.get("truncate").asInt())));
    }
    if (edit.has("append")) {
      byte[] b = Files.readAllBytes(file);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(b);
      out.writeBytes(bytes(edit.get("append").asText()));
      Files.write(file, out.toByteArray());
    }
  }

  /**
   * Applies JSON edits ({"set": POINTER, "value": V}, {"remove": POINTER}, {"insert": POINTER
   * to an array position, "value": V}, {"swap": POINTER to an array, "i": I, "j": J}) and, for
   * a trail, recomputes the hash chain as docs/decisions.md describes it, as a tamperer who knows
   * the format would.
   */
  private static void editJson(Path file, JsonNode edits, boolean rehash) throws IOException {
    JsonNode doc = MAPPER.readTree(Files.readAllBytes(file));
    for (JsonNode e : edits) {
      if (e.has("swap")) {
        ArrayNode a = (ArrayNode) doc.at(e.get("swap").asText());
        int i = e.get("i").asInt();
        int j = e.get("j").asInt();
        JsonNode first = a.get(i);
        a.set(i, a.get(j));
        a.set(j, first);
        continue;
      }
      String pointer = e.has("set") ? e.get("set").asText()
          : e.has("remove") ? e.get("remove").asText() : e.get("insert").asText();
      int cut = pointer.lastIndexOf('/');
      JsonNode parent = doc.at(pointer.substring(0, cut));
      String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ObjectNode o) {
        if (e.has("remove")) {
          o.remove(last);
        } else {
          o.set(last, e.get("value"));
        }
      } else if (parent instanceof ArrayNode a) {
        int i = Integer.parseInt(last);
        if (e.has("remove")) {
          a.remove(i);
        } else if (e.has("insert")) {
          a.insert(i, e.get("value"));
        } else {
          a.set(i, e.get("value"));
        }
      } else {
        throw new IllegalStateException(file + ": no container at " + pointer);
      }
    }
    if (rehash) {
      String previous = "0".repeat(64);
      for (JsonNode entry : doc.get("entries")) {
        ObjectNode o = (ObjectNode) entry;
        o.put("previousHash", previous);
        o.remove("hash");
        StringBuilder sb = new StringBuilder();
        compact(sb, o);
        previous = sha256(sb.toString());
        o.put("hash", previous);
      }
    }
    Files.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
  }

  /** The hashed form of docs/decisions.md: compact, fields sorted by name. */
  static void compact(StringBuilder sb, JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        string(sb, e.getKey());
        sb.append(':');
        compact(sb, e.getValue());
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        sb.append(i > 0 ? "," : "");
        compact(sb, node.get(i));
      }
      sb.append(']');
    } else if (node.isTextual()) {
      string(sb, node.asText());
    } else {
      sb.append(node.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    sb.append('"');
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
