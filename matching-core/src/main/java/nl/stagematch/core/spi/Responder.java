package nl.stagematch.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people's answers a variant asks for: a student's order of the places she met (V2), a
 * company's order of the students it met at a place (V2), a company's pick from a blind shortlist
 * (V3), a student's ranking of her admissible places (V4).
 *
 * <p>Every method has a default: {@link #byFit()} answers by the school's fit score, ties by the
 * lottery ({@link Candidate#BY_FIT}). A responder that knows real answers (recorded decisions, a
 * user interface, a simulation) overrides only the questions it can answer; variants check every
 * answer and refuse an invalid one with a message that names the person and the answer.
 *
 * <p>Calls come in a deterministic order (by student or place id); a responder must answer the
 * same question the same way for the same run to be reproducible.
 */
public interface Responder {

  /**
   * V2, after the meetings: student {@code studentId}'s order of the places she met, best first.
   * Return every id of {@code metPlaces} exactly once, or an empty list for "no preference".
   *
   * @param studentId the student
   * @param metPlaces the places she met
   * @return their ids, best first, or empty
   */
  default List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
    return orderByFit(metPlaces);
  }

  /**
   * V2, after the meetings: the order of the company of place {@code placeId} over the students
   * it met for that place, best first. Return every id of {@code metStudents} exactly once, or an
   * empty list for "no preference".
   *
   * @param placeId the place
   * @param metStudents the students its company met for it
   * @return their ids, best first, or empty
   */
  default List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    return orderByFit(metStudents);
  }

  /**
   * V3: the company's pick for place {@code placeId} in round {@code round} (from 1) from a
   * shortlist of anonymous profiles, in the school's nomination order; the token of the profile
   * picked, or empty to pick no one this round.
   *
   * @param placeId the place
   * @param round the round, from 1
   * @param shortlist the anonymous profiles, in nomination order
   * @return the token picked, or empty
   */
  default Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
    return shortlist.stream().min(Comparator.comparingInt(Profile::nomination))
        .map(Profile::token);
  }

  /**
   * V4: student {@code studentId}'s ranking of her admissible places, best first. Any subset
   * without repeats; places left out are not acceptable to her. A responder that has no ranking
   * for this student returns the default, derived from fit ({@link #orderByFit}).
   *
   * @param studentId the student
   * @param places her admissible places
   * @return the ids of the places she accepts, best first
   */
  default List<String> studentRanking(String studentId, List<Candidate> places) {
    return orderByFit(places);
  }

  /**
   * The name results and audit trails record for this responder ({@code responder} in the
   * provenance): {@code by-fit} for {@link #byFit()}; by default the class name. A responder
   * built from a file of answers names the file by its content, such as {@code
   * answers-file sha256:...}, so that a reader sees whose answers decided.
   *
   * @return the name
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * The built-in responder: every answer by fit, ties by the lottery.
   *
   * @return the responder (one shared instance)
   */
  static Responder byFit() {
    return ByFit.INSTANCE;
  }

  /**
   * The ids of {@code candidates} ordered by {@link Candidate#BY_FIT}.
   *
   * @param candidates the candidates
   * @return their ids, best fit first
   */
  static List<String> orderByFit(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Candidate.BY_FIT);
    List<String> ids = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      ids.add(c.id());
    }
    return List.copyOf(ids);
  }
}

/** The built-in responder (all defaults). */
final class ByFit implements Responder {
  static final ByFit INSTANCE = new ByFit();

  private ByFit() {}

  @Override
  public String name() {
    return "by-fit";
  }

  @Override
  public String toString() {
    return "Responder.byFit()";
  }
}
