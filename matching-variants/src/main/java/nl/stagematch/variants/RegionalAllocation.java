package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.RegionalCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;

/**
 * V5 regional allocation: the places of a region are first divided among the schools, each place
 * to at most one school; then each school places its own students with V1 ({@link
 * SchoolPlacement}) on its own places.
 *
 * <p>Which school a student belongs to comes from {@link MatchRequest#schools()} (an opaque school
 * id per student, outside the blind problem); an empty map means one school, {@value #ONE_SCHOOL}.
 * If the map is not empty, every student who takes part (in scope, with a usable place, or
 * pinned) must have a school.
 *
 * <p><b>Allocation.</b> A pinned place goes to the pinned student's school. Every other place with
 * room goes to one of the schools that have a student who can use it (admissible, not forbidden).
 * First the <em>regional optimum</em> is computed: V1 over all students, schools ignored. The
 * places it uses are allocated first, each to the school with the most students it placed there;
 * then the places it leaves empty. Within each group, places that fewer schools can use come
 * first (then by the place's lottery number), and ties (and the empty places) go to the school
 * with
 *
 * <ol>
 *   <li>the largest unmet share of its demand for the place's qualification ({@code (demand -
 *       seats allocated) / demand}, demand = its students of that qualification who take part);
 *   <li>then the fewest seats allocated so far in the place's sector (spread of sectors);
 *   <li>then the shortest mean travel time from its students who can use the place (students
 *       without a home location or travel limit do not count);
 *   <li>then the lower lottery number {@code lottery.number(placeId, schoolId)}.
 * </ol>
 *
 * Places no school can use stay unallocated. A student none of whose usable places went to her
 * school is {@link UnplacedReason#NOT_CHOSEN} (detail {@code OTHER_SCHOOLS places=n}: the
 * allocation decided). Any other student left out had places of her school that are full; her
 * reason comes from the exact analysis of her school's V1 assignment, as in {@link
 * SchoolPlacement}: {@link UnplacedReason#CAPACITY_EXHAUSTED_FIT} (every assignment of her school
 * that places her has a lower total fit; detail {@code FIT loss=.. places=..}) or {@link
 * UnplacedReason#CAPACITY_EXHAUSTED_LOTTERY} (an equally good one places her and the lottery
 * broke the tie; detail {@code LOTTERY ...}, every winner with a lower number).
 */
final class RegionalAllocation implements MatchingVariant {
  static final String NAME = "regional-allocation";
  static final String ONE_SCHOOL = "school";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V5: places divided among schools (regional optimum, demand, sectors, travel);"
        + " then V1 per school";
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.USES_LOTTERY, Capability.DETERMINISTIC_GIVEN_SEED,
        Capability.SUPPORTS_PINS, Capability.SUPPORTS_FORBIDDEN, Capability.MULTI_SCHOOL);
  }

  @Override
  public List<VariantOption> options() {
    return List.of();
  }

  @Override
  public Proposal match(MatchRequest request) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    Prepared prep = new Prepared(request);
    int n = prep.freeCount();
    int m = prep.remaining.length;
    Map<String, String> schools = request.schools();
    // School of each free student, as a dense school index in id order.
    TreeSet<String> schoolIds = new TreeSet<>();
    String[] schoolOfFree = new String[n];
    for (int i = 0; i < n; i++) {
      schoolOfFree[i] = schoolOf(schools, prep.studentId(prep.free[i]));
      schoolIds.add(schoolOfFree[i]);
    }
    Map<String, String> pinnedSchool = new HashMap<>();
    for (StudentPlace pin : request.pinned()) {
      String school = schoolOf(schools, pin.studentId());
      schoolIds.add(school);
      String earlier = pinnedSchool.putIfAbsent(pin.placeId(), school);
      if (earlier != null && !earlier.equals(school)) {
        throw new IllegalArgumentException("Place (" + pin.placeId() + ") is pinned for students"
            + " of two schools (" + earlier + ", " + school + "); a place belongs to one school."
            + "\nMaybe unpin one of them.");
      }
    }
    List<String> schoolList = new ArrayList<>(schoolIds);
    Map<String, Integer> schoolIndex = new HashMap<>();
    for (int x = 0; x < schoolList.size(); x++) {
      schoolIndex.put(schoolList.get(x), x);
    }
    int[] school = new int[n];
    int[] freeIndexOf = new int[prep.problem.students().size()];
    Arrays.fill(freeIndexOf, -1);
    Map<Qualification, long[]> demand = new HashMap<>();
    Map<Qualification, long[]> allocated = new HashMap<>();
    for (int i = 0; i < n; i++) {
      school[i] = schoolIndex.get(schoolOfFree[i]);
      freeIndexOf[prep.free[i]] = i;
      Qualification q = prep.problem.students().get(prep.free[i]).wish().qualification();
      demand.computeIfAbsent(q, x -> new long[schoolList.size()])[school[i]]++;
    }
    int[] allocation = new int[m];
    Arrays.fill(allocation, -1);
    Map<String, long[]> sectorSeats = new HashMap<>();
    List<Integer> toAllocate = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (prep.remaining[p] <= 0 && !pinnedSchool.containsKey(prep.placeId(p))) {
        continue;
      }
      String pinned = pinnedSchool.get(prep.placeId(p));
      if (pinned != null) {
        allocate(prep, p, schoolIndex.get(pinned), allocation, allocated, sectorSeats,
            schoolList.size());
      } else {
        toAllocate.add(p);
      }
    }
    // Per place: which schools can use it; their travel sums only when a choice needs them.
    Map<Integer, long[]> users = new HashMap<>();
    boolean plain = prep.nothingForbidden();
    for (int p : toAllocate) {
      long[] count = new long[schoolList.size()];
      for (int s : prep.eligibility.admissibleStudents(p)) {
        int i = freeIndexOf[s];
        // admissible by construction: only a forbidden pair can make it unusable
        if (i < 0 || !plain && !prep.usable(s, p)) {
          continue;
        }
        count[school[i]]++;
      }
      users.put(p, count);
    }
    IntFunction<double[]> travel = p -> travelSums(prep, p, freeIndexOf, school,
        schoolList.size(), plain);
    Integer[] order = toAllocate.toArray(new Integer[0]);
    long[] candidates = new long[m];
    for (int p : toAllocate) {
      for (long c : users.get(p)) {
        candidates[p] += c > 0 ? 1 : 0;
      }
    }
    Arrays.sort(order, (a, b) -> {
      int c = Long.compare(candidates[a], candidates[b]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(prep.lottery.number(prep.placeId(a)), prep.lottery.number(prep.placeId(b)));
      return c != 0 ? c : prep.placeId(a).compareTo(prep.placeId(b));
    });
    List<String> unallocated = new ArrayList<>();
    StageTimes.lap(StageTimes.BUILD);
    // The regional optimum (V1 over all students, schools ignored): who would use each place.
    int[] everyone = new int[n];
    for (int i = 0; i < n; i++) {
      everyone[i] = i;
    }
    int[] regional = SchoolPlacement.assign(prep, everyone, prep.remaining.clone(), false);
    Map<Integer, long[]> usedBy = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (regional[i] >= 0 && allocation[regional[i]] < 0) {
        usedBy.computeIfAbsent(regional[i], x -> new long[schoolList.size()])[school[i]]++;
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int p : order) {
        if ((pass == 0) != usedBy.containsKey(p)) {
          continue;
        }
        if (candidates[p] == 0) {
          unallocated.add(prep.placeId(p));
          continue;
        }
        int best = choose(prep, p, schoolList, users.get(p), usedBy.get(p), demand, allocated,
            sectorSeats, travel);
        allocate(prep, p, best, allocation, allocated, sectorSeats, schoolList.size());
      }
    }
    StageTimes.lap(StageTimes.SOLVE);
    // V1 within each school, with the reasons of its students left out.
    Map<String, AssignmentCertificate> certificates = new TreeMap<>();
    int[] placeOf = new int[n];
    Arrays.fill(placeOf, -1);
    Map<Integer, Unplaced> reasons = new HashMap<>();
    for (int x = 0; x < schoolList.size(); x++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (school[i] == x) {
          members.add(i);
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      int[] capacity = new int[m];
      for (int p = 0; p < m; p++) {
        capacity[p] = allocation[p] == x ? prep.remaining[p] : 0;
      }
      int[] subset = members.stream().mapToInt(Integer::intValue).toArray();
      AssignmentResult solved = SchoolPlacement.solveSubset(prep, subset, capacity, false);
      int school0 = x;
      certificates.put(schoolList.get(x), Certificates.assignment(prep, subset,
          solved.placePrices(), solved.unassignedPenalty(), p -> allocation[p] == school0));
      StageTimes.lap(StageTimes.RESULT);
      Scarcity scarcity = new Scarcity(solved);
      long[] numbers = new long[subset.length];
      String[] ids = new String[subset.length];
      for (int j = 0; j < subset.length; j++) {
        numbers[j] = prep.lotteryNumber(prep.free[subset[j]]);
        ids[j] = prep.studentId(prep.free[subset[j]]);
      }
      scarcity.lotteryOrder(SchoolPlacement.lotteryRanks(numbers, ids));
      StageTimes.lap(StageTimes.SOLVE);
      int[] rowOfFree = new int[n];
      Arrays.fill(rowOfFree, -1);
      int[] own = new int[n];
      Arrays.fill(own, -1);
      for (int j = 0; j < subset.length; j++) {
        int i = subset[j];
        placeOf[i] = scarcity.placeOf(j);
        own[i] = placeOf[i];
        int usableOwn = 0;
        for (int p : prep.usable[i]) {
          usableOwn += allocation[p] == x ? 1 : 0;
        }
        if (placeOf[i] < 0 && usableOwn == 0) {
          // None of her places was allocated to her school: the allocation decided.
          reasons.put(i, new Unplaced(prep.studentId(prep.free[i]), UnplacedReason.NOT_CHOSEN,
              ReasonDetail.of("OTHER_SCHOOLS", "places", prep.usable[i].length).toString()));
        } else {
          rowOfFree[i] = j;
        }
      }
      Map<Integer, Unplaced> inSchool = SchoolPlacement.scarcityReasons(prep, rowOfFree, own,
          scarcity);
      for (Map.Entry<Integer, Unplaced> e : inSchool.entrySet()) {
        Unplaced u = e.getValue();
        if (u.detail().startsWith("PINNED ")) {
          // her school's places are full with pins; say how many of hers went to other schools
          int i = e.getKey();
          int usableOwn = 0;
          for (int p : prep.usable[i]) {
            usableOwn += allocation[p] == x ? 1 : 0;
          }
          int others = prep.usable[i].length - usableOwn;
          u = new Unplaced(u.studentId(), u.reason(), ReasonDetail.of("PINNED", "places",
              usableOwn, "others", others > 0 ? others : null).toString());
        }
        reasons.put(e.getKey(), u);
      }
      StageTimes.lap(StageTimes.EXPLANATIONS);
    }
    MatchResult result = prep.result(NAME, placeOf, reasons);
    Map<String, String> allocationById = new TreeMap<>();
    Map<String, Integer> seats = new TreeMap<>();
    for (String s : schoolList) {
      seats.put(s, 0);
    }
    for (int p = 0; p < m; p++) {
      if (allocation[p] >= 0) {
        allocationById.put(prep.placeId(p), schoolList.get(allocation[p]));
        seats.merge(schoolList.get(allocation[p]), prep.remaining[p], Integer::sum);
      }
    }
    result = result.withEvidence(null, new RegionalCertificate(allocationById, certificates));
    StageTimes.lap(StageTimes.RESULT);
    return new Proposal(result, new SchoolAllocation(allocationById, seats, unallocated),
        options.values());
  }

  /**
   * Per school: the sum of the travel minutes of its students who can use place {@code p}, and
   * how many of them have a travel time (at {@code 2x} and {@code 2x + 1}); the students in
   * ascending position, so the sums are the same whenever they are computed.
   */
  private static double[] travelSums(Prepared prep, int p, int[] freeIndexOf, int[] school,
      int schools, boolean plain) {
    double[] sums = new double[2 * schools];
    for (int s : prep.eligibility.admissibleStudents(p)) {
      int i = freeIndexOf[s];
      if (i < 0 || !plain && !prep.usable(s, p)) {
        continue;
      }
      OptionalDouble t = prep.eligibility.travelMinutes(s, p);
      if (t.isPresent()) {
        sums[2 * school[i]] += t.getAsDouble();
        sums[2 * school[i] + 1]++;
      }
    }
    return sums;
  }

  private static String schoolOf(Map<String, String> schools, String studentId) {
    if (schools.isEmpty()) {
      return ONE_SCHOOL;
    }
    String s = schools.get(studentId);
    if (s == null) {
      throw new IllegalArgumentException("Student (" + studentId + ") takes part but has no"
          + " school; regional allocation needs the school of every such student."
          + "\nMaybe add her to the request's schools, or give no schools at all (one school).");
    }
    return s;
  }

  private static void allocate(Prepared prep, int p, int x, int[] allocation,
      Map<Qualification, long[]> allocated, Map<String, long[]> sectorSeats, int schools) {
    allocation[p] = x;
    allocated.computeIfAbsent(prep.place(p).qualification(), q -> new long[schools])[x] +=
        prep.remaining[p];
    sectorSeats.computeIfAbsent(prep.problem.companyOfPlace(p).sector(),
        q -> new long[schools])[x] += prep.remaining[p];
  }

  /**
   * The school that gets place {@code p}: among the schools with a student who can use it
   * ({@code users}), the one with the most students placed there by the regional optimum
   * ({@code usedBy}, or null if nobody is), then by {@link #better}.
   */
  private static int choose(Prepared prep, int p, List<String> schoolList, long[] users,
      long[] usedBy, Map<Qualification, long[]> demand, Map<Qualification, long[]> allocated,
      Map<String, long[]> sectorSeats, IntFunction<double[]> travelOf) {
    int k = schoolList.size();
    double[][] travel = new double[1][];
    Qualification q = prep.place(p).qualification();
    long[] dem = demand.getOrDefault(q, new long[k]);
    long[] alloc = allocated.computeIfAbsent(q, x -> new long[k]);
    long[] sector = sectorSeats.computeIfAbsent(prep.problem.companyOfPlace(p).sector(),
        x -> new long[k]);
    int best = -1;
    for (int x = 0; x < k; x++) {
      if (users[x] == 0) {
        continue;
      }
      if (best < 0) {
        best = x;
      } else if (usedBy != null && usedBy[x] != usedBy[best]) {
        best = usedBy[x] > usedBy[best] ? x : best;
      } else if (better(prep, p, schoolList, x, best, dem, alloc, sector, travel, travelOf)) {
        best = x;
      }
    }
    return best;
  }

  /** Whether school {@code x} should get place {@code p} rather than school {@code y}. */
  private static boolean better(Prepared prep, int p, List<String> schoolList, int x, int y,
      long[] demand, long[] allocated, long[] sector, double[][] travelOnce,
      IntFunction<double[]> travelOf) {
    // 1. Larger unmet share (demand - allocated) / demand; a school without demand has share 0.
    int c = compareShare(demand[x] - allocated[x], demand[x], demand[y] - allocated[y], demand[y]);
    if (c != 0) {
      return c > 0;
    }
    // 2. Fewer seats in the place's sector.
    if (sector[x] != sector[y]) {
      return sector[x] < sector[y];
    }
    // 3. Shorter mean travel time (a school without travel data counts as no preference: last).
    if (travelOnce[0] == null) {
      travelOnce[0] = travelOf.apply(p);
    }
    double[] travel = travelOnce[0];
    double tx = travel[2 * x + 1] > 0 ? travel[2 * x] / travel[2 * x + 1] : Double.MAX_VALUE;
    double ty = travel[2 * y + 1] > 0 ? travel[2 * y] / travel[2 * y + 1] : Double.MAX_VALUE;
    if (tx != ty) {
      return tx < ty;
    }
    // 4. The lottery.
    String placeId = prep.placeId(p);
    long lx = prep.lottery.number(placeId, schoolList.get(x));
    long ly = prep.lottery.number(placeId, schoolList.get(y));
    if (lx != ly) {
      return lx < ly;
    }
    return schoolList.get(x).compareTo(schoolList.get(y)) < 0;
  }

  private static int compareShare(long unmetX, long demandX, long unmetY, long demandY) {
    if (demandX == 0 || demandY == 0) {
      // A school with demand 0 has nothing to claim; the other one (if it has demand) wins.
      return Long.compare(demandX == 0 ? 0 : 1, demandY == 0 ? 0 : 1);
    }
    // unmetX / demandX vs unmetY / demandY, by cross-multiplication (both demands > 0).
    return Long.compare(unmetX * demandY, unmetY * demandX);
  }
}
