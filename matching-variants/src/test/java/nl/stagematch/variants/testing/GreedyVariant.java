package nl.stagematch.variants.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.core.spi.VariantOption;
import nl.stagematch.core.spi.VariantOptions;
import nl.stagematch.core.spi.VariantReport;

/**
 * A test variant that honours the contract simply: pins first, then the students in lottery order
 * each take the free admissible, not forbidden place of best fit (ties by place id). Has one
 * option ({@code bonus}, unused by the algorithm) to test that options are recorded.
 */
public class GreedyVariant implements MatchingVariant {
  /** How often {@link #match} ran, over all instances (to see warm re-matches avoid it). */
  public static final AtomicInteger COLD_RUNS = new AtomicInteger();

  @Override
  public String name() {
    return "test-greedy";
  }

  @Override
  public String description() {
    return "Greedy placement in lottery order (test fixture)";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.SUPPORTS_PINS, Capability.SUPPORTS_FORBIDDEN,
        Capability.USES_LOTTERY, Capability.DETERMINISTIC_GIVEN_SEED);
  }

  @Override
  public List<VariantOption> options() {
    return List.of(VariantOption.integer("bonus", "unused test option", 0, 0, 10));
  }

  @Override
  public Proposal match(MatchRequest request) {
    COLD_RUNS.incrementAndGet();
    return solve(request, Map.of());
  }

  /** Places from {@code start} (kept where still allowed), then greedily. */
  protected Proposal solve(MatchRequest request, Map<String, String> start) {
    VariantOptions options = VariantOptions.resolve(this, request.options());
    MatchingProblem problem = request.problem();
    FitModel fit = request.fitModel();
    Eligibility el = Eligibility.compute(problem, fit.travelModel());
    Lottery lottery = Lottery.withSeed(request.seed());
    int[] free = new int[problem.places().size()];
    for (int p = 0; p < free.length; p++) {
      free[p] = problem.places().get(p).capacity();
    }
    Set<StudentPlace> forbidden = new HashSet<>(request.forbidden());
    TreeMap<String, String> placed = new TreeMap<>();
    for (StudentPlace pin : request.pinned()) {
      if (!el.isAdmissible(pin.studentId(), pin.placeId())) {
        throw new IllegalArgumentException("The pinned pair " + pin + " is not admissible.");
      }
      placed.put(pin.studentId(), pin.placeId());
      free[problem.placeIndex(pin.placeId())]--;
    }
    List<String> kept = new ArrayList<>(start.keySet());
    kept.sort(Comparator.comparingLong((String s) -> lottery.number(s)).thenComparing(s -> s));
    for (String s : kept) {
      String p = start.get(s);
      int pi = problem.placeIndex(p);
      if (!placed.containsKey(s) && el.isAdmissible(s, p) && !forbidden.contains(
          StudentPlace.of(s, p)) && free[pi] > 0) {
        placed.put(s, p);
        free[pi]--;
      }
    }
    List<Student> order = new ArrayList<>(problem.students());
    order.sort(Comparator.comparingLong((Student s) -> lottery.number(s.id()))
        .thenComparing(Student::id));
    List<Placement> placements = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
    Map<String, Long> numbers = new TreeMap<>();
    for (Student st : order) {
      numbers.put(st.id(), lottery.number(st.id()));
      int s = problem.studentIndex(st.id());
      String at = placed.get(st.id());
      if (at == null) {
        int[] adm = el.admissiblePlaces(s);
        int[] scores = fit.scores(el, s);
        int best = -1;
        for (int k = 0; k < adm.length; k++) {
          String pid = problem.places().get(adm[k]).id();
          if (free[adm[k]] > 0 && !forbidden.contains(StudentPlace.of(st.id(), pid))
              && (best < 0 || scores[k] > scores[best])) {
            best = k;
          }
        }
        if (best >= 0) {
          at = problem.places().get(adm[best]).id();
          free[adm[best]]--;
        }
      }
      if (at != null) {
        placements.add(new Placement(st.id(), at, fit.fit(problem, st.id(), at).score()));
        continue;
      }
      Optional<IneligibilityReason> why = el.noPlaceReason(s);
      if (why.isEmpty()) {
        unplaced.add(Unplaced.of(st.id(), UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY));
      } else if (why.get() == IneligibilityReason.OUT_OF_SCOPE) {
        unplaced.add(Unplaced.of(st.id(), UnplacedReason.OUT_OF_SCOPE));
      } else if (why.get() == IneligibilityReason.OPTED_OUT) {
        unplaced.add(Unplaced.of(st.id(), UnplacedReason.OPTED_OUT));
      } else {
        unplaced.add(new Unplaced(st.id(), UnplacedReason.NO_ADMISSIBLE_PLACE, why.get().name()));
      }
    }
    return new Proposal(new MatchResult(name(), request.seed(), placements, unplaced, numbers),
        VariantReport.none(), options.values());
  }
}
