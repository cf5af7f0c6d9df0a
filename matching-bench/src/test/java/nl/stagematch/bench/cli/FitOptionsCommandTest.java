package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit model on the command line: the problem file's {@code fitModel}, {@code --fit-weights}
 * and {@code --travel} for one run, what {@code validate} and {@code match} print, and that the
 * result verifies against the unchanged problem file.
 */
class FitOptionsCommandTest {
  @TempDir
  Path dir;

  private static ValidateCommandTest.Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private Path sampleFile() {
    Path file = dir.resolve("cohort.json");
    assertEquals(0, run("sample", "--out", file.toString()).exit());
    return file;
  }

  @Test
  void validatePrintsTheFitModelInEffectAndWhereItComesFrom() throws IOException {
    ValidateCommandTest.Run def = run("validate", "--sample");
    assertEquals(0, def.exit(), def.err());
    assertTrue(def.out().contains("fit model: weights: work processes 500, company kind 150,"
        + " work kind 150, travel 100, learning room 100; travel: detour factor 1.3, walk 5,"
        + " bike 15, public transport 30, car 45 km/h, public-transport wait 10 min; mastery"
        + " level 3 (the default)\n"), def.out());
    ValidateCommandTest.Run nl = run("validate", "--sample", "--lang", "nl");
    assertTrue(nl.out().contains("fitmodel: gewichten: werkprocessen 500, soort bedrijf 150,"
        + " soort werk 150, reistijd 100, leerruimte 100; reizen: omwegfactor 1,3, lopen 5,"
        + " fiets 15, ov 30, auto 45 km/u, wachttijd ov 10 min; beheersniveau 3 (de"
        + " standaard)\n"), nl.out());

    Path custom = dir.resolve("custom.json");
    ProblemJson.write(SampleCohort.load().toBuilder().fitParameters(
        Map.of("weights.travel", "300.0", "masteryLevel", "4")).build(), custom);
    ValidateCommandTest.Run file = run("validate", custom.toString());
    assertEquals(0, file.exit(), file.err());
    assertTrue(file.out().contains(", travel 300, learning room 100;"), file.out());
    assertTrue(file.out().contains("mastery level 4 (from the problem file)\n"), file.out());
    // the command line wins over the file, for this run
    ValidateCommandTest.Run over = run("validate", custom.toString(), "--travel", "bike=10");
    assertTrue(over.out().contains(", travel 300, "), over.out());
    assertTrue(over.out().contains(", bike 10, "), over.out());
    assertTrue(over.out().contains("(changed on the command line)\n"), over.out());
  }

  @Test
  void overridesChangeTheFitsAreRecordedAndTheResultVerifiesAgainstTheFile()
      throws IOException {
    Path problem = sampleFile();
    Path plain = dir.resolve("plain.json");
    Path changed = dir.resolve("changed.json");
    assertEquals(0, run("match", "--variant", "school-placement", "--seed", "5",
        problem.toString(), "--out", plain.toString()).exit());
    ValidateCommandTest.Run m = run("match", "--variant", "school-placement", "--seed", "5",
        problem.toString(), "--fit-weights", "workProcesses=100,travel=900", "--travel",
        "bike=10,detourFactor=1.5", "--out", changed.toString());
    assertEquals(0, m.exit(), m.err());
    assertTrue(m.out().contains("fit model: weights: work processes 100, company kind 150,"
        + " work kind 150, travel 900, learning room 100; travel: detour factor 1.5, walk 5,"
        + " bike 10, "), m.out());
    assertTrue(m.out().contains("(changed on the command line)"), m.out());

    MatchResult result = ResultJson.read(changed);
    Map<String, String> expected = new TreeMap<>(FitParameters.of(FitModel.defaults()));
    expected.put("weights.workProcesses", "100.0");
    expected.put("weights.travel", "900.0");
    expected.put("travel.speedKmh.BIKE", "10.0");
    expected.put("travel.detourFactor", "1.5");
    assertEquals(expected, result.provenance().fitModel());
    assertEquals(FitParameters.of(FitModel.defaults()),
        ResultJson.read(plain).provenance().fitModel());
    // every placement's fit is the changed model's, and some differ from the default's
    MatchingProblem sample = ProblemJson.read(problem);
    FitModel model = FitParameters.toModel(expected);
    int differing = 0;
    for (Placement p : result.placements()) {
      var student = sample.student(p.studentId()).orElseThrow();
      var place = sample.place(p.placeId()).orElseThrow();
      assertEquals(model.score(student, place, sample.companyOf(place)), p.fit(), p.toString());
      if (FitModel.defaults().score(student, place, sample.companyOf(place)) != p.fit()) {
        differing++;
      }
    }
    assertTrue(differing > 0);
    // the problem file is unchanged, so the result belongs to it; the verifier rebuilds the model
    ValidateCommandTest.Run verify = run("verify", "--problem", problem.toString(),
        changed.toString());
    assertEquals(0, verify.exit(), verify.out() + verify.err());
  }

  @Test
  void aProblemFileWithItsOwnModelIsMatchedWithItAndVerifies() throws IOException {
    Path custom = dir.resolve("custom.json");
    ProblemJson.write(SampleCohort.load().toBuilder().fitParameters(
        Map.of("weights.companyKind", "0.0", "travel.publicTransportWaitMinutes", "20.0")).build(),
        custom);
    Path out = dir.resolve("r.json");
    ValidateCommandTest.Run m = run("match", "--variant", "two-by-two", "--seed", "2",
        custom.toString(), "--out", out.toString());
    assertEquals(0, m.exit(), m.err());
    assertTrue(m.out().contains("(from the problem file)"), m.out());
    Map<String, String> recorded = ResultJson.read(out).provenance().fitModel();
    assertEquals("0.0", recorded.get("weights.companyKind"));
    assertEquals("20.0", recorded.get("travel.publicTransportWaitMinutes"));
    ValidateCommandTest.Run verify = run("verify", "--problem", custom.toString(),
        out.toString());
    assertEquals(0, verify.exit(), verify.out() + verify.err());
  }

  @Test
  void compareUsesTheOverridesOnTheCohortFile() throws IOException {
    Path problem = sampleFile();
    String[] before = new String[2];
    for (int i = 0; i < 2; i++) {
      Path out = dir.resolve("out" + i);
      ValidateCommandTest.Run run = i == 0
          ? run("compare", "--cohort", problem.toString(), "--variants", "school-placement",
              "--replications", "1", "--threads", "1", "--out", out.toString())
          : run("compare", "--cohort", problem.toString(), "--variants", "school-placement",
              "--replications", "1", "--threads", "1", "--out", out.toString(),
              "--fit-weights", "workProcesses=0,learningRoom=0", "--travel", "walk=4");
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains(i == 0 ? "Fit model: weights: work processes 500,"
          : "Fit model: weights: work processes 0,"), run.out());
      assertTrue(run.out().contains(i == 0 ? "(the default)" : "(changed on the command line)"),
          run.out());
      before[i] = java.nio.file.Files.readAllLines(out.resolve("results.csv")).stream()
          .filter(l -> l.contains(",fit-mean,all,")).findFirst().orElseThrow();
    }
    assertFalse(before[0].equals(before[1]), before[0]);
  }

  @Test
  void badValuesExitTwoNamingTheOptionAndWhatToDo() {
    String[][] cases = {
        {"--fit-weights", "travel=-1", "(travel): The weight (-1.0)"},
        {"--fit-weights", "distance=3", "unknown weight (distance); known: workProcesses"},
        {"--fit-weights", "travel", "has the item (travel), not NAME=VALUE"},
        {"--fit-weights", "travel=1,travel=2", "gives (travel) twice"},
        {"--fit-weights", "workProcesses=0,companyKind=0,workKind=0,travel=0,learningRoom=0",
            "leaves every fit weight at 0"},
        {"--travel", "detourFactor=0.5", "(detourFactor): The detour factor (0.5) must be"},
        {"--travel", "bike=fast", "(bike): The fit model parameter (travel.speedKmh.BIKE) has"
            + " the value (fast), not a number."},
        {"--travel", "train=60", "unknown name (train); known: detourFactor, walk"},
        {"--travel", "publicTransportWaitMinutes=90", "waiting time (90.0 minutes)"},
    };
    for (String[] c : cases) {
      for (String command : new String[] {"match", "validate"}) {
        ValidateCommandTest.Run r = command.equals("match")
            ? run("match", "--variant", "school-placement", "--sample", c[0], c[1])
            : run("validate", "--sample", c[0], c[1]);
        String what = command + " " + c[0] + " " + c[1] + ": " + r.err();
        assertEquals(2, r.exit(), what);
        assertTrue(r.err().contains("The option " + c[0]), what);
        assertTrue(r.err().contains(c[2]), what);
        assertTrue(r.err().contains("Maybe"), what);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), what);
      }
    }
    ValidateCommandTest.Run missing = run("validate", "--sample", "--travel");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("The option --travel needs a value"), missing.err());
    ValidateCommandTest.Run session = run("match", "--variant", "school-placement", "--sample",
        "--decisions", "d.json", "--fit-weights", "travel=200");
    assertEquals(2, session.exit());
    assertTrue(session.err().contains("do not go with --decisions"), session.err());
    ValidateCommandTest.Run generated = run("compare", "--generate", "students=100",
        "--fit-weights", "travel=200");
    assertEquals(2, generated.exit());
    assertTrue(generated.err().contains("not with --generate"), generated.err());
  }
}
