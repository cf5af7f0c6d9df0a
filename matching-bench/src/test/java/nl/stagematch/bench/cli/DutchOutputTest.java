package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.bench.MessageCatalogTest;
import nl.stagematch.bench.cli.ValidateCommandTest.Run;
import nl.stagematch.bench.gen.UniformCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.format.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints in a Dutch run (the default) is Dutch: a representative set of
 * commands, the usual runs and the typical mistakes of a user, with their standard output and
 * error scanned for English words (the scan of {@link MessageCatalogTest}).
 */
class DutchOutputTest {
  private static final Path EXAMPLE_CSV = Path.of("..", "docs", "examples", "csv");

  @TempDir
  Path tmp;

  private final List<String> problems = new ArrayList<>();
  private int runs;

  /** Runs a command in Dutch, checks its exit code and scans what it printed. */
  private Run run(int exit, String... args) {
    Run r = ValidateCommandTest.runDefault(args);
    assertEquals(exit, r.exit(), String.join(" ", args) + ":\n" + r.out() + r.err());
    runs++;
    String where = String.join(" ", args).replace(tmp.toString(), "");
    for (String line : (r.out() + r.err()).split("\n")) {
      // paths of the test's own files and the format's field names are not prose
      String prose = line.replace(tmp.toString(), "")
          .replaceAll("De bekende velden zijn: [^.]*\\.", "");
      MessageCatalogTest.scan(where + " [" + line + "]", prose, MessageCatalogTest.ENGLISH,
          problems);
    }
    return r;
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private String p(String name) {
    return tmp.resolve(name).toString();
  }

  @Test
  void everyCommandSpeaksDutchByDefault() throws IOException {
    Path problem = tmp.resolve("probleem.json");
    ProblemJson.write(UniformCohortGenerator.generate(21, 80, 40, 16, 2), problem);
    String pr = problem.toString();

    // the usual runs
    run(0, "validate", pr);
    run(0, "import", EXAMPLE_CSV.toString(), "--out", p("geimporteerd.json"));
    run(0, "match", "--variant", "school-placement", "--seed", "2025", pr, "--out",
        p("uitslag.json"));
    run(0, "match", "--variant", "two-by-two", "--seed", "2025", "--stage", "meetings", pr,
        "--out", p("kennismakingen.json"));
    run(0, "verify", "--problem", pr, p("uitslag.json"));
    run(0, "explain", "--problem", pr, p("uitslag.json"), "--out", p("brieven"));
    run(0, "report", "--problem", pr, p("uitslag.json"));
    Placement first = ResultJson.read(tmp.resolve("uitslag.json")).placements().get(0);
    Placement second = ResultJson.read(tmp.resolve("uitslag.json")).placements().get(1);
    String dir = p("sessie");
    run(0, "session", "start", dir, "--problem", pr, "--variant", "school-placement", "--seed",
        "2025", "--coordinator", "K-01");
    run(0, "session", "decide", dir, "confirm", first.studentId(), first.placeId());
    run(0, "session", "decide", dir, "refuse", second.studentId(), second.placeId(), "--reason",
        "TRAVEL", "--note", "NOTE-1");
    run(0, "session", "decide", dir, "pin", first.studentId(), first.placeId());
    run(0, "session", "undo", dir, "pin", first.studentId(), first.placeId());
    run(0, "session", "rematch", dir);
    run(0, "session", "status", dir);

    // typical mistakes
    run(2, "validate", write("kapot.json", "{\"format\": \"stagematch-problem/1\",").toString());
    run(2, "validate", write("fout.json", Files.readString(problem)
        .replaceFirst("\"capacity\": \\d+", "\"capacity\": \"twee\"")
        .replaceFirst("\"studyYear\": \\d+", "\"studyYear\": 1.5")
        .replaceFirst("\"crebo\": \"", "\"crebos\": \"")
        .replaceFirst("\"latitude\": ", "\"latitude\": true, \"lat\": ")
        .replaceFirst("\"id\": \"S-", "\"geslacht\": \"x\", \"id\": \"S-")).toString());
    run(2, "validate", write("gewichten.json", Files.readString(problem).replaceFirst(
        "\\{", "{\"fitModel\": {\"weights\": {\"travel\": -1}, \"masteryLevel\": 9},")).toString());
    run(2, "match", "--variant", "school-placement", "--fit-weights", "reistijd=-5", pr,
        "--out", p("x.json"));
    run(2, "match", "--variant", "school-placement", "--travel", "omwegfactor=7", pr,
        "--out", p("x.json"));
    run(2, "match", "--variant", "bestaat-niet", pr, "--out", p("x.json"));
    run(2, "match", "--variant", "two-by-two", "--seed", "2025", "--answers",
        write("antwoorden.json", "{\"format\": \"stagematch-answers/1\", \"variant\": 3")
            .toString(), pr, "--out", p("x.json"));
    run(2, "match", "--variant", "two-by-two", "--seed", "2025", "--answers",
        write("antwoorden2.json", "{\"format\": \"stagematch-answers/1\", \"variant\":"
            + " \"two-by-two\", \"studentOrders\": {\"S-0001\": [\"P-9999\"]},"
            + " \"placeOrders\": {}}").toString(), pr, "--out", p("x.json"));
    run(2, "verify", "--problem", pr, write("leeg.json", "").toString());
    run(2, "explain", "--problem", pr, p("bestaat-niet.json"), "--out", p("brieven2"));
    run(2, "session", "status", p("geen-sessie"));
    run(2, "session", "decide", dir, "refuse", first.studentId(), first.placeId(), "--reason",
        "WEER");
    run(2, "session", "decide", dir, "confirm", "S-9999", first.placeId());
    run(2, "session", "start", p("sessie2"), "--problem", pr, "--variant", "two-by-two",
        "--answers", write("kapot-antwoord.json", "{\"format\": ").toString());
    Path csv = tmp.resolve("export");
    Files.createDirectories(csv);
    try (var files = Files.list(EXAMPLE_CSV)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, csv.resolve(f.getFileName()));
      }
    }
    Path policy = csv.resolve("beleid.csv");
    List<String> lines = Files.readAllLines(policy, StandardCharsets.UTF_8);
    Files.write(policy, List.of(lines.get(0) + ";gewichten", lines.get(1) + ";reistijd=-3"),
        StandardCharsets.UTF_8);
    run(2, "import", csv.toString(), "--out", p("y.json"));
    run(2, "nietbestaand");

    assertTrue(runs > 25, runs + " runs");
    assertTrue(problems.isEmpty(), problems.size() + " lines with English words:\n"
        + String.join("\n", problems));
  }
}
