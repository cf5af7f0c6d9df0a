package nl.stagematch.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.Unplaced;

/**
 * What the checks of the variants' certificates share, recomputed from the problem, the fit model
 * and the result's provenance alone: eligibility, the pins and forbidden pairs, each place's room
 * after the pins, the free students (in scope, not pinned, with a usable place), fit scores, and
 * where each student stands in the result document. Without provenance there are no pins and no
 * forbidden pairs.
 */
final class VariantInput {
  /** The most findings one check lists; the rest are counted in one last finding. */
  static final int MAX_FINDINGS = 100;

  final MatchingProblem problem;
  final FitModel fitModel;
  final MatchResult result;
  final Eligibility eligibility;
  /** Student id to pinned place id. */
  final Map<String, String> pinned = new HashMap<>();
  private final Set<String> forbidden = new HashSet<>();
  /** Place id to capacity minus pins. */
  final Map<String, Integer> room = new HashMap<>();
  /** The free students' ids, sorted. */
  final TreeSet<String> free = new TreeSet<>();
  private final Map<String, Integer> placementIndex = new HashMap<>();
  private final Map<String, Integer> unplacedIndex = new HashMap<>();

  VariantInput(MatchingProblem problem, FitModel fitModel, MatchResult result) {
    this.problem = problem;
    this.fitModel = fitModel;
    this.result = result;
    this.eligibility = Eligibility.compute(problem, fitModel.travelModel());
    Provenance provenance = result.provenance();
    for (Place p : problem.places()) {
      room.put(p.id(), p.capacity());
    }
    if (provenance != null) {
      for (Provenance.Pair pin : provenance.pinned()) {
        pinned.put(pin.studentId(), pin.placeId());
        room.computeIfPresent(pin.placeId(), (k, v) -> v - 1);
      }
      for (Provenance.Pair f : provenance.forbidden()) {
        forbidden.add(f.studentId() + '\u0000' + f.placeId());
      }
    }
    List<Student> students = problem.students();
    for (int s = 0; s < students.size(); s++) {
      String id = students.get(s).id();
      if (pinned.containsKey(id) || eligibility.noPlaceReason(s).isPresent()) {
        continue;
      }
      for (int p : eligibility.admissiblePlaces(s)) {
        if (!isForbidden(id, problem.places().get(p).id())) {
          free.add(id);
          break;
        }
      }
    }
    List<Placement> placements = result.placements();
    for (int i = 0; i < placements.size(); i++) {
      placementIndex.put(placements.get(i).studentId(), i);
    }
    List<Unplaced> unplaced = result.unplaced();
    for (int i = 0; i < unplaced.size(); i++) {
      unplacedIndex.put(unplaced.get(i).studentId(), i);
    }
  }

  boolean isForbidden(String studentId, String placeId) {
    return forbidden.contains(studentId + '\u0000' + placeId);
  }

  /** Whether the pair may be used by a variant: both exist, admissible, not forbidden. */
  boolean usable(String studentId, String placeId) {
    return problem.studentIndex(studentId) >= 0 && problem.placeIndex(placeId) >= 0
        && eligibility.isAdmissible(studentId, placeId) && !isForbidden(studentId, placeId);
  }

  /** The room of a place after the pins, 0 for an unknown place. */
  int room(String placeId) {
    return room.getOrDefault(placeId, 0);
  }

  /** The fit of a pair of the problem. */
  int fit(String studentId, String placeId) {
    return fitModel.score(problem, studentId, placeId);
  }

  /** The place of a student in the result, or null. */
  String placeOf(String studentId) {
    Integer i = placementIndex.get(studentId);
    return i == null ? null : result.placements().get(i).placeId();
  }

  /** The JSON path of a student's entry in the result document. */
  String pathOf(String studentId) {
    Integer i = placementIndex.get(studentId);
    if (i != null) {
      return "$.placements[" + i + "]";
    }
    Integer j = unplacedIndex.get(studentId);
    return j != null ? "$.unplaced[" + j + "]" : "$";
  }

  /** The value of an option from the provenance, or null when unknown. */
  String option(String name) {
    Provenance p = result.provenance();
    return p == null ? null : p.options().get(name);
  }

  /**
   * The JSON path segment of a map key: {@code .key} when it is a plain name (a letter or {@code
   * _}, then letters, digits, {@code _} or {@code -}), else {@code ['key']}, as the readers write
   * paths.
   */
  static String key(String name) {
    boolean plain = !name.isEmpty() && (letter(name.charAt(0)) || name.charAt(0) == '_');
    for (int i = 1; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
    return plain ? "." + name : "['" + name + "']";
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Collects the findings of one check, at most {@link #MAX_FINDINGS} listed. */
  static final class Out {
    private final List<Finding> out;
    private final String property;
    private long count;

    Out(List<Finding> out, String property) {
      this.out = out;
      this.property = property;
    }

    /**
     * Adds the finding {@code key} with {@code args} at {@code path}; text arguments (ids, keys
     * and values from the result document) are escaped and cut ({@link ResultVerifier#message}).
     */
    void add(String path, VerifyMessage key, Object... args) {
      count++;
      if (count <= MAX_FINDINGS) {
        out.add(new Finding(property, path, ResultVerifier.message(key, args)));
      }
    }

    long count() {
      return count;
    }

    /** Adds the count of the findings left out, if any. */
    void finish() {
      if (count > MAX_FINDINGS) {
        out.add(new Finding(property, "$", ResultVerifier.message(
            VerifyMessage.VERIFY_MORE_FINDINGS, count - MAX_FINDINGS, property, count)));
      }
    }
  }
}
