package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every registered variant must keep, on the embedded sample cohort and on seeded
 * generated cohorts (scarce and ample, with pins, forbidden pairs and three schools). A failure
 * names the variant and the case, whose seed reproduces it.
 *
 * <ul>
 *   <li>every student of the problem appears exactly once, placed or unplaced with a reason that
 *       agrees with eligibility (out of scope, opted out, no admissible place);
 *   <li>no capacity exceeded; only admissible pairs; pins kept; forbidden pairs never used;
 *   <li>the exported lottery numbers are the documented ones;
 *   <li>the same request gives byte-identical result JSON; so does the input in another order;
 *   <li>research-only attributes held outside the input change nothing.
 * </ul>
 */
class VariantContractTest {

  /** A named request: the case name carries the seed. */
  record Case(String name, MatchRequest request) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    MatchingProblem none = Fixtures.uniform(0, 0, 1);
    cases.add(new Case("empty cohort", MatchRequest.of(none)));
    cases.add(new Case("students without places", MatchRequest.of(Fixtures.uniform(5, 0, 1))));
    cases.add(new Case("places without students", MatchRequest.of(Fixtures.uniform(0, 3, 2))));
    cases.add(new Case("everyone pinned", MatchRequest.builder(Fixtures.uniform(2, 1, 2))
        .pin("S-0", "P-0").pin("S-1", "P-0").build()));
    MatchingProblem sample = SampleCohort.load();
    cases.add(new Case("sample seed 2025 (pins, forbidden, 3 schools)",
        TestCohorts.request(sample, 2025, true, true, 3)));
    for (long seed = 1; seed <= 10; seed++) {
      int students = 20 + (int) (seed * 13 % 100);
      double supply = seed % 2 == 0 ? 2.5 : 0.7;
      MatchingProblem p = TestCohorts.generate(seed, students, supply);
      cases.add(new Case("generated seed " + seed + " (" + students + " students, supply "
          + supply + ", pins, forbidden, 3 schools)",
          TestCohorts.request(p, seed, true, true, 3)));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicNode> everyVariantKeepsTheContract() {
    List<Case> cases = cases();
    return Variants.load().all().stream().map(v -> DynamicContainer.dynamicContainer(v.name(),
        cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(v, c)))));
  }

  static void check(MatchingVariant variant, Case c) {
    MatchRequest request = c.request();
    Proposal proposal = variant.match(request);
    List<String> violations = violations(variant, request, proposal.result());
    if (!violations.isEmpty()) {
      fail(variant.name() + " on " + c.name() + " breaks the contract:\n  "
          + String.join("\n  ", violations.subList(0, Math.min(10, violations.size()))));
    }
    byte[] bytes = ResultJson.toBytes(proposal.result());
    assertArrayEquals(bytes, ResultJson.toBytes(variant.match(request).result()),
        variant.name() + " on " + c.name() + ": the same request gave other bytes");
    MatchRequest shuffled = request.withProblem(TestCohorts.shuffled(request.problem(), 99));
    assertArrayEquals(bytes, ResultJson.toBytes(variant.match(shuffled).result()),
        variant.name() + " on " + c.name() + ": another input order gave other bytes");
  }

  /** Every way {@code result} breaks the contract for {@code request}; empty if none. */
  static List<String> violations(MatchingVariant variant, MatchRequest request,
      MatchResult result) {
    List<String> out = new ArrayList<>();
    MatchingProblem problem = request.problem();
    Eligibility e = Eligibility.compute(problem, request.fitModel().travelModel());
    if (!result.variant().equals(variant.name())) {
      out.add("result names variant " + result.variant());
    }
    if (result.seed() != request.seed()) {
      out.add("result has seed " + result.seed());
    }
    Set<String> seen = new HashSet<>();
    Map<String, Integer> used = new HashMap<>();
    Set<StudentPlace> forbidden = new HashSet<>(request.forbidden());
    for (Placement p : result.placements()) {
      seen.add(p.studentId());
      if (problem.studentIndex(p.studentId()) < 0 || problem.placeIndex(p.placeId()) < 0) {
        out.add("unknown ids in " + p);
        continue;
      }
      used.merge(p.placeId(), 1, Integer::sum);
      if (!e.isAdmissible(p.studentId(), p.placeId())) {
        out.add("inadmissible " + p + ": " + e.reason(p.studentId(), p.placeId()));
      }
      if (forbidden.contains(StudentPlace.of(p.studentId(), p.placeId()))) {
        out.add("forbidden pair used: " + p);
      }
      int fit = request.fitModel().fit(problem, p.studentId(), p.placeId()).score();
      if (fit != p.fit()) {
        out.add("fit " + p.fit() + " of " + p + " should be " + fit);
      }
    }
    for (Map.Entry<String, Integer> u : used.entrySet()) {
      int cap = problem.place(u.getKey()).orElseThrow().capacity();
      if (u.getValue() > cap) {
        out.add("place " + u.getKey() + " holds " + u.getValue() + " > capacity " + cap);
      }
    }
    for (Unplaced u : result.unplaced()) {
      seen.add(u.studentId());
      int s = problem.studentIndex(u.studentId());
      if (s < 0) {
        out.add("unknown unplaced student " + u.studentId());
        continue;
      }
      Optional<IneligibilityReason> none = e.noPlaceReason(s);
      UnplacedReason expected = none.isEmpty() ? null
          : none.get() == IneligibilityReason.OUT_OF_SCOPE ? UnplacedReason.OUT_OF_SCOPE
          : none.get() == IneligibilityReason.OPTED_OUT ? UnplacedReason.OPTED_OUT
          : UnplacedReason.NO_ADMISSIBLE_PLACE;
      if (expected != null && u.reason() != expected) {
        out.add(u + " should be " + expected);
      }
      if (expected == null && (u.reason() == UnplacedReason.OUT_OF_SCOPE
          || u.reason() == UnplacedReason.OPTED_OUT)) {
        out.add(u + " but she is in scope and did not opt out");
      }
      if (expected == null && u.reason() == UnplacedReason.NO_ADMISSIBLE_PLACE
          && !onlyForbidden(problem, e, forbidden, s)) {
        out.add(u + " but she has a usable place");
      }
      if (expected == null && u.reason() != UnplacedReason.NO_ADMISSIBLE_PLACE
          && !result.lotteryNumbers().containsKey(u.studentId())) {
        out.add(u + " took part in the draw but has no lottery number");
      }
    }
    for (Student s : problem.students()) {
      if (!seen.contains(s.id())) {
        out.add("student " + s.id() + " is missing from the result");
      }
    }
    if (seen.size() != problem.students().size()) {
      out.add("the result lists " + seen.size() + " students, the problem "
          + problem.students().size());
    }
    if (variant.has(Capability.SUPPORTS_PINS)) {
      for (StudentPlace pin : request.pinned()) {
        Optional<Placement> p = result.placement(pin.studentId());
        if (p.isEmpty() || !p.get().placeId().equals(pin.placeId())) {
          out.add("pin " + pin + " not kept: " + p);
        }
      }
    }
    Lottery lottery = Lottery.withSeed(request.seed());
    result.lotteryNumbers().forEach((id, n) -> {
      if (n != lottery.number(id)) {
        out.add("lottery number of " + id + " is " + n + ", not " + lottery.number(id));
      }
    });
    return out;
  }

  private static boolean onlyForbidden(MatchingProblem problem, Eligibility e,
      Set<StudentPlace> forbidden, int s) {
    String id = problem.students().get(s).id();
    for (int p : e.admissiblePlaces(s)) {
      if (!forbidden.contains(StudentPlace.of(id, problem.places().get(p).id()))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theCasesCoverWhatMatters() {
    // The generator reports what it produced, so that the contract is known to be tested on
    // scarce and ample cohorts, with pins and forbidden pairs, and with every settled reason.
    Map<UnplacedReason, Integer> reasons = new EnumMap<>(UnplacedReason.class);
    int pins = 0;
    int forbidden = 0;
    int scarce = 0;
    int ample = 0;
    for (Case c : cases()) {
      MatchResult r = Variants.builtIn().get("school-placement").match(c.request()).result();
      r.unplacedByReason().forEach((k, v) -> reasons.merge(k, v, Integer::sum));
      pins += c.request().pinned().size();
      forbidden += c.request().forbidden().size();
      int lost = r.unplacedByReason().get(UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY)
          + r.unplacedByReason().get(UnplacedReason.CAPACITY_EXHAUSTED_FIT);
      scarce += lost > 0 ? 1 : 0;
      ample += lost == 0 ? 1 : 0;
      System.out.println(c.name() + ": placed " + r.placedCount() + ", unplaced "
          + r.unplacedByReason());
    }
    for (UnplacedReason must : List.of(UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY,
        UnplacedReason.CAPACITY_EXHAUSTED_FIT, UnplacedReason.NO_ADMISSIBLE_PLACE,
        UnplacedReason.OUT_OF_SCOPE, UnplacedReason.OPTED_OUT)) {
      assertTrue(reasons.get(must) > 0, must + " never occurs: " + reasons);
    }
    assertTrue(pins > 10 && forbidden > 10, "pins " + pins + ", forbidden " + forbidden);
    assertTrue(scarce >= 3 && ample >= 3, "scarce cases " + scarce + ", ample " + ample);
  }

  @TestFactory
  Stream<DynamicTest> researchOnlyAttributesChangeNothing() {
    // A research data set: the blind problem plus a group flag per student that only the
    // researcher holds. Every way a caller could try to pass the flags is closed or ignored:
    // - the request has no field for them, so two data sets that differ only in the flags give
    //   the same bytes;
    // - an option carrying them is refused;
    // - the schools of a request (a free map from student id to a string) carrying them change
    //   nothing in a variant that does not divide places among schools, and in the one that does
    //   the real schools decide, the flags held beside them nothing;
    // - a problem document carrying them is refused (see researchFieldsInTheDocumentAreRefused).
    MatchingProblem problem = TestCohorts.generate(42, 80, 0.8);
    Map<String, Boolean> groupA = flags(problem, 1);
    Map<String, Boolean> groupB = flags(problem, 2);
    assertTrue(!groupA.equals(groupB), "the two research flag sets must differ");
    return Variants.builtIn().all().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      byte[] a = ResultJson.toBytes(v.match(requestFor(problem, groupA)).result());
      byte[] b = ResultJson.toBytes(v.match(requestFor(problem, groupB)).result());
      assertArrayEquals(a, b, v.name() + ": research flags changed the result");
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> v.match(MatchRequest.builder(problem).option("migration-background", "true")
              .build()));
      assertTrue(x.getMessage().contains("has no option (migration-background)"), x.getMessage());
      Map<String, String> realSchools = new HashMap<>();
      problem.students().forEach(st -> realSchools.put(st.id(),
          "SCH-" + Math.floorMod(st.id().hashCode(), 3)));
      byte[] withSchools = ResultJson.toBytes(v.match(MatchRequest.builder(problem).seed(42)
          .schools(realSchools).build()).result());
      if (!v.has(Capability.MULTI_SCHOOL)) {
        assertArrayEquals(a, withSchools, v.name() + ": the schools changed the result");
        for (Map<String, Boolean> flags : List.of(groupA, groupB)) {
          Map<String, String> smuggled = new HashMap<>();
          flags.forEach((id, f) -> smuggled.put(id, f ? "GROUP-1" : "GROUP-0"));
          assertArrayEquals(a, ResultJson.toBytes(v.match(MatchRequest.builder(problem)
              .seed(42).schools(smuggled).build()).result()),
              v.name() + ": flags passed as schools changed the result");
        }
      } else {
        // the flags stay beside the request; only the schools enter
        assertArrayEquals(withSchools, ResultJson.toBytes(v.match(MatchRequest.builder(problem)
            .seed(42).schools(new HashMap<>(realSchools)).build()).result()), v.name());
      }
    }));
  }

  @Test
  void researchFieldsInTheDocumentAreRefused() {
    // a research attribute written into a student of the problem document is not read: the
    // document is refused, naming the field, so the flag cannot reach a variant that way either
    String document = new String(ProblemJson.toBytes(TestCohorts.generate(42, 5, 1.0)),
        StandardCharsets.UTF_8);
    String withFlag = document.replaceFirst("\"track\":", "\"researchGroup\": true, \"track\":");
    assertTrue(!withFlag.equals(document));
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> ProblemJson.read(
        new ByteArrayInputStream(withFlag.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.lines().get(0).startsWith("$.students[0].researchGroup: unknown field"),
        e.lines().toString());
    // and the types of the input have exactly the documented fields, none free-form
    List<String> studentFields = new ArrayList<>();
    for (var c : Student.class.getRecordComponents()) {
      studentFields.add(c.getName());
    }
    assertEquals(List.of("id", "track", "studyYear", "firstInternship", "optedOut", "wish",
        "competences", "home"), studentFields);
  }

  /** The research data set's request: the flags cannot be passed, only the blind problem. */
  private static MatchRequest requestFor(MatchingProblem problem, Map<String, Boolean> flags) {
    assertEquals(problem.students().size(), flags.size());
    return MatchRequest.builder(problem).seed(42).build();
  }

  private static Map<String, Boolean> flags(MatchingProblem problem, long seed) {
    Random r = new Random(seed);
    Map<String, Boolean> flags = new HashMap<>();
    for (Student s : problem.students()) {
      flags.put(s.id(), r.nextInt(4) == 0);
    }
    return flags;
  }
}
