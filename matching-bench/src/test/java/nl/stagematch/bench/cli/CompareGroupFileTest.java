package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --group FILE} joins the real group to the outcomes, and only to them. */
class CompareGroupFileTest {
  private static final MatchingProblem SAMPLE = SampleCohort.load();
  /** Blind variants (every contender is checked in ResearchAttributesBlindTest). */
  private static final List<String> BLIND = List.of("school-placement", "student-choice",
      "regional-allocation");

  @TempDir Path dir;

  private Path write(String name, Set<String> group) throws IOException {
    StringBuilder sb = new StringBuilder("student,group\n");
    for (var s : SAMPLE.students()) {
      sb.append(s.id()).append(',').append(group.contains(s.id()) ? 1 : 0).append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, sb);
    return file;
  }

  private List<String> compare(String out, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("compare", "--variants", "v0-practice,"
        + String.join(",", BLIND), "--replications", "2", "--threads", "2", "--out",
        dir.resolve(out).toString()));
    args.addAll(List.of(more));
    ValidateCommandTest.Run run = ValidateCommandTest.run(args.toArray(new String[0]));
    assertEquals(0, run.exit(), run.err());
    return Files.readAllLines(dir.resolve(out).resolve("results.csv"));
  }

  private static List<String> rows(List<String> csv, String arm, String group) {
    List<String> out = new ArrayList<>();
    for (String line : csv) {
      String[] f = line.split(",");
      // the gaps are over all students but compare the group with the others
      if (f[0].equals(arm) && f[5].equals(group) && !f[4].endsWith("-gap")) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void theFileGroupIsJoinedAndTheBlindVariantsCannotSeeIt() throws IOException {
    Set<String> early = new TreeSet<>();
    Set<String> late = new TreeSet<>();
    for (int i = 0; i < SAMPLE.students().size(); i++) {
      (i < SAMPLE.students().size() / 3 ? early : late).add(SAMPLE.students().get(i).id());
    }
    List<String> withEarly = compare("early", "--group", write("early.csv", early).toString());
    List<String> withLate = compare("late", "--group", write("late.csv", late).toString());
    List<String> drawn = compare("drawn");
    for (String arm : BLIND) {
      List<String> all = rows(drawn, arm, "all");
      assertTrue(all.size() > 20, arm);
      // every figure over all students is the same byte for byte, whatever the group
      assertEquals(all, rows(withEarly, arm, "all"), arm);
      assertEquals(all, rows(withLate, arm, "all"), arm);
      assertNotEquals(rows(withEarly, arm, "group"), rows(withLate, arm, "group"), arm);
      assertNotEquals(rows(drawn, arm, "group"), rows(withLate, arm, "group"), arm);
    }
    // today's practice reads the group (a company's klikgesprek): its result changes
    assertNotEquals(rows(withEarly, "v0-practice", "all"), rows(withLate, "v0-practice", "all"));

    // the joined group's placement rate, computed here from V1's own result
    MatchResult v1 = Variants.load().get("school-placement").match(MatchRequest.builder(SAMPLE)
        .seed(2025).responder(Responder.byFit()).build()).result();
    int active = early.size();
    for (Unplaced u : v1.unplaced()) {
      if (early.contains(u.studentId()) && (u.reason() == UnplacedReason.OUT_OF_SCOPE
          || u.reason() == UnplacedReason.OPTED_OUT)) {
        active--;
      }
    }
    long placed = v1.placements().stream().filter(p -> early.contains(p.studentId())).count();
    String expected = String.format(Locale.ROOT, "school-placement,1,2025,sample,"
        + "placement-rate,group,%.6f", placed / (double) active);
    assertTrue(withEarly.contains(expected), expected + " in " + rows(withEarly,
        "school-placement", "group"));
    // the same group in both replications: a file is never redrawn
    assertEquals(rows(withEarly, "school-placement", "group").get(0).split(",")[6],
        rows(withEarly, "school-placement", "group").stream()
            .filter(l -> l.startsWith("school-placement,2,2026,sample,placement-rate,group,"))
            .findFirst().orElseThrow().split(",")[6]);
  }

  @Test
  void aWrongFileIsBadInputWithItsCodeAndTheGenerateCombinationIsRefused() throws IOException {
    Path cohort = dir.resolve("roc.json");
    ProblemJson.write(SAMPLE, cohort);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "S-NOBODY,1\n");
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "--cohort",
        cohort.toString(), "--group", bad.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.err().contains("error [ATTRIBUTE_FILE_UNKNOWN_STUDENT]: Line 1 of " + bad
        + " names a student (S-NOBODY)"), run.err());
    ValidateCommandTest.Run dutch = ValidateCommandTest.runDefault("compare", "--schools",
        bad.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, dutch.exit(), dutch.out());
    assertTrue(dutch.err().contains("fout [ATTRIBUTE_FILE_UNKNOWN_STUDENT]: Regel 1 van " + bad),
        dutch.err());
    ValidateCommandTest.Run generated = ValidateCommandTest.run("compare", "--generate",
        "students=100", "--group", bad.toString());
    assertEquals(2, generated.exit());
    assertTrue(generated.err().contains("CLI_COMPARE_ATTRIBUTES_WITH_GENERATE"),
        generated.err());
  }
}
