package nl.stagematch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java verifier is callable from a module-path application: a tiny module that {@code
 * requires nl.stagematch.core} (and nothing else of ours) is compiled with the JDK's compiler
 * against the library's module on the module path, then run in its own JVM on a problem and a
 * result written by the library; it verifies the result, and refuses a tampered one.
 */
class ModulePathConsumerTest {
  @TempDir
  Path dir;

  private static final String MODULE_INFO = "module consumer {\n"
      + "  requires nl.stagematch.core;\n"
      + "}\n";

  private static final String MAIN = "package consumer;\n"
      + "\n"
      + "import java.nio.file.Path;\n"
      + "import nl.stagematch.core.check.ResultReport;\n"
      + "import nl.stagematch.core.check.ResultVerifier;\n"
      + "import nl.stagematch.core.format.ProblemJson;\n"
      + "import nl.stagematch.core.format.ResultJson;\n"
      + "\n"
      + "public final class Main {\n"
      + "  public static void main(String[] args) throws Exception {\n"
      + "    System.out.println(\"module: \" + ResultVerifier.class.getModule().getName()\n"
      + "        + \" named=\" + ResultVerifier.class.getModule().isNamed());\n"
      + "    for (int i = 1; i < args.length; i++) {\n"
      + "      ResultReport report = ResultVerifier.verify(ProblemJson.read(Path.of(args[0])),\n"
      + "          ResultJson.read(Path.of(args[i])));\n"
      + "      System.out.print(\"=== \" + i + \" \" + report.summary());\n"
      + "    }\n"
      + "  }\n"
      + "}\n";

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The library's core module and what it requires: Jackson (3 modules) and SLF4J. */
  private static String modulePath() throws Exception {
    List<String> entries = new ArrayList<>();
    for (String name : List.of("nl.stagematch.core.check.ResultVerifier",
        "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
        "com.fasterxml.jackson.annotation.JsonProperty", "org.slf4j.Logger")) {
      String entry = location(Class.forName(name));
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void aModulePathApplicationVerifiesAResult() throws Exception {
    MatchingProblem problem = SampleCohort.load();
    MatchRequest request = MatchRequest.builder(problem).seed(2025).build();
    MatchResult result = Variants.load().get("school-placement").match(request)
        .withProvenance(request).result();
    Path problemFile = dir.resolve("cohort.json");
    Path resultFile = dir.resolve("result.json");
    ProblemJson.write(problem, problemFile);
    ResultJson.write(result, resultFile);
    Placement first = result.placements().get(0);
    Path tamperedFile = dir.resolve("tampered.json");
    String line = "\"placeId\": \"" + first.placeId() + "\", \"fit\": " + first.fit() + "}";
    String text = Files.readString(resultFile, StandardCharsets.UTF_8);
    assertTrue(text.contains(line), line);
    Files.writeString(tamperedFile, text.replaceFirst(line, "\"placeId\": \"" + first.placeId()
        + "\", \"fit\": " + (first.fit() == 0 ? 1 : first.fit() - 1) + "}"));

    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN);
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK, not a JRE");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    String modulePath = modulePath();
    int compiled = javac.run(null, messages, messages, "--release", "17", "--module-path",
        modulePath, "-d", out.toString(), src.resolve("module-info.java").toString(),
        src.resolve("consumer/Main.java").toString());
    assertEquals(0, compiled, messages.toString(StandardCharsets.UTF_8));

    Run run = run(modulePath + File.pathSeparator + out, problemFile, resultFile,
        tamperedFile);
    assertEquals(0, run.exit, run.output);
    assertTrue(run.output.startsWith("module: nl.stagematch.core named=true\n"), run.output);
    String verified = run.output.substring(run.output.indexOf("=== 1 "),
        run.output.indexOf("=== 2 "));
    String refused = run.output.substring(run.output.indexOf("=== 2 "));
    assertTrue(verified.startsWith("=== 1 VERIFIED\n"), verified);
    assertTrue(verified.contains("checked     optimality:"), verified);
    assertTrue(refused.startsWith("=== 2 FAILED"), refused);
    assertTrue(refused.contains("failed      fit at $.placements[0].fit"), refused);
  }

  private record Run(int exit, String output) {}

  private static Run run(String modulePath, Path problem, Path result, Path tampered)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath,
        "--module", "consumer/consumer.Main", problem.toString(), result.toString(),
        tampered.toString())
        .redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the consumer did not finish");
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
