package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagematch verify}, and {@code report} refusing a result of another problem. */
class VerifyCommandTest {
  @TempDir
  Path dir;
  private Path problemFile;
  private Path resultFile;
  private MatchingProblem problem;

  @BeforeEach
  void matchTheSample() throws Exception {
    problem = SampleCohort.load();
    problemFile = dir.resolve("cohort.json");
    ProblemJson.write(problem, problemFile);
    resultFile = dir.resolve("result.json");
    ValidateCommandTest.Run run = ValidateCommandTest.run("match", "--variant",
        "school-placement", "--seed", "2025", problemFile.toString(), "--out",
        resultFile.toString());
    assertEquals(0, run.exit(), run.err());
  }

  private ValidateCommandTest.Run verify(Path result) {
    return ValidateCommandTest.run("verify", "--problem", problemFile.toString(),
        result.toString());
  }

  private Path write(String name, MatchResult result) throws Exception {
    Path file = dir.resolve(name);
    ResultJson.write(result, file);
    return file;
  }

  private static void assertRefused(ValidateCommandTest.Run run, String property) {
    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith(""), run.out());
    assertTrue(run.out().contains("failed      " + property + " at $"), run.out());
    assertTrue(run.err().contains("fails verification"), run.err());
  }

  @Test
  void aMatchedResultVerifiesAndSaysWhatWasChecked() {
    ValidateCommandTest.Run run = verify(resultFile);
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains(": VERIFIED\n"), run.out());
    for (String property : List.of("problem-hash", "lottery", "feasibility", "fit", "reasons",
        "optimality")) {
      assertTrue(run.out().contains("checked     " + property + ":"), property + "\n"
          + run.out());
    }
  }

  @Test
  void aRegionalResultVerifies() throws Exception {
    Path schools = dir.resolve("schools.csv");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < problem.students().size(); i++) {
      lines.append(problem.students().get(i).id()).append(i % 2 == 0 ? ",north\n" : ",south\n");
    }
    Files.writeString(schools, lines.toString(), StandardCharsets.UTF_8);
    Path v5 = dir.resolve("v5.json");
    assertEquals(0, ValidateCommandTest.run("match", "--variant", "regional-allocation",
        "--seed", "7", "--schools", schools.toString(), problemFile.toString(), "--out",
        v5.toString()).exit());
    ValidateCommandTest.Run run = verify(v5);
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("checked     allocation:"), run.out());
    assertTrue(run.out().contains("checked     optimality of school (north)"), run.out());
  }

  @Test
  void aPlacementMovedToAPlaceSheCannotUseIsRefused() throws Exception {
    MatchResult result = ResultJson.read(resultFile);
    Eligibility e = Eligibility.compute(problem);
    Placement p = result.placements().get(0);
    int s = problem.studentIndex(p.studentId());
    // a place she cannot use that still has a free seat: the result still fits the problem
    // (which the reader checks first), and the verifier finds the move
    Map<String, Integer> load = new TreeMap<>();
    result.placements().forEach(x -> load.merge(x.placeId(), 1, Integer::sum));
    String other = null;
    for (int q = 0; q < problem.places().size() && other == null; q++) {
      String id = problem.places().get(q).id();
      if (!e.isAdmissible(s, q) && load.getOrDefault(id, 0) < problem.places().get(q).capacity()) {
        other = id;
      }
    }
    assertTrue(other != null, "no place she cannot use has a free seat");
    List<Placement> moved = new ArrayList<>(result.placements());
    moved.set(0, new Placement(p.studentId(), other, p.fit()));
    ValidateCommandTest.Run run = verify(write("moved.json", new MatchResult(result.variant(),
        result.seed(), moved, result.unplaced(), result.lotteryNumbers(), result.provenance(),
        result.certificate())));
    assertRefused(run, "feasibility");
    assertTrue(run.out().contains("$.placements[0]") && run.out().contains(other), run.out());
  }

  @Test
  void aChangedDualPriceIsRefused() throws Exception {
    MatchResult result = ResultJson.read(resultFile);
    AssignmentCertificate c = (AssignmentCertificate) result.certificate();
    Map<String, Long> prices = new TreeMap<>(c.studentPrices());
    String id = prices.keySet().iterator().next();
    prices.put(id, prices.get(id) - 1);
    ValidateCommandTest.Run run = verify(write("dual.json", result.withEvidence(
        result.provenance(), new AssignmentCertificate(c.penalty(), prices, c.placePrices()))));
    assertRefused(run, "optimality");
  }

  @Test
  void aChangedFitDroppedStudentOrSeedIsRefused() throws Exception {
    String text = Files.readString(resultFile, StandardCharsets.UTF_8);
    MatchResult result = ResultJson.read(resultFile);
    Placement p = result.placements().get(2);
    String line = "{\"studentId\": \"" + p.studentId() + "\", \"placeId\": \"" + p.placeId()
        + "\", \"fit\": " + p.fit() + "}";
    assertTrue(text.contains(line), line);
    Path fit = dir.resolve("fit.json");
    Files.writeString(fit, text.replace(line, line.replace("\"fit\": " + p.fit(), "\"fit\": "
        + (p.fit() == 1000 ? 999 : p.fit() + 1))));
    assertRefused(verify(fit), "fit");
    Path dropped = dir.resolve("dropped.json");
    Files.writeString(dropped, text.replace("    " + line + ",\n", ""));
    ValidateCommandTest.Run run = verify(dropped);
    assertRefused(run, "feasibility");
    assertTrue(run.out().contains(p.studentId()), run.out());
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, text.replaceFirst("\"seed\": 2025,", "\"seed\": 2026,"));
    assertRefused(verify(seed), "provenance");
    assertTrue(verify(seed).out().contains("failed      lottery at $.lotteryNumbers"));
  }

  @Test
  void byDefaultTheReportAndItsFindingsAreDutchWithTheirCodes() throws Exception {
    String text = Files.readString(resultFile, StandardCharsets.UTF_8);
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, text.replaceFirst("\"seed\": 2025,", "\"seed\": 2026,"));
    ValidateCommandTest.Run run = ValidateCommandTest.runDefault("verify", "--problem",
        problemFile.toString(), seed.toString());
    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith(seed + ": AFGEKEURD: "), run.out());
    assertTrue(run.out().contains("  afgekeurd   provenance bij $.provenance.seed"
        + " [VERIFY_PROVENANCE_SEED]: de herkomst legt seed 2025 vast, maar het resultaat zegt"
        + " 2026."), run.out());
    assertTrue(run.out().contains("  afgekeurd   lottery bij $.lotteryNumbers"), run.out());
    assertTrue(run.out().contains("[VERIFY_LOTTERY]: het lotnummer van student ("), run.out());
    assertFalse(run.out().contains("failed "), run.out());
    assertTrue(run.err().contains("[VERIFY_PROVENANCE_SEED]: de herkomst"), run.err());
  }

  @Test
  void aResultOfAnotherProblemIsRefusedByVerifyAndReport() throws Exception {
    Policy p = problem.policy();
    MatchingProblem other = MatchingProblem.of(new Policy(p.schoolYear(), p.scope(),
        p.participation().equals(ParticipationPolicy.DEFAULT)
            ? ParticipationPolicy.OPT_OUT_ALLOWED : ParticipationPolicy.DEFAULT),
        problem.students(), problem.companies(), problem.places());
    Path otherFile = dir.resolve("other.json");
    ProblemJson.write(other, otherFile);
    ValidateCommandTest.Run run = ValidateCommandTest.run("verify", "--problem",
        otherFile.toString(), resultFile.toString());
    assertRefused(run, "problem-hash");
    assertTrue(run.out().contains(ProblemJson.sha256(other)), run.out());
    ValidateCommandTest.Run report = ValidateCommandTest.run("report", "--problem",
        otherFile.toString(), resultFile.toString());
    assertEquals(2, report.exit(), report.err());
    assertTrue(report.err().contains(ProblemJson.sha256(other))
        && report.err().contains(ProblemJson.sha256(problem))
        && report.err().contains("another problem"), report.err());
    assertEquals(0, ValidateCommandTest.run("report", "--problem", problemFile.toString(),
        resultFile.toString()).exit());
  }

  @Test
  void aVersion1ResultIsReadButNotFullyChecked() throws Exception {
    MatchResult result = ResultJson.read(resultFile);
    String v1 = new String(ResultJson.toBytes(new MatchResult(result.variant(), result.seed(),
        result.placements(), result.unplaced(), result.lotteryNumbers())),
        StandardCharsets.UTF_8).replace(ResultJson.FORMAT, ResultJson.FORMAT_V1);
    Path file = dir.resolve("v1.json");
    Files.writeString(file, v1);
    ValidateCommandTest.Run run = verify(file);
    assertEquals(3, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("NOT FULLY CHECKED"), run.out());
    assertTrue(run.out().contains("not checked problem-hash"), run.out());
  }
}
