package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;

/**
 * The metrics of one run, joined to the research group afterwards. Definitions (also in {@code
 * docs/research.md}):
 *
 * <ul>
 *   <li><em>Active</em> students: every student of the cohort except those unplaced as out of
 *       scope or opted out.
 *   <li>{@code placement-rate}: placed active students / active students (all, group, others);
 *       {@code placement-gap}: others minus group.
 *   <li>{@code fit-mean}: the mean fit (0..1000) of the placed (all, group, others); {@code
 *       fit-gap}: others minus group.
 *   <li>{@code wish-fully-met}: the share of active students placed at a place where every work
 *       process of their wish with a positive weight can be carried out, and the wished kind of
 *       company and kind of work (where wished) are those of the place.
 *   <li>{@code fit-share-LO-HI}: the share of the placed whose fit lies in LO..HI, ten bins of
 *       100 (the last 900-1000).
 *   <li>{@code unplaced-REASON}: the number of students unplaced for that reason.
 *   <li>{@code applications-mean} (group, others) and {@code applications-ratio} (group mean /
 *       others mean): applications sent by the students who were placed, for contenders that
 *       simulate applying (today's practice).
 *   <li>Every figure the contender reports ({@code rounds}, {@code meetings}, ...) under its
 *       own name.
 * </ul>
 */
public final class RunMetrics {
  /** The number of bins of the fit distribution. */
  public static final int FIT_BINS = 10;

  private RunMetrics() {}

  /** The name of fit bin {@code b} (0..9), such as {@code fit-share-900-1000}. */
  public static String fitBin(int b) {
    return String.format(Locale.ROOT, "fit-share-%03d-%d", b * 100,
        b == FIT_BINS - 1 ? 1000 : b * 100 + 99);
  }

  /** The metric name of the unplaced count for {@code reason}. */
  public static String unplaced(UnplacedReason reason) {
    return "unplaced-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The measures of {@code run} on {@code cohort}, in a fixed order. */
  public static List<Measure> of(ResearchCohort cohort, ArmRun run) {
    MatchingProblem problem = cohort.problem();
    Set<String> group = cohort.group();
    Map<String, Integer> reasons = new HashMap<>();
    int[] active = new int[2];
    int[] placed = new int[2];
    long[] fitSum = new long[2];
    int[] fullyMet = new int[2];
    int[] bins = new int[FIT_BINS];
    for (Unplaced u : run.result().unplaced()) {
      reasons.merge(u.reason().name(), 1, Integer::sum);
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        active[group.contains(u.studentId()) ? 1 : 0]++;
      }
    }
    for (Placement p : run.result().placements()) {
      int g = group.contains(p.studentId()) ? 1 : 0;
      active[g]++;
      placed[g]++;
      fitSum[g] += p.fit();
      bins[Math.min(FIT_BINS - 1, Math.max(0, p.fit() / 100))]++;
      if (wishFullyMet(problem, p)) {
        fullyMet[g]++;
      }
    }
    List<Measure> out = new ArrayList<>();
    triple(out, "placement-rate", placed, active);
    gap(out, "placement-gap", placed, active);
    long[] placedL = {placed[0], placed[1]};
    tripleMean(out, "fit-mean", fitSum, placedL);
    gapMean(out, "fit-gap", fitSum, placedL);
    triple(out, "wish-fully-met", fullyMet, active);
    int placedAll = placed[0] + placed[1];
    for (int b = 0; b < FIT_BINS; b++) {
      out.add(new Measure(fitBin(b), Measure.ALL, ratio(bins[b], placedAll)));
    }
    for (UnplacedReason r : UnplacedReason.values()) {
      out.add(new Measure(unplaced(r), Measure.ALL, reasons.getOrDefault(r.name(), 0)));
    }
    if (!run.applications().isEmpty()) {
      long[] apps = new long[2];
      long[] n = new long[2];
      for (Placement p : run.result().placements()) {
        Integer a = run.applications().get(p.studentId());
        if (a != null) {
          int g = group.contains(p.studentId()) ? 1 : 0;
          apps[g] += a;
          n[g]++;
        }
      }
      double others = ratio(apps[0], n[0]);
      double inGroup = ratio(apps[1], n[1]);
      out.add(new Measure("applications-mean", Measure.GROUP, inGroup));
      out.add(new Measure("applications-mean", Measure.OTHERS, others));
      out.add(new Measure("applications-ratio", Measure.ALL, inGroup / others));
    }
    for (Map.Entry<String, Long> f : run.figures().entrySet()) {
      out.add(new Measure(f.getKey(), Measure.ALL, f.getValue()));
    }
    return List.copyOf(out);
  }

  /**
   * Whether the placement meets the student's wish fully: every wanted work process (weight
   * above 0) can be carried out at the place, and the wished company kind and work kind, where
   * given, are the place's.
   */
  static boolean wishFullyMet(MatchingProblem problem, Placement placement) {
    Student s = problem.student(placement.studentId()).orElseThrow();
    Place place = problem.place(placement.placeId()).orElseThrow();
    Company company = problem.companyOf(place);
    LearningWish wish = s.wish();
    Set<String> offered = company.recognition(place.qualification())
        .map(Recognition::workProcesses).orElse(Set.of());
    for (Map.Entry<String, Double> e : wish.workProcesses().entrySet()) {
      if (e.getValue() > 0 && !offered.contains(e.getKey())) {
        return false;
      }
    }
    if (wish.companyKind() != null && !wish.companyKind().equals(company.kind())) {
      return false;
    }
    return wish.workKind() == null || wish.workKind().equals(place.workKind());
  }

  private static void triple(List<Measure> out, String metric, int[] num, int[] den) {
    out.add(new Measure(metric, Measure.ALL, ratio(num[0] + num[1], den[0] + den[1])));
    out.add(new Measure(metric, Measure.GROUP, ratio(num[1], den[1])));
    out.add(new Measure(metric, Measure.OTHERS, ratio(num[0], den[0])));
  }

  private static void gap(List<Measure> out, String metric, int[] num, int[] den) {
    out.add(new Measure(metric, Measure.ALL, ratio(num[0], den[0]) - ratio(num[1], den[1])));
  }

  private static void tripleMean(List<Measure> out, String metric, long[] sum, long[] n) {
    out.add(new Measure(metric, Measure.ALL, ratio(sum[0] + sum[1], n[0] + n[1])));
    out.add(new Measure(metric, Measure.GROUP, ratio(sum[1], n[1])));
    out.add(new Measure(metric, Measure.OTHERS, ratio(sum[0], n[0])));
  }

  private static void gapMean(List<Measure> out, String metric, long[] sum, long[] n) {
    out.add(new Measure(metric, Measure.ALL, ratio(sum[0], n[0]) - ratio(sum[1], n[1])));
  }

  private static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }
}
