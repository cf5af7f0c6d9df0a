package nl.stagematch.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random small problems that exercise every eligibility rule: few qualifications, periods
 * that do and do not overlap, overlap in part (under policies with several minimum period
 * coverages), ribbons of different days, features, tight travel limits, missing
 * homes, opted-out companies under several participation policies, out-of-scope students.
 */
final class RandomProblems {
  private RandomProblems() {}

  static final List<Qualification> QUALS = List.of(Qualification.of("25491", 2),
      Qualification.of("25491", 3), Qualification.of("25604", 4), Qualification.of("25250", 1));
  static final List<Period> PERIODS = List.of(
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24)),
      Period.block(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2),
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 3),
      Period.block(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28)),
      // partial overlaps with the first: one shared weekday (the case of the issue), 45 of its
      // 60 weekdays, and a longer period that covers all of it (ending on a Sunday)
      Period.block(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 7, 10)),
      Period.block(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 7, 10)),
      Period.block(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 4, 26)));
  /** The minimum period coverages the policies are drawn from. */
  static final int[] COVERAGES = {100, 100, 0, 1, 50, 75, 90};
  static final List<String> WPS = List.of("B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2",
      "B2-K1-W1");
  static final List<String> FEATURES = List.of("tailored-supervision", "physically-accessible");
  static final List<String> KINDS = List.of("hospital", "care-home", "office");

  static MatchingProblem generate(long seed, int students, int places) {
    Random r = new Random(seed);
    SchoolYear year = SchoolYear.of(2025);
    ParticipationPolicy pp = switch (r.nextInt(4)) {
      case 0 -> ParticipationPolicy.DEFAULT;
      case 1 -> ParticipationPolicy.OPT_OUT_ALLOWED;
      case 2 -> new ParticipationPolicy(false, SizeClass.LARGE, java.util.Set.of());
      default -> ParticipationPolicy.withExemptSectors(List.of("care"));
    };
    MatchingProblem.Builder b = MatchingProblem.builder()
        .policy(new Policy(year, Scope.DEFAULT, pp, COVERAGES[r.nextInt(COVERAGES.length)]));
    int companies = 1 + places / 2;
    for (int c = 0; c < companies; c++) {
      Company.Builder cb = Company.builder("C-" + c)
          .size(SizeClass.values()[r.nextInt(4)])
          .sector(r.nextBoolean() ? "care" : "ict")
          .region("r" + r.nextInt(3))
          .location(52.0 + r.nextDouble() * 0.3, 5.0 + r.nextDouble() * 0.3);
      if (r.nextInt(3) == 0) {
        cb.kind(KINDS.get(r.nextInt(KINDS.size())));
      }
      if (r.nextInt(4) == 0) {
        cb.participation(year, Participation.OPTED_OUT);
      }
      for (Qualification q : QUALS) {
        if (r.nextInt(3) > 0) {
          cb.recognition(q, pick(r, WPS).toArray(new String[0]));
        }
      }
      b.addCompany(cb.build());
    }
    for (int p = 0; p < places; p++) {
      Place.Builder pb = Place.builder("P-" + p, "C-" + r.nextInt(companies),
          QUALS.get(r.nextInt(QUALS.size())), PERIODS.get(r.nextInt(PERIODS.size())))
          .capacity(1 + r.nextInt(3));
      for (String f : pick(r, FEATURES)) {
        pb.feature(f);
      }
      if (r.nextBoolean()) {
        pb.workKind(KINDS.get(r.nextInt(KINDS.size())));
      }
      b.addPlace(pb.build());
    }
    List<Student> list = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      LearningWish.Builder wb = LearningWish.builder(QUALS.get(r.nextInt(QUALS.size())),
          PERIODS.get(r.nextInt(PERIODS.size())));
      for (String wp : pick(r, WPS)) {
        wb.workProcess(wp, r.nextInt(4));
      }
      if (r.nextInt(4) == 0) {
        wb.requiredFeature(FEATURES.get(r.nextInt(FEATURES.size())));
      }
      if (r.nextInt(5) > 0) {
        wb.travelLimit(Transport.values()[r.nextInt(4)], 5 + r.nextInt(60));
      }
      if (r.nextBoolean()) {
        wb.companyKind(KINDS.get(r.nextInt(KINDS.size())));
      }
      Student.Builder sb = Student.builder("S-" + s, wb.build())
          .track(r.nextInt(8) == 0 ? Track.BBL : Track.BOL)
          .studyYear(r.nextInt(8) == 0 ? 2 : 1)
          .optedOut(r.nextInt(10) == 0);
      if (r.nextInt(6) > 0) {
        sb.home(52.0 + r.nextDouble() * 0.3, 5.0 + r.nextDouble() * 0.3);
      }
      for (String wp : pick(r, WPS)) {
        sb.competence(wp, 1 + r.nextInt(5));
      }
      list.add(sb.build());
    }
    // Students are added in a shuffled order so that positions differ from id order.
    java.util.Collections.shuffle(list, r);
    return b.addStudents(list).build();
  }

  private static List<String> pick(Random r, List<String> from) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (r.nextBoolean()) {
        out.add(s);
      }
    }
    return out;
  }
}
