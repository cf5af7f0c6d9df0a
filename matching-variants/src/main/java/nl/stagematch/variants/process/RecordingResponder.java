package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.process.ResponderAnswer.Question;

/**
 * Passes every question to another responder and records the question and the answer, for the
 * audit trail. An answer the variant will refuse anyway (null, or with a null in it) is passed on
 * and not recorded: the step fails and nothing is written.
 */
final class RecordingResponder implements Responder {
  private final Responder delegate;
  private final List<ResponderAnswer> answers = new ArrayList<>();

  RecordingResponder(Responder delegate) {
    this.delegate = delegate;
  }

  /** The answers given so far, in the order they were asked. */
  List<ResponderAnswer> answers() {
    return List.copyOf(answers);
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
    return record(Question.STUDENT_ORDER, studentId, 0, ids(metPlaces),
        delegate.studentOrder(studentId, metPlaces));
  }

  @Override
  public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    return record(Question.PLACE_ORDER, placeId, 0, ids(metStudents),
        delegate.placeOrder(placeId, metStudents));
  }

  @Override
  public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
    Optional<String> pick = delegate.pick(placeId, round, shortlist);
    if (pick != null) {
      List<String> tokens = new ArrayList<>(shortlist.size());
      for (Profile p : shortlist) {
        tokens.add(p.token());
      }
      answers.add(new ResponderAnswer(Question.PICK, placeId, round, tokens,
          pick.map(List::of).orElse(List.of())));
    }
    return pick;
  }

  @Override
  public List<String> studentRanking(String studentId, List<Candidate> places) {
    return record(Question.STUDENT_RANKING, studentId, 0, ids(places),
        delegate.studentRanking(studentId, places));
  }

  private List<String> record(Question q, String asker, int round, List<String> candidates,
      List<String> answer) {
    if (answer != null && answer.stream().allMatch(a -> a != null)) {
      answers.add(new ResponderAnswer(q, asker, round, candidates, answer));
    }
    return answer;
  }

  static List<String> ids(List<Candidate> candidates) {
    List<String> ids = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      ids.add(c.id());
    }
    return ids;
  }
}
