package nl.stagematch.bench.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import nl.stagematch.core.model.Transport;

/**
 * A seeded uniform synthetic cohort of any size and shape, for tests that need a small problem
 * with a given number of places, companies and qualifications: students and companies clustered
 * around 40 towns spread over the Netherlands, qualifications
 * with six work processes each, companies recognised for one to three qualifications, places for
 * a recognised qualification in an autumn ribbon (2 days a week) or a spring block, and travel
 * limits by bike, public transport or car. Unlike {@link SampleCohortGenerator} it makes no
 * attempt at realistic sectors or shortages: at 10,000 students about 30% of them have no
 * admissible place. National runs and benchmarks use the calibrated {@link
 * NationalCohortGenerator} instead.
 *
 * <p>Deterministic: equal arguments give equal problems.
 */
public final class UniformCohortGenerator {

  private static final Period RIBBON =
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2);
  private static final Period BLOCK =
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));
  private static final String[] WORK_PROCESSES =
      {"B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2", "B1-K3-W1", "B1-K3-W2"};
  private static final int TOWNS = 40;

  private UniformCohortGenerator() {}

  /**
   * A uniform synthetic problem of the given sizes.
   *
   * @param seed the seed
   * @param students the number of students (all first-year BOL, in scope)
   * @param places the number of places
   * @param companies the number of companies (at least 1)
   * @param qualifications the number of qualifications (1..9000)
   */
  public static MatchingProblem generate(long seed, int students, int places, int companies,
      int qualifications) {
    if (students < 0 || places < 0 || companies < 1 || qualifications < 1
        || qualifications > 9000) {
      throw new IllegalArgumentException("The sizes (students " + students + ", places " + places
          + ", companies " + companies + ", qualifications " + qualifications
          + ") are out of range.\nMaybe use 150000, 50000, 25000, 400.");
    }
    Random r = new Random(seed);
    double[][] towns = new double[TOWNS][];
    for (int t = 0; t < TOWNS; t++) {
      towns[t] = new double[] {51.3 + r.nextDouble() * 1.9, 4.0 + r.nextDouble() * 2.8};
    }
    List<Qualification> quals = new ArrayList<>();
    for (int i = 0; i < qualifications; i++) {
      quals.add(Qualification.of(String.valueOf(10000 + i), 1 + i % 4));
    }
    MatchingProblem.Builder b =
        MatchingProblem.builder().policy(Policy.defaults(SchoolYear.of(2025)));
    List<List<Qualification>> recognised = new ArrayList<>();
    for (int c = 0; c < companies; c++) {
      double[] at = near(r, towns[r.nextInt(TOWNS)]);
      Company.Builder cb = Company.builder("C-" + c).sector("s" + r.nextInt(8))
          .region("r" + r.nextInt(30)).size(SizeClass.values()[r.nextInt(4)])
          .kind("k" + r.nextInt(5)).location(at[0], at[1]);
      List<Qualification> own = new ArrayList<>();
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        Qualification q = quals.get(r.nextInt(qualifications));
        if (!own.contains(q)) {
          own.add(q);
          cb.recognition(q, WORK_PROCESSES[r.nextInt(6)], WORK_PROCESSES[r.nextInt(6)],
              WORK_PROCESSES[r.nextInt(6)], WORK_PROCESSES[r.nextInt(6)]);
        }
      }
      recognised.add(own);
      b.addCompany(cb.build());
    }
    for (int p = 0; p < places; p++) {
      int c = r.nextInt(companies);
      List<Qualification> own = recognised.get(c);
      b.addPlace(Place.builder("P-" + p, "C-" + c, own.get(r.nextInt(own.size())),
          r.nextInt(3) == 0 ? RIBBON : BLOCK).capacity(1 + r.nextInt(4)).build());
    }
    for (int s = 0; s < students; s++) {
      LearningWish.Builder w = LearningWish.builder(quals.get(r.nextInt(qualifications)),
              r.nextInt(3) == 0 ? RIBBON : BLOCK)
          .workProcess(WORK_PROCESSES[r.nextInt(6)], 1)
          .workProcess(WORK_PROCESSES[r.nextInt(6)], 2)
          .companyKind("k" + r.nextInt(5))
          .travelLimit(Transport.values()[1 + r.nextInt(3)], 30 + r.nextInt(60));
      double[] home = near(r, towns[r.nextInt(TOWNS)]);
      b.addStudent(Student.builder("S-" + s, w.build()).home(home[0], home[1])
          .competence(WORK_PROCESSES[r.nextInt(6)], 1 + r.nextInt(5)).build());
    }
    return b.build();
  }

  private static double[] near(Random r, double[] town) {
    return new double[] {
      Math.max(50.75, Math.min(53.55, town[0] + r.nextGaussian() * 0.08)),
      Math.max(3.3, Math.min(7.25, town[1] + r.nextGaussian() * 0.12))
    };
  }
}
