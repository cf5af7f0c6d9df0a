package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.StudentPlace;

/**
 * A match request made ready for a variant, shared by all built-in variants: eligibility, fit
 * scores of the usable pairs, the pins applied, the forbidden pairs removed, and the students that
 * are settled before any variant runs.
 *
 * <p>Every student of the problem ends in exactly one of these groups:
 *
 * <ul>
 *   <li><em>settled</em>: out of scope ({@link UnplacedReason#OUT_OF_SCOPE}), opted out ({@link
 *       UnplacedReason#OPTED_OUT}), or without a usable place ({@link
 *       UnplacedReason#NO_ADMISSIBLE_PLACE}, detail: the eligibility reason, or {@code FORBIDDEN}
 *       when only forbidden pairs were admissible);
 *   <li><em>pinned</em>: placed at her pinned place, which must be admissible;
 *   <li><em>free</em>: in scope, not pinned, with at least one usable (admissible, not forbidden)
 *       place; the variant places her or says why not.
 * </ul>
 *
 * <p>Students and places are addressed by their position in the {@linkplain #canonical canonical}
 * problem (every list sorted by id), so that nothing depends on the input order; the free
 * students are in the order of their ids. {@link #remaining}
 * is each place's capacity minus its pins.
 */
final class Prepared {
  final MatchRequest request;
  final MatchingProblem problem;
  final Eligibility eligibility;
  final FitModel fitModel;
  final Lottery lottery;
  /** Per place: capacity minus pins. */
  final int[] remaining;
  /** Per student: the pinned place, or -1. */
  final int[] pinnedPlace;
  /** The free students (positions), ascending by id. */
  final int[] free;
  /** Per free student (same index as {@link #free}): her usable places, ascending by position. */
  final int[][] usable;
  /** Per free student: the fit of each usable place. */
  final int[][] usableFit;
  /** The settled students' unplaced entries. */
  final List<Unplaced> settled;
  private final Set<Long> forbidden;
  /** Per student position: her lottery number where {@link #known}; filled on first use. */
  private long[] numbers;
  private boolean[] known;
  private int[] freeIndex;

  Prepared(MatchRequest request) {
    this.request = request;
    StageTimes.start();
    this.problem = canonical(request.problem());
    this.fitModel = request.fitModel();
    this.eligibility = Eligibility.compute(problem, fitModel.travelModel());
    StageTimes.lap(StageTimes.ELIGIBILITY);
    this.lottery = Lottery.withSeed(request.seed());
    int n = problem.students().size();
    int m = problem.places().size();
    forbidden = new HashSet<>();
    for (StudentPlace f : request.forbidden()) {
      forbidden.add(key(problem.studentIndex(f.studentId()), problem.placeIndex(f.placeId())));
    }
    remaining = new int[m];
    for (int p = 0; p < m; p++) {
      remaining[p] = problem.places().get(p).capacity();
    }
    pinnedPlace = new int[n];
    Arrays.fill(pinnedPlace, -1);
    for (StudentPlace pin : request.pinned()) {
      int s = problem.studentIndex(pin.studentId());
      int p = problem.placeIndex(pin.placeId());
      Optional<IneligibilityReason> why = eligibility.reason(s, p);
      if (why.isPresent()) {
        throw new IllegalArgumentException("The pinned pair " + pin + " is not admissible: "
            + why.get() + " (" + why.get().describe(Locale.ENGLISH) + ")."
            + "\nMaybe remove the pin, or correct the problem so that the pair is admissible.");
      }
      pinnedPlace[s] = p;
      remaining[p]--;
    }
    // the students in fixed blocks, scored in parallel; each block's lists are joined in
    // block order, so the outcome is the same for any number of threads
    int blocks = (n + BLOCK - 1) / BLOCK;
    Block[] done = new Block[blocks];
    IntStream.range(0, blocks).parallel().forEach(b -> done[b] = prepareBlock(b * BLOCK,
        Math.min(n, (b + 1) * BLOCK)));
    int freeCount = 0;
    for (Block b : done) {
      freeCount += b.count;
    }
    free = new int[freeCount];
    usable = new int[freeCount][];
    usableFit = new int[freeCount][];
    settled = new ArrayList<>();
    int at = 0;
    for (Block b : done) {
      System.arraycopy(b.free, 0, free, at, b.count);
      System.arraycopy(b.usable, 0, usable, at, b.count);
      System.arraycopy(b.fits, 0, usableFit, at, b.count);
      at += b.count;
      settled.addAll(b.settled);
    }
    StageTimes.lap(StageTimes.FIT);
  }

  /** Students per block of the parallel fit stage (fixed: the blocks never depend on threads). */
  private static final int BLOCK = 1024;

  /** The free and settled students of one block, in position order. */
  private static final class Block {
    final int[] free;
    final int[][] usable;
    final int[][] fits;
    final List<Unplaced> settled = new ArrayList<>();
    int count;

    Block(int size) {
      free = new int[size];
      usable = new int[size][];
      fits = new int[size][];
    }
  }

  /** The free students of positions {@code from..to-1} with their usable places and fits. */
  private Block prepareBlock(int from, int to) {
    Block block = new Block(to - from);
    for (int s = from; s < to; s++) {
      if (pinnedPlace[s] >= 0) {
        continue;
      }
      Optional<IneligibilityReason> none = eligibility.noPlaceReason(s);
      if (none.isPresent()) {
        block.settled.add(settledEntry(studentId(s), none.get()));
        continue;
      }
      int[] places = eligibility.admissiblePlaces(s);
      int[] fits = fitModel.scores(eligibility, s);
      int k = places.length;
      if (!forbidden.isEmpty()) {
        k = 0;
        for (int i = 0; i < places.length; i++) {
          if (!forbidden.contains(key(s, places[i]))) {
            places[k] = places[i];
            fits[k] = fits[i];
            k++;
          }
        }
      }
      if (k == 0) {
        block.settled.add(new Unplaced(studentId(s), UnplacedReason.NO_ADMISSIBLE_PLACE,
            "FORBIDDEN"));
        continue;
      }
      block.free[block.count] = s;
      block.usable[block.count] = k == places.length ? places : Arrays.copyOf(places, k);
      block.fits[block.count] = k == fits.length ? fits : Arrays.copyOf(fits, k);
      block.count++;
    }
    return block;
  }

  /**
   * The problem with its students, companies and places sorted by id, so that positions (and so
   * the solvers' input) never depend on the order of the input lists.
   */
  static MatchingProblem canonical(MatchingProblem problem) {
    if (sortedById(problem.students(), Student::id) && sortedById(problem.companies(),
        Company::id) && sortedById(problem.places(), Place::id)) {
      // already canonical: rebuilding it would give equal lists (and validate them again)
      return problem;
    }
    List<Student> students = new ArrayList<>(problem.students());
    students.sort(Comparator.comparing(Student::id));
    List<Company> companies = new ArrayList<>(problem.companies());
    companies.sort(Comparator.comparing(Company::id));
    List<Place> places = new ArrayList<>(problem.places());
    places.sort(Comparator.comparing(Place::id));
    return MatchingProblem.builder().policy(problem.policy()).addStudents(students)
        .addCompanies(companies).addPlaces(places).fitParameters(problem.fitParameters())
        .travelMinutes(problem.travelMinutes()).build();
  }

  /** Whether the ids of {@code items} ascend strictly (the problem's ids are unique). */
  private static <T> boolean sortedById(List<T> items, Function<T, String> id) {
    String last = null;
    for (T item : items) {
      String next = id.apply(item);
      if (last != null && last.compareTo(next) >= 0) {
        return false;
      }
      last = next;
    }
    return true;
  }

  private static Unplaced settledEntry(String id, IneligibilityReason reason) {
    switch (reason) {
      case OUT_OF_SCOPE:
        return Unplaced.of(id, UnplacedReason.OUT_OF_SCOPE);
      case OPTED_OUT:
        return Unplaced.of(id, UnplacedReason.OPTED_OUT);
      default:
        return new Unplaced(id, UnplacedReason.NO_ADMISSIBLE_PLACE, reason.name());
    }
  }

  private static long key(int s, int p) {
    return ((long) s << 32) | p;
  }

  /** Whether the pair is admissible and not forbidden. */
  boolean usable(int s, int p) {
    return eligibility.isAdmissible(s, p) && !forbidden.contains(key(s, p));
  }

  /** Whether no pair of the request is forbidden. */
  boolean nothingForbidden() {
    return forbidden.isEmpty();
  }

  /** The position in {@link #free} of the student at position {@code s}, or -1. */
  int freeIndex(int s) {
    int[] local = freeIndex;
    if (local == null) {
      local = new int[problem.students().size()];
      Arrays.fill(local, -1);
      for (int i = 0; i < free.length; i++) {
        local[free[i]] = i;
      }
      freeIndex = local;
    }
    return local[s];
  }

  /** The id of the student at position {@code s}. */
  String studentId(int s) {
    return problem.students().get(s).id();
  }

  /** The id of the place at position {@code p}. */
  String placeId(int p) {
    return problem.places().get(p).id();
  }

  /** The place at position {@code p}. */
  Place place(int p) {
    return problem.places().get(p);
  }

  /** The fit of the pair (s, p), 0..1000. */
  int fit(int s, int p) {
    return fitModel.score(problem.students().get(s), place(p), problem.companyOfPlace(p));
  }

  /** The lottery number of the student at position {@code s} (computed once per student). */
  long lotteryNumber(int s) {
    if (numbers == null) {
      numbers = new long[problem.students().size()];
      known = new boolean[numbers.length];
    }
    if (!known[s]) {
      numbers[s] = lottery.number(studentId(s));
      known[s] = true;
    }
    return numbers[s];
  }

  /**
   * Builds the result: the pins, the variant's placements ({@code placeOfFree[i]} for free
   * student {@code i}, -1 for none) and the variant's reasons for the free students left out.
   * The lottery numbers of all free students are exported (they took part in the draws).
   *
   * @param reasons per free student index left out: the unplaced entry (must be given for each)
   */
  MatchResult result(String variant, int[] placeOfFree, Map<Integer, Unplaced> reasons) {
    return result(variant, placeOfFree, reasons, null);
  }

  /**
   * {@link #result(String, int[], Map)} with {@code certificate} attached (or null for none):
   * the same result as attaching it afterwards, validated and sorted once, not twice.
   */
  MatchResult result(String variant, int[] placeOfFree, Map<Integer, Unplaced> reasons,
      Certificate certificate) {
    List<Placement> placements = new ArrayList<>();
    for (int s = 0; s < pinnedPlace.length; s++) {
      if (pinnedPlace[s] >= 0) {
        placements.add(new Placement(studentId(s), placeId(pinnedPlace[s]),
            fit(s, pinnedPlace[s])));
      }
    }
    List<Unplaced> unplaced = new ArrayList<>(settled);
    Map<String, Long> numbers = new TreeMap<>();
    for (int i = 0; i < free.length; i++) {
      int s = free[i];
      numbers.put(studentId(s), lotteryNumber(s));
      int p = placeOfFree[i];
      if (p >= 0) {
        placements.add(new Placement(studentId(s), placeId(p), fitOfUsable(i, p)));
      } else {
        Unplaced u = reasons.get(i);
        if (u == null) {
          throw new IllegalStateException("Variant (" + variant + ") left student ("
              + studentId(s) + ") unplaced without a reason.");
        }
        unplaced.add(u);
      }
    }
    return new MatchResult(variant, request.seed(), placements, unplaced, numbers, null,
        certificate);
  }

  /** The fit of free student {@code i} at usable place {@code p}. */
  int fitOfUsable(int i, int p) {
    int k = Arrays.binarySearch(usable[i], p);
    if (k < 0) {
      throw new IllegalStateException("Place (" + placeId(p) + ") is not usable for student ("
          + studentId(free[i]) + ").");
    }
    return usableFit[i][k];
  }

  /** The number of free students. */
  int freeCount() {
    return free.length;
  }
}
