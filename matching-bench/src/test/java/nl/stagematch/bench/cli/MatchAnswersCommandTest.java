package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.StudentChoiceReport;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AnswersFile;
import nl.stagematch.variants.process.MatchingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match --stage meetings} and {@code match --answers}: the staged two-by-two flow on the
 * sample, student-choice rankings from a file, the answers in the trail, and exit 2 without a
 * stack trace for answers that do not fit the run.
 */
class MatchAnswersCommandTest {
  @TempDir
  Path dir;

  private static ValidateCommandTest.Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Writes the meeting plan of the sample (seed 7) and returns the orders, by id descending. */
  @SuppressWarnings("unchecked")
  private AnswersFile meetingsAndOrders(Set<String> plannedPairs) throws IOException {
    Path plan = dir.resolve("plan.json");
    ValidateCommandTest.Run stage = run("match", "--variant", "two-by-two", "--seed", "7",
        "--sample", "--stage", "meetings", "--out", plan.toString());
    assertEquals(0, stage.exit(), stage.err());
    Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(plan), "plan");
    assertEquals("stagematch-meetings/1", doc.get("format"));
    Map<String, List<String>> students = new TreeMap<>();
    ((Map<String, List<String>>) doc.get("students")).forEach((s, ps) -> {
      List<String> order = new ArrayList<>(ps);
      order.sort(Collections.reverseOrder());
      students.put(s, order);
      ps.forEach(p -> plannedPairs.add(s + "/" + p));
    });
    Map<String, List<String>> places = new TreeMap<>();
    ((Map<String, Map<String, Object>>) doc.get("places")).forEach((p, o) -> {
      List<String> order = new ArrayList<>((List<String>) o.get("students"));
      order.sort(Collections.reverseOrder());
      places.put(p, order);
    });
    String bom = "\uFEFF";
    // in English (as run() asks): English file names and headers
    List<String> byStudent = Files.readAllLines(dir.resolve("plan-students.csv"));
    List<String> byCompany = Files.readAllLines(dir.resolve("plan-companies.csv"));
    assertEquals(bom + "student;place;company", byStudent.get(0));
    assertEquals(bom + "company;place;student", byCompany.get(0));
    assertFalse(Files.exists(dir.resolve("plan-studenten.csv")));
    assertEquals(plannedPairs.size() + 1, byStudent.size());
    assertEquals(plannedPairs.size() + 1, byCompany.size());
    assertFalse(plannedPairs.isEmpty());
    return AnswersFile.ofOrders(students, places);
  }

  @Test
  void theMeetingPlanCsvsAreNamedAndHeadedInDutchByDefault() throws Exception {
    Path plan = dir.resolve("plan.json");
    ValidateCommandTest.Run stage = ValidateCommandTest.runDefault("match", "--variant",
        "two-by-two", "--seed", "7", "--sample", "--stage", "meetings", "--out", plan.toString());
    assertEquals(0, stage.exit(), stage.err());
    String bom = "\uFEFF";
    assertEquals(bom + "student;stageplaats;bedrijf",
        Files.readAllLines(dir.resolve("plan-studenten.csv")).get(0));
    assertEquals(bom + "bedrijf;stageplaats;student",
        Files.readAllLines(dir.resolve("plan-bedrijven.csv")).get(0));
    assertFalse(Files.exists(dir.resolve("plan-students.csv")));
    assertTrue(stage.out().contains("plan-studenten.csv"), stage.out());
  }

  @Test
  void theStagedTwoByTwoFlowPlacesByTheOrdersOverExactlyThePlannedMeetings() throws Exception {
    Set<String> planned = new TreeSet<>();
    AnswersFile orders = meetingsAndOrders(planned);
    Path answers = dir.resolve("orders.json");
    Files.writeString(answers, orders.toJson());
    Path out = dir.resolve("result.json");
    ValidateCommandTest.Run run = run("match", "--variant", "two-by-two", "--seed", "7",
        "--sample", "--answers", answers.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.err().contains("simulated"), run.err());
    MatchResult result = ResultJson.read(out);
    AcquaintanceCertificate c = (AcquaintanceCertificate) result.certificate();
    Set<String> met = new TreeSet<>();
    for (Provenance.Pair p : c.meetings()) {
      met.add(p.studentId() + "/" + p.placeId());
    }
    assertEquals(planned, met, "the plan lists exactly the meetings of the run");
    assertEquals(orders.studentOrders(), new TreeMap<>(c.studentOrders()));
    assertEquals("answers-file sha256:" + sha256(Files.readAllBytes(answers)),
        result.provenance().responder());
    assertTrue(ResultVerifier.verify(SampleCohort.load(), result).verified());

    ValidateCommandTest.Run simulated = run("match", "--variant", "two-by-two", "--seed", "7",
        "--sample", "--out", dir.resolve("sim.json").toString());
    assertTrue(simulated.err().contains("answers:   simulated by the built-in responder"),
        simulated.err());
    assertEquals("by-fit", ResultJson.read(dir.resolve("sim.json")).provenance().responder());
  }

  @Test
  void studentChoiceRankingsFromAFileAreRecordedInTheTrailThatReplays() throws Exception {
    MatchingProblem sample = SampleCohort.load();
    StudentChoiceReport byFit = (StudentChoiceReport) Variants.builtIn().get("student-choice")
        .match(MatchRequest.builder(sample).seed(3).build()).report();
    Map<String, List<String>> reversed = new TreeMap<>();
    byFit.rankings().forEach((s, r) -> {
      List<String> l = new ArrayList<>(r);
      Collections.reverse(l);
      reversed.put(s, l);
    });
    Path answers = dir.resolve("rankings.json");
    Files.writeString(answers, AnswersFile.ofRankings(reversed).toJson());
    Path decisions = dir.resolve("decisions.json");
    Files.writeString(decisions, "{\"format\":\"stagematch-decisions/1\",\"steps\":[]}");
    Path trail = dir.resolve("trail.json");
    Path out = dir.resolve("result.json");
    ValidateCommandTest.Run run = run("match", "--variant", "student-choice", "--seed", "3",
        "--sample", "--answers", answers.toString(), "--decisions", decisions.toString(),
        "--trail", trail.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    String json = Files.readString(trail);
    assertTrue(json.contains("answers-file sha256:" + sha256(Files.readAllBytes(answers))));
    MatchingSession replayed = MatchingSession.replay(sample, json, Variants.builtIn());
    assertEquals(ResultJson.read(out).placements(), replayed.result().placements());
  }

  @Test
  void answersThatDoNotFitTheRunExitTwoWithTheirPathAndNoStackTrace() throws Exception {
    Set<String> planned = new TreeSet<>();
    AnswersFile orders = meetingsAndOrders(planned);
    String student = orders.studentOrders().firstKey();
    Map<String, List<String>> wrong = new TreeMap<>(orders.studentOrders());
    String unmet = null;
    for (var place : SampleCohort.load().places()) {
      if (!planned.contains(student + "/" + place.id())) {
        unmet = place.id();
        break;
      }
    }
    wrong.put(student, List.of(unmet));
    Map<String, String> cases = new TreeMap<>();
    cases.put(AnswersFile.ofOrders(wrong, orders.placeOrders()).toJson(),
        "$.studentOrders." + student + "[0]: student (" + student + ") did not meet place ("
        + unmet + ")");
    cases.put(AnswersFile.ofRankings(Map.of()).toJson(), "$.variant: the answers are for"
        + " (student-choice), but the variant run is (two-by-two)");
    cases.put("{\"format\":\"stagematch-answers/1\",\"variant\":\"two-by-two\",\"x\":1}",
        "$.x: unknown field");
    cases.put(AnswersFile.ofOrders(orders.studentOrders(), Map.of()).toJson(),
        "$.placeOrders: an order of place");
    Path answers = dir.resolve("bad.json");
    for (Map.Entry<String, String> e : cases.entrySet()) {
      Files.writeString(answers, e.getKey(), StandardCharsets.UTF_8);
      ValidateCommandTest.Run run = run("match", "--variant", "two-by-two", "--seed", "7",
          "--sample", "--answers", answers.toString(), "--out", dir.resolve("r.json").toString());
      assertEquals(2, run.exit(), run.err());
      // every error on its own line(s), each coded and after the file's name
      assertTrue(run.err().startsWith("error [CLI_"), run.err());
      assertTrue(run.err().contains("]: " + answers + ": " + e.getValue()), run.err());
      assertTrue(run.err().contains("\nMaybe "), run.err());
      assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
    ValidateCommandTest.Run usage = run("match", "--variant", "student-choice", "--sample",
        "--stage", "meetings", "--out", dir.resolve("p.json").toString());
    assertEquals(2, usage.exit(), usage.err());
    assertFalse(usage.err().contains("Exception"), usage.err());
  }
}
