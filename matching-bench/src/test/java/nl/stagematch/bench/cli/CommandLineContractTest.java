package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every command of {@link Main#commands()} promises: {@code --help} prints its usage and
 * exits 0; an unknown option, a missing file or a file that is not JSON exits 2 with a message
 * that names the problem and suggests a fix, never a stack trace (exit 1 is for bugs only).
 */
class CommandLineContractTest {

  private static void assertBadInput(Run run, String shown, String what) {
    assertEquals(2, run.exit(), what + ": exit code; stderr:\n" + run.err());
    assertTrue(run.err().contains(shown), what + ": the message should show (" + shown
        + "):\n" + run.err());
    assertTrue(run.err().contains("Maybe"), what + ": no suggestion:\n" + run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"),
        what + ": a stack trace:\n" + run.err());
  }

  @TestFactory
  Stream<DynamicTest> everyCommandHasHelpAndRefusesAnUnknownOption() {
    return Main.commands().keySet().stream().flatMap(name -> Stream.of(
        DynamicTest.dynamicTest(name + " --help", () -> {
          Run run = ValidateCommandTest.run(name, "--help");
          assertEquals(0, run.exit(), run.err());
          assertTrue(run.out().startsWith("Usage: stagematch " + name), run.out());
        }),
        DynamicTest.dynamicTest(name + " --no-such-option", () -> assertBadInput(
            ValidateCommandTest.run(name, "--no-such-option"), "--no-such-option",
            name))));
  }

  @TestFactory
  Stream<DynamicTest> aMissingOrNonJsonFileIsBadInput() {
    List<List<String>> commands = List.of(List.of("validate"),
        List.of("match", "--variant", "school-placement"), List.of("report", "--sample"),
        List.of("verify", "--sample"),
        List.of("solve"), List.of("import"));
    return commands.stream().flatMap(command -> Stream.of(
        DynamicTest.dynamicTest(String.join(" ", command) + " (missing file)", () -> {
          String missing = "no-such-dir/no-such-file.json";
          assertBadInput(ValidateCommandTest.run(Stream.concat(command.stream(),
              Stream.of(missing)).toArray(String[]::new)), missing, command.toString());
        }),
        DynamicTest.dynamicTest(String.join(" ", command) + " (not JSON)", () -> {
          Path file = Files.createTempFile("stagematch", ".json");
          try {
            Files.writeString(file, "# not json\n");
            Run run = ValidateCommandTest.run(Stream.concat(command.stream(),
                Stream.of(file.toString())).toArray(String[]::new));
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertFalse(run.err().contains("\tat "), command + ": " + run.err());
          } finally {
            Files.delete(file);
          }
        })));
  }
}
