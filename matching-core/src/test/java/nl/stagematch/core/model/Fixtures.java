package nl.stagematch.core.model;

import java.time.LocalDate;

/** Named valid fixtures for tests: a tiny cohort in Utrecht, school year 2025-26. */
public final class Fixtures {
  private Fixtures() {}

  public static final SchoolYear YEAR = SchoolYear.of(2025);
  public static final Qualification CARE_2 = Qualification.of("25491", 2);
  public static final Qualification ICT_4 = Qualification.of("25604", 4);
  public static final Period SPRING_BLOCK =
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));
  public static final Period AUTUMN_RIBBON =
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2);

  /** A care wish: two work processes, a hospital, 45 minutes by bike. */
  public static LearningWish careWish() {
    return LearningWish.builder(CARE_2, SPRING_BLOCK)
        .workProcess("B1-K1-W1", 2.0)
        .workProcess("B1-K1-W2", 1.0)
        .companyKind("hospital")
        .workKind("nursing")
        .travelLimit(Transport.BIKE, 45)
        .build();
  }

  /** A first-year BOL care student living in Utrecht centre. */
  public static Student careStudent(String id) {
    return Student.builder(id, careWish()).home(52.0907, 5.1214).competence("B1-K1-W2", 3)
        .build();
  }

  /** A large hospital in Utrecht recognised for care level 2. */
  public static Company hospital(String id) {
    return Company.builder(id)
        .recognition(CARE_2, "B1-K1-W1", "B1-K1-W2", "B1-K2-W1")
        .size(SizeClass.LARGE).sector("care").kind("hospital").region("utrecht")
        .location(52.0870, 5.1790).build();
  }

  /** A place at {@code companyId} for care level 2 in the spring block, capacity 2. */
  public static Place carePlace(String id, String companyId) {
    return Place.builder(id, companyId, CARE_2, SPRING_BLOCK).capacity(2).workKind("nursing")
        .build();
  }

  /** One student, one hospital, one place. */
  public static MatchingProblem tiny() {
    return MatchingProblem.builder()
        .policy(Policy.defaults(YEAR))
        .addStudent(careStudent("S-1"))
        .addCompany(hospital("C-1"))
        .addPlace(carePlace("P-1", "C-1"))
        .build();
  }
}
