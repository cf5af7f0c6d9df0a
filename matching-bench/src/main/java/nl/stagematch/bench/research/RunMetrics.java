package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.StabilityCertificate;
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
    CohortIndex index = CohortIndex.of(problem);
    justifiedEnvy(out, index, group, run);
    choices(out, group, run);
    travel(out, index, group, run);
    strata(out, index, group, run);
    schools(out, cohort, run);
    return List.copyOf(out);
  }

  /** The quantiles of the travel time, as {@code travel-minutes-pNN}. */
  static final int[] TRAVEL_QUANTILES = {10, 25, 50, 75, 90};

  /**
   * {@code justified-envy} (all, group, others by the envious student): the number of pairs
   * (active student s, place p) where p is admissible for s and not her own, s would rather be at
   * p (fit(s, p) above the fit of her placement, or she is unplaced) and p holds a student s'
   * with fit(s', p) below fit(s, p). Preferences on both sides are by fit, strictly, as the
   * built-in responder answers; an empty seat is not counted (that is waste, not envy).
   */
  static void justifiedEnvy(List<Measure> out, CohortIndex index, Set<String> group,
      ArmRun run) {
    MatchingProblem problem = index.problem;
    int m = problem.places().size();
    int[] minHeld = new int[m];
    Arrays.fill(minHeld, Integer.MAX_VALUE);
    int n = problem.students().size();
    int[] ownPlace = new int[n];
    int[] ownFit = new int[n];
    boolean[] active = new boolean[n];
    Arrays.fill(ownPlace, -1);
    Arrays.fill(ownFit, Integer.MIN_VALUE);
    for (Placement p : run.result().placements()) {
      int s = problem.studentIndex(p.studentId());
      int q = problem.placeIndex(p.placeId());
      ownPlace[s] = q;
      ownFit[s] = p.fit();
      active[s] = true;
      minHeld[q] = Math.min(minHeld[q], p.fit());
    }
    for (Unplaced u : run.result().unplaced()) {
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        active[problem.studentIndex(u.studentId())] = true;
      }
    }
    long[] envy = new long[2];
    for (int s = 0; s < n; s++) {
      if (!active[s]) {
        continue;
      }
      int[] places = index.places[s];
      int[] fits = index.fits[s];
      long count = 0;
      for (int k = 0; k < places.length; k++) {
        int q = places[k];
        if (q != ownPlace[s] && fits[k] > ownFit[s] && minHeld[q] < fits[k]) {
          count++;
        }
      }
      envy[group.contains(problem.students().get(s).id()) ? 1 : 0] += count;
    }
    out.add(new Measure("justified-envy", Measure.ALL, envy[0] + envy[1]));
    out.add(new Measure("justified-envy", Measure.GROUP, envy[1]));
    out.add(new Measure("justified-envy", Measure.OTHERS, envy[0]));
  }

  /**
   * {@code first-choice} and {@code top-3-choice} (all, group, others), for a contender whose
   * result carries students' rankings (V4's certificate): of the students with a non-empty
   * ranking, the share placed at the place they ranked first, or at one of their first three.
   */
  static void choices(List<Measure> out, Set<String> group, ArmRun run) {
    if (!(run.result().certificate() instanceof StabilityCertificate certificate)) {
      return;
    }
    Map<String, String> placeOf = new HashMap<>();
    for (Placement p : run.result().placements()) {
      placeOf.put(p.studentId(), p.placeId());
    }
    int[] ranked = new int[2];
    int[] first = new int[2];
    int[] top3 = new int[2];
    for (Map.Entry<String, List<String>> e : certificate.rankings().entrySet()) {
      List<String> ranking = e.getValue();
      if (ranking.isEmpty()) {
        continue;
      }
      int g = group.contains(e.getKey()) ? 1 : 0;
      ranked[g]++;
      String place = placeOf.get(e.getKey());
      int at = place == null ? -1 : ranking.indexOf(place);
      if (at == 0) {
        first[g]++;
      }
      if (at >= 0 && at < 3) {
        top3[g]++;
      }
    }
    triple(out, "first-choice", first, ranked);
    triple(out, "top-3-choice", top3, ranked);
  }

  /**
   * {@code travel-minutes-mean} (all, group, others) and {@code travel-minutes-pNN} (all): the
   * one-way travel time of the placed students to their place (the school's minutes where given,
   * else the travel model's estimate), leaving out placed students without one (no travel limit,
   * or no home and no minutes). Quantiles interpolate between order statistics (R's type 7).
   */
  static void travel(List<Measure> out, CohortIndex index, Set<String> group, ArmRun run) {
    MatchingProblem problem = index.problem;
    List<Double> all = new ArrayList<>();
    double[] sum = new double[2];
    int[] count = new int[2];
    for (Placement p : run.result().placements()) {
      OptionalDouble t = index.eligibility.travelMinutes(
          problem.studentIndex(p.studentId()), problem.placeIndex(p.placeId()));
      if (t.isPresent()) {
        int g = group.contains(p.studentId()) ? 1 : 0;
        sum[g] += t.getAsDouble();
        count[g]++;
        all.add(t.getAsDouble());
      }
    }
    out.add(new Measure("travel-minutes-mean", Measure.ALL,
        ratio(sum[0] + sum[1], count[0] + count[1])));
    out.add(new Measure("travel-minutes-mean", Measure.GROUP, ratio(sum[1], count[1])));
    out.add(new Measure("travel-minutes-mean", Measure.OTHERS, ratio(sum[0], count[0])));
    double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    for (int q : TRAVEL_QUANTILES) {
      out.add(new Measure(travelQuantile(q), Measure.ALL, quantile(sorted, q / 100.0)));
    }
  }

  /** The metric name of travel quantile {@code q} (percent), such as {@code travel-minutes-p50}. */
  static String travelQuantile(int q) {
    return String.format(Locale.ROOT, "travel-minutes-p%02d", q);
  }

  /** The {@code q}-quantile of ascending {@code x} (R's type 7); NaN for no values. */
  static double quantile(double[] x, double q) {
    if (x.length == 0) {
      return Double.NaN;
    }
    double h = (x.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(x.length - 1, lo + 1);
    return x[lo] + (h - lo) * (x[hi] - x[lo]);
  }

  /** The prefixes of the strata's group names. */
  static final List<String> STRATA = List.of("sector", "level", "qualification");

  /**
   * {@code placement-gap} and {@code fit-gap} within each stratum: group {@code sector=CODE},
   * {@code level=N} or {@code qualification=CREBO/N} (the student's), strata sorted by name.
   */
  static void strata(List<Measure> out, CohortIndex index, Set<String> group, ArmRun run) {
    MatchingProblem problem = index.problem;
    Map<String, long[]> cells = new TreeMap<>();
    String[][] of = {index.sector, index.level, index.qualification};
    for (Unplaced u : run.result().unplaced()) {
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        int s = problem.studentIndex(u.studentId());
        int g = group.contains(u.studentId()) ? 1 : 0;
        for (int k = 0; k < STRATA.size(); k++) {
          long[] c = cells.computeIfAbsent(STRATA.get(k) + "=" + of[k][s], x -> new long[6]);
          c[g]++;
        }
      }
    }
    for (Placement p : run.result().placements()) {
      int s = problem.studentIndex(p.studentId());
      int g = group.contains(p.studentId()) ? 1 : 0;
      for (int k = 0; k < STRATA.size(); k++) {
        long[] c = cells.computeIfAbsent(STRATA.get(k) + "=" + of[k][s], x -> new long[6]);
        c[g]++;
        c[2 + g]++;
        c[4 + g] += p.fit();
      }
    }
    // active: c[0] others, c[1] group; placed: c[2], c[3]; fit sums: c[4], c[5]
    for (String prefix : STRATA) {
      for (Map.Entry<String, long[]> e : cells.entrySet()) {
        if (e.getKey().startsWith(prefix + "=")) {
          long[] c = e.getValue();
          out.add(new Measure("placement-gap", e.getKey(),
              ratio(c[2], c[0]) - ratio(c[3], c[1])));
        }
      }
    }
    for (String prefix : STRATA) {
      for (Map.Entry<String, long[]> e : cells.entrySet()) {
        if (e.getKey().startsWith(prefix + "=")) {
          long[] c = e.getValue();
          out.add(new Measure("fit-gap", e.getKey(), ratio(c[4], c[2]) - ratio(c[5], c[3])));
        }
      }
    }
  }

  /**
   * Per school of the cohort (group {@code school=ID}, schools sorted): {@code placement-rate}
   * and {@code fit-mean} of its students; nothing when the cohort has no schools.
   */
  static void schools(List<Measure> out, ResearchCohort cohort, ArmRun run) {
    if (cohort.schools().isEmpty()) {
      return;
    }
    Map<String, long[]> cells = new TreeMap<>();
    for (Unplaced u : run.result().unplaced()) {
      if (u.reason() != UnplacedReason.OUT_OF_SCOPE && u.reason() != UnplacedReason.OPTED_OUT) {
        cells.computeIfAbsent(cohort.schools().get(u.studentId()), x -> new long[3])[0]++;
      }
    }
    for (Placement p : run.result().placements()) {
      long[] c = cells.computeIfAbsent(cohort.schools().get(p.studentId()), x -> new long[3]);
      c[0]++;
      c[1]++;
      c[2] += p.fit();
    }
    for (Map.Entry<String, long[]> e : cells.entrySet()) {
      out.add(new Measure("placement-rate", "school=" + e.getKey(),
          ratio(e.getValue()[1], e.getValue()[0])));
    }
    for (Map.Entry<String, long[]> e : cells.entrySet()) {
      out.add(new Measure("fit-mean", "school=" + e.getKey(),
          ratio(e.getValue()[2], e.getValue()[1])));
    }
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
