package nl.stagematch.variants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.stagematch.core.model.Eligibility;
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
import nl.stagematch.core.spi.MatchRequest;

/**
 * Seeded cohorts for the variant tests: a few qualifications, two periods, features, travel
 * limits, out-of-scope and opted-out students, opted-out companies, and a capacity that is
 * sometimes short (scarcity) and sometimes ample, so that every unplaced reason occurs. Also seeded
 * pins, forbidden pairs and schools, and a shuffle of the input order.
 */
final class TestCohorts {
  private TestCohorts() {}

  static final List<Qualification> QUALS = List.of(Qualification.of("25491", 2),
      Qualification.of("25604", 4), Qualification.of("25250", 1));
  static final List<Period> PERIODS = List.of(
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2),
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24)));
  static final List<String> WPS = List.of("B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2");
  static final List<String> FEATURES = List.of("tailored-supervision", "physically-accessible");
  static final List<String> KINDS = List.of("hospital", "care-home", "office");

  /**
   * A cohort of {@code students} students and about {@code students * supply} seats (supply 0.7
   * is scarce, 1.4 ample), all in the province-sized box around (52.0..52.3, 5.0..5.3).
   */
  static MatchingProblem generate(long seed, int students, double supply) {
    Random r = new Random(seed);
    SchoolYear year = SchoolYear.of(2025);
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(new Policy(year, Scope.DEFAULT, ParticipationPolicy.OPT_OUT_ALLOWED));
    int companies = Math.max(2, students / 4);
    for (int c = 0; c < companies; c++) {
      Company.Builder cb = Company.builder("C-" + c)
          .size(SizeClass.values()[r.nextInt(4)])
          .sector(c % 3 == 0 ? "care" : c % 3 == 1 ? "ict" : "technology")
          .region("r" + r.nextInt(3))
          .location(52.0 + r.nextDouble() * 0.3, 5.0 + r.nextDouble() * 0.3);
      if (r.nextInt(3) == 0) {
        cb.kind(KINDS.get(r.nextInt(KINDS.size())));
      }
      if (r.nextInt(12) == 0) {
        cb.participation(year, Participation.OPTED_OUT);
      }
      for (Qualification q : QUALS) {
        cb.recognition(q, WPS.toArray(new String[0]));
      }
      b.addCompany(cb.build());
    }
    int seats = (int) Math.round(students * supply);
    int p = 0;
    while (seats > 0) {
      int cap = Math.min(seats, 1 + r.nextInt(3));
      seats -= cap;
      Place.Builder pb = Place.builder("P-" + p, "C-" + r.nextInt(companies),
          QUALS.get(r.nextInt(QUALS.size())), PERIODS.get(r.nextInt(PERIODS.size())))
          .capacity(cap);
      if (r.nextInt(3) == 0) {
        pb.feature(FEATURES.get(r.nextInt(FEATURES.size())));
      }
      if (r.nextBoolean()) {
        pb.workKind(KINDS.get(r.nextInt(KINDS.size())));
      }
      b.addPlace(pb.build());
      p++;
    }
    List<Student> list = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      LearningWish.Builder wb = LearningWish.builder(QUALS.get(r.nextInt(QUALS.size())),
          PERIODS.get(r.nextInt(PERIODS.size())));
      for (String wp : WPS) {
        if (r.nextBoolean()) {
          wb.workProcess(wp, r.nextInt(4));
        }
      }
      if (r.nextInt(8) == 0) {
        wb.requiredFeature(FEATURES.get(r.nextInt(FEATURES.size())));
      }
      if (r.nextInt(4) > 0) {
        wb.travelLimit(Transport.values()[1 + r.nextInt(3)], 30 + r.nextInt(60));
      }
      if (r.nextBoolean()) {
        wb.companyKind(KINDS.get(r.nextInt(KINDS.size())));
      }
      Student.Builder sb = Student.builder(String.format("S-%03d", s), wb.build())
          .track(r.nextInt(15) == 0 ? Track.BBL : Track.BOL)
          .optedOut(r.nextInt(20) == 0);
      if (r.nextInt(10) > 0) {
        sb.home(52.0 + r.nextDouble() * 0.3, 5.0 + r.nextDouble() * 0.3);
      }
      for (String wp : WPS) {
        if (r.nextBoolean()) {
          sb.competence(wp, 1 + r.nextInt(5));
        }
      }
      list.add(sb.build());
    }
    return b.addStudents(list).build();
  }

  /** The same problem with its students, companies and places in a seeded random order. */
  static MatchingProblem shuffled(MatchingProblem problem, long seed) {
    Random r = new Random(seed);
    List<Student> students = new ArrayList<>(problem.students());
    List<Company> companies = new ArrayList<>(problem.companies());
    List<Place> places = new ArrayList<>(problem.places());
    Collections.shuffle(students, r);
    Collections.shuffle(companies, r);
    Collections.shuffle(places, r);
    return MatchingProblem.of(problem.policy(), students, companies, places);
  }

  /**
   * A request with seeded pins (about 5% of the students who have an admissible place, at a place
   * not pinned yet, so that a place is pinned for one school at most) and forbidden pairs (about
   * 5% of the students, one admissible pair each), and, if {@code schools > 0}, every student in
   * one of that many schools.
   */
  static MatchRequest request(MatchingProblem problem, long seed, boolean pins, boolean forbid,
      int schools) {
    Random r = new Random(seed ^ 0x5EEDL);
    Eligibility e = Eligibility.compute(problem);
    MatchRequest.Builder b = MatchRequest.builder(problem).seed(seed);
    int[] pinsAt = new int[problem.places().size()];
    for (int s = 0; s < problem.students().size(); s++) {
      int count = e.admissibleCount(s);
      if (count == 0) {
        continue;
      }
      String id = problem.students().get(s).id();
      int p = e.admissiblePlace(s, r.nextInt(count));
      if (pins && r.nextInt(20) == 0 && pinsAt[p] == 0) {
        pinsAt[p]++;
        b.pin(id, problem.places().get(p).id());
      } else if (forbid && r.nextInt(20) == 0) {
        b.forbid(id, problem.places().get(p).id());
      }
    }
    if (schools > 0) {
      Map<String, String> map = new TreeMap<>();
      for (Student s : problem.students()) {
        map.put(s.id(), "school-" + r.nextInt(schools));
      }
      b.schools(map);
    }
    return b.build();
  }
}
