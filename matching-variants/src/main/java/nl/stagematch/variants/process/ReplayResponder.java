package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.process.ResponderAnswer.Question;

/**
 * Answers from the answers an audit trail recorded for one proposal, in order, checking that each
 * question is the one recorded (kind, who is asked, round, candidates in the same order).
 */
final class ReplayResponder implements Responder {
  private final List<ResponderAnswer> recorded;
  private final Message where;
  private int next;

  /**
   * @param where the trail entry the answers come from, for messages
   */
  ReplayResponder(List<ResponderAnswer> recorded, Message where) {
    this.recorded = List.copyOf(recorded);
    this.where = where;
  }

  @Override
  public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
    return answer(Question.STUDENT_ORDER, studentId, 0, RecordingResponder.ids(metPlaces));
  }

  @Override
  public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    return answer(Question.PLACE_ORDER, placeId, 0, RecordingResponder.ids(metStudents));
  }

  @Override
  public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
    List<String> tokens = new ArrayList<>(shortlist.size());
    for (Profile p : shortlist) {
      tokens.add(p.token());
    }
    List<String> a = answer(Question.PICK, placeId, round, tokens);
    if (a.size() > 1) {
      throw new InputException(Message.of(ProcessMessage.TRAIL_REPLAY_TOO_MANY_PICKS, a.size(),
          recorded.get(next - 1).text(), where), null);
    }
    return a.stream().findFirst();
  }

  @Override
  public List<String> studentRanking(String studentId, List<Candidate> places) {
    return answer(Question.STUDENT_RANKING, studentId, 0, RecordingResponder.ids(places));
  }

  private List<String> answer(Question q, String asker, int round, List<String> candidates) {
    ResponderAnswer asked = new ResponderAnswer(q, asker, round, candidates, List.of());
    if (next == recorded.size()) {
      throw new InputException(Message.of(ProcessMessage.TRAIL_REPLAY_NO_ANSWER, asked.text(),
          where, recorded.size()), null);
    }
    ResponderAnswer r = recorded.get(next++);
    if (r.question() != q || !r.asker().equals(asker) || r.round() != round
        || !r.candidates().equals(candidates)) {
      throw new InputException(Message.of(ProcessMessage.TRAIL_REPLAY_OTHER_QUESTION,
          asked.text(), where, next, r.text()), null);
    }
    return r.answer();
  }
}
