package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.MatchingProblem;
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
  public static final class WrongAnswer extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    WrongAnswer(String message) {
      super(message);
    }
  }

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
      // the id and the key in the path are not the problem's: escaped and bounded
      throw new WrongAnswer(SafeText.clean(path, 160) + ": unknown "
          + (student ? "student" : "place") + " (" + SafeText.clean(id)
          + "); the problem has no such id.\nMaybe check the id against the"
          + " problem's " + (student ? "students" : "places") + ".");
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
        "student", "a ranking", "rank none");
    String path = "$.rankings." + studentId;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      String pid = ranking.get(i);
      Integer first = seen.putIfAbsent(pid, i);
      if (first != null) {
        throw new WrongAnswer(path + "[" + i + "]: place (" + pid + ") is ranked"
            + " twice (also at [" + first + "]).\nMaybe rank each place once.");
      }
      if (!contains(places, pid)) {
        throw new WrongAnswer(path + "[" + i + "]: place (" + pid + ") is not one"
            + " of the options of student (" + studentId + ") in this run; her options"
            + " (admissible, usable and with room after the pins) are " + ids(places)
            + ".\nMaybe leave it out of her ranking.");
      }
    }
    return ranking;
  }

  @Override
  public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
    return order("studentOrders", studentId, metPlaces, "student", "place", "she met");
  }

  @Override
  public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    return order("placeOrders", placeId, metStudents, "place", "student", "it met");
  }

  @Override
  public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
    throw new WrongAnswer("$.variant: the answers are for (" + file.variant()
        + "), but the variant asks the company of place (" + placeId + ") for a pick from a"
        + " shortlist.\nMaybe run the variant " + file.variant() + "; picks from a file are not"
        + " supported yet.");
  }

  private List<String> order(String field, String who, List<Candidate> met, String kind,
      String other, String verb) {
    List<String> order = answer(AnswersFile.TWO_BY_TWO, field, who, met, kind, "an order",
        "have no preference");
    String path = "$." + field + "." + who;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String id = order.get(i);
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        throw new WrongAnswer(path + "[" + i + "]: " + other + " (" + id + ") is"
            + " named twice (also at [" + first + "]).\nMaybe name each once.");
      }
      if (!contains(met, id)) {
        throw new WrongAnswer(path + "[" + i + "]: " + kind + " (" + who + ") did"
            + " not meet " + other + " (" + id + "); " + verb + " " + ids(met)
            + ".\nMaybe order only the meetings of the plan of this problem and seed.");
      }
    }
    if (!order.isEmpty() && order.size() < met.size()) {
      List<String> left = new ArrayList<>();
      for (Candidate c : met) {
        if (!seen.containsKey(c.id())) {
          left.add(c.id());
        }
      }
      throw new WrongAnswer(path + ": the order leaves out " + left + ", which "
          + verb.replace("met", "also met") + ".\nMaybe order every " + other + " " + verb
          + ", best first, or give [] for no preference.");
    }
    return order;
  }

  /** The file's list for {@code who}, after checking the variant; missing is an error. */
  private List<String> answer(String variant, String field, String who, List<Candidate> options,
      String kind, String what, String emptyMeans) {
    if (!variant.equals(file.variant())) {
      throw new WrongAnswer("$.variant: the answers are for (" + file.variant()
          + "), but the variant " + variant + " asks for " + what + " of " + kind + " (" + who
          + ").\nMaybe run the variant " + file.variant() + ", or give answers for " + variant
          + ".");
    }
    asked.add(field + "." + who);
    List<String> list = file.section(field).get(who);
    if (list == null) {
      throw new WrongAnswer("$." + field + ": " + what + " of " + kind + " ("
          + who + ") is missing; the run asks for it over " + ids(options) + ".\nMaybe add \""
          + who + "\": [...], best first, or [] to " + emptyMeans + ".");
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
          String kind = "placeOrders".equals(field) ? "place" : "student";
          throw new WrongAnswer("$." + field + "." + e.getKey() + ": " + kind + " ("
              + e.getKey() + ") was not asked in this run (" + (v4 ? "pinned, out of scope,"
              + " opted out or without a usable place with room" : "no meeting in the plan of"
              + " this problem and seed") + "), so these answers cannot count.\nMaybe remove"
              + " them, or check that the problem, the seed and the pins are those of the"
              + " round.");
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
