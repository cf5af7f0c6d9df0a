package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Named invalid fixtures for the records: each message names the thing, its value and a fix. */
class ModelValidationTest {

  private static String fails(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "Expected <" + part + "> in: " + message);
    }
  }

  @Test
  void malformedCrebo() {
    assertContains(fails(() -> Qualification.of("2518", 2)), "crebo code (2518)", "5 digits",
        "Maybe");
    assertContains(fails(() -> Qualification.of("2518A", 2)), "(2518A)");
  }

  @Test
  void levelOutOfRange() {
    assertContains(fails(() -> Qualification.of("25180", 5)), "level (5)", "1 to 4", "Maybe");
    assertContains(fails(() -> Qualification.of("25180", 0)), "level (0)");
  }

  @Test
  void qualificationRoundTrip() {
    Qualification q = Qualification.parse("25180/2");
    assertEquals(Qualification.of("25180", 2), q);
    assertEquals("25180/2", q.toString());
    assertContains(fails(() -> Qualification.parse("25180-2")), "(25180-2)", "crebo/level");
  }

  @Test
  void zeroOrNegativeCapacity() {
    assertContains(fails(() -> Place.builder("P-17", "C-1", Fixtures.CARE_2,
            Fixtures.SPRING_BLOCK).capacity(0).build()),
        "capacity (0) of place (P-17) must be positive", "Maybe remove the place");
    assertContains(fails(() -> Place.builder("P-18", "C-1", Fixtures.CARE_2,
        Fixtures.SPRING_BLOCK).capacity(-3).build()), "capacity (-3) of place (P-18)");
  }

  @Test
  void periodEndBeforeStart() {
    assertContains(fails(() -> Period.block(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))),
        "period end (2026-01-01) is before its start (2026-02-01)", "Maybe");
    assertContains(fails(() -> Period.ribbon(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
        6)), "days per week (6)");
  }

  @Test
  void periodOverlap() {
    assertTrue(Fixtures.SPRING_BLOCK.overlaps(Fixtures.SPRING_BLOCK));
    assertTrue(!Fixtures.SPRING_BLOCK.overlaps(Fixtures.AUTUMN_RIBBON));
    Period touching = Period.block(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 1));
    assertTrue(touching.overlaps(Fixtures.SPRING_BLOCK));
    assertEquals(1, touching.overlapDays(Fixtures.SPRING_BLOCK));
  }

  @Test
  void negativeOrNanWeight() {
    assertContains(fails(() -> LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
            .workProcess("B1-K1-W2", -1.0).build()),
        "weight (-1.0) of work process (B1-K1-W2)", "finite number >= 0", "Maybe");
    assertContains(fails(() -> LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .workProcess("B1-K1-W2", Double.NaN).build()), "weight (NaN)");
  }

  @Test
  void invalidIdCharacters() {
    assertContains(fails(() -> Student.builder("S 12", Fixtures.careWish())),
        "id (S 12) of a student", "Maybe");
    assertContains(fails(() -> Fixtures.hospital("C/1")), "id (C/1) of a company");
    assertContains(fails(() -> Fixtures.carePlace("P-1", "x".repeat(65))), "the company of place");
  }

  @Test
  void invalidCodes() {
    assertContains(fails(() -> Company.builder("C-1").sector("Zorg & Welzijn")),
        "sector of company (C-1) (Zorg & Welzijn)", "Maybe write it as 'zorg-welzijn'");
    assertContains(fails(() -> LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .workProcess("B1 K1", 1).build()), "work-process code (B1 K1)");
    assertContains(fails(() -> Place.builder("P-4", "C-1", Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
            .feature("Tailored Supervision").build()),
        "The code (Tailored Supervision) in the features of place (P-4)",
        "Maybe write it as 'tailored-supervision'");
  }

  @Test
  void competenceLevelOutOfRange() {
    assertContains(fails(() -> Student.builder("S-1", Fixtures.careWish())
        .competence("B1-K1-W1", 6).build()), "competence level (6) of work process (B1-K1-W1)"
        + " of student (S-1)");
  }

  @Test
  void travelLimitAndLocationRanges() {
    assertContains(fails(() -> new TravelLimit(Transport.BIKE, 0)), "travel limit (0 minutes)");
    assertContains(fails(() -> new Location(91, 5)), "latitude (91.0)");
    assertContains(fails(() -> new Location(52, Double.NaN)), "longitude (NaN)");
  }

  @Test
  void duplicateRecognitionInACompany() {
    assertContains(fails(() -> Company.builder("C-9").recognition(Fixtures.CARE_2, "B1-K1-W1")
            .recognition(Fixtures.CARE_2).sector("care").region("utrecht").location(52, 5)
            .build()),
        "Company (C-9) has two recognitions (0 and 1) for qualification (25491/2)");
  }

  @Test
  void schoolYearParsing() {
    assertEquals(SchoolYear.of(2025), SchoolYear.parse("2025-26"));
    assertEquals("2098-99", SchoolYear.of(2098).toString());
    assertEquals("2025-26", SchoolYear.of(2025).toString());
    assertContains(fails(() -> SchoolYear.parse("2025-27")), "school year (2025-27)", "Maybe");
  }

  @Test
  void scopeDefaultIsFirstYearBolFirstInternship() {
    Student s = Fixtures.careStudent("S-1");
    assertTrue(Scope.DEFAULT.includes(s));
    Student bbl = Student.builder("S-2", Fixtures.careWish()).track(Track.BBL).build();
    Student second = Student.builder("S-3", Fixtures.careWish()).studyYear(2).build();
    Student again = Student.builder("S-4", Fixtures.careWish()).firstInternship(false).build();
    assertTrue(!Scope.DEFAULT.includes(bbl));
    assertTrue(!Scope.DEFAULT.includes(second));
    assertTrue(!Scope.DEFAULT.includes(again));
    Scope wide = new Scope(Set.of(Track.BOL, Track.BBL), Set.of(1, 2), false);
    assertTrue(wide.includes(bbl) && wide.includes(second) && wide.includes(again));
    assertContains(fails(() -> new Scope(Set.of(), Set.of(1), true)), "tracks of the scope ([])");
  }

  @Test
  void participationPolicies() {
    Company large = Company.builder("C-L").size(SizeClass.LARGE).sector("care").region("r")
        .location(52, 5).participation(Fixtures.YEAR, Participation.OPTED_OUT).build();
    Company micro = Company.builder("C-M").size(SizeClass.MICRO).sector("ict").region("r")
        .location(52, 5).participation(Fixtures.YEAR, Participation.OPTED_OUT).build();
    Company willing = Company.builder("C-W").size(SizeClass.MICRO).sector("ict").region("r")
        .location(52, 5).build();
    SchoolYear y = Fixtures.YEAR;
    // 2025-26 nationally: everyone takes part, opt-outs are not honoured.
    assertTrue(ParticipationPolicy.national(y).participates(large, y));
    assertTrue(ParticipationPolicy.national(y).participates(micro, y));
    // 2024-25: opt-outs honoured (the year missing from participation means participates).
    SchoolYear before = SchoolYear.of(2024);
    Company optedOutBefore = Company.builder("C-B").sector("ict").region("r").location(52, 5)
        .participation(before, Participation.OPTED_OUT).build();
    assertTrue(!ParticipationPolicy.national(before).participates(optedOutBefore, before));
    assertTrue(ParticipationPolicy.national(before).participates(willing, before));
    // Large companies must, smaller may opt out.
    ParticipationPolicy largeOnly = new ParticipationPolicy(false, SizeClass.LARGE, Set.of());
    assertTrue(largeOnly.participates(large, y));
    assertTrue(!largeOnly.participates(micro, y));
    assertTrue(largeOnly.participates(willing, y));
    // Sector exemption.
    ParticipationPolicy careExempt = ParticipationPolicy.withExemptSectors(List.of("care"));
    assertTrue(!careExempt.participates(large, y));
    assertTrue(careExempt.participates(micro, y));
  }

  @Test
  void collectionsAreCopiedAndSorted() {
    Map<String, Double> wp = new java.util.HashMap<>(Map.of("B1-K2-W1", 1.0, "B1-K1-W1", 2.0));
    LearningWish w = new LearningWish(Fixtures.CARE_2, wp, null, null, Fixtures.SPRING_BLOCK,
        null, Set.of("tailored-supervision"));
    wp.put("B1-K3-W1", 1.0);
    assertEquals(List.of("B1-K1-W1", "B1-K2-W1"), List.copyOf(w.workProcesses().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> w.workProcesses().put("X", 1.0));
    assertEquals(3.0, w.totalWeight());
  }
}
