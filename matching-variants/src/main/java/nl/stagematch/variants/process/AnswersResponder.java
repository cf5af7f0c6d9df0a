package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
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
 *   <li>V3: a pick of a token that is not on the place's shortlist of that round, a missing pick
 *       for a place with a shortlist, a round the file has no picks of while the run asks it;
 *   <li>a student or place the variant asks about that the file leaves out: missing is an error,
 *       never a silent "no preference" (write {@code []} for that);
 *   <li>after the run ({@link #checkAllAsked}): answers about a student or place the variant did
 *       not ask about (pinned, out of scope, no meeting, no place with room; V3: a pick for a
 *       place without a shortlist in that round, or a round the run never reached); an empty
 *       list there is accepted, as a school's export may list everyone.
 * </ul>
 *
 * <p>By default the first wrong answer fails the run. After {@link #collectErrors()} a wrong
 * answer is noted and replaced by a neutral one (no preference, no pick), so that the run goes on
 * and {@link #checkAllAsked} throws every error at once; the run's proposal must then be thrown
 * away if it throws. (V3: a round is only checked once the rounds before it are right, so the run
 * stops at the end of the first round with a wrong pick.)
 *
 * <p>Its {@link #name()} is {@code answers-file sha256:HEX}, which results and trails record; a
 * session with this responder records every answer in the trail, which replays without the file.
 */
public final class AnswersResponder implements Responder {

  /**
   * Answers of the file that do not fit the run, or a file that is not a valid answers document:
   * every error found, each starting with its JSON path and ending with what to do ("Maybe ...").
   * The message is the errors, one after the other, each on its own line(s).
   */
  public static final class WrongAnswer extends InputException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    WrongAnswer(String message) {
      this(List.of(message));
    }

    private WrongAnswer(List<String> errors) {
      super(String.join("\n", errors),
          Message.of(CoreMessage.UNCODED, String.join("\n", errors)), null);
      this.errors = List.copyOf(errors);
    }

    static WrongAnswer of(List<String> errors) {
      return new WrongAnswer(errors);
    }

    /** Every error, in the order found; at least one. */
    public List<String> errors() {
      return errors;
    }
  }

  /** Thrown to stop a staged V3 run when the first round the file has no picks of is complete. */
  static final class RoundReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RoundReached() {
      super(null, null, false, false);
    }
  }

  private final AnswersFile file;
  private final MatchingProblem problem;
  private final Set<String> asked = new TreeSet<>();
  private final List<String> errors = new ArrayList<>();
  private boolean collect;
  /** V3 staged: the shortlists of the first round the file has no picks of; else null. */
  private SortedMap<String, List<Profile>> nextRound;
  private int nextRoundNumber;
  /** V3: the first round with a wrong pick; 0 if none. */
  private int wrongRound;
  /** V3: the last round the run asked about. */
  private int lastAsked;

  AnswersResponder(AnswersFile file, MatchingProblem problem) {
    this(file, problem, false);
  }

  /**
   * @param collect whether to note every error (from the unknown ids on) instead of failing at
   *     the first; see {@link #collectErrors()}
   */
  AnswersResponder(AnswersFile file, MatchingProblem problem, boolean collect) {
    this.file = file;
    this.collect = collect;
    this.problem = problem;
    List<String> unknown = new ArrayList<>();
    if (AnswersFile.BLIND_SHORTLIST.equals(file.variant())) {
      file.picks().forEach((round, byPlace) -> byPlace.keySet().forEach(place -> known(false,
          place, file.pickPath(round, place) + ".place", unknown)));
    } else {
      boolean v4 = AnswersFile.STUDENT_CHOICE.equals(file.variant());
      for (String field : v4 ? List.of("rankings") : List.of("studentOrders", "placeOrders")) {
        boolean studentKeys = !"placeOrders".equals(field);
        for (Map.Entry<String, List<String>> e : file.entries(field)) {
          known(studentKeys, e.getKey(), "$." + field + "." + e.getKey(), unknown);
          for (int i = 0; i < e.getValue().size(); i++) {
            known(!studentKeys, e.getValue().get(i),
                "$." + field + "." + e.getKey() + "[" + i + "]", unknown);
          }
        }
      }
    }
    if (!unknown.isEmpty() && !collect) {
      throw WrongAnswer.of(unknown);
    }
    errors.addAll(unknown);
  }

  private void known(boolean student, String id, String path, List<String> out) {
    boolean ok = student ? problem.student(id).isPresent() : problem.place(id).isPresent();
    if (!ok) {
      // the id and the key in the path are not the problem's: escaped and bounded
      out.add(SafeText.clean(path, 160) + ": unknown " + (student ? "student" : "place")
          + " (" + SafeText.clean(id) + "); the problem has no such id.\nMaybe check the id against the"
          + " problem's " + (student ? "students" : "places") + ".");
    }
  }

  /**
   * From now on, notes every wrong answer and goes on with a neutral one, instead of failing at
   * the first; {@link #checkAllAsked} then throws them all. Returns this responder.
   */
  public AnswersResponder collectErrors() {
    this.collect = true;
    return this;
  }

  /** V3 staged: answers no one for the first round without picks, then stops the run. */
  AnswersResponder stopAfterNextRound() {
    this.nextRound = new TreeMap<>();
    return this;
  }

  /** V3 staged: the shortlists of the first round the file has no picks of, by place id. */
  SortedMap<String, List<Profile>> nextRound() {
    return nextRound;
  }

  /** V3 staged: the number of that round, or 0 if the run did not reach it. */
  int nextRoundNumber() {
    return nextRoundNumber;
  }

  /** The file this responder answers from. */
  public AnswersFile file() {
    return file;
  }

  @Override
  public String name() {
    return "answers-file sha256:" + file.sha256();
  }

  /** Notes {@code message}, or throws it at once when not collecting. */
  private void wrong(String message) {
    if (!collect) {
      throw new WrongAnswer(message);
    }
    errors.add(message);
  }

  @Override
  public List<String> studentRanking(String studentId, List<Candidate> places) {
    List<String> ranking = answer(AnswersFile.STUDENT_CHOICE, "rankings", studentId, places,
        "student", "a ranking", "rank none");
    String path = "$.rankings." + studentId;
    Map<String, Integer> seen = new HashMap<>();
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      String pid = ranking.get(i);
      Integer first = seen.putIfAbsent(pid, i);
      if (first != null) {
        wrong(path + "[" + i + "]: place (" + pid + ") is ranked"
            + " twice (also at [" + first + "]).\nMaybe rank each place once.");
      } else if (!contains(places, pid) && problem.place(pid).isEmpty()) {
        continue; // reported as an unknown place
      } else if (!contains(places, pid)) {
        wrong(path + "[" + i + "]: place (" + pid + ") is not one"
            + " of the options of student (" + studentId + ") in this run; her options"
            + " (admissible, usable and with room after the pins) are " + ids(places)
            + ".\nMaybe leave it out of her ranking.");
      } else {
        valid.add(pid);
      }
    }
    return valid.size() == ranking.size() ? ranking : List.copyOf(valid);
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
    if (!AnswersFile.BLIND_SHORTLIST.equals(file.variant())) {
      throw new WrongAnswer("$.variant: the answers are for (" + file.variant()
          + "), but the variant asks the company of place (" + placeId + ") for a pick from a"
          + " shortlist.\nMaybe run the variant " + file.variant() + ", or give the picks of "
          + AnswersFile.BLIND_SHORTLIST + ".");
    }
    if (round > lastAsked) {
      // a new round begins: the rounds before it are complete
      if (wrongRound > 0) {
        throw stopWithErrors();
      }
      if (nextRound != null && nextRoundNumber > 0) {
        throw new RoundReached();
      }
      lastAsked = round;
    }
    List<String> tokens = new ArrayList<>(shortlist.size());
    for (Profile p : shortlist) {
      tokens.add(p.token());
    }
    if (round > file.lastRound()) {
      if (nextRound != null) {
        nextRoundNumber = round;
        nextRound.put(placeId, List.copyOf(shortlist));
        return Optional.empty();
      }
      errors.add(notAnswered(round, placeId, tokens));
      throw stopWithErrors();
    }
    asked.add(round + "\u0000" + placeId);
    String pick = file.picks().getOrDefault(round, new TreeMap<>()).get(placeId);
    if (pick == null) {
      wrongPick(round, "$.picks: round " + round + " has no pick for place (" + placeId
          + "), which had a shortlist of " + tokens + ".\nMaybe add {\"round\": " + round
          + ", \"place\": \"" + placeId + "\", \"pick\": TOKEN}, with one of these tokens, or"
          + " \"" + AnswersFile.NONE + "\" if the company picked no one.");
      return Optional.empty();
    }
    if (AnswersFile.NONE.equals(pick)) {
      return Optional.empty();
    }
    if (!tokens.contains(pick)) {
      wrongPick(round, file.pickPath(round, placeId) + ".pick: the token (" + pick + ") is not"
          + " on the shortlist of place (" + placeId + ") in round " + round + ", which is "
          + tokens + ".\nMaybe copy the token from that shortlist (tokens are new in every"
          + " round), or write \"" + AnswersFile.NONE + "\" if the company picked no one.");
      return Optional.empty();
    }
    return Optional.of(pick);
  }

  private void wrongPick(int round, String message) {
    wrong(message);
    wrongRound = wrongRound == 0 ? round : wrongRound;
  }

  private String notAnswered(int round, String placeId, List<String> tokens) {
    return "$.picks: round " + round + " has no picks, but the run asks the company of place ("
        + placeId + ") to pick from " + tokens + " in that round.\nMaybe write the round's"
        + " shortlists with --stage shortlists (ShortlistStage in Java), add the companies'"
        + " picks of round " + round + " and run again.";
  }

  /** Every error noted, the picks of complete rounds that were not asked, and a note. */
  private WrongAnswer stopWithErrors() {
    return WrongAnswer.of(pickErrors());
  }

  private List<String> pickErrors() {
    List<String> all = new ArrayList<>(errors);
    int checked = wrongRound > 0 ? wrongRound : Integer.MAX_VALUE;
    file.picks().forEach((round, byPlace) -> byPlace.keySet().forEach(place -> {
      if (round > checked || asked.contains(round + "\u0000" + place)
          || problem.place(place).isEmpty()) {
        return;
      }
      all.add(file.pickPath(round, place) + ": place (" + place + ") had no shortlist in"
          + " round " + round + (round > lastAsked ? " (the rounds ended after round "
          + lastAsked + ")" : "") + ", so this pick cannot count.\nMaybe remove it, or check"
          + " that the problem, the seed, the options and the picks of the rounds before are"
          + " those the shortlists were written with.");
    }));
    if (wrongRound > 0 && file.lastRound() > wrongRound) {
      all.add("$.picks: the picks of the rounds after round " + wrongRound + " are checked once"
          + " those of round " + wrongRound + " are right (the shortlists of a round depend on"
          + " the picks before it).\nMaybe correct the errors above and run again.");
    }
    return all;
  }

  private List<String> order(String field, String who, List<Candidate> met, String kind,
      String other, String verb) {
    List<String> order = answer(AnswersFile.TWO_BY_TWO, field, who, met, kind, "an order",
        "have no preference");
    String path = "$." + field + "." + who;
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < order.size(); i++) {
      String id = order.get(i);
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        ok = false;
        wrong(path + "[" + i + "]: " + other + " (" + id + ") is"
            + " named twice (also at [" + first + "]).\nMaybe name each once.");
      } else if (!contains(met, id)) {
        ok = false;
        if ("place".equals(other) ? problem.place(id).isEmpty() : problem.student(id).isEmpty()) {
          continue; // reported as an unknown id
        }
        wrong(path + "[" + i + "]: " + kind + " (" + who + ") did"
            + " not meet " + other + " (" + id + "); " + verb + " " + ids(met)
            + ".\nMaybe order only the meetings of the plan of this problem and seed.");
      }
    }
    if (ok && !order.isEmpty() && order.size() < met.size()) {
      ok = false;
      List<String> left = new ArrayList<>();
      for (Candidate c : met) {
        if (!seen.containsKey(c.id())) {
          left.add(c.id());
        }
      }
      wrong(path + ": the order leaves out " + left + ", which "
          + verb.replace("met", "also met") + ".\nMaybe order every " + other + " " + verb
          + ", best first, or give [] for no preference.");
    }
    return ok ? order : List.of();
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
      wrong("$." + field + ": " + what + " of " + kind + " ("
          + who + ") is missing; the run asks for it over " + ids(options) + ".\nMaybe add \""
          + who + "\": [...], best first, or [] to " + emptyMeans + ".");
      return List.of();
    }
    return list;
  }

  /**
   * Checks, after the run, that the file answers no question the variant did not ask: a
   * non-empty list for a student or place that was not asked (pinned, out of scope, opted out,
   * no meeting, no place with room) is an error, as it cannot count; V3: a pick for a place
   * without a shortlist in that round, or for a round the run did not reach. After {@link
   * #collectErrors()}, also throws every wrong answer noted during the run.
   *
   * @throws WrongAnswer naming the path of every such answer
   */
  public void checkAllAsked() {
    if (AnswersFile.BLIND_SHORTLIST.equals(file.variant())) {
      List<String> all = pickErrors();
      if (!all.isEmpty()) {
        throw WrongAnswer.of(all);
      }
      return;
    }
    List<String> all = new ArrayList<>(errors);
    boolean v4 = AnswersFile.STUDENT_CHOICE.equals(file.variant());
    for (String field : v4 ? List.of("rankings") : List.of("studentOrders", "placeOrders")) {
      for (Map.Entry<String, List<String>> e : file.entries(field)) {
        boolean known = "placeOrders".equals(field) ? problem.place(e.getKey()).isPresent()
            : problem.student(e.getKey()).isPresent();
        if (known && !e.getValue().isEmpty() && !asked.contains(field + "." + e.getKey())) {
          String kind = "placeOrders".equals(field) ? "place" : "student";
          all.add("$." + field + "." + e.getKey() + ": " + kind + " ("
              + e.getKey() + ") was not asked in this run (" + (v4 ? "pinned, out of scope,"
              + " opted out or without a usable place with room" : "no meeting in the plan of"
              + " this problem and seed") + "), so these answers cannot count.\nMaybe remove"
              + " them, or check that the problem, the seed and the pins are those of the"
              + " round.");
        }
      }
    }
    if (!all.isEmpty()) {
      throw WrongAnswer.of(all);
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
