package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule has a case in which only that rule blocks the otherwise admissible tiny pair. */
class EligibilityTest {

  private static Optional<IneligibilityReason> reason(Policy policy, Student s, Company c,
      Place p) {
    MatchingProblem problem = MatchingProblem.builder().policy(policy).addStudent(s)
        .addCompany(c).addPlace(p).build();
    Eligibility e = Eligibility.compute(problem);
    Optional<IneligibilityReason> r = e.reason(s.id(), p.id());
    assertEquals(r.isEmpty(), e.isAdmissible(s.id(), p.id()));
    assertEquals(r.isEmpty() ? 1 : 0, e.admissibleCount(0));
    assertEquals(r, e.noPlaceReason(0), "with one place the pair reason is the student's reason");
    return r;
  }

  private static Optional<IneligibilityReason> reason(Student s, Company c, Place p) {
    return reason(Policy.defaults(Fixtures.YEAR), s, c, p);
  }

  private static Student student() {
    return Fixtures.careStudent("S-1");
  }

  private static Company hospital() {
    return Fixtures.hospital("C-1");
  }

  private static Place place() {
    return Fixtures.carePlace("P-1", "C-1");
  }

  private static Student withWish(LearningWish.Builder wish) {
    return Student.builder("S-1", wish.build()).home(52.0907, 5.1214).build();
  }

  @Test
  void baseCaseIsAdmissible() {
    assertEquals(Optional.empty(), reason(student(), hospital(), place()));
  }

  @Test
  void outOfScope() {
    Student bbl = Student.builder("S-1", Fixtures.careWish()).track(Track.BBL)
        .home(52.0907, 5.1214).build();
    assertEquals(Optional.of(IneligibilityReason.OUT_OF_SCOPE), reason(bbl, hospital(), place()));
    Policy wide = new Policy(Fixtures.YEAR, new Scope(Set.of(Track.BOL, Track.BBL), Set.of(1),
        true), ParticipationPolicy.DEFAULT);
    assertEquals(Optional.empty(), reason(wide, bbl, hospital(), place()));
  }

  @Test
  void optedOut() {
    Student out = Student.builder("S-1", Fixtures.careWish()).optedOut(true)
        .home(52.0907, 5.1214).build();
    assertEquals(Optional.of(IneligibilityReason.OPTED_OUT), reason(out, hospital(), place()));
  }

  @Test
  void qualification() {
    Company both = Company.builder("C-1").recognition(Fixtures.ICT_4, "B1-K1-W1")
        .recognition(Fixtures.CARE_2, "B1-K1-W1").sector("care").region("utrecht")
        .location(52.0870, 5.1790).build();
    Place ict = Place.builder("P-1", "C-1", Fixtures.ICT_4, Fixtures.SPRING_BLOCK).build();
    assertEquals(Optional.of(IneligibilityReason.QUALIFICATION), reason(student(), both, ict));
    Place otherLevel = Place.builder("P-1", "C-1",
        nl.stagematch.core.model.Qualification.of("25491", 3), Fixtures.SPRING_BLOCK).build();
    assertEquals(Optional.of(IneligibilityReason.QUALIFICATION),
        reason(student(), both, otherLevel));
  }

  @Test
  void notRecognised() {
    Company unrecognised = Company.builder("C-1").recognition(Fixtures.ICT_4, "B1-K1-W1")
        .sector("care").region("utrecht").location(52.0870, 5.1790).build();
    assertEquals(Optional.of(IneligibilityReason.NOT_RECOGNISED),
        reason(student(), unrecognised, place()));
  }

  @Test
  void participationPolicyDecides() {
    Company optedOut = Company.builder("C-1")
        .recognition(Fixtures.CARE_2, "B1-K1-W1", "B1-K1-W2").size(SizeClass.SMALL)
        .sector("care").kind("hospital").region("utrecht").location(52.0870, 5.1790)
        .participation(Fixtures.YEAR, Participation.OPTED_OUT).build();
    // From 2025-26 nationally everyone takes part: the opt-out is not honoured.
    assertEquals(Optional.empty(), reason(student(), optedOut, place()));
    Policy optOut = new Policy(Fixtures.YEAR, Scope.DEFAULT, ParticipationPolicy.OPT_OUT_ALLOWED);
    assertEquals(Optional.of(IneligibilityReason.COMPANY_NOT_PARTICIPATING),
        reason(optOut, student(), optedOut, place()));
    Policy largeOnly = new Policy(Fixtures.YEAR, Scope.DEFAULT,
        new ParticipationPolicy(false, SizeClass.LARGE, Set.of()));
    assertEquals(Optional.of(IneligibilityReason.COMPANY_NOT_PARTICIPATING),
        reason(largeOnly, student(), optedOut, place()));
    Policy careExempt = new Policy(Fixtures.YEAR, Scope.DEFAULT,
        ParticipationPolicy.withExemptSectors(List.of("care")));
    assertEquals(Optional.of(IneligibilityReason.COMPANY_NOT_PARTICIPATING),
        reason(careExempt, student(), optedOut, place()));
  }

  /**
   * R5 per school year: an opt-out is honoured before 2025-26 and not from then on; under a
   * size rule a company of 250 or more employees takes part whatever it says; a sector exception
   * lets only that sector opt out.
   */
  @Test
  void participationFollowsTheSchoolYearTheSizeAndTheSector() {
    SchoolYear before = SchoolYear.of(2024);
    Company optedOutBothYears = Company.builder("C-1")
        .recognition(Fixtures.CARE_2, "B1-K1-W1", "B1-K1-W2").size(SizeClass.LARGE)
        .sector("care").region("utrecht").location(52.0870, 5.1790)
        .participation(before, Participation.OPTED_OUT)
        .participation(Fixtures.YEAR, Participation.OPTED_OUT).build();
    assertEquals(Optional.of(IneligibilityReason.COMPANY_NOT_PARTICIPATING),
        reason(Policy.defaults(before), student(), optedOutBothYears, place()));
    assertEquals(Optional.empty(),
        reason(Policy.defaults(Fixtures.YEAR), student(), optedOutBothYears, place()));
    Policy largeMustTakePart = new Policy(Fixtures.YEAR, Scope.DEFAULT,
        new ParticipationPolicy(false, SizeClass.LARGE, Set.of()));
    assertEquals(Optional.empty(),
        reason(largeMustTakePart, student(), optedOutBothYears, place()));
    Policy retailExempt = new Policy(Fixtures.YEAR, Scope.DEFAULT,
        ParticipationPolicy.withExemptSectors(List.of("retail")));
    assertEquals(Optional.empty(),
        reason(retailExempt, student(), optedOutBothYears, place()));
  }

  @Test
  void periodDates() {
    Place autumn = Place.builder("P-1", "C-1", Fixtures.CARE_2,
        Period.block(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19))).build();
    assertEquals(Optional.of(IneligibilityReason.PERIOD), reason(student(), hospital(), autumn));
  }

  @Test
  void periodFormAndRibbonDays() {
    Period ribbon2 = Period.ribbon(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24), 2);
    Period ribbon3 = Period.ribbon(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24), 3);
    Place ribbonPlace = Place.builder("P-1", "C-1", Fixtures.CARE_2, ribbon2).build();
    assertEquals(Optional.of(IneligibilityReason.PERIOD),
        reason(student(), hospital(), ribbonPlace));
    Student ribbonStudent = withWish(LearningWish.builder(Fixtures.CARE_2, ribbon3)
        .travelLimit(Transport.BIKE, 45));
    assertEquals(Optional.of(IneligibilityReason.PERIOD),
        reason(ribbonStudent, hospital(), ribbonPlace));
    Student sameDays = withWish(LearningWish.builder(Fixtures.CARE_2, ribbon2));
    assertEquals(Optional.empty(), reason(sameDays, hospital(), ribbonPlace));
  }

  @Test
  void features() {
    Student needs = withWish(LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .requiredFeature("tailored-supervision").travelLimit(Transport.BIKE, 45));
    assertEquals(Optional.of(IneligibilityReason.FEATURES), reason(needs, hospital(), place()));
    Place offers = Place.builder("P-1", "C-1", Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .feature("tailored-supervision").feature("physically-accessible").build();
    assertEquals(Optional.empty(), reason(needs, hospital(), offers));
  }

  @Test
  void featuresBeyondSixtyFourDistinctCodesAreDecidedTheSameWay() {
    for (int extra : new int[] {0, 70}) {
      LearningWish.Builder wish = LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
          .requiredFeature("tailored-supervision").requiredFeature("f-3")
          .travelLimit(Transport.BIKE, 45);
      Place.Builder offers = Place.builder("P-1", "C-1", Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
          .feature("tailored-supervision").feature("f-3");
      Place.Builder lacks = Place.builder("P-1", "C-1", Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
          .feature("tailored-supervision");
      for (int f = 0; f < extra; f++) {
        offers.feature("f-" + f);
        lacks.feature("f-" + (f == 3 ? 100 : f));
      }
      Student needs = withWish(wish);
      assertEquals(Optional.empty(), reason(needs, hospital(), offers.build()), "extra " + extra);
      assertEquals(Optional.of(IneligibilityReason.FEATURES),
          reason(needs, hospital(), lacks.build()), "extra " + extra);
    }
  }

  @Test
  void travel() {
    Student near = withWish(LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .travelLimit(Transport.BIKE, 10));
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), reason(near, hospital(), place()));
    Student byCar = withWish(LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .travelLimit(Transport.CAR, 10));
    assertEquals(Optional.empty(), reason(byCar, hospital(), place()));
  }

  @Test
  void travelLimitWithoutHomeIsIgnoredAndReported() {
    Student noHome = Student.builder("S-1", LearningWish.builder(Fixtures.CARE_2,
        Fixtures.SPRING_BLOCK).travelLimit(Transport.WALK, 1).build()).build();
    MatchingProblem problem = MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR))
        .addStudent(noHome).addCompany(hospital()).addPlace(place()).build();
    Eligibility e = Eligibility.compute(problem);
    assertTrue(e.isAdmissible(0, 0));
    assertTrue(e.travelMinutes(0, 0).isEmpty());
    assertEquals(1, e.report().travelLimitsNotChecked());
  }

  @Test
  void noPlaceReasonIsTheMostInformativeOverCandidates() {
    Student s = withWish(LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .travelLimit(Transport.BIKE, 10));
    Company far = Company.builder("C-2").recognition(Fixtures.CARE_2, "B1-K1-W1")
        .sector("care").region("utrecht").location(52.3676, 4.9041).build();
    Company unrecognised = Company.builder("C-3").sector("care").region("utrecht")
        .location(52.09, 5.12).build();
    MatchingProblem problem = MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR))
        .addStudent(s)
        .addStudent(Student.builder("S-2", LearningWish.builder(
            nl.stagematch.core.model.Qualification.of("99999", 1), Fixtures.SPRING_BLOCK).build())
            .build())
        .addCompany(far).addCompany(unrecognised)
        .addPlace(Fixtures.carePlace("P-far", "C-2"))
        .addPlace(Fixtures.carePlace("P-unrec", "C-3"))
        .addPlace(Place.builder("P-autumn", "C-2", Fixtures.CARE_2, Fixtures.AUTUMN_RIBBON)
            .build())
        .build();
    Eligibility e = Eligibility.compute(problem);
    assertEquals(Optional.of(IneligibilityReason.NOT_RECOGNISED), e.reason("S-1", "P-unrec"));
    assertEquals(Optional.of(IneligibilityReason.PERIOD), e.reason("S-1", "P-autumn"));
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), e.reason("S-1", "P-far"));
    assertEquals(Optional.of(IneligibilityReason.TRAVEL), e.noPlaceReason("S-1"));
    assertEquals(Optional.of(IneligibilityReason.QUALIFICATION), e.noPlaceReason("S-2"));
    EligibilityReport r = e.report();
    assertEquals(Map.of(IneligibilityReason.TRAVEL, 1, IneligibilityReason.QUALIFICATION, 1),
        r.noAdmissiblePlace());
    assertEquals(List.of("S-2"), r.examples().get(IneligibilityReason.QUALIFICATION));
    assertEquals(0, r.studentsWithAdmissiblePlace());
    assertEquals(0, r.admissiblePairs());
  }

  @Test
  void reportCountsScopeParticipationAndCapacity() {
    Company optedOut = Company.builder("C-2").recognition(Fixtures.CARE_2, "B1-K1-W1")
        .sector("care").region("utrecht").location(52.09, 5.15)
        .participation(Fixtures.YEAR, Participation.OPTED_OUT).build();
    Policy policy = new Policy(Fixtures.YEAR, Scope.DEFAULT, ParticipationPolicy.OPT_OUT_ALLOWED);
    MatchingProblem problem = MatchingProblem.builder().policy(policy)
        .addStudent(Fixtures.careStudent("S-1"))
        .addStudent(Student.builder("S-2", Fixtures.careWish()).optedOut(true).build())
        .addStudent(Student.builder("S-3", Fixtures.careWish()).studyYear(2).optedOut(true)
            .build())
        .addCompany(hospital()).addCompany(optedOut)
        .addPlace(place())
        .addPlace(Place.builder("P-2", "C-2", Fixtures.CARE_2, Fixtures.SPRING_BLOCK).capacity(3)
            .build())
        .build();
    EligibilityReport r = Eligibility.compute(problem).report();
    assertEquals(3, r.students());
    assertEquals(2, r.studentsInScope());
    assertEquals(1, r.studentsOutOfScope());
    assertEquals(1, r.studentsOptedOut());
    assertEquals(1, r.activeStudents());
    assertEquals(2, r.companies());
    assertEquals(1, r.participatingCompanies());
    assertEquals(1, r.placesLeftOut());
    assertEquals(5, r.totalCapacity());
    assertEquals(2, r.participatingCapacity());
    assertEquals(1, r.admissiblePairs());
    assertEquals(1, r.studentsWithAdmissiblePlace());
    assertEquals(0, r.studentsWithoutAdmissiblePlace());
    String en = r.render(Locale.ENGLISH);
    assertTrue(en.contains("opted out: 1") && en.contains("left out (company not taking part): 1"),
        en);
    String nl = r.render(Locale.forLanguageTag("nl"));
    assertTrue(nl.contains("afgemeld (zoeken zelf): 1") && nl.contains("toelaatbare paren: 1"),
        nl);
  }

  @Test
  void emptyCohort() {
    MatchingProblem empty = MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR))
        .build();
    EligibilityReport r = Eligibility.compute(empty).report();
    assertEquals(0, r.students());
    assertEquals(0, r.admissiblePairs());
    assertFalse(r.render(Locale.ENGLISH).isEmpty());
  }
}
