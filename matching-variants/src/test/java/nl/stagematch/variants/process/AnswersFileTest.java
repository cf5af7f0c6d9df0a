package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.stagematch.core.check.ResultReport;
import nl.stagematch.core.check.ResultVerifier;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.MeetingPlan;
import nl.stagematch.variants.StudentChoiceReport;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.testing.FixedClock;
import nl.stagematch.variants.testing.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers as data: an {@link AnswersFile}'s responder decides V4 and V2 runs as its answers say,
 * the results verify from their certificates, every answer that does not fit the run is refused
 * with its JSON path, and a session with the file's answers replays from its trail alone.
 */
class AnswersFileTest {
  private static final MatchingVariant V4 = Variants.builtIn().get("student-choice");
  private static final MatchingVariant V2 = Variants.builtIn().get("two-by-two");

  private static Proposal run(MatchingVariant variant, MatchingProblem problem, long seed,
      AnswersResponder responder) {
    MatchRequest.Builder b = MatchRequest.builder(problem).seed(seed);
    if (responder != null) {
      b.responder(responder);
    }
    MatchRequest request = b.build();
    Proposal p = variant.match(request).withProvenance(request);
    if (responder != null) {
      responder.checkAllAsked();
    }
    return p;
  }

  private static void assertVerified(MatchingProblem problem, MatchResult result, String what) {
    ResultReport report = ResultVerifier.verify(problem, result);
    assertTrue(report.verified(), what + "\n" + report.summary());
  }

  /** V4's by-fit rankings, each reversed (worst fit first). */
  private static AnswersFile reversedRankings(MatchingProblem problem, long seed) {
    StudentChoiceReport byFit = (StudentChoiceReport) run(V4, problem, seed, null).report();
    Map<String, List<String>> rankings = new TreeMap<>();
    byFit.rankings().forEach((sid, r) -> {
      List<String> reversed = new ArrayList<>(r);
      Collections.reverse(reversed);
      rankings.put(sid, reversed);
    });
    return AnswersFile.ofRankings(rankings);
  }

  /** V2 orders over the meetings: every side ranks by id descending (not by fit). */
  private static AnswersFile ordersByIdDescending(MeetingPlan plan) {
    Map<String, List<String>> students = new TreeMap<>();
    Map<String, List<String>> places = new TreeMap<>();
    for (StudentPlace m : plan.meetings()) {
      students.computeIfAbsent(m.studentId(), k -> new ArrayList<>()).add(m.placeId());
      places.computeIfAbsent(m.placeId(), k -> new ArrayList<>()).add(m.studentId());
    }
    students.values().forEach(l -> l.sort(Collections.reverseOrder()));
    places.values().forEach(l -> l.sort(Collections.reverseOrder()));
    return AnswersFile.ofOrders(students, places);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void reversedRankingsGiveAnotherStableResultThatVerifies(long seed) {
    String what = "seed " + seed;
    MatchingProblem problem = TestProblems.random(300 + seed, 60, 20);
    AnswersFile file = AnswersFile.parse(reversedRankings(problem, seed).toJson());
    AnswersResponder responder = file.responder(problem);
    Proposal answered = run(V4, problem, seed, responder);
    StudentChoiceReport report = (StudentChoiceReport) answered.report();
    // the variant ranked exactly as the file says, for every student it asked
    report.rankings().forEach((sid, r) -> assertEquals(file.rankings().get(sid), r, what));
    assertNotEquals(run(V4, problem, seed, null).result().placements(),
        answered.result().placements(), what + ": the answers must matter");
    assertVerified(problem, answered.result(), what);
    assertEquals("answers-file sha256:" + file.sha256(),
        answered.result().provenance().responder(), what);
    // same file, same seed: the same result
    assertEquals(answered.result(), run(V4, problem, seed, file.responder(problem)).result());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void ordersOtherThanByFitDecideTheTwoByTwoPlacementAndVerify(long seed) {
    String what = "seed " + seed;
    MatchingProblem problem = TestProblems.random(400 + seed, 60, 20);
    Proposal byFit = run(V2, problem, seed, null);
    MeetingPlan plan = (MeetingPlan) byFit.report();
    AnswersFile file = ordersByIdDescending(plan);
    Proposal answered = run(V2, problem, seed, file.responder(problem));
    assertEquals(plan.meetings(), ((MeetingPlan) answered.report()).meetings(),
        what + ": the meetings do not depend on the answers");
    AcquaintanceCertificate c = (AcquaintanceCertificate) answered.result().certificate();
    assertEquals(file.studentOrders(), new TreeMap<>(c.studentOrders()), what);
    assertEquals(file.placeOrders(), new TreeMap<>(c.placeOrders()), what);
    assertNotEquals(byFit.result().placements(), answered.result().placements(), what);
    for (Placement p : answered.result().placements()) {
      if (plan.placesMetBy(p.studentId()).isEmpty()) {
        continue; // pinned or confirmed outside stage 2
      }
      assertTrue(plan.placesMetBy(p.studentId()).contains(p.placeId()), what + ": " + p);
    }
    assertVerified(problem, answered.result(), what);
  }

  static Stream<Arguments> badAnswers() {
    MatchingProblem problem = TestProblems.random(501, 40, 16);
    Proposal v4 = run(V4, problem, 1, null);
    StudentChoiceReport r = (StudentChoiceReport) v4.report();
    String asked = null;
    for (Map.Entry<String, List<String>> e : r.rankings().entrySet()) {
      if (e.getValue().size() >= 2) {
        asked = e.getKey();
        break;
      }
    }
    List<String> options = r.rankings().get(asked);
    String notOption = null;
    for (var place : problem.places()) {
      if (!options.contains(place.id())) {
        notOption = place.id();
        break;
      }
    }
    String notAsked = null;
    for (var s : problem.students()) {
      if (!r.rankings().containsKey(s.id())) {
        notAsked = s.id();
        break;
      }
    }
    Map<String, List<String>> all = new TreeMap<>(r.rankings());
    MeetingPlan plan = (MeetingPlan) run(V2, problem, 1, null).report();
    AnswersFile orders = ordersByIdDescending(plan);
    StudentPlace m0 = plan.meetings().get(0);
    String unmet = null;
    for (var place : problem.places()) {
      if (!plan.placesMetBy(m0.studentId()).contains(place.id())) {
        unmet = place.id();
        break;
      }
    }
    String twoMet = null;
    for (String sid : orders.studentOrders().keySet()) {
      if (orders.studentOrders().get(sid).size() == 2) {
        twoMet = sid;
        break;
      }
    }
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("unknown student", V4, with(all, "NOBODY", List.of()),
        "$.rankings.NOBODY: unknown student (NOBODY)"));
    cases.add(Arguments.of("unknown place", V4, with(all, asked, List.of("NOWHERE")),
        "$.rankings." + asked + "[0]: unknown place (NOWHERE)"));
    cases.add(Arguments.of("not an option", V4, with(all, asked, List.of(notOption)),
        "$.rankings." + asked + "[0]: place (" + notOption + ") is not one of the options"));
    cases.add(Arguments.of("ranked twice", V4,
        with(all, asked, List.of(options.get(0), options.get(1), options.get(0))),
        "$.rankings." + asked + "[2]: place (" + options.get(0) + ") is ranked twice"));
    cases.add(Arguments.of("missing student", V4, without(all, asked),
        "$.rankings: a ranking of student (" + asked + ") is missing"));
    assertTrue(notAsked != null, "the cohort must have a student V4 does not ask");
    cases.add(Arguments.of("not asked", V4, with(all, notAsked, List.of(options.get(0))),
        "$.rankings." + notAsked + ": student (" + notAsked + ") was not asked"));
    cases.add(Arguments.of("wrong variant", V2, AnswersFile.ofRankings(all),
        "$.variant: the answers are for (student-choice)"));
    Map<String, List<String>> so = new TreeMap<>(orders.studentOrders());
    cases.add(Arguments.of("did not meet", V2, AnswersFile.ofOrders(with(so, m0.studentId(),
        List.of(unmet)), orders.placeOrders()), "$.studentOrders." + m0.studentId()
        + "[0]: student (" + m0.studentId() + ") did not meet place (" + unmet + ")"));
    cases.add(Arguments.of("left out", V2, AnswersFile.ofOrders(with(so, twoMet,
        so.get(twoMet).subList(0, 1)), orders.placeOrders()), "$.studentOrders." + twoMet
        + ": the order leaves out [" + so.get(twoMet).get(1) + "]"));
    cases.add(Arguments.of("missing place", V2, AnswersFile.ofOrders(so,
        without(orders.placeOrders(), m0.placeId())), "$.placeOrders: an order of place ("
        + m0.placeId() + ") is missing"));
    cases.add(Arguments.of("wrong variant V4", V4, orders,
        "$.variant: the answers are for (two-by-two)"));
    return cases.stream();
  }

  /** With the collecting responder, every wrong answer of a file is reported in one go. */
  @org.junit.jupiter.api.Test
  void theCollectingResponderReportsEveryWrongAnswerAtOnce() {
    MatchingProblem problem = TestProblems.random(501, 40, 16);
    List<Arguments> all = badAnswers().toList();
    // the cases of one variant that can be combined in one file: each about another student
    // or place, so that they do not hide each other
    Map<String, List<String>> v4 = null;
    List<String> v4Expected = new ArrayList<>();
    for (Arguments a : all) {
      Object[] x = a.get();
      if (x[1] == V4 && x[2] instanceof Map && List.of("unknown student", "not an option",
          "not asked").contains(x[0])) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> m = (Map<String, List<String>>) x[2];
        if (v4 == null) {
          v4 = new TreeMap<>(m);
        }
        // the entry that differs from the others: the student of this case
        String path = ((String) x[3]).substring("$.rankings.".length());
        String student = path.substring(0, path.indexOf(path.contains("[") ? '[' : ':'));
        v4.put(student, m.get(student));
        v4Expected.add((String) x[3]);
      }
    }
    assertEquals(3, v4Expected.size());
    AnswersResponder responder = AnswersFile.ofRankings(v4).collectingResponder(problem);
    MatchRequest request = MatchRequest.builder(problem).seed(1).responder(responder).build();
    V4.match(request);
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        responder::checkAllAsked);
    assertEquals(3, e.errors().size(), e.getMessage());
    for (String expected : v4Expected) {
      assertTrue(e.errors().stream().anyMatch(x -> x.startsWith(expected)),
          expected + "\nin\n" + e.getMessage());
    }
    // V2: an order naming a pair that did not meet, one that leaves out a meeting and a
    // missing order of a place, in one file
    MeetingPlan plan = (MeetingPlan) run(V2, problem, 1, null).report();
    AnswersFile orders = ordersByIdDescending(plan);
    List<String> v2Expected = new ArrayList<>();
    Map<String, List<String>> so = new TreeMap<>(orders.studentOrders());
    Map<String, List<String>> po = new TreeMap<>(orders.placeOrders());
    for (Arguments a : all) {
      Object[] x = a.get();
      if (x[1] == V2 && x[2] instanceof AnswersFile f && !"wrong variant".equals(x[0])) {
        Map<String, List<String>> changed = new TreeMap<>();
        f.studentOrders().forEach((k, v) -> {
          if (!v.equals(orders.studentOrders().get(k))) {
            changed.put(k, v);
          }
        });
        if (changed.keySet().stream().anyMatch(k -> !so.get(k).equals(
            orders.studentOrders().get(k)))) {
          continue; // the same student as an earlier case: one answer hides the other
        }
        so.putAll(changed);
        orders.placeOrders().keySet().forEach(k -> {
          if (!f.placeOrders().containsKey(k)) {
            po.remove(k);
          }
        });
        v2Expected.add((String) x[3]);
      }
    }
    assertTrue(v2Expected.size() >= 2, v2Expected.toString());
    AnswersResponder r2 = AnswersFile.ofOrders(so, po).collectingResponder(problem);
    V2.match(MatchRequest.builder(problem).seed(1).responder(r2).build());
    AnswersResponder.WrongAnswer e2 = assertThrows(AnswersResponder.WrongAnswer.class,
        r2::checkAllAsked);
    assertEquals(v2Expected.size(), e2.errors().size(), e2.getMessage());
    for (String expected : v2Expected) {
      assertTrue(e2.errors().stream().anyMatch(x -> x.startsWith(expected)),
          expected + "\nin\n" + e2.getMessage());
    }
  }

  private static Map<String, List<String>> with(Map<String, List<String>> map, String id,
      List<String> list) {
    Map<String, List<String>> out = new TreeMap<>(map);
    out.put(id, list);
    return out;
  }

  private static Map<String, List<String>> without(Map<String, List<String>> map, String id) {
    Map<String, List<String>> out = new TreeMap<>(map);
    out.remove(id);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void everyAnswerThatDoesNotFitTheRunIsRefusedWithItsPath(String what, MatchingVariant variant,
      Object answers, String expected) {
    MatchingProblem problem = TestProblems.random(501, 40, 16);
    @SuppressWarnings("unchecked")
    AnswersFile file = answers instanceof AnswersFile f ? f
        : AnswersFile.ofRankings((Map<String, List<String>>) answers);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(variant, problem, 1, file.responder(problem)));
    assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("\nMaybe "), what + ": " + e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void answersOfAnotherVariantAreNamedFirst() {
    String json = "{\"format\":\"stagematch-answers/1\",\"variant\":\"two-by-two\","
        + "\"rankings\":{\"S1\":[\"P1\"]}}";
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> AnswersFile.parse(json, AnswersFile.STUDENT_CHOICE));
    assertEquals("ANSWER_FOR_OTHER_VARIANT", e.codes().get(0), e.getMessage());
    assertTrue(e.errors().get(0).startsWith("$.variant: the answers are for (two-by-two), but the"
        + " variant run is (student-choice)"), e.getMessage());
    // the field errors of the declared variant follow
    assertTrue(e.errors().size() > 1, e.getMessage());
    // a document of the variant run, or a run of any variant, reads as before
    String rankings = "{\"format\":\"stagematch-answers/1\",\"variant\":\"student-choice\","
        + "\"rankings\":{\"S1\":[\"P1\"]}}";
    assertEquals(AnswersFile.STUDENT_CHOICE,
        AnswersFile.parse(rankings, AnswersFile.STUDENT_CHOICE).variant());
    assertEquals(AnswersFile.STUDENT_CHOICE, AnswersFile.parse(rankings, null).variant());
    AnswersResponder.WrongAnswer other = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> AnswersFile.parse(rankings, AnswersFile.TWO_BY_TWO));
    assertEquals(List.of("ANSWER_FOR_OTHER_VARIANT"), other.codes());
  }

  @org.junit.jupiter.api.Test
  void aHugeNumberOfErrorsIsReportedBounded() {
    StringBuilder json = new StringBuilder(
        "{\"format\":\"stagematch-answers/1\",\"variant\":\"student-choice\",\"rankings\":{");
    int students = 250;
    for (int i = 1; i <= students; i++) {
      json.append(i > 1 ? "," : "").append("\"S").append(i).append("\":[1]");
    }
    json.append("}}");
    AnswersResponder.WrongAnswer e = assertThrows(AnswersResponder.WrongAnswer.class,
        () -> AnswersFile.parse(json.toString()));
    // every error is kept, but only the first 100 are reported in full and the rest counted
    assertEquals(students, e.errors().size());
    int full = AnswersResponder.WrongAnswer.REPORTED_IN_FULL;
    assertEquals(full + 1, e.reported().size());
    assertEquals("... and " + (students - full) + " more errors",
        e.reported().get(full).text(java.util.Locale.ENGLISH));
    assertEquals(full + 1, e.lines(java.util.Locale.ENGLISH).size());
    assertEquals(full + 1, e.getMessage().lines().filter(l -> l.startsWith("$.")
        || l.startsWith("...")).count(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format\":\"stagematch-answers/1\",\"variant\":\"student-choice\",\"rankings\":{},"
          + "\"extra\":1}|$.extra: unknown field",
      "{\"format\":\"stagematch-answers/1\",\"variant\":\"two-by-two\",\"rankings\":{}}"
          + "|$.rankings: unknown field",
      "{\"format\":\"stagematch-answers/1\",\"variant\":\"student-choice\",\"rankings\":"
          + "{\"S1\":[1]}}|$.rankings.S1[0]: expected a string",
      "{\"format\":\"stagematch-answers/1\",\"variant\":\"regional-allocation\"}|$.variant:"
          + " answers for the variant (regional-allocation) cannot be given",
      "{\"format\":\"stagematch-answers/1\",\"variant\":\"blind-shortlist\"}|$.picks: the field"
          + " is missing",
      "{\"format\":\"stagematch-result/2\"}|$.format: the document is a (stagematch-result/2)"})
  void theDocumentIsReadStrictly(String row) {
    String[] parts = row.split("\\|");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnswersFile.parse(parts[0]));
    assertTrue(e.getMessage().startsWith(parts[1]), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void theExampleInTheDocsReads() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs",
        "variants.md"));
    int start = doc.indexOf("```json\n", doc.indexOf("## Answers from people"));
    String json = doc.substring(start + 8, doc.indexOf("```", start + 8));
    AnswersFile file = AnswersFile.parse(json);
    assertEquals(List.of("P-017", "P-004"), file.studentOrders().get("S-001"));
    assertEquals(List.of(), file.studentOrders().get("S-002"));
    assertEquals(List.of("S-009", "S-001"), file.placeOrders().get("P-017"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"student-choice", "two-by-two"})
  void aSessionRecordsTheFilesAnswersAndItsTrailReplaysWithoutTheFile(String variant) {
    MatchingProblem problem = TestProblems.random(601, 40, 16);
    AnswersFile file = variant.equals("student-choice") ? reversedRankings(problem, 3)
        : ordersByIdDescending((MeetingPlan) run(V2, problem, 3, null).report());
    MatchingSession session = MatchingSession.builder(problem, variant).seed(3)
        .responder(file.responder(problem)).clock(FixedClock.monday()).start("K-1");
    AuditEntry first = session.trail().entries().get(0);
    assertEquals("answers-file sha256:" + file.sha256(), first.responder());
    String json = session.trailJson();
    MatchingSession replayed = MatchingSession.replay(problem, json, Variants.builtIn());
    assertArrayEquals(session.resultBytes(), replayed.resultBytes());
    assertEquals(json, replayed.trailJson());
    MatchingSession live = MatchingSession.replay(problem, json, Variants.builtIn().get(variant),
        file.responder(problem), FixedClock.monday());
    assertArrayEquals(session.resultBytes(), live.resultBytes());
  }
}
