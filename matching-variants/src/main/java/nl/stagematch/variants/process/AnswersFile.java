package nl.stagematch.variants.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;

/**
 * An answers document ({@code stagematch-answers/1}): the answers people gave, as data, for a
 * variant that asks them (see docs/variants.md, "Answers from people").
 *
 * <ul>
 *   <li>{@code student-choice} (V4): {@code rankings}, per student id the place ids she ranks,
 *       best first (places left out are not acceptable to her; {@code []} ranks none);
 *   <li>{@code two-by-two} (V2), after the meetings: {@code studentOrders}, per student the places
 *       she met, best first, and {@code placeOrders}, per place the students it met, best first
 *       ({@code []} is "no preference").
 * </ul>
 *
 * <p>Reading is strict: unknown fields, duplicate fields and wrong types are refused with the JSON
 * path. The answers are checked against a run by the {@link AnswersResponder} of {@link
 * #responder}: every error names the path and says what to do. Blind-shortlist picks (V3) are not
 * part of this format yet.
 */
public final class AnswersFile {
  /** The format name. */
  public static final String FORMAT = "stagematch-answers/1";
  /** The variant whose rankings the document holds. */
  public static final String STUDENT_CHOICE = "student-choice";
  /** The variant whose orders after the meetings the document holds. */
  public static final String TWO_BY_TWO = "two-by-two";

  private final String variant;
  private final SortedMap<String, List<String>> rankings;
  private final SortedMap<String, List<String>> studentOrders;
  private final SortedMap<String, List<String>> placeOrders;
  private final String sha256;

  private AnswersFile(String variant, Map<String, List<String>> rankings,
      Map<String, List<String>> studentOrders, Map<String, List<String>> placeOrders,
      String sha256) {
    this.variant = variant;
    this.rankings = copy(rankings);
    this.studentOrders = copy(studentOrders);
    this.placeOrders = copy(placeOrders);
    this.sha256 = sha256 != null ? sha256 : Json.sha256(toJson());
  }

  /** V4 answers: per student id, the place ids she ranks, best first. */
  public static AnswersFile ofRankings(Map<String, List<String>> rankings) {
    return new AnswersFile(STUDENT_CHOICE, rankings, Map.of(), Map.of(), null);
  }

  /** V2 answers: per student the places she met, per place the students it met, best first. */
  public static AnswersFile ofOrders(Map<String, List<String>> studentOrders,
      Map<String, List<String>> placeOrders) {
    return new AnswersFile(TWO_BY_TWO, Map.of(), studentOrders, placeOrders, null);
  }

  /**
   * Reads an answers document.
   *
   * @throws IllegalArgumentException naming the path of the first error ({@code $.rankings.S1[2]})
   */
  public static AnswersFile parse(String json) {
    Node doc = Node.parse(json, "the answers file");
    String format = doc.string("format");
    if (!FORMAT.equals(format)) {
      throw doc.error("format", "the document is a (" + SafeText.clean(format) + ") document, not an answers"
          + " file (" + FORMAT + ").\nMaybe set \"format\": \"" + FORMAT + "\".");
    }
    String variant = doc.string("variant");
    if (STUDENT_CHOICE.equals(variant)) {
      doc.allow("format", "variant", "rankings");
      return new AnswersFile(variant, lists(doc, "rankings"), Map.of(), Map.of(),
          Json.sha256(json));
    }
    if (TWO_BY_TWO.equals(variant)) {
      doc.allow("format", "variant", "studentOrders", "placeOrders");
      return new AnswersFile(variant, Map.of(), lists(doc, "studentOrders"),
          lists(doc, "placeOrders"), Json.sha256(json));
    }
    throw doc.error("variant", "answers for the variant (" + SafeText.clean(variant) + ") cannot be given as a"
        + " file.\nMaybe use " + STUDENT_CHOICE + " (rankings) or " + TWO_BY_TWO
        + " (orders after the meetings); blind-shortlist picks from a file are not supported"
        + " yet.");
  }

  /**
   * Reads an answers file (UTF-8, a leading byte order mark is skipped).
   *
   * @throws java.nio.file.FileSystemException when the file is missing, a directory or unreadable
   * @throws InputFiles.MalformedTextException when it is not UTF-8 (naming line and column)
   */
  public static AnswersFile read(Path file) throws IOException {
    return parse(InputFiles.readUtf8(file));
  }

  private static Map<String, List<String>> lists(Node doc, String field) {
    Node n = doc.object(field);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String id : n.raw().keySet()) {
      out.put(id, n.strings(id));
    }
    return out;
  }

  private static SortedMap<String, List<String>> copy(Map<String, List<String>> map) {
    SortedMap<String, List<String>> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableSortedMap(out);
  }

  /** The variant the answers are for: {@link #STUDENT_CHOICE} or {@link #TWO_BY_TWO}. */
  public String variant() {
    return variant;
  }

  /** V4: per student id, the place ids she ranks, best first; empty for V2. */
  public SortedMap<String, List<String>> rankings() {
    return rankings;
  }

  /** V2: per student id, the places she met, best first; empty for V4. */
  public SortedMap<String, List<String>> studentOrders() {
    return studentOrders;
  }

  /** V2: per place id, the students it met, best first; empty for V4. */
  public SortedMap<String, List<String>> placeOrders() {
    return placeOrders;
  }

  /**
   * The SHA-256 of the document as read (of {@link #toJson()} for one built in Java), as 64
   * lower-case hex digits; the responder's {@link AnswersResponder#name() name} carries it.
   */
  public String sha256() {
    return sha256;
  }

  /** The document, pretty-printed with sorted fields. */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("variant", variant);
    if (STUDENT_CHOICE.equals(variant)) {
      doc.put("rankings", new TreeMap<>(rankings));
    } else {
      doc.put("studentOrders", new TreeMap<>(studentOrders));
      doc.put("placeOrders", new TreeMap<>(placeOrders));
    }
    return Json.pretty(doc);
  }

  /**
   * A responder that answers the variant's questions from this document, checking every answer
   * against the run; fails at once if the document names a student or place that {@code
   * problem} does not have.
   */
  public AnswersResponder responder(MatchingProblem problem) {
    return new AnswersResponder(this, problem);
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
