package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    private final transient List<Located> located;

    WrongAnswer(Located error) {
      this(List.of(error));
    }

    private WrongAnswer(List<Located> errors) {
      super(String.join("\n", englishReported(errors)), errors.get(0).message(),
          errors.get(0).path());
      this.located = List.copyOf(errors);
    }

    /** The errors shown in full; the rest are counted (as the JSON and CSV readers do). */
    public static final int REPORTED_IN_FULL = 100;

    private static List<String> englishReported(List<Located> errors) {
      List<String> out = new ArrayList<>();
      for (Message m : reported(errors)) {
        out.add(m.toString());
      }
      return out;
    }

    private static List<Message> reported(List<Located> errors) {
      List<Message> out = new ArrayList<>();
      for (int i = 0; i < errors.size() && i < REPORTED_IN_FULL; i++) {
        out.add(errors.get(i).line());
      }
      if (errors.size() > REPORTED_IN_FULL) {
        out.add(Message.of(CoreMessage.MORE_ERRORS,
            Message.count(errors.size() - REPORTED_IN_FULL)));
      }
      return out;
    }

    /**
     * The errors as a person reads them, bounded: the first {@value #REPORTED_IN_FULL} of {@link
     * #messages()} in full and, when there are more, one last message that counts the rest ("...
     * and 19,900 more errors"), so that a file with a huge number of wrong answers gives a short
     * report.
     *
     * @return the messages to show
     */
    public List<Message> reported() {
      return reported(located);
    }

    static WrongAnswer of(List<Located> errors) {
      return new WrongAnswer(errors);
    }

    private static List<String> english(List<Located> errors) {
      List<String> out = new ArrayList<>(errors.size());
      for (Located e : errors) {
        out.add(e.line().toString());
      }
      return out;
    }

    /**
     * Every error in English ({@code PATH: text}), in the order found; at least one.
     *
     * @return the errors
     */
    public List<String> errors() {
      return english(located);
    }

    /**
     * Every error as a person reads it, with both texts: {@code PATH: text} (code {@code
     * AT_PATH}) when the error has a path; in the order found; at least one.
     *
     * @return the messages
     */
    public List<Message> messages() {
      List<Message> out = new ArrayList<>(located.size());
      for (Located e : located) {
        out.add(e.line());
      }
      return out;
    }

    /**
     * The stable code of every error ({@code ANSWER_...}, {@code DOC_...}), in order.
     *
     * @return the codes
     */
    public List<String> codes() {
      List<String> out = new ArrayList<>(located.size());
      for (Located e : located) {
        out.add(e.message().code());
      }
      return out;
    }

    /**
     * The {@linkplain #reported() reported} errors in {@code locale}'s language ({@code PATH:
     * text}), one line each: the first {@value #REPORTED_IN_FULL}, then a count of the rest.
     */
    @Override
    public List<String> lines(Locale locale) {
      List<String> out = new ArrayList<>();
      for (Message m : reported()) {
        out.add(InputException.oneLine(m.text(locale)));
      }
      return out;
    }
  }

  /** One error of an answers file: its JSON path (or null) and its message. */
  record Located(String path, Message message) {
    /** {@code PATH: text}, or the text alone without a path. */
    Message line() {
      return path == null ? message : Message.of(CoreMessage.AT_PATH, path, message);
    }
  }

  /** {@code message} at the JSON {@code path} (escaped and bounded: it holds input keys). */
  static Located at(String path, Message message) {
    return new Located(SafeText.clean(path, 160), message);
  }

  /** The error a reader threw, with its path when its English text is {@code PATH: text}. */
  static Located messageOf(IllegalArgumentException e) {
    if (e instanceof InputException ie) {
      String english = String.valueOf(e.getMessage());
      if (ie.path() != null && english.equals(ie.path() + ": " + ie.message())) {
        return new Located(ie.path(), ie.message());
      }
      if (english.equals(ie.message().toString())) {
        return new Located(null, ie.message());
      }
    }
    return new Located(null, Message.of(CoreMessage.UNCODED, String.valueOf(e.getMessage())));
  }

  private static final Message STUDENT = Message.phrase("student", "student");
  private static final Message PLACE = Message.phrase("plaats", "place");
  private static final Message A_RANKING = Message.phrase("een ranglijst", "a ranking");
  private static final Message AN_ORDER = Message.phrase("een volgorde", "an order");
  private static final Message RANK_NONE = Message.phrase("geen plaats te rangschikken",
      "rank none");
  private static final Message NO_PREFERENCE = Message.phrase("geen voorkeur te geven",
      "have no preference");

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
  private final List<Located> errors = new ArrayList<>();
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
    List<Located> unknown = new ArrayList<>();
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

  private void known(boolean student, String id, String path, List<Located> out) {
    boolean ok = student ? problem.student(id).isPresent() : problem.place(id).isPresent();
    if (!ok) {
      // the id and the key in the path are not the problem's: escaped and bounded
      out.add(at(path, Message.of(student ? ProcessMessage.ANSWER_UNKNOWN_STUDENT
          : ProcessMessage.ANSWER_UNKNOWN_PLACE, SafeText.clean(id))));
    }
  }

  /**
   * From now on, notes every wrong answer and goes on with a neutral one, instead of failing at
   * the first; {@link #checkAllAsked} then throws them all. Returns this responder.
   *
   * @return this responder
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

  /**
   * The file this responder answers from.
   *
   * @return the answers file
   */
  public AnswersFile file() {
    return file;
  }

  @Override
  public String name() {
    return "answers-file sha256:" + file.sha256();
  }

  /** Notes {@code message}, or throws it at once when not collecting. */
  private void wrong(Located message) {
    if (!collect) {
      throw new WrongAnswer(message);
    }
    errors.add(message);
  }

  @Override
  public List<String> studentRanking(String studentId, List<Candidate> places) {
    List<String> ranking = answer(AnswersFile.STUDENT_CHOICE, "rankings", studentId, places,
        "student", A_RANKING, RANK_NONE);
    String path = "$.rankings." + studentId;
    Map<String, Integer> seen = new HashMap<>();
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      String pid = ranking.get(i);
      Integer first = seen.putIfAbsent(pid, i);
      if (first != null) {
        wrong(at(path + "[" + i + "]", Message.of(ProcessMessage.ANSWER_RANKED_TWICE,
            SafeText.clean(pid), first)));
      } else if (!contains(places, pid) && problem.place(pid).isEmpty()) {
        continue; // reported as an unknown place
      } else if (!contains(places, pid)) {
        wrong(at(path + "[" + i + "]", Message.of(ProcessMessage.ANSWER_NOT_AN_OPTION,
            SafeText.clean(pid), studentId, ids(places))));
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
      throw new WrongAnswer(at("$.variant", Message.of(ProcessMessage.ANSWER_PICKS_NOT_SUPPORTED,
          file.variant(), placeId, AnswersFile.BLIND_SHORTLIST)));
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
      wrongPick(round, at("$.picks", Message.of(ProcessMessage.ANSWER_NO_PICK, round, placeId,
          tokens, AnswersFile.NONE)));
      return Optional.empty();
    }
    if (AnswersFile.NONE.equals(pick)) {
      return Optional.empty();
    }
    if (!tokens.contains(pick)) {
      wrongPick(round, at(file.pickPath(round, placeId) + ".pick", Message.of(
          ProcessMessage.ANSWER_TOKEN_NOT_ON_SHORTLIST, SafeText.clean(pick), placeId, round,
          tokens, AnswersFile.NONE)));
      return Optional.empty();
    }
    return Optional.of(pick);
  }

  private void wrongPick(int round, Located message) {
    wrong(message);
    wrongRound = wrongRound == 0 ? round : wrongRound;
  }

  private Located notAnswered(int round, String placeId, List<String> tokens) {
    return at("$.picks", Message.of(ProcessMessage.ANSWER_ROUND_NOT_IN_FILE, round, placeId,
        tokens));
  }

  /** Every error noted, the picks of complete rounds that were not asked, and a note. */
  private WrongAnswer stopWithErrors() {
    return WrongAnswer.of(pickErrors());
  }

  private List<Located> pickErrors() {
    List<Located> all = new ArrayList<>(errors);
    int checked = wrongRound > 0 ? wrongRound : Integer.MAX_VALUE;
    file.picks().forEach((round, byPlace) -> byPlace.keySet().forEach(place -> {
      if (round > checked || asked.contains(round + "\u0000" + place)
          || problem.place(place).isEmpty()) {
        return;
      }
      all.add(at(file.pickPath(round, place), round > lastAsked
          ? Message.of(ProcessMessage.ANSWER_NO_SHORTLIST_ROUNDS_ENDED, place, round, lastAsked)
          : Message.of(ProcessMessage.ANSWER_NO_SHORTLIST, place, round)));
    }));
    if (wrongRound > 0 && file.lastRound() > wrongRound) {
      all.add(at("$.picks", Message.of(ProcessMessage.ANSWER_LATER_ROUNDS_UNCHECKED,
          wrongRound)));
    }
    return all;
  }

  private List<String> order(String field, String who, List<Candidate> met, String kind,
      String other, String verb) {
    List<String> order = answer(AnswersFile.TWO_BY_TWO, field, who, met, kind, AN_ORDER,
        NO_PREFERENCE);
    boolean byStudent = "student".equals(kind);
    String path = "$." + field + "." + who;
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < order.size(); i++) {
      String id = order.get(i);
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        ok = false;
        wrong(at(path + "[" + i + "]", Message.of(ProcessMessage.ANSWER_NAMED_TWICE,
            byStudent ? PLACE : STUDENT, SafeText.clean(id), first)));
      } else if (!contains(met, id)) {
        ok = false;
        if ("place".equals(other) ? problem.place(id).isEmpty() : problem.student(id).isEmpty()) {
          continue; // reported as an unknown id
        }
        wrong(at(path + "[" + i + "]", Message.of(byStudent
            ? ProcessMessage.ANSWER_STUDENT_DID_NOT_MEET : ProcessMessage.ANSWER_PLACE_DID_NOT_MEET,
            who, id, ids(met))));
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
      wrong(at(path, Message.of(byStudent ? ProcessMessage.ANSWER_STUDENT_ORDER_INCOMPLETE
          : ProcessMessage.ANSWER_PLACE_ORDER_INCOMPLETE, left)));
    }
    return ok ? order : List.of();
  }

  /** The file's list for {@code who}, after checking the variant; missing is an error. */
  private List<String> answer(String variant, String field, String who, List<Candidate> options,
      String kind, Message what, Message emptyMeans) {
    Message kindText = "student".equals(kind) ? STUDENT : PLACE;
    if (!variant.equals(file.variant())) {
      throw new WrongAnswer(at("$.variant", Message.of(ProcessMessage.ANSWER_OTHER_VARIANT,
          file.variant(), variant, what, kindText, who)));
    }
    asked.add(field + "." + who);
    List<String> list = file.section(field).get(who);
    if (list == null) {
      wrong(at("$." + field, Message.of(ProcessMessage.ANSWER_MISSING, what, kindText, who,
          ids(options), emptyMeans)));
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
      List<Located> all = pickErrors();
      if (!all.isEmpty()) {
        throw WrongAnswer.of(all);
      }
      return;
    }
    List<Located> all = new ArrayList<>(errors);
    boolean v4 = AnswersFile.STUDENT_CHOICE.equals(file.variant());
    for (String field : v4 ? List.of("rankings") : List.of("studentOrders", "placeOrders")) {
      for (Map.Entry<String, List<String>> e : file.entries(field)) {
        boolean known = "placeOrders".equals(field) ? problem.place(e.getKey()).isPresent()
            : problem.student(e.getKey()).isPresent();
        if (known && !e.getValue().isEmpty() && !asked.contains(field + "." + e.getKey())) {
          Message kind = "placeOrders".equals(field) ? PLACE : STUDENT;
          all.add(at("$." + field + "." + e.getKey(), Message.of(v4
              ? ProcessMessage.ANSWER_NOT_ASKED_RANKING : ProcessMessage.ANSWER_NOT_ASKED_ORDER,
              kind, e.getKey())));
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
