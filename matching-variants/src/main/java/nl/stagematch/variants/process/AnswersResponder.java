package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Responder;

/**
 * The responder of an {@link AnswersFile}: answers the variant's questions from the file and
 * checks every answer against the run. An error ({@link WrongAnswer}) names the
 * JSON path and says what to do:
 *
 * <ul>
 *   <li>a student or place id the problem does not have (when built);
 *   <li>answers for another variant than the one that asks;
 *   <li>V4: a ranked place that is not one of her options in this run (admissible, usable, with
 *       room after the pins), or a place ranked twice;
 *   <li>V2: an order naming a pair that did not meet, a repeat, or leaving out one that did;
 *   <li>a student or place the variant asks about that the file leaves out: missing is an error,
 *       never a silent "no preference" (write {@code []} for that);
 *   <li>after the run ({@link #checkAllAsked}): answers about a student or place the variant did
 *       not ask about (pinned, out of scope, no meeting, no place with room); an empty list there
 *       is accepted, as a school's export may list everyone.
 * </ul>
 *
 * <p>Its {@link #name()} is {@code answers-file sha256:HEX}, which results and trails record; a
 * session with this responder records every answer in the trail, which replays without the file.
 */
public final class AnswersResponder implements Responder {

  /** An answer of the file that does not fit the run; the message starts with its JSON path. */
  public static final class WrongAnswer extends InputException {
    private static final long serialVersionUID = 1L;

    WrongAnswer(String path, ProcessMessage key, Object... args) {
      this(path, Message.of(key, args));
    }

    private WrongAnswer(String path, Message text) {
      super(path + ": " + text, text, path);
    }
  }

  private static final Message STUDENT = Message.phrase("student", "student");
  private static final Message PLACE = Message.phrase("plaats", "place");

  private final AnswersFile file;
  private final MatchingProblem problem;
  private final Set<String> asked = new TreeSet<>();

  AnswersResponder(AnswersFile file, MatchingProblem problem) {
    this.file = file;
    this.problem = problem;
    boolean v4 = AnswersFile.STUDENT_CHOICE.equals(file.variant());
    for (String field : v4 ? List.of("rankings") : List.of("studentOrders", "placeOrders")) {
      boolean studentKeys = !"placeOrders".equals(field);
      for (Map.Entry<String, List<String>> e : file.entries(field)) {
        known(studentKeys, e.getKey(), "$." + field + "." + e.getKey());
        for (int i = 0; i < e.getValue().size(); i++) {
          known(!studentKeys, e.getValue().get(i), "$." + field + "." + e.getKey() + "[" + i + "]");
        }
      }
    }
  }

  private void known(boolean student, String id, String path) {
    boolean ok = student ? problem.student(id).isPresent() : problem.place(id).isPresent();
    if (!ok) {
      throw new WrongAnswer(path, student ? ProcessMessage.ANSWER_UNKNOWN_STUDENT
          : ProcessMessage.ANSWER_UNKNOWN_PLACE, id);
    }
  }

  /** The file this responder answers from. */
  public AnswersFile file() {
    return file;
  }

  @Override
  public String name() {
    return "answers-file sha256:" + file.sha256();
  }

  @Override
  public List<String> studentRanking(String studentId, List<Candidate> places) {
    List<String> ranking = answer(AnswersFile.STUDENT_CHOICE, "rankings", studentId, places,
        STUDENT, Message.phrase("een ranglijst", "a ranking"),
        Message.phrase("geen plaats te rangschikken", "rank none"));
    String path = "$.rankings." + studentId;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      String pid = ranking.get(i);
      Integer first = seen.putIfAbsent(pid, i);
      if (first != null) {
        throw new WrongAnswer(path + "[" + i + "]", ProcessMessage.ANSWER_RANKED_TWICE, pid,
            first);
      }
      if (!contains(places, pid)) {
        throw new WrongAnswer(path + "[" + i + "]", ProcessMessage.ANSWER_NOT_AN_OPTION, pid,
            studentId, ids(places));
      }
    }
    return ranking;
  }

  @Override
  public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
    return order("studentOrders", studentId, metPlaces, true);
  }

  @Override
  public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    return order("placeOrders", placeId, metStudents, false);
  }

  @Override
  public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
    throw new WrongAnswer("$.variant", ProcessMessage.ANSWER_PICKS_NOT_SUPPORTED, file.variant(),
        placeId);
  }

  private List<String> order(String field, String who, List<Candidate> met, boolean student) {
    List<String> order = answer(AnswersFile.TWO_BY_TWO, field, who, met,
        student ? STUDENT : PLACE, Message.phrase("een volgorde", "an order"),
        Message.phrase("geen voorkeur te geven", "have no preference"));
    String path = "$." + field + "." + who;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String id = order.get(i);
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        throw new WrongAnswer(path + "[" + i + "]", ProcessMessage.ANSWER_NAMED_TWICE,
            student ? PLACE : STUDENT, id, first);
      }
      if (!contains(met, id)) {
        throw new WrongAnswer(path + "[" + i + "]", student
            ? ProcessMessage.ANSWER_STUDENT_DID_NOT_MEET : ProcessMessage.ANSWER_PLACE_DID_NOT_MEET,
            who, id, ids(met));
      }
    }
    if (!order.isEmpty() && order.size() < met.size()) {
      List<String> left = new ArrayList<>();
      for (Candidate c : met) {
        if (!seen.containsKey(c.id())) {
          left.add(c.id());
        }
      }
      throw new WrongAnswer(path, student ? ProcessMessage.ANSWER_STUDENT_ORDER_INCOMPLETE
          : ProcessMessage.ANSWER_PLACE_ORDER_INCOMPLETE, left);
    }
    return order;
  }

  /** The file's list for {@code who}, after checking the variant; missing is an error. */
  private List<String> answer(String variant, String field, String who, List<Candidate> options,
      Message kind, Message what, Message emptyMeans) {
    if (!variant.equals(file.variant())) {
      throw new WrongAnswer("$.variant", ProcessMessage.ANSWER_OTHER_VARIANT, file.variant(),
          variant, what, kind, who);
    }
    asked.add(field + "." + who);
    List<String> list = file.section(field).get(who);
    if (list == null) {
      throw new WrongAnswer("$." + field, ProcessMessage.ANSWER_MISSING,
          Message.phrase(capitalise(what.text(Message.DUTCH)), what.toString()), kind, who,
          ids(options), emptyMeans);
    }
    return list;
  }

  /**
   * Checks, after the run, that the file answers no question the variant did not ask: a
   * non-empty list for a student or place that was not asked (pinned, out of scope, opted out,
   * no meeting, no place with room) is an error, as it cannot count.
   *
   * @throws WrongAnswer naming the path of the first such answer
   */
  public void checkAllAsked() {
    boolean v4 = AnswersFile.STUDENT_CHOICE.equals(file.variant());
    for (String field : v4 ? List.of("rankings") : List.of("studentOrders", "placeOrders")) {
      for (Map.Entry<String, List<String>> e : file.entries(field)) {
        if (!e.getValue().isEmpty() && !asked.contains(field + "." + e.getKey())) {
          Message kind = "placeOrders".equals(field) ? PLACE : STUDENT;
          throw new WrongAnswer("$." + field + "." + e.getKey(), v4
              ? ProcessMessage.ANSWER_NOT_ASKED_RANKING : ProcessMessage.ANSWER_NOT_ASKED_ORDER,
              kind, e.getKey());
        }
      }
    }
  }

  private static boolean contains(List<Candidate> candidates, String id) {
    for (Candidate c : candidates) {
      if (c.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String ids(List<Candidate> candidates) {
    List<String> ids = new ArrayList<>();
    for (Candidate c : candidates) {
      ids.add(c.id());
    }
    ids.sort(null);
    return ids.toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
