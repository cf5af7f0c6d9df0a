package nl.stagematch.variants.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.DeclaredFormat;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;
import nl.stagematch.core.model.InvalidValueException;

/**
 * An answers document ({@code stagematch-answers/1}): the answers people gave, as data, for a
 * variant that asks them (see docs/variants.md, "Answers from people").
 *
 * <ul>
 *   <li>{@code student-choice} (V4): {@code rankings}, per student id the place ids she ranks,
 *       best first (places left out are not acceptable to her; {@code []} ranks none);
 *   <li>{@code two-by-two} (V2), after the meetings: {@code studentOrders}, per student the places
 *       she met, best first, and {@code placeOrders}, per place the students it met, best first
 *       ({@code []} is "no preference");
 *   <li>{@code blind-shortlist} (V3): {@code picks}, a list of the companies' picks, one entry
 *       {@code {"round": 1, "place": "P-004", "pick": "r1.s1.n2"}} per round and place that had a
 *       shortlist: the token of the profile picked, or {@code none}. The list accumulates: each
 *       round's picks are added to those of the rounds before (see {@link ShortlistStage}).
 * </ul>
 *
 * <p>Reading is strict and reports every error at once ({@link AnswersResponder.WrongAnswer#errors
 * errors}): unknown fields, wrong types, a pick given twice for one place in one round are
 * refused with the JSON path (a syntax error or a duplicate field name of JSON itself stops the
 * reading). The answers are checked against a run by the {@link AnswersResponder} of {@link
 * #responder}: every error names the path and says what to do.
 */
public final class AnswersFile {
  /** The format name. */
  public static final String FORMAT = "stagematch-answers/1";
  /** The variant whose rankings the document holds. */
  public static final String STUDENT_CHOICE = "student-choice";
  /** The variant whose orders after the meetings the document holds. */
  public static final String TWO_BY_TWO = "two-by-two";
  /** The variant whose companies' picks from the shortlists the document holds. */
  public static final String BLIND_SHORTLIST = "blind-shortlist";
  /** The pick that picks no one from a shortlist. */
  public static final String NONE = "none";

  private final String variant;
  private final SortedMap<String, List<String>> rankings;
  private final SortedMap<String, List<String>> studentOrders;
  private final SortedMap<String, List<String>> placeOrders;
  private final SortedMap<Integer, SortedMap<String, String>> picks;
  /** The index of each pick in the document's list, by round and place; for paths. */
  private final Map<String, Integer> pickIndex;
  private final String sha256;

  private AnswersFile(String variant, Map<String, List<String>> rankings,
      Map<String, List<String>> studentOrders, Map<String, List<String>> placeOrders,
      String sha256) {
    this(variant, rankings, studentOrders, placeOrders, Map.of(), null, sha256);
  }

  private AnswersFile(String variant, Map<String, List<String>> rankings,
      Map<String, List<String>> studentOrders, Map<String, List<String>> placeOrders,
      Map<Integer, ? extends Map<String, String>> picks, Map<String, Integer> pickIndex,
      String sha256) {
    this.variant = variant;
    this.rankings = copy(rankings);
    this.studentOrders = copy(studentOrders);
    this.placeOrders = copy(placeOrders);
    SortedMap<Integer, SortedMap<String, String>> p = new TreeMap<>();
    picks.forEach((round, byPlace) -> {
      if (round < 1) {
        throw new InvalidValueException(Message.of(ProcessMessage.ANSWER_PICK_ROUND_TOO_LOW,
            round), "picks");
      }
      SortedMap<String, String> m = new TreeMap<>();
      byPlace.forEach((place, token) -> m.put(InvalidValueException.requireValue(place,
          Message.phrase("de plaats van een keuze in ronde " + round, "the place of a pick in"
              + " round " + round), Message.phrase("haal de keuze zonder plaats weg.",
              "remove the pick without a place."), "picks"),
          InvalidValueException.requireValue(token, Message.phrase("de keuze voor plaats ("
              + SafeText.clean(place) + ") in ronde " + round, "the pick for place ("
              + SafeText.clean(place) + ") in round " + round), Message.phrase("gebruik "
              + NONE + " als het bedrijf niemand koos.", "use " + NONE + " when the company"
              + " picked no one."), "picks")));
      p.put(round, Collections.unmodifiableSortedMap(m));
    });
    this.picks = Collections.unmodifiableSortedMap(p);
    if (pickIndex == null) {
      pickIndex = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<Integer, SortedMap<String, String>> r : this.picks.entrySet()) {
        for (String place : r.getValue().keySet()) {
          pickIndex.put(r.getKey() + "\u0000" + place, i++);
        }
      }
    }
    this.pickIndex = Map.copyOf(pickIndex);
    this.sha256 = sha256 != null ? sha256 : Json.sha256(toJson());
  }

  /**
   * V3 answers: per round (from 1), per place id, the token of the profile the company picked
   * from the place's shortlist of that round, or {@link #NONE}.
   *
   * @param picks round to place id to token
   * @return the answers
   */
  public static AnswersFile ofPicks(Map<Integer, ? extends Map<String, String>> picks) {
    return new AnswersFile(BLIND_SHORTLIST, Map.of(), Map.of(), Map.of(), picks, null, null);
  }

  /**
   * V3: these picks with those of one more round added (the file accumulates rounds).
   *
   * @param round the round, from 1
   * @param byPlace place id to the token picked
   * @return the new answers; these are unchanged
   * @throws IllegalStateException if this is not a blind-shortlist document
   * @throws nl.stagematch.core.model.InvalidValueException if the document already has picks of
   *     {@code round} ({@code ANSWER_PICK_ROUND_TWICE})
   */
  public AnswersFile withPicks(int round, Map<String, String> byPlace) {
    if (!BLIND_SHORTLIST.equals(variant)) {
      throw new IllegalStateException("Picks go into a " + BLIND_SHORTLIST + " document, not a "
          + variant + " one.");
    }
    if (picks.containsKey(round)) {
      throw new InvalidValueException(Message.of(ProcessMessage.ANSWER_PICK_ROUND_TWICE, round),
          "picks");
    }
    Map<Integer, Map<String, String>> more = new TreeMap<>(picks);
    more.put(round, byPlace);
    return ofPicks(more);
  }

  /**
   * V4 answers: per student id, the place ids she ranks, best first.
   *
   * @param rankings student id to place ids, best first
   * @return the answers
   */
  public static AnswersFile ofRankings(Map<String, List<String>> rankings) {
    return new AnswersFile(STUDENT_CHOICE, rankings, Map.of(), Map.of(), null);
  }

  /**
   * V2 answers: per student the places she met, per place the students it met, best first.
   *
   * @param studentOrders student id to the places she met, best first
   * @param placeOrders place id to the students it met, best first
   * @return the answers
   */
  public static AnswersFile ofOrders(Map<String, List<String>> studentOrders,
      Map<String, List<String>> placeOrders) {
    return new AnswersFile(TWO_BY_TWO, Map.of(), studentOrders, placeOrders, null);
  }

  /**
   * Reads an answers document.
   *
   * @param json the document
   * @return the answers
   * @throws AnswersResponder.WrongAnswer naming the path of every error ({@code $.rankings.S1[2]})
   * @throws IllegalArgumentException if the text is not JSON (or names a field twice)
   */
  public static AnswersFile parse(String json) {
    return parse(json, null);
  }

  /**
   * Parses an answers document for a run of the variant {@code runVariant}: as {@link
   * #parse(String)}, and a document that declares answers of another variant is refused with the
   * error at {@code $.variant} first, before the errors of its fields (which are judged by the
   * variant it declares), so the mistake is named where it was made.
   *
   * @param json the document
   * @param runVariant the variant that will ask the questions, or null for any
   * @return the answers
   * @throws AnswersResponder.WrongAnswer naming the path of every error
   * @throws IllegalArgumentException if the text is not JSON (or names a field twice)
   */
  public static AnswersFile parse(String json, String runVariant) {
    Optional<String> declared = DeclaredFormat.of(json);
    if (declared.isPresent() && !FORMAT.equals(declared.get())) {
      // another kind of document, named by its declared format before its content is parsed
      throw InputException.at("$.format", Message.of(ProcessMessage.ANSWER_WRONG_FORMAT,
          SafeText.clean(declared.get()), FORMAT));
    }
    Node doc = Node.parse(json,
        Message.phrase("het antwoordenbestand", "the answers file"));
    List<AnswersResponder.Located> errors = new ArrayList<>();
    String format = get(errors, () -> doc.string("format"));
    if (format != null && !FORMAT.equals(format)) {
      // another kind of document: its other fields mean nothing here
      throw doc.error("format", Message.of(ProcessMessage.ANSWER_WRONG_FORMAT,
          SafeText.clean(format), FORMAT));
    }
    String variant = get(errors, () -> doc.string("variant"));
    if (runVariant != null && variant != null && !variant.equals(runVariant)
        && List.of(STUDENT_CHOICE, TWO_BY_TWO, BLIND_SHORTLIST).contains(variant)) {
      errors.add(AnswersResponder.at(doc.path() + ".variant", Message.of(
          ProcessMessage.ANSWER_FOR_OTHER_VARIANT, SafeText.clean(variant),
          SafeText.clean(runVariant))));
    }
    List<String> fields;
    if (STUDENT_CHOICE.equals(variant)) {
      fields = List.of("format", "variant", "rankings");
    } else if (TWO_BY_TWO.equals(variant)) {
      fields = List.of("format", "variant", "studentOrders", "placeOrders");
    } else if (BLIND_SHORTLIST.equals(variant)) {
      fields = List.of("format", "variant", "picks");
    } else {
      if (variant != null) {
        errors.add(AnswersResponder.at(doc.path() + ".variant", Message.of(
            ProcessMessage.ANSWER_VARIANT_NOT_SUPPORTED, SafeText.clean(variant), STUDENT_CHOICE,
            TWO_BY_TWO, BLIND_SHORTLIST)));
      }
      throw AnswersResponder.WrongAnswer.of(errors);
    }
    unknownFields(doc, fields, errors);
    Map<String, List<String>> rankings = Map.of();
    Map<String, List<String>> studentOrders = Map.of();
    Map<String, List<String>> placeOrders = Map.of();
    Map<Integer, Map<String, String>> picks = new TreeMap<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    if (STUDENT_CHOICE.equals(variant)) {
      rankings = lists(doc, "rankings", errors);
    } else if (TWO_BY_TWO.equals(variant)) {
      studentOrders = lists(doc, "studentOrders", errors);
      placeOrders = lists(doc, "placeOrders", errors);
    } else {
      picks(doc, picks, index, errors);
    }
    if (!errors.isEmpty()) {
      throw AnswersResponder.WrongAnswer.of(errors);
    }
    return new AnswersFile(variant, rankings, studentOrders, placeOrders, picks, index,
        Json.sha256(json));
  }

  private interface Read<T> {
    T get();
  }

  /** {@code read}'s value, or null with its error added to {@code errors}. */
  private static <T> T get(List<AnswersResponder.Located> errors, Read<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      errors.add(AnswersResponder.messageOf(e));
      return null;
    }
  }

  /**
   * Adds the error and returns true when {@code key} of {@code n} (a field name or a map key) is
   * personal data by its name or its shape (rule R1, {@link Node#refusePersonalKey}).
   */
  private static boolean personalKey(Node n, String key, List<AnswersResponder.Located> errors) {
    try {
      n.refusePersonalKey(key);
      return false;
    } catch (IllegalArgumentException e) {
      errors.add(AnswersResponder.messageOf(e));
      return true;
    }
  }

  /** Adds an error for every field of {@code n} not in {@code known}. */
  private static void unknownFields(Node n, List<String> known, List<AnswersResponder.Located> errors) {
    for (String name : n.raw().keySet()) {
      if (!known.contains(name)) {
        if (personalKey(n, name, errors)) {
          continue;
        }
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(null);
        errors.add(AnswersResponder.at(n.path() + "." + name, Message.of(
            CoreMessage.DOC_UNKNOWN_FIELD, SafeText.clean(name), String.join(", ", sorted))));
      }
    }
  }

  private static Map<String, List<String>> lists(Node doc, String field, List<AnswersResponder.Located> errors) {
    Node n = get(errors, () -> doc.object(field));
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    boolean byPlace = field.equals("placeOrders");
    Pseudonyms.Kind keyKind = byPlace ? Pseudonyms.Kind.PLACE : Pseudonyms.Kind.STUDENT;
    Pseudonyms.Kind valueKind = byPlace ? Pseudonyms.Kind.STUDENT : Pseudonyms.Kind.PLACE;
    for (String id : n.raw().keySet()) {
      Optional<String> personal = Pseudonyms.personalShape(id, keyKind);
      if (personal.isPresent()) {
        errors.add(AnswersResponder.at(n.path() + "['" + Pseudonyms.shape(id) + "']",
            Message.of(CoreMessage.MODEL_PERSONAL_ID, kindText(keyKind),
                Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id))));
        continue;
      }
      if (personalKey(n, id, errors)) {
        continue;
      }
      List<String> list = get(errors, () -> n.strings(id));
      if (list == null) {
        continue;
      }
      boolean clean = true;
      for (int i = 0; i < list.size(); i++) {
        Optional<String> value = Pseudonyms.personalShape(list.get(i), valueKind);
        if (value.isPresent()) {
          errors.add(AnswersResponder.messageOf(n.error(id + "[" + i + "]", Message.of(
              CoreMessage.MODEL_PERSONAL_ID, kindText(valueKind),
              Pseudonyms.categoryText(value.get()), Pseudonyms.shape(list.get(i))))));
          clean = false;
        }
      }
      if (clean) {
        out.put(id, list);
      }
    }
    return out;
  }

  /**
   * Adds the error and returns true when {@code value} of the field {@code field} of {@code n}
   * has the shape of personal data for an id of {@code kind} (rule R1); only its shape is shown.
   */
  private static boolean personalValue(Node n, String field, String value, Pseudonyms.Kind kind,
      Message what, List<AnswersResponder.Located> errors) {
    Optional<String> personal = Pseudonyms.personalShape(value, kind);
    if (personal.isEmpty()) {
      return false;
    }
    errors.add(AnswersResponder.at(n.path() + "." + field, Message.of(
        CoreMessage.MODEL_PERSONAL_ID, what, Pseudonyms.categoryText(personal.get()),
        Pseudonyms.shape(value))));
    return true;
  }

  /** "a student" or "a place", in Dutch and English, for messages. */
  private static Message kindText(Pseudonyms.Kind kind) {
    return kind == Pseudonyms.Kind.PLACE ? Message.phrase("een plaats", "a place")
        : Message.phrase("een student", "a student");
  }

  /** Reads {@code $.picks}: every entry checked, every error collected. */
  private static void picks(Node doc, Map<Integer, Map<String, String>> picks,
      Map<String, Integer> index, List<AnswersResponder.Located> errors) {
    List<Node> entries = get(errors, () -> doc.objects("picks"));
    if (entries == null) {
      if (!doc.raw().containsKey("picks")) {
        return;
      }
      // a list with a non-object in it: report each entry
      Object raw = doc.raw().get("picks");
      if (!(raw instanceof List<?> list)) {
        return;
      }
      errors.remove(errors.size() - 1);
      entries = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        final int at = i;
        Node n = get(errors, () -> Node.of(list.get(at), "$.picks[" + at + "]"));
        entries.add(n);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      Node n = entries.get(i);
      if (n == null) {
        continue;
      }
      unknownFields(n, List.of("round", "place", "pick"), errors);
      Integer round = get(errors, () -> n.integer("round", 1));
      String place = get(errors, () -> n.string("place"));
      String pick = get(errors, () -> n.string("pick"));
      if (pick != null && pick.isBlank()) {
        errors.add(AnswersResponder.at(n.path() + ".pick", Message.of(
            ProcessMessage.ANSWER_PICK_EMPTY, NONE)));
        pick = null;
      }
      // a place or a picked token that is personal data is refused as such before it is looked
      // up, never echoed as unknown
      if (place != null && personalValue(n, "place", place, Pseudonyms.Kind.PLACE,
          kindText(Pseudonyms.Kind.PLACE), errors)) {
        place = null;
      }
      if (pick != null && personalValue(n, "pick", pick, Pseudonyms.Kind.OTHER,
          Message.phrase("een gekozen kandidaat", "a picked candidate"), errors)) {
        pick = null;
      }
      if (round == null || place == null) {
        continue;
      }
      Integer first = index.putIfAbsent(round + "\u0000" + place, i);
      if (first != null) {
        errors.add(AnswersResponder.at(n.path(), Message.of(ProcessMessage.ANSWER_PICK_TWICE,
            SafeText.clean(place), round, first)));
        continue;
      }
      if (pick != null) {
        picks.computeIfAbsent(round, r -> new TreeMap<>()).put(place, pick);
      }
    }
  }

  /**
   * Reads an answers file (UTF-8, a leading byte order mark is skipped).
   *
   * @param file the file
   * @return the answers
   * @throws java.nio.file.FileSystemException when the file is missing, a directory or unreadable
   * @throws InputFiles.MalformedTextException when it is not UTF-8 (naming line and column)
   */
  public static AnswersFile read(Path file) throws IOException {
    return parse(InputFiles.readUtf8(file));
  }

  /**
   * Reads an answers file for a run of {@code runVariant} ({@link #parse(String, String)}).
   *
   * @param file the file
   * @param runVariant the variant that will ask the questions, or null for any
   * @return the answers
   * @throws java.nio.file.FileSystemException when the file is missing, a directory or unreadable
   * @throws InputFiles.MalformedTextException when it is not UTF-8 (naming line and column)
   */
  public static AnswersFile read(Path file, String runVariant) throws IOException {
    return parse(InputFiles.readUtf8(file), runVariant);
  }

  private static SortedMap<String, List<String>> copy(Map<String, List<String>> map) {
    SortedMap<String, List<String>> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The variant the answers are for: {@link #STUDENT_CHOICE}, {@link #TWO_BY_TWO} or {@link
   * #BLIND_SHORTLIST}.
   *
   * @return the variant's name
   */
  public String variant() {
    return variant;
  }

  /**
   * V4: per student id, the place ids she ranks, best first; empty for V2.
   *
   * @return student id to place ids
   */
  public SortedMap<String, List<String>> rankings() {
    return rankings;
  }

  /**
   * V2: per student id, the places she met, best first; empty for V4.
   *
   * @return student id to place ids
   */
  public SortedMap<String, List<String>> studentOrders() {
    return studentOrders;
  }

  /**
   * V2: per place id, the students it met, best first; empty for V4.
   *
   * @return place id to student ids
   */
  public SortedMap<String, List<String>> placeOrders() {
    return placeOrders;
  }

  /**
   * V3: per round, per place id, the token picked from the place's shortlist or {@link #NONE};
   * empty for the other variants.
   *
   * @return round to place id to token
   */
  public SortedMap<Integer, SortedMap<String, String>> picks() {
    return picks;
  }

  /**
   * V3: the last round the document has picks of; 0 if none.
   *
   * @return the round, or 0
   */
  public int lastRound() {
    return picks.isEmpty() ? 0 : picks.lastKey();
  }

  /** V3: the JSON path of the pick of {@code place} in {@code round} in the document. */
  String pickPath(int round, String place) {
    Integer i = pickIndex.get(round + "\u0000" + place);
    return i == null ? "$.picks" : "$.picks[" + i + "]";
  }

  /**
   * The SHA-256 of the document as read (of {@link #toJson()} for one built in Java), as 64
   * lower-case hex digits; the responder's {@link AnswersResponder#name() name} carries it.
   *
   * @return the hash, 64 hex digits
   */
  public String sha256() {
    return sha256;
  }

  /**
   * The document, pretty-printed with sorted fields.
   *
   * @return the document
   */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("variant", variant);
    if (STUDENT_CHOICE.equals(variant)) {
      doc.put("rankings", new TreeMap<>(rankings));
    } else if (TWO_BY_TWO.equals(variant)) {
      doc.put("studentOrders", new TreeMap<>(studentOrders));
      doc.put("placeOrders", new TreeMap<>(placeOrders));
    } else {
      List<Object> list = new ArrayList<>();
      picks.forEach((round, byPlace) -> byPlace.forEach((place, token) -> {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("round", (long) round);
        entry.put("place", place);
        entry.put("pick", token);
        list.add(entry);
      }));
      doc.put("picks", list);
    }
    return Json.pretty(doc);
  }

  /**
   * A responder that answers the variant's questions from this document, checking every answer
   * against the run; fails at once if the document names a student or place that {@code
   * problem} does not have.
   *
   * @param problem the problem of the run
   * @return the responder
   */
  public AnswersResponder responder(MatchingProblem problem) {
    return new AnswersResponder(this, problem);
  }

  /**
   * A responder that notes every answer that does not fit the run, the unknown ids included,
   * and goes on with a neutral one; after the run, {@link AnswersResponder#checkAllAsked()}
   * throws them all at once (see {@link AnswersResponder#collectErrors()}). The run's proposal
   * counts only if that check passes.
   *
   * @param problem the problem of the run
   * @return the responder
   */
  public AnswersResponder collectingResponder(MatchingProblem problem) {
    return new AnswersResponder(this, problem, true);
  }

  /** The ids of {@code map} at {@code field}, each with its list; for the responder's checks. */
  List<Map.Entry<String, List<String>>> entries(String field) {
    return new ArrayList<>(section(field).entrySet());
  }

  SortedMap<String, List<String>> section(String field) {
    switch (field) {
      case "rankings":
        return rankings;
      case "studentOrders":
        return studentOrders;
      default:
        return placeOrders;
    }
  }
}
