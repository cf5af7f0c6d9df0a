package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Which (student, place) pairs are admissible: the hard rules, applied in the order of {@link
 * IneligibilityReason}.
 *
 * <ol>
 *   <li>{@link IneligibilityReason#OUT_OF_SCOPE}: the student is in the policy's scope (R2);
 *   <li>{@link IneligibilityReason#OPTED_OUT}: she has not opted out (R3);
 *   <li>{@link IneligibilityReason#QUALIFICATION}: the place's qualification (crebo and level)
 *       equals her wish's;
 *   <li>{@link IneligibilityReason#NOT_RECOGNISED}: the place's company holds an SBB recognition
 *       for that qualification;
 *   <li>{@link IneligibilityReason#COMPANY_NOT_PARTICIPATING}: the company takes part in the
 *       policy's school year under its {@link nl.stagematch.core.model.ParticipationPolicy} (R5);
 *   <li>{@link IneligibilityReason#PERIOD}: the periods share at least one day, the place's
 *       period covers at least {@link Policy#minPeriodCoveragePercent()} percent of the weekdays
 *       (Monday to Friday) of the wish's period (default 100: all of them; see {@link
 *       #coveredShare(int, int)}), and both have the same form (block or ribbon), and for a
 *       ribbon the same number of days per week (the school frees exactly those days in the
 *       timetable; the company plans for exactly those days);
 *   <li>{@link IneligibilityReason#FEATURES}: the place has every feature the student needs (R9);
 *   <li>{@link IneligibilityReason#TRAVEL}: the travel time by her means of transport, estimated
 *       by the {@link TravelTimeModel} or, where the school supplied minutes for her and the
 *       place's company ({@link MatchingProblem#travelMinutes()}), those minutes, is at most her
 *       limit. Without a limit nothing is checked; with a limit but neither a home location nor
 *       minutes for the pair the limit cannot be checked and is ignored (a student without a
 *       home and without any minutes is counted in {@link
 *       EligibilityReport#travelLimitsNotChecked()}).
 * </ol>
 *
 * <p>Computed once, in {@link #compute}: places are indexed by qualification, so each student is
 * checked only against the places for her qualification (never students x places), and the
 * cheap rules run before the travel-time estimate. The admissible places of each student are kept
 * in one compressed array, ascending by place position. Immutable and thread-safe after
 * construction. Students and places are addressed by their position in the problem's lists.
 */
public final class Eligibility {
  private static final byte OK = -1;

  private final MatchingProblem problem;
  private final TravelTimeModel travel;
  private final Map<Qualification, Integer> qualificationIds;
  private final int[][] placesByQualification;

  private final byte[] studentStatus;
  private final int[] studentQual;
  private final int[] wishStart;
  private final int[] wishEnd;
  /** Per student: weekdays before the wish's start and before the day after its end. */
  private final int[] wishWeekStart;
  private final int[] wishWeekEnd;
  /** Per student: period form (0 block, 1 ribbon) * 8 + days per week; likewise per place. */
  private final byte[] wishShape;
  private final double[] homeLat;
  private final double[] homeLon;
  private final double[] homeCos;
  private final double[] homeXyz;
  /** Per student: the squared chord (unit sphere) of her travel limit; +inf when unchecked. */
  private final double[] maxChord2;
  /**
   * Per student: the companies (positions, ascending) with travel minutes the school supplied, and
   * those minutes; null for a student without any, or all null when the problem has none.
   */
  private final int[][] givenCompanies;
  private final double[][] givenMinutes;
  /** Per place: the position of its company. */
  private final int[] placeCompany;

  private final int[] placeQual;
  private final byte[] placeStatic;
  private final int[] placeStart;
  private final int[] placeEnd;
  private final int[] placeWeekStart;
  private final int[] placeWeekEnd;
  /** The policy's minimum covered share of the wish's weekdays, in percent (0..100). */
  private final int minCoverage;
  private final byte[] placeShape;
  private final double[] placeLat;
  private final double[] placeLon;
  private final double[] placeCos;
  private final double[] placeXyz;
  private final boolean[] companyParticipates;
  /** Whether the place features fit in 64 bits: then the masks below decide the feature rule. */
  private final boolean featureMasks;
  private final long[] placeFeatures;
  private final long[] requiredFeatures;
  private volatile FitIndex fitIndex;

  private final int[] offsets;
  private final int[] admissible;
  private final byte[] noPlaceReason;
  /** The transposed index (students per place), built on first use; see {@link #byPlace()}. */
  private volatile int[][] byPlace;

  private Eligibility(MatchingProblem problem, TravelTimeModel travel) {
    this.problem = problem;
    this.travel = travel;
    Policy policy = problem.policy();
    List<Student> students = problem.students();
    List<Place> places = problem.places();
    List<Company> companies = problem.companies();

    companyParticipates = new boolean[companies.size()];
    for (int c = 0; c < companies.size(); c++) {
      companyParticipates[c] =
          policy.participation().participates(companies.get(c), policy.schoolYear());
    }

    minCoverage = policy.minPeriodCoveragePercent();
    int p = places.size();
    qualificationIds = new HashMap<>();
    placeQual = new int[p];
    placeStatic = new byte[p];
    placeStart = new int[p];
    placeEnd = new int[p];
    placeWeekStart = new int[p];
    placeWeekEnd = new int[p];
    placeShape = new byte[p];
    placeLat = new double[p];
    placeLon = new double[p];
    placeCos = new double[p];
    placeXyz = new double[3 * p];
    placeCompany = new int[p];
    int[] perQual = new int[Math.max(16, p)];
    for (int i = 0; i < p; i++) {
      Place place = places.get(i);
      Integer q = qualificationIds.get(place.qualification());
      if (q == null) {
        q = qualificationIds.size();
        qualificationIds.put(place.qualification(), q);
      }
      placeQual[i] = q;
      perQual[q]++;
      int c = problem.companyIndex(place.companyId());
      placeCompany[i] = c;
      Company company = companies.get(c);
      if (company.recognition(place.qualification()).isEmpty()) {
        placeStatic[i] = (byte) IneligibilityReason.NOT_RECOGNISED.ordinal();
      } else if (!companyParticipates[c]) {
        placeStatic[i] = (byte) IneligibilityReason.COMPANY_NOT_PARTICIPATING.ordinal();
      } else {
        placeStatic[i] = OK;
      }
      placeStart[i] = (int) place.period().start().toEpochDay();
      placeEnd[i] = (int) place.period().end().toEpochDay();
      placeWeekStart[i] = weekdaysBefore(placeStart[i]);
      placeWeekEnd[i] = weekdaysBefore(placeEnd[i] + 1L);
      placeShape[i] = shape(place.period());
      Location loc = company.location();
      placeLat[i] = Math.toRadians(loc.latitude());
      placeLon[i] = Math.toRadians(loc.longitude());
      placeCos[i] = Math.cos(placeLat[i]);
      unitVector(placeLat[i], placeLon[i], placeXyz, 3 * i);
    }
    Map<String, Integer> featureIds = new HashMap<>();
    for (Place place : places) {
      for (String f : place.features()) {
        featureIds.putIfAbsent(f, featureIds.size());
      }
    }
    for (Student student : students) {
      for (String f : student.wish().requiredFeatures()) {
        featureIds.putIfAbsent(f, featureIds.size());
      }
    }
    featureMasks = featureIds.size() <= Long.SIZE;
    placeFeatures = new long[featureMasks ? p : 0];
    requiredFeatures = new long[featureMasks ? students.size() : 0];
    if (featureMasks) {
      for (int i = 0; i < p; i++) {
        placeFeatures[i] = mask(places.get(i).features(), featureIds);
      }
      for (int i = 0; i < students.size(); i++) {
        requiredFeatures[i] = mask(students.get(i).wish().requiredFeatures(), featureIds);
      }
    }
    placesByQualification = new int[qualificationIds.size()][];
    for (int q = 0; q < placesByQualification.length; q++) {
      placesByQualification[q] = new int[perQual[q]];
      perQual[q] = 0;
    }
    for (int i = 0; i < p; i++) {
      int q = placeQual[i];
      placesByQualification[q][perQual[q]++] = i;
    }
    Grid[] grids = new Grid[placesByQualification.length];
    for (int q = 0; q < grids.length; q++) {
      grids[q] = Grid.of(placesByQualification[q], placeLat, placeLon);
    }

    int s = students.size();
    studentStatus = new byte[s];
    studentQual = new int[s];
    wishStart = new int[s];
    wishEnd = new int[s];
    wishWeekStart = new int[s];
    wishWeekEnd = new int[s];
    wishShape = new byte[s];
    homeLat = new double[s];
    homeLon = new double[s];
    homeCos = new double[s];
    homeXyz = new double[3 * s];
    maxChord2 = new double[s];
    givenCompanies = new int[s][];
    givenMinutes = new double[s][];
    for (Map.Entry<String, SortedMap<String, Double>> e
        : problem.travelMinutes().asMap().entrySet()) {
      int si = problem.studentIndex(e.getKey());
      TreeMap<Integer, Double> byPosition = new TreeMap<>();
      e.getValue().forEach((company, m) -> byPosition.put(problem.companyIndex(company), m));
      givenCompanies[si] = byPosition.keySet().stream().mapToInt(Integer::intValue).toArray();
      givenMinutes[si] = byPosition.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
    offsets = new int[s + 1];
    noPlaceReason = new byte[s];
    // the students in fixed blocks, checked in parallel; the blocks' places are joined in block
    // order, so the index is the same for any number of threads
    int blocks = (s + BLOCK - 1) / BLOCK;
    int[][] found = new int[blocks][];
    IntStream.range(0, blocks).parallel().forEach(b -> found[b] =
        admissibleOf(b * BLOCK, Math.min(s, (b + 1) * BLOCK), policy, students, grids));
    int total = 0;
    for (int[] block : found) {
      total += block.length;
    }
    admissible = new int[total];
    int n = 0;
    for (int b = 0; b < blocks; b++) {
      for (int i = b * BLOCK; i < Math.min(s, (b + 1) * BLOCK); i++) {
        offsets[i] += n;
      }
      System.arraycopy(found[b], 0, admissible, n, found[b].length);
      n += found[b].length;
    }
    offsets[s] = n;
  }

  /** Students per block of the parallel eligibility (fixed: never dependent on threads). */
  private static final int BLOCK = 1024;

  /**
   * Fills the per-student fields of students {@code from..to-1} and returns their admissible
   * places, student after student; {@link #offsets} gets each student's start within them.
   */
  private int[] admissibleOf(int from, int to, Policy policy, List<Student> students,
      Grid[] grids) {
    int[] out = new int[64];
    int n = 0;
    for (int i = from; i < to; i++) {
      Student student = students.get(i);
      if (!policy.scope().includes(student)) {
        studentStatus[i] = (byte) IneligibilityReason.OUT_OF_SCOPE.ordinal();
      } else if (student.optedOut()) {
        studentStatus[i] = (byte) IneligibilityReason.OPTED_OUT.ordinal();
      } else {
        studentStatus[i] = OK;
      }
      LearningWish wish = student.wish();
      Integer q = qualificationIds.get(wish.qualification());
      studentQual[i] = q == null ? -1 : q;
      wishStart[i] = (int) wish.period().start().toEpochDay();
      wishEnd[i] = (int) wish.period().end().toEpochDay();
      wishWeekStart[i] = weekdaysBefore(wishStart[i]);
      wishWeekEnd[i] = weekdaysBefore(wishEnd[i] + 1L);
      wishShape[i] = shape(wish.period());
      if (student.home() != null) {
        homeLat[i] = Math.toRadians(student.home().latitude());
        homeLon[i] = Math.toRadians(student.home().longitude());
        homeCos[i] = Math.cos(homeLat[i]);
        unitVector(homeLat[i], homeLon[i], homeXyz, 3 * i);
      }
      maxChord2[i] = maxChord2(wish.travelLimit(), student.home() != null);
      offsets[i] = n;
      if (studentStatus[i] != OK) {
        noPlaceReason[i] = studentStatus[i];
        continue;
      }
      if (studentQual[i] < 0) {
        noPlaceReason[i] = (byte) IneligibilityReason.QUALIFICATION.ordinal();
        continue;
      }
      int qual = studentQual[i];
      if (out.length - n < placesByQualification[qual].length) {
        out = Arrays.copyOf(out,
            Math.max(out.length * 2, n + placesByQualification[qual].length));
      }
      int found = grids[qual] == null ? -1 : grids[qual].collect(this, i, out, n);
      if (found > 0) {
        // the cells are visited in grid order: the places in position order, as the full scan
        Arrays.sort(out, n, n + found);
        n += found;
        noPlaceReason[i] = OK;
        continue;
      }
      // no grid, no reach to prune by, or nothing within reach: every place of her
      // qualification, which also gives the most informative reason when none is admissible
      int best = IneligibilityReason.QUALIFICATION.ordinal();
      found = 0;
      for (int place : placesByQualification[qual]) {
        int r = pairRule(i, place);
        if (r == OK) {
          out[n++] = place;
          found++;
        } else if (r > best) {
          best = r;
        }
      }
      noPlaceReason[i] = found > 0 ? OK : (byte) best;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The places of one qualification in cells of a latitude-longitude grid, for the travel rule:
   * a student with a travel limit checks only the cells her limit can reach (a conservative
   * bound from the haversine formula), never the places beyond. The pairs it finds are exactly
   * those the full scan finds: a place outside the visited cells is farther than the limit.
   */
  private static final class Grid {
    /** Cell size in radians (about 11 km of latitude). */
    private static final double CELL = 0.00175;
    /** The most cells of one grid; a wider spread gets larger cells. */
    private static final int MAX_CELLS = 1 << 16;
    private final double minLat;
    private final double minLon;
    private final double cell;
    private final int rows;
    private final int cols;
    /** Per cell: the start of its places in {@link #places}; cells in row-major order. */
    private final int[] start;
    private final int[] places;

    private Grid(double minLat, double minLon, double cell, int rows, int cols, int[] start,
        int[] places) {
      this.minLat = minLat;
      this.minLon = minLon;
      this.cell = cell;
      this.rows = rows;
      this.cols = cols;
      this.start = start;
      this.places = places;
    }

    /** The grid of {@code members} (place positions, ascending), or null for too few places. */
    static Grid of(int[] members, double[] lat, double[] lon) {
      if (members.length < 64) {
        return null;
      }
      double loLat = Double.POSITIVE_INFINITY;
      double hiLat = Double.NEGATIVE_INFINITY;
      double loLon = Double.POSITIVE_INFINITY;
      double hiLon = Double.NEGATIVE_INFINITY;
      for (int p : members) {
        loLat = Math.min(loLat, lat[p]);
        hiLat = Math.max(hiLat, lat[p]);
        loLon = Math.min(loLon, lon[p]);
        hiLon = Math.max(hiLon, lon[p]);
      }
      if (!(hiLat - loLat < 1.0 && hiLon - loLon < 1.0)) {
        return null;
      }
      double cell = CELL;
      int rows;
      int cols;
      while (true) {
        rows = (int) ((hiLat - loLat) / cell) + 1;
        cols = (int) ((hiLon - loLon) / cell) + 1;
        if ((long) rows * cols <= MAX_CELLS) {
          break;
        }
        cell *= 2;
      }
      int[] start = new int[rows * cols + 1];
      int[] cellOf = new int[members.length];
      for (int k = 0; k < members.length; k++) {
        int p = members[k];
        int r = Math.min(rows - 1, (int) ((lat[p] - loLat) / cell));
        int c = Math.min(cols - 1, (int) ((lon[p] - loLon) / cell));
        cellOf[k] = r * cols + c;
        start[cellOf[k] + 1]++;
      }
      for (int c = 0; c < rows * cols; c++) {
        start[c + 1] += start[c];
      }
      int[] fill = Arrays.copyOf(start, rows * cols);
      int[] places = new int[members.length];
      for (int k = 0; k < members.length; k++) {
        places[fill[cellOf[k]]++] = members[k];
      }
      return new Grid(loLat, loLon, cell, rows, cols, start, places);
    }

    /**
     * Writes the admissible places of student {@code s} within her reach into {@code out} from
     * {@code at} (in cell order) and returns their number; -1 when her reach cannot prune (no
     * limit, no home, travel minutes supplied, or a reach too wide), 0 when none is admissible.
     */
    int collect(Eligibility e, int s, int[] out, int at) {
      double chord2 = e.maxChord2[s];
      if (!(chord2 >= 0 && chord2 < 0.01) || e.givenCompanies[s] != null) {
        return -1;
      }
      // the angle of the chord, widened: the travel rule decides pairs within a relative 1e-9
      // of the limit by the exact estimate, so nothing admissible lies beyond this angle
      double angle = 2 * Math.asin(Math.sqrt(chord2) / 2) * (1 + 1e-6) + 1e-9;
      double lat = e.homeLat[s];
      double lon = e.homeLon[s];
      double fromLat = lat - angle;
      double toLat = lat + angle;
      double maxAbsLat = Math.max(Math.abs(fromLat), Math.abs(toLat));
      if (maxAbsLat >= 1.5) {
        return -1;
      }
      // haversine: cos(lat1) cos(lat2) sin^2(dLon / 2) <= sin^2(angle / 2) within the reach
      double bound = Math.sin(angle / 2) / Math.sqrt(Math.cos(lat) * Math.cos(maxAbsLat));
      if (!(bound < 0.5)) {
        return -1;
      }
      double dLon = 2 * Math.asin(bound) * (1 + 1e-6) + 1e-9;
      int r0 = Math.max(0, (int) Math.floor((fromLat - minLat) / cell));
      int r1 = Math.min(rows - 1, (int) Math.floor((toLat - minLat) / cell));
      int c0 = Math.max(0, (int) Math.floor((lon - dLon - minLon) / cell));
      int c1 = Math.min(cols - 1, (int) Math.floor((lon + dLon - minLon) / cell));
      int n = at;
      for (int r = r0; r <= r1; r++) {
        int from = start[r * cols + c0];
        int to = c1 >= c0 ? start[r * cols + c1 + 1] : from;
        for (int k = from; k < to; k++) {
          int p = places[k];
          if (e.pairRule(s, p) == OK) {
            out[n++] = p;
          }
        }
      }
      return n - at;
    }
  }

  private static long mask(Set<String> features, Map<String, Integer> ids) {
    long m = 0;
    for (String f : features) {
      m |= 1L << ids.get(f);
    }
    return m;
  }

  /** The problem's work processes as dense ints, for {@link FitModel#scores}; built once. */
  FitIndex fitIndex() {
    FitIndex local = fitIndex;
    if (local == null) {
      synchronized (this) {
        local = fitIndex;
        if (local == null) {
          local = new FitIndex(problem);
          fitIndex = local;
        }
      }
    }
    return local;
  }

  /**
   * Computes eligibility with the problem's own travel model ({@link FitModel#of}: the default
   * {@link TravelTimeModel} unless the problem sets one).
   *
   * @param problem the problem
   * @return the admissible pairs of the problem
   */
  public static Eligibility compute(MatchingProblem problem) {
    return compute(problem, FitModel.of(problem).travelModel());
  }

  /**
   * Computes eligibility for every (student, place) pair of {@code problem}.
   *
   * @param problem the problem
   * @param travel the travel-time model for the travel limits
   * @return the admissible pairs of the problem
   */
  public static Eligibility compute(MatchingProblem problem, TravelTimeModel travel) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(travel, "travel");
    return new Eligibility(problem, travel);
  }

  /**
   * The first failing pair rule from {@link IneligibilityReason#QUALIFICATION} on, as an ordinal,
   * or {@link #OK}; the student-level rules are not looked at.
   */
  private int pairRule(int s, int p) {
    if (placeQual[p] != studentQual[s]) {
      return IneligibilityReason.QUALIFICATION.ordinal();
    }
    if (placeStatic[p] != OK) {
      return placeStatic[p];
    }
    if (wishEnd[s] < placeStart[p] || placeEnd[p] < wishStart[s] || coversTooLittle(s, p)) {
      return IneligibilityReason.PERIOD.ordinal();
    }
    if (wishShape[s] != placeShape[p]) {
      return IneligibilityReason.PERIOD.ordinal();
    }
    if (featureMasks) {
      long required = requiredFeatures[s];
      if ((placeFeatures[p] & required) != required) {
        return IneligibilityReason.FEATURES.ordinal();
      }
    } else {
      Set<String> required = problem.students().get(s).wish().requiredFeatures();
      if (!required.isEmpty() && !problem.places().get(p).features().containsAll(required)) {
        return IneligibilityReason.FEATURES.ordinal();
      }
    }
    if (givenCompanies[s] != null) {
      double given = given(s, p);
      if (!Double.isNaN(given)) {
        TravelLimit limit = problem.students().get(s).wish().travelLimit();
        return limit != null && given > limit.maxMinutes()
            ? IneligibilityReason.TRAVEL.ordinal() : OK;
      }
    }
    if (maxChord2[s] != Double.POSITIVE_INFINITY && tooFar(s, p)) {
      return IneligibilityReason.TRAVEL.ordinal();
    }
    return OK;
  }

  /** The travel minutes the school supplied for student s to place p's company, or NaN. */
  double given(int s, int p) {
    int[] companies = givenCompanies[s];
    if (companies == null) {
      return Double.NaN;
    }
    int k = Arrays.binarySearch(companies, placeCompany[p]);
    return k < 0 ? Double.NaN : givenMinutes[s][k];
  }

  /**
   * Whether the place's period, which shares a day with the wish's, covers less than the policy's
   * minimum share of the wish's weekdays: {@code 100 * covered < minimum * wanted}, in integers.
   */
  private boolean coversTooLittle(int s, int p) {
    // the periods overlap, so this is the number of weekdays of the days both share
    int covered = Math.min(wishWeekEnd[s], placeWeekEnd[p])
        - Math.max(wishWeekStart[s], placeWeekStart[p]);
    return 100L * covered < (long) minCoverage * (wishWeekEnd[s] - wishWeekStart[s]);
  }

  /**
   * Whether the travel time exceeds the limit. The chord between the two unit vectors grows with
   * the great-circle distance, so comparing squared chords decides without trigonometry; only
   * pairs within a relative 1e-9 of the limit are decided by the exact estimate.
   */
  private boolean tooFar(int s, int p) {
    double dx = homeXyz[3 * s] - placeXyz[3 * p];
    double dy = homeXyz[3 * s + 1] - placeXyz[3 * p + 1];
    double dz = homeXyz[3 * s + 2] - placeXyz[3 * p + 2];
    double c2 = dx * dx + dy * dy + dz * dz;
    double max = maxChord2[s];
    if (c2 < max * (1 - 1e-9)) {
      return false;
    }
    if (c2 > max * (1 + 1e-9)) {
      return true;
    }
    TravelLimit limit = problem.students().get(s).wish().travelLimit();
    return minutes(s, p, limit) > limit.maxMinutes();
  }

  /**
   * The share (0..1) of the weekdays of student {@code s}'s wished period that the period of place
   * {@code p} covers: the weekdays (Monday to Friday) of the days both periods share, divided by
   * the weekdays of the wished period; 1 when the wished period has no weekday but the periods
   * share a day, 0 when they share none. Form and days per week are not looked at.
   *
   * @param s the student's position
   * @param p the place's position
   * @return the share, 0 to 1
   */
  public double coveredShare(int s, int p) {
    checkStudent(s);
    checkPlace(p);
    return share(s, p);
  }

  /** {@link #coveredShare(int, int)} without the range checks, for {@link FitModel#scores}. */
  double share(int s, int p) {
    if (wishEnd[s] < placeStart[p] || placeEnd[p] < wishStart[s]) {
      return 0.0;
    }
    int wanted = wishWeekEnd[s] - wishWeekStart[s];
    if (wanted == 0) {
      return 1.0;
    }
    int covered = Math.min(wishWeekEnd[s], placeWeekEnd[p])
        - Math.max(wishWeekStart[s], placeWeekStart[p]);
    return covered == wanted ? 1.0 : (double) covered / wanted;
  }

  /**
   * The weekdays (Monday to Friday) from Monday 29 December 1969 (epoch day -3) up to, not
   * including, {@code epochDay}: so the weekdays of a range of days are a difference of two.
   */
  static int weekdaysBefore(long epochDay) {
    long days = epochDay + 3;
    return (int) (5 * Math.floorDiv(days, 7) + Math.min(5, Math.floorMod(days, 7)));
  }

  /**
   * The period's shape: blocks are all alike whatever their days per week; ribbons are alike when
   * their days per week are equal.
   */
  private static byte shape(Period period) {
    return (byte) (period.form() == PeriodForm.RIBBON ? 8 + period.daysPerWeek() : 0);
  }

  private static void unitVector(double lat, double lon, double[] out, int at) {
    double cos = Math.cos(lat);
    out[at] = cos * Math.cos(lon);
    out[at + 1] = cos * Math.sin(lon);
    out[at + 2] = Math.sin(lat);
  }

  /** The squared unit-sphere chord of the farthest distance within the limit (+inf: no check). */
  private double maxChord2(TravelLimit limit, boolean hasHome) {
    if (limit == null || !hasHome) {
      return Double.POSITIVE_INFINITY;
    }
    // minutes are linear in the distance: wait + km * perKm.
    double wait = travel.minutesForDistance(0.0, limit.transport());
    double perKm = travel.minutesForDistance(1.0, limit.transport()) - wait;
    double km = (limit.maxMinutes() - wait) / perKm;
    if (km < 0) {
      return -1.0;
    }
    double angle = km / TravelTimeModel.EARTH_RADIUS_KM;
    if (angle >= Math.PI) {
      return 5.0;
    }
    double chord = 2 * Math.sin(angle / 2);
    return chord * chord;
  }

  /** The great-circle distance in km from student s's home to place p's company. */
  double distanceKm(int s, int p) {
    return TravelTimeModel.distanceKm(homeLat[s], homeLon[s], homeCos[s], placeLat[p],
        placeLon[p], placeCos[p]);
  }

  private double minutes(int s, int p, TravelLimit limit) {
    double km = TravelTimeModel.distanceKm(homeLat[s], homeLon[s], homeCos[s], placeLat[p],
        placeLon[p], placeCos[p]);
    return travel.minutesForDistance(km, limit.transport());
  }

  /**
   * The problem this eligibility was computed for.
   *
   * @return the problem
   */
  public MatchingProblem problem() {
    return problem;
  }

  /**
   * The travel-time model used.
   *
   * @return the travel-time model
   */
  public TravelTimeModel travelModel() {
    return travel;
  }

  /**
   * Whether the student at position {@code s} may be placed at the place at position {@code p}.
   *
   * @param s the student's position
   * @param p the place's position
   * @return true if the pair passes every hard rule
   */
  public boolean isAdmissible(int s, int p) {
    checkStudent(s);
    checkPlace(p);
    return Arrays.binarySearch(admissible, offsets[s], offsets[s + 1], p) >= 0;
  }

  /**
   * Whether student {@code studentId} may be placed at place {@code placeId}.
   *
   * @param studentId the student
   * @param placeId the place
   * @return true if the pair passes every hard rule
   */
  public boolean isAdmissible(String studentId, String placeId) {
    return isAdmissible(studentIndex(studentId), placeIndex(placeId));
  }

  /**
   * The first rule the pair fails, in the order of {@link IneligibilityReason}, or empty if the
   * pair is admissible. Evaluates the rules for this one pair directly, without the index.
   *
   * @param s the student's position
   * @param p the place's position
   * @return the first rule failed, or empty
   */
  public Optional<IneligibilityReason> reason(int s, int p) {
    checkStudent(s);
    checkPlace(p);
    int r = studentStatus[s] != OK ? studentStatus[s] : pairRule(s, p);
    return r == OK ? Optional.empty() : Optional.of(IneligibilityReason.values()[r]);
  }

  /**
   * The first rule the pair fails, or empty if admissible; see {@link #reason(int, int)}.
   *
   * @param studentId the student
   * @param placeId the place
   * @return the first rule failed, or empty
   */
  public Optional<IneligibilityReason> reason(String studentId, String placeId) {
    return reason(studentIndex(studentId), placeIndex(placeId));
  }

  /**
   * The number of admissible places of the student at position {@code s}.
   *
   * @param s the student's position
   * @return the number of her admissible places
   */
  public int admissibleCount(int s) {
    checkStudent(s);
    return offsets[s + 1] - offsets[s];
  }

  /**
   * The position of the {@code k}-th admissible place of student {@code s} (ascending).
   *
   * @param s the student's position
   * @param k the index among her admissible places, from 0
   * @return the place's position
   */
  public int admissiblePlace(int s, int k) {
    int count = admissibleCount(s);
    if (k < 0 || k >= count) {
      throw new IndexOutOfBoundsException("Admissible place (" + k + ") of student (" + s
          + ") is out of range 0.." + (count - 1) + ".");
    }
    return admissible[offsets[s] + k];
  }

  /**
   * The positions of the admissible places of student {@code s}, ascending (a copy).
   *
   * @param s the student's position
   * @return the places' positions
   */
  public int[] admissiblePlaces(int s) {
    checkStudent(s);
    return Arrays.copyOfRange(admissible, offsets[s], offsets[s + 1]);
  }

  /**
   * The admissible places of student {@code studentId}, in the problem's order.
   *
   * @param studentId the student
   * @return her admissible places
   */
  public List<Place> admissiblePlaces(String studentId) {
    int s = studentIndex(studentId);
    List<Place> out = new ArrayList<>(admissibleCount(s));
    for (int k = offsets[s]; k < offsets[s + 1]; k++) {
      out.add(problem.places().get(admissible[k]));
    }
    return out;
  }

  /**
   * The positions of the students for whom place {@code p} is admissible, ascending (a copy). The
   * transposed index is built once, on the first call, in time linear in the admissible pairs.
   *
   * @param p the place's position
   * @return the students' positions
   */
  public int[] admissibleStudents(int p) {
    checkPlace(p);
    return byPlace()[p].clone();
  }

  private int[][] byPlace() {
    int[][] local = byPlace;
    if (local == null) {
      synchronized (this) {
        local = byPlace;
        if (local == null) {
          int[] counts = new int[placeQual.length];
          for (int place : admissible) {
            counts[place]++;
          }
          local = new int[placeQual.length][];
          for (int p = 0; p < local.length; p++) {
            local[p] = new int[counts[p]];
            counts[p] = 0;
          }
          for (int s = 0; s < studentStatus.length; s++) {
            for (int k = offsets[s]; k < offsets[s + 1]; k++) {
              int p = admissible[k];
              local[p][counts[p]++] = s;
            }
          }
          byPlace = local;
        }
      }
    }
    return local;
  }

  /**
   * The total number of admissible (student, place) pairs.
   *
   * @return the number of admissible pairs
   */
  public long admissiblePairCount() {
    return admissible.length;
  }

  /**
   * Why student {@code s} has no admissible place, or empty if she has one: her own reason ({@link
   * IneligibilityReason#OUT_OF_SCOPE}, {@link IneligibilityReason#OPTED_OUT}), {@link
   * IneligibilityReason#QUALIFICATION} if no place offers her qualification, else the most
   * informative reason over her candidate places (the latest rule any of them fails on).
   *
   * @param s the student's position
   * @return the reason, or empty
   */
  public Optional<IneligibilityReason> noPlaceReason(int s) {
    checkStudent(s);
    return noPlaceReason[s] == OK
        ? Optional.empty()
        : Optional.of(IneligibilityReason.values()[noPlaceReason[s]]);
  }

  /**
   * Why student {@code studentId} has no admissible place, or empty if she has one.
   *
   * @param studentId the student
   * @return the reason, or empty
   */
  public Optional<IneligibilityReason> noPlaceReason(String studentId) {
    return noPlaceReason(studentIndex(studentId));
  }

  /**
   * Whether the student at position {@code s} is in scope and has not opted out.
   *
   * @param s the student's position
   * @return true if she takes part in the matching
   */
  public boolean isActive(int s) {
    checkStudent(s);
    return studentStatus[s] == OK;
  }

  /**
   * Whether student {@code s} has a travel limit that cannot be checked: no home location and no
   * travel minutes supplied for her.
   *
   * @param s the student's position
   * @return true if her travel limit cannot be checked
   */
  public boolean travelLimitUnchecked(int s) {
    Student student = problem.students().get(s);
    return student.wish().travelLimit() != null && student.home() == null
        && givenCompanies[s] == null;
  }

  /**
   * Whether the company at position {@code c} takes part in the policy's school year.
   *
   * @param c the company's position
   * @return true if it takes part
   */
  public boolean companyParticipates(int c) {
    if (c < 0 || c >= companyParticipates.length) {
      throw new IndexOutOfBoundsException("Company position (" + c + ") is out of range.");
    }
    return companyParticipates[c];
  }

  /**
   * The travel time in minutes from student {@code s}'s home to place {@code p} by her means of
   * transport: the minutes the school supplied for her and the place's company ({@link
   * MatchingProblem#travelMinutes()}) where given, else the estimate of the travel model; empty
   * when she has no travel limit (so no means of transport), or no home location and no minutes
   * supplied for this pair.
   *
   * @param s the student's position
   * @param p the place's position
   * @return the minutes, or empty
   */
  public OptionalDouble travelMinutes(int s, int p) {
    checkStudent(s);
    checkPlace(p);
    Student student = problem.students().get(s);
    TravelLimit limit = student.wish().travelLimit();
    double given = given(s, p);
    if (limit != null && !Double.isNaN(given)) {
      return OptionalDouble.of(given);
    }
    if (limit == null || student.home() == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(minutes(s, p, limit));
  }

  /**
   * The counts for the {@code validate} command; computed in one pass over the arrays.
   *
   * @return the counts
   */
  public EligibilityReport report() {
    return EligibilityReport.of(this);
  }

  int studentIndex(String id) {
    int s = problem.studentIndex(id);
    if (s < 0) {
      throw new IllegalArgumentException("The student (" + id + ") is not part of the problem."
          + "\nMaybe check the id against problem.students().");
    }
    return s;
  }

  int placeIndex(String id) {
    int p = problem.placeIndex(id);
    if (p < 0) {
      throw new IllegalArgumentException("The place (" + id + ") is not part of the problem."
          + "\nMaybe check the id against problem.places().");
    }
    return p;
  }

  boolean placeLeftOut(int p) {
    return !companyParticipates[problem.companyIndex(problem.places().get(p).companyId())];
  }

  private void checkStudent(int s) {
    if (s < 0 || s >= studentStatus.length) {
      throw new IndexOutOfBoundsException("Student position (" + s + ") is out of range 0.."
          + (studentStatus.length - 1) + ".");
    }
  }

  private void checkPlace(int p) {
    if (p < 0 || p >= placeQual.length) {
      throw new IndexOutOfBoundsException("Place position (" + p + ") is out of range 0.."
          + (placeQual.length - 1) + ".");
    }
  }
}
