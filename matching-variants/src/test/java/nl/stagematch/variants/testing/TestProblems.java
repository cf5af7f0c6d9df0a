package nl.stagematch.variants.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;

/**
 * Named and seeded random test problems: a small cohort around Utrecht in school year 2025-26 with
 * two qualifications, companies that may opt out, BBL students (out of scope) and opted-out
 * students, and fewer seats than students.
 */
public final class TestProblems {
  public static final SchoolYear YEAR = SchoolYear.of(2025);
  public static final Qualification CARE_2 = Qualification.of("25491", 2);
  public static final Qualification ICT_4 = Qualification.of("25604", 4);
  public static final Period SPRING =
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));
  private static final String[] SECTORS = {"care", "ict", "retail", "technology"};
  private static final String[] REGIONS = {"amersfoort", "utrecht", "zeist"};
  private static final String[] PROCESSES = {"B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2"};

  private TestProblems() {}

  /** A random problem with {@code students} students and {@code companies} companies. */
  public static MatchingProblem random(long seed, int students, int companies) {
    Random r = new Random(seed);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(new Policy(YEAR, Scope.DEFAULT, ParticipationPolicy.OPT_OUT_ALLOWED));
    int places = 0;
    for (int c = 0; c < companies; c++) {
      Qualification q = r.nextBoolean() ? CARE_2 : ICT_4;
      List<String> wps = new ArrayList<>();
      for (String wp : PROCESSES) {
        if (r.nextInt(3) > 0) {
          wps.add(wp);
        }
      }
      String id = String.format("C-%03d", c);
      Company.Builder cb = Company.builder(id).recognition(q, wps.toArray(new String[0]))
          .size(SizeClass.values()[r.nextInt(4)]).sector(SECTORS[r.nextInt(SECTORS.length)])
          .kind(r.nextBoolean() ? "hospital" : "office").region(REGIONS[r.nextInt(3)])
          .location(52.0 + r.nextDouble() * 0.2, 5.0 + r.nextDouble() * 0.3);
      if (r.nextInt(7) == 0) {
        cb.participation(YEAR, Participation.OPTED_OUT);
      }
      b.addCompany(cb.build());
      int n = 1 + r.nextInt(2);
      for (int k = 0; k < n; k++) {
        b.addPlace(Place.builder(String.format("P-%03d", places++), id, q, SPRING)
            .capacity(1 + r.nextInt(2)).workKind(r.nextBoolean() ? "nursing" : "support")
            .build());
      }
    }
    for (int s = 0; s < students; s++) {
      Qualification q = r.nextBoolean() ? CARE_2 : ICT_4;
      LearningWish.Builder w = LearningWish.builder(q, SPRING);
      for (String wp : PROCESSES) {
        if (r.nextBoolean()) {
          w.workProcess(wp, 1 + r.nextInt(3));
        }
      }
      if (r.nextBoolean()) {
        w.companyKind("hospital");
      }
      if (r.nextInt(4) == 0) {
        w.travelLimit(Transport.BIKE, 30 + r.nextInt(40));
      }
      Student.Builder sb = Student.builder(String.format("S-%04d", s), w.build())
          .home(52.0 + r.nextDouble() * 0.2, 5.0 + r.nextDouble() * 0.3);
      if (r.nextInt(10) == 0) {
        sb.track(Track.BBL);
      }
      if (r.nextInt(20) == 0) {
        sb.optedOut(true);
      }
      if (r.nextBoolean()) {
        sb.competence(PROCESSES[r.nextInt(PROCESSES.length)], 1 + r.nextInt(5));
      }
      b.addStudent(sb.build());
    }
    return b.build();
  }
}
