package nl.stagematch.variants.testing;

import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.Side;

/** Named fixtures: a small fixed cohort, a hand-made result of it, and decisions on it. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Seven students (S-1..S-7; S-6 BBL, so out of scope; S-7 opted out), four companies in three
   * sectors and regions (C-2 opted out, which the policy honours), five places.
   */
  public static MatchingProblem smallCohort() {
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(new Policy(TestProblems.YEAR, Scope.DEFAULT,
            ParticipationPolicy.OPT_OUT_ALLOWED));
    b.addCompany(Company.builder("C-1").recognition(TestProblems.CARE_2, "B1-K1-W1", "B1-K1-W2")
        .size(SizeClass.LARGE).sector("care").kind("hospital").region("utrecht")
        .location(52.087, 5.179).build());
    b.addCompany(Company.builder("C-2").recognition(TestProblems.CARE_2, "B1-K1-W1")
        .size(SizeClass.SMALL).sector("care").kind("home-care").region("zeist")
        .location(52.089, 5.233).participation(TestProblems.YEAR, Participation.OPTED_OUT)
        .build());
    b.addCompany(Company.builder("C-3").recognition(TestProblems.ICT_4, "B1-K1-W1", "B1-K2-W1")
        .size(SizeClass.MEDIUM).sector("ict").kind("office").region("utrecht")
        .location(52.090, 5.110).build());
    b.addCompany(Company.builder("C-4").recognition(TestProblems.ICT_4, "B1-K1-W1")
        .size(SizeClass.MICRO).sector("retail").kind("shop").region("amersfoort")
        .location(52.156, 5.387).build());
    b.addPlace(Place.builder("P-1", "C-1", TestProblems.CARE_2, TestProblems.SPRING)
        .capacity(2).build());
    b.addPlace(Place.builder("P-2", "C-2", TestProblems.CARE_2, TestProblems.SPRING)
        .capacity(1).build());
    b.addPlace(Place.builder("P-3", "C-3", TestProblems.ICT_4, TestProblems.SPRING)
        .capacity(1).build());
    b.addPlace(Place.builder("P-4", "C-3", TestProblems.ICT_4, TestProblems.SPRING)
        .capacity(1).build());
    b.addPlace(Place.builder("P-5", "C-4", TestProblems.ICT_4, TestProblems.SPRING)
        .capacity(1).build());
    for (int i = 1; i <= 7; i++) {
      boolean care = i <= 3;
      LearningWish.Builder w = LearningWish.builder(care ? TestProblems.CARE_2
          : TestProblems.ICT_4, TestProblems.SPRING).workProcess("B1-K1-W1", 2.0)
          .workProcess("B1-K2-W1", i % 2 == 0 ? 1.0 : 0.0);
      if (i == 2) {
        w.travelLimit(Transport.BIKE, 45).requiredFeature("tailored-supervision");
      }
      Student.Builder s = Student.builder("S-" + i, w.build()).home(52.09, 5.12);
      if (i == 6) {
        s.track(Track.BBL);
      }
      if (i == 7) {
        s.optedOut(true);
      }
      b.addStudent(s.build());
    }
    return b.build();
  }

  /** A result of {@link #smallCohort()} by hand: S-1, S-4, S-5 placed; the rest not. */
  public static MatchResult smallResult() {
    return new MatchResult("school-placement", 2025,
        List.of(new Placement("S-1", "P-1", 900), new Placement("S-4", "P-3", 750),
            new Placement("S-5", "P-5", 600)),
        List.of(new Unplaced("S-2", UnplacedReason.NO_ADMISSIBLE_PLACE, "FEATURES"),
            new Unplaced("S-3", UnplacedReason.REFUSED, "CAPACITY_EXHAUSTED_LOTTERY"),
            Unplaced.of("S-6", UnplacedReason.OUT_OF_SCOPE),
            Unplaced.of("S-7", UnplacedReason.OPTED_OUT)),
        Map.of("S-1", 11L, "S-3", 33L, "S-4", 44L, "S-5", 55L));
  }

  /** Decisions of every kind on the small cohort. */
  public static List<Decision> smallDecisions() {
    return List.of(
        Decision.confirm("K-01", "S-1", "P-1"),
        Decision.refuse("K-01", "S-3", "P-1", ReasonCategory.TRAVEL, "NOTE-0001"),
        Decision.object("K-02", "S-4", "P-4", Side.COMPANY, ReasonCategory.SAFETY, null),
        Decision.object("K-02", "S-5", "P-3", Side.STUDENT, ReasonCategory.OTHER, "NOTE-0002"),
        Decision.pin("K-01", "S-5", "P-5"),
        Decision.forbid("K-01", "S-2", "P-1"),
        Decision.endEarly("K-01", "S-4", "P-4", ReasonCategory.LEARNING_CONTENT, null),
        Decision.optOut("K-03", "S-7"));
  }
}
