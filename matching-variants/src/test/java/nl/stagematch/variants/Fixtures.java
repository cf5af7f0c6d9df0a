package nl.stagematch.variants;

import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;

/** Named small problems for the variant tests. */
final class Fixtures {
  private Fixtures() {}

  /**
   * {@code students} identical students ({@code S-0}, ...) and {@code places} identical places
   * ({@code P-0}, ...) of capacity {@code capacity} at one large company: every pair admissible,
   * every fit equal, so that only the lottery decides.
   */
  static MatchingProblem uniform(int students, int places, int capacity) {
    var q = TestCohorts.QUALS.get(0);
    var period = TestCohorts.PERIODS.get(1);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025)))
        .addCompany(Company.builder("C-0").size(SizeClass.LARGE).sector("care").region("r0")
            .location(52.1, 5.1).recognition(q, "B1-K1-W1").build());
    for (int p = 0; p < places; p++) {
      b.addPlace(Place.builder("P-" + p, "C-0", q, period).capacity(capacity).build());
    }
    for (int s = 0; s < students; s++) {
      b.addStudent(Student.builder("S-" + s,
          LearningWish.builder(q, period).workProcess("B1-K1-W1", 1).build()).build());
    }
    return b.build();
  }

  /**
   * A seat that stage 1 of two-by-two fills with meetings and stage 2 leaves empty: place P-A
   * (features fa, fb, fc) meets S-1 and S-2, who also meet P-B (fb) and P-C (fc), where they
   * would rather go; S-3 (who needs fa, and wants a work process the company does not offer, so
   * fits worse) can only take P-A and meets no one. Each place has capacity 1.
   */
  static MatchingProblem emptySeatAfterMeetings() {
    var q = TestCohorts.QUALS.get(0);
    var period = TestCohorts.PERIODS.get(1);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(Policy.defaults(SchoolYear.of(2025)))
        .addCompany(Company.builder("C-0").size(SizeClass.LARGE).sector("care").region("r0")
            .location(52.1, 5.1).recognition(q, "B1-K1-W1").build())
        .addPlace(Place.builder("P-A", "C-0", q, period).capacity(1).feature("fa")
            .feature("fb").feature("fc").build())
        .addPlace(Place.builder("P-B", "C-0", q, period).capacity(1).feature("fb").build())
        .addPlace(Place.builder("P-C", "C-0", q, period).capacity(1).feature("fc").build());
    b.addStudent(Student.builder("S-1", LearningWish.builder(q, period)
        .workProcess("B1-K1-W1", 1).requiredFeature("fb").build()).build());
    b.addStudent(Student.builder("S-2", LearningWish.builder(q, period)
        .workProcess("B1-K1-W1", 1).requiredFeature("fc").build()).build());
    b.addStudent(Student.builder("S-3", LearningWish.builder(q, period)
        .workProcess("B1-K1-W2", 1).requiredFeature("fa").build()).build());
    return b.build();
  }
}
