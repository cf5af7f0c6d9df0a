package nl.stagematch.bench.research.v0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.stagematch.bench.research.ArmRun;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * V0 keeps the contract of the variants (every student exactly once with a reason that agrees
 * with eligibility, capacities, admissible pairs only, the fit of each placement), is
 * deterministic whatever the input order, and with penalty 0 treats the group like the rest.
 */
class TodaysPracticeTest {

  record Case(String name, long seed, ResearchCohort cohort) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      String spec = seed % 2 == 0 ? "students=1500,tightness=1.3" : "students=1500";
      cases.add(new Case("generated " + spec + " seed " + seed, seed,
          ResearchCohortGenerator.generate(CohortSpec.parse(spec), seed)));
    }
    cases.add(new Case("sample with a synthetic group, seed 2025", 2025,
        ResearchCohort.withSyntheticGroup("sample", SampleCohort.load(), 0.25, 2025)));
    cases.add(new Case("empty cohort, seed 1", 1,
        ResearchCohortGenerator.generate(CohortSpec.parse("students=0"), 1)));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> keepsTheContractOfTheVariants() {
    TodaysPractice v0 = new TodaysPractice(TodaysPractice.Settings.defaults());
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      ArmRun run = v0.run(c.cohort(), c.seed());
      List<String> violations = violations(c.cohort().problem(), run);
      if (!violations.isEmpty()) {
        fail(c.name() + " breaks the contract:\n  "
            + String.join("\n  ", violations.subList(0, Math.min(10, violations.size()))));
      }
      assertEquals(c.seed(), run.result().seed(), c.name());
      assertEquals("v0-practice", run.result().variant(), c.name());
    }));
  }

  @TestFactory
  Stream<DynamicTest> isDeterministicWhateverTheInputOrder() {
    TodaysPractice v0 = new TodaysPractice(TodaysPractice.Settings.defaults());
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      ArmRun run = v0.run(c.cohort(), c.seed());
      assertEquals(run, v0.run(c.cohort(), c.seed()), c.name() + ": run again");
      ResearchCohort shuffled = new ResearchCohort(c.cohort().label(),
          shuffled(c.cohort().problem(), c.seed()), c.cohort().group(), c.cohort().schools());
      assertEquals(run, v0.run(shuffled, c.seed()), c.name() + ": shuffled input");
    }));
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    ResearchCohort c = ResearchCohortGenerator.generate(CohortSpec.parse("students=1500"), 8);
    TodaysPractice v0 = new TodaysPractice(TodaysPractice.Settings.defaults());
    assertTrue(!v0.run(c, 1).result().equals(v0.run(c, 2).result()), "seed 8: runs 1 and 2");
  }

  @Test
  void withoutPenaltyTheGroupNeedsAsManyApplications() {
    long seed = 21;
    ResearchCohort c = ResearchCohortGenerator.generate(CohortSpec.parse("students=6000"), seed);
    ArmRun run = new TodaysPractice(TodaysPractice.Settings.defaults().withPenalty(0))
        .run(c, seed);
    double ratio = TodaysPracticeCalibrationTest.ratio(c, run);
    assertTrue(ratio > 0.9 && ratio < 1.1, "seed " + seed + ": ratio " + ratio);
  }

  @Test
  void applicationsAndFiguresAreCounted() {
    long seed = 5;
    ResearchCohort c = ResearchCohortGenerator.generate(CohortSpec.parse("students=1500"), seed);
    ArmRun run = new TodaysPractice(TodaysPractice.Settings.defaults()).run(c, seed);
    Eligibility e = Eligibility.compute(c.problem());
    int active = 0;
    long total = 0;
    for (int s = 0; s < c.problem().students().size(); s++) {
      Student student = c.problem().students().get(s);
      Integer sent = run.applications().get(student.id());
      if (!e.isActive(s)) {
        assertEquals(null, sent, "seed 5: " + student.id());
        continue;
      }
      active++;
      total += sent;
      boolean placed = run.result().placement(student.id()).isPresent();
      if (placed) {
        assertTrue(sent >= 1, "seed 5: " + student.id() + " placed without applying");
      }
      if (e.admissibleCount(s) == 0) {
        assertEquals(0, sent, "seed 5: " + student.id());
      }
    }
    assertEquals(active, run.applications().size(), "seed 5");
    assertEquals(total, run.figures().get("applications"), "seed 5");
    long rounds = run.figures().get("rounds");
    assertTrue(rounds >= 1 && rounds <= TodaysPractice.Settings.DEFAULT_MAX_ROUNDS, "seed 5");
    assertTrue(run.figures().get("rejections") < total, "seed 5");
    for (Unplaced u : run.result().unplaced()) {
      if (u.reason() == UnplacedReason.NOT_CHOSEN) {
        assertTrue(u.detail().startsWith("rejected after ")
            || u.detail().equals("every admissible place was taken before her turn"),
            "seed 5: " + u);
      }
    }
  }

  @Test
  void settingsAreCheckedWithHelpfulMessages() {
    TodaysPractice.Settings d = TodaysPractice.Settings.defaults();
    assertEquals(0.55, d.penalty());
    assertEquals(0.3, d.withPenalty(0.3).penalty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> d.withPenalty(1.5));
    assertTrue(e.getMessage().contains("(1.5)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.withApplicationsPerRound(0));
    assertTrue(e.getMessage().contains("applications per round (0)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.withMaxRounds(0));
    assertTrue(e.getMessage().contains("rounds (0)"), e.getMessage());
    TodaysPractice v0 = new TodaysPractice(d);
    assertEquals("v0-practice", v0.name());
    assertTrue(v0.description().contains("penalty 0.55"), v0.description());
    assertTrue(!v0.description().contains("\n"));
  }

  /** Every way {@code run} breaks the contract for {@code problem}; empty if none. */
  static List<String> violations(MatchingProblem problem, ArmRun run) {
    List<String> out = new ArrayList<>();
    MatchResult result = run.result();
    Eligibility e = Eligibility.compute(problem);
    FitModel fit = FitModel.defaults();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> used = new HashMap<>();
    for (Placement p : result.placements()) {
      seen.add(p.studentId());
      int s = problem.studentIndex(p.studentId());
      int place = problem.placeIndex(p.placeId());
      if (!e.isAdmissible(s, place)) {
        out.add("placed " + p + " on an inadmissible pair: " + e.reason(s, place));
      }
      used.merge(p.placeId(), 1, Integer::sum);
      int expected = fit.fit(problem, p.studentId(), p.placeId()).score();
      if (p.fit() != expected) {
        out.add("placement " + p + " has fit " + p.fit() + ", not " + expected);
      }
    }
    for (Map.Entry<String, Integer> u : used.entrySet()) {
      int capacity = problem.place(u.getKey()).orElseThrow().capacity();
      if (u.getValue() > capacity) {
        out.add("place " + u.getKey() + " holds " + u.getValue() + " > capacity " + capacity);
      }
    }
    for (Unplaced u : result.unplaced()) {
      seen.add(u.studentId());
      int s = problem.studentIndex(u.studentId());
      Optional<IneligibilityReason> none = e.noPlaceReason(s);
      UnplacedReason expected = none.isEmpty() ? UnplacedReason.NOT_CHOSEN
          : none.get() == IneligibilityReason.OUT_OF_SCOPE ? UnplacedReason.OUT_OF_SCOPE
          : none.get() == IneligibilityReason.OPTED_OUT ? UnplacedReason.OPTED_OUT
          : UnplacedReason.NO_ADMISSIBLE_PLACE;
      if (u.reason() != expected) {
        out.add("unplaced " + u + " should have reason " + expected);
      }
      if (expected == UnplacedReason.NO_ADMISSIBLE_PLACE && !none.get().name().equals(u.detail())) {
        out.add("unplaced " + u + " should have detail " + none.get());
      }
    }
    if (seen.size() != problem.students().size()
        || result.placements().size() + result.unplaced().size() != problem.students().size()) {
      out.add("the result covers " + seen.size() + " of " + problem.students().size()
          + " students");
    }
    return out;
  }

  /** The problem with its lists in a seeded random order. */
  static MatchingProblem shuffled(MatchingProblem p, long seed) {
    List<Student> students = new ArrayList<>(p.students());
    List<Company> companies = new ArrayList<>(p.companies());
    List<Place> places = new ArrayList<>(p.places());
    Random r = new Random(seed);
    Collections.shuffle(students, r);
    Collections.shuffle(companies, r);
    Collections.shuffle(places, r);
    return MatchingProblem.of(p.policy(), students, companies, places);
  }
}
