package nl.stagematch.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.Test;

/** The variant contract's values: options, requests (named invalid ones), the responder. */
class SpiTest {
  private static final Qualification Q = Qualification.of("25491", 2);
  private static final Period BLOCK =
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));

  /** Two students, one company, place P-1 of capacity 1 and P-2 of capacity 2. */
  static MatchingProblem twoByTwo() {
    return MatchingProblem.builder().policy(Policy.defaults(SchoolYear.of(2025)))
        .addCompany(Company.builder("C-1").size(SizeClass.LARGE).sector("care").region("r")
            .location(52.1, 5.1).recognition(Q, "B1-K1-W1").build())
        .addPlace(Place.builder("P-1", "C-1", Q, BLOCK).capacity(1).build())
        .addPlace(Place.builder("P-2", "C-1", Q, BLOCK).capacity(2).build())
        .addStudent(Student.builder("S-1", LearningWish.builder(Q, BLOCK).build()).build())
        .addStudent(Student.builder("S-2", LearningWish.builder(Q, BLOCK).build()).build())
        .build();
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void optionsParseAndRefuseWithTheAllowedValues() {
    VariantOption k = VariantOption.integer("shortlist-size", "profiles per place", 2, 1, 5);
    assertEquals("3", k.parse(" 03"));
    assertEquals("The value (9) of option (shortlist-size) must be 1 to 5.\nMaybe use the"
        + " default 2.", message(() -> k.parse("9")));
    assertEquals("The value (two) of option (shortlist-size) is not a whole number.\nMaybe use a"
        + " number from 1 to 5.", message(() -> k.parse("two")));
    VariantOption b = VariantOption.bool("open-hiring", "first come first served", false);
    assertEquals("true", b.parse("TRUE"));
    assertTrue(message(() -> b.parse("yes")).startsWith("The value (yes) of option (open-hiring)"
        + " must be true or false."));
    assertTrue(message(() -> VariantOption.choice("rule", "r", "c", List.of("a", "b")))
        .startsWith("The value (c) of option (rule) is not one of a, b."));
    assertTrue(message(() -> VariantOption.bool("Open_Hiring", "x", true))
        .endsWith("Maybe write it as open-hiring."));
    assertEquals("shortlist-size=1..5 (default 2): profiles per place", k.usage());
  }

  @Test
  void resolvedOptionsApplyDefaultsAndRefuseUnknownNames() {
    List<VariantOption> declared = List.of(
        VariantOption.integer("shortlist-size", "k", 2, 1, 5),
        VariantOption.bool("checked", "verify", false));
    VariantOptions o = VariantOptions.resolve("v", declared, Map.of("shortlist-size", "4"));
    assertEquals(Map.of("checked", "false", "shortlist-size", "4"), o.values());
    assertEquals(4, o.integer("shortlist-size"));
    assertEquals(false, o.bool("checked"));
    assertEquals("Variant (v) has no option (migration-background). Its options: shortlist-size,"
        + " checked.\nMaybe check the spelling, or leave the option out.",
        message(() -> VariantOptions.resolve("v", declared,
            Map.of("migration-background", "true"))));
    assertThrows(IllegalStateException.class, () -> o.choice("checked"));
  }

  @Test
  void aRequestSortsPinsAndForbiddenPairsAndKeepsDefaults() {
    MatchRequest r = MatchRequest.builder(twoByTwo()).pin("S-2", "P-2").pin("S-1", "P-2")
        .forbid("S-2", "P-1").forbid("S-2", "P-1").build();
    assertEquals(List.of(StudentPlace.of("S-1", "P-2"), StudentPlace.of("S-2", "P-2")),
        r.pinned());
    assertEquals(List.of(StudentPlace.of("S-2", "P-1")), r.forbidden());
    assertEquals(0, r.seed());
    assertEquals(Responder.byFit(), r.responder());
    assertEquals(Map.of(), r.options());
    assertEquals(Map.of(), r.schools());
    assertEquals(r, r.toBuilder().build());
  }

  @Test
  void invalidRequestsAreRefusedWithMessagesThatNameTheThing() {
    MatchingProblem p = twoByTwo();
    assertEquals("The student (S-9) of the pinned pair (S-9, P-1) is not part of the problem."
        + "\nMaybe check the id.", message(() -> MatchRequest.builder(p).pin("S-9", "P-1")
            .build()));
    assertEquals("The place (P-9) of the forbidden pair (S-1, P-9) is not part of the problem."
        + "\nMaybe check the id.", message(() -> MatchRequest.builder(p).forbid("S-1", "P-9")
            .build()));
    assertEquals("Student (S-1) is pinned twice: (S-1, P-1) and (S-1, P-2).\nMaybe keep one pin"
        + " per student.", message(() -> MatchRequest.builder(p).pin("S-1", "P-1")
            .pin("S-1", "P-2").build()));
    assertEquals("The pair (S-1, P-1) is both pinned and forbidden.\nMaybe remove the pin or the"
        + " prohibition.", message(() -> MatchRequest.builder(p).pin("S-1", "P-1")
            .forbid("S-1", "P-1").build()));
    assertEquals("Place (P-1) has more pins (2) than its capacity (1).\nMaybe unpin a student"
        + " there.", message(() -> MatchRequest.builder(p).pin("S-1", "P-1").pin("S-2", "P-1")
            .build()));
    assertEquals("The option (k) is already set to (2); cannot set it to (3).\nMaybe set it"
        + " once.", message(() -> MatchRequest.builder(p).option("k", "2").option("k", "3")));
    assertEquals("The student (S-7) given a school (north) is not part of the problem.\nMaybe"
        + " check the id.", message(() -> MatchRequest.builder(p).school("S-7", "north")
            .build()));
    assertTrue(message(() -> MatchRequest.builder(p).school("S-1", "no school"))
        .startsWith("The id (no school) of the school of student (S-1) must be"));
  }

  @Test
  void theRequestHasNoPlaceForAnythingButTheBlindInput() throws NoSuchMethodException {
    // Adding a component to the request is a decision to review against R1 and the research
    // boundary: a research attribute (e.g. a group flag) must never get a way in.
    List<String> names = new ArrayList<>();
    for (RecordComponent c : MatchRequest.class.getRecordComponents()) {
      names.add(c.getName());
    }
    assertEquals(List.of("problem", "seed", "pinned", "forbidden", "responder", "options",
        "schools", "fitModel"), names);
    assertEquals(1, MatchingVariant.class.getMethod("match", MatchRequest.class)
        .getParameterCount());
  }

  @Test
  void theBuiltInResponderAnswersByFitThenLottery() {
    List<Candidate> c = List.of(new Candidate("P-1", 700, 5), new Candidate("P-2", 900, 9),
        new Candidate("P-3", 700, 2));
    Responder r = Responder.byFit();
    assertEquals(List.of("P-2", "P-3", "P-1"), r.studentOrder("S-1", c));
    assertEquals(List.of("P-2", "P-3", "P-1"), r.studentRanking("S-1", c));
    assertEquals(List.of("P-2", "P-3", "P-1"), r.placeOrder("P-0", c));
    List<Profile> shortlist = List.of(
        new Profile("r1.s1.n2", Q, BLOCK, Map.of(), null, null, Map.of(), 2),
        new Profile("r1.s1.n1", Q, BLOCK, Map.of(), null, null, Map.of(), 1));
    assertEquals(Optional.of("r1.s1.n1"), r.pick("P-1", 1, shortlist));
    assertEquals(Optional.empty(), r.pick("P-1", 1, List.of()));
  }

  @Test
  void aProfileCarriesNoIdNoSupportNeedNoLocation() {
    Set<String> names = new java.util.TreeSet<>();
    for (RecordComponent c : Profile.class.getRecordComponents()) {
      names.add(c.getName());
    }
    assertEquals(Set.of("competences", "companyKind", "nomination", "period", "qualification",
        "token", "workKind", "workProcesses"), names);
  }

  @Test
  void candidatesAndPairsValidate() {
    assertTrue(message(() -> new Candidate("P-1", 1001, 0)).startsWith("The fit (1001) of"
        + " candidate (P-1) must be 0 to 1000."));
    assertTrue(message(() -> new Candidate("P-1", 10, -1)).startsWith("The lottery number (-1)"));
    assertTrue(message(() -> StudentPlace.of("S 1", "P-1")).startsWith("The id (S 1) of the"
        + " student of a pair must be"));
  }
}
