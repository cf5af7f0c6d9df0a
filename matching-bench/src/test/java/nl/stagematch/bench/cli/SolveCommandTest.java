package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.stagematch.bench.gen.CohortGenerator;
import nl.stagematch.bench.instance.Instance;
import nl.stagematch.bench.instance.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SolveCommand command = new SolveCommand(env);
    int code;
    java.util.Locale previous = Texts.use(java.util.Locale.ENGLISH);
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      try {
        code = command.run(List.of(args), o, e);
      } catch (UsageException ex) {
        e.println(ex.getMessage());
        code = Command.BAD_INPUT;
      } finally {
        Texts.use(previous);
      }
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void solvesAndPrintsTheHarnessLine(@TempDir Path dir) throws Exception {
    Instance in = CohortGenerator.cohort(800, 200, 6, 0.9, 5);
    Path file = dir.resolve("cohort-800.txt");
    InstanceWriter.write(in, file);
    Path sol = dir.resolve("sol.txt");
    Run r = run(Map.of("PEERS_WARMUP", "1", "PEERS_REPS", "2"), file.toString(), "--out",
        sol.toString(), "--checked");
    assertEquals(0, r.code(), r.err());
    String line = r.out().trim();
    assertTrue(line.startsWith("solver=stagematch instance=cohort-800.txt assigned="), line);
    assertTrue(line.contains(" runs=3 measured=2 "), line);
    assertTrue(line.contains(" valid=1"), line);
    // the solution file agrees with the printed objective
    List<String> rows = Files.readAllLines(sol);
    assertEquals(800, rows.size());
    long k = 0;
    long c = 0;
    for (int s = 0; s < rows.size(); s++) {
      int p = Integer.parseInt(rows.get(s));
      if (p >= 0) {
        k++;
        for (int e = in.rowStart()[s]; e < in.rowStart()[s + 1]; e++) {
          if (in.edgePlace()[e] == p) {
            c += in.edgeCost()[e];
          }
        }
      }
    }
    assertTrue(line.contains(" assigned=" + k + " cost=" + c + " "), line + " vs " + k + "/" + c);
    assertTrue(k < 800, "capacity ratio 0.9 must leave students out: " + k);
  }

  @Test
  void malformedFilesAndBadArgumentsExitWithTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "2 1 2\n1\n0 0 5\n1 0 oops\n");
    Run r = run(Map.of(), bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.txt line 4") && r.err().contains("'oops'"), r.err());
    Run missing = run(Map.of(), dir.resolve("none.txt").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("does not exist"), missing.err());
    Run noFile = run(Map.of());
    assertEquals(2, noFile.code());
    Run badEnv = run(Map.of("PEERS_REPS", "many"), bad.toString());
    assertEquals(2, badEnv.code());
    assertTrue(badEnv.err().contains("PEERS_REPS"), badEnv.err());
  }

  @Test
  void helpIsAvailableThroughMain() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code = Main.run(new String[] {"solve", "--help"}, Map.of(Texts.ENV, "en"), o, o);
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: stagematch solve FILE"));
    out.reset();
    assertEquals(0, Main.run(new String[] {"solve", "--help"}, Map.of(), o, o));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Gebruik: stagematch solve BESTAND"));
  }
}
