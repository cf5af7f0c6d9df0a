package nl.stagematch.core.result;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What produced a result: the SHA-256 of the canonical problem document, the variant, its
 * effective options, the seed, the coordinator's pins and forbidden pairs, the schools (V5), the
 * responder and the fit model's parameters. With the problem, this is everything a verifier needs
 * to recompute eligibility and fit.
 *
 * @param problemSha256 lower-case hex SHA-256 of the canonical problem document
 * @param variant the variant's name
 * @param seed the lottery seed
 * @param options the effective value of every declared option, sorted by name
 * @param pinned the pinned pairs, sorted by student id, then place id
 * @param forbidden the forbidden pairs, sorted by student id, then place id
 * @param schools student id to school id, sorted; empty for one school
 * @param responder who gave the people's answers ({@code by-fit} for the built-in simulation)
 * @param fitModel the fit model's parameters (weights, travel model, mastery level), by name
 */
public record Provenance(String problemSha256, String variant, long seed,
    Map<String, String> options, List<Pair> pinned, List<Pair> forbidden,
    Map<String, String> schools, String responder, Map<String, String> fitModel) {

  /** Validates and copies. */
  public Provenance {
    Objects.requireNonNull(problemSha256, "problemSha256");
    Objects.requireNonNull(variant, "variant");
    options = Map.copyOf(options);
    pinned = List.copyOf(pinned);
    forbidden = List.copyOf(forbidden);
    schools = Map.copyOf(schools);
    Objects.requireNonNull(responder, "responder");
    fitModel = Map.copyOf(fitModel);
  }

  /**
   * A (student, place) pair named by id.
   *
   * @param studentId the pseudonymous student id
   * @param placeId the place id
   */
  public record Pair(String studentId, String placeId) {
    /** Validates both ids. */
    public Pair {
      Ids.check(studentId, "the student of a pair", "studentId");
      Ids.check(placeId, "the place of the pair of student (" + studentId + ")", "placeId");
    }
  }
}
