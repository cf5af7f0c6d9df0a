package nl.stagematch.bench.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.Student;

/**
 * Reads the research attributes a researcher holds beside a cohort, keyed by pseudonymous student
 * id: the group flag ({@code compare --group FILE}) and the school ({@code compare --schools
 * FILE}). They are joined to the cohort as a {@link ResearchCohort}, never put into the {@link
 * MatchingProblem}: the variants cannot see them (the school goes only to a variant that divides
 * places among schools, as with {@code match --schools}).
 *
 * <p>The format (docs/research.md): UTF-8 text, one student per line, two fields separated by
 * {@code ,} or {@code ;}: the student's id, then {@code 1} (in the group) or {@code 0} (not), or
 * the school's id. Blank lines and lines starting with {@code #} are skipped, and so is a first
 * line {@code student,group} or {@code student,school} (a header, any case). Reading is strict:
 * every id is a pseudonym ({@link Pseudonyms}; a value with the shape of personal data is shown by
 * its shape only), every student of the cohort has exactly one line, and no line names a student
 * outside the cohort. Every error is a coded {@link ResearchOptionException} naming the line.
 */
public final class ResearchAttributes {
  private ResearchAttributes() {}

  /**
   * The ids of the students in the group, from a group file for {@code problem}.
   *
   * @throws ResearchOptionException for a malformed line, an id that is not a pseudonym, a flag
   *     other than 0 or 1, an unknown or repeated student, or a student of the cohort without a
   *     line
   * @throws IOException if the file cannot be read
   */
  public static Set<String> readGroup(Path file, MatchingProblem problem) throws IOException {
    Map<String, String> values = read(file, problem, "group", "studentId,0|1", null);
    Set<String> group = new TreeSet<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue().equals("1")) {
        group.add(e.getKey());
      }
    }
    return group;
  }

  /**
   * The school of every student, from a schools file for {@code problem}.
   *
   * @throws ResearchOptionException for a malformed line, an id that is not a pseudonym, an
   *     unknown or repeated student, or a student of the cohort without a line
   * @throws IOException if the file cannot be read
   */
  public static Map<String, String> readSchools(Path file, MatchingProblem problem)
      throws IOException {
    return read(file, problem, "school", "studentId,schoolId", Pseudonyms.Kind.SCHOOL);
  }

  private static Map<String, String> read(Path file, MatchingProblem problem, String header,
      String shape, Pseudonyms.Kind valueKind) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Student s : problem.students()) {
      ids.add(s.id());
    }
    List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").split("\r?\n", -1));
    Map<String, String> values = new TreeMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[,;]", -1);
      if (first && parts.length == 2 && parts[0].strip().equalsIgnoreCase("student")
          && parts[1].strip().equalsIgnoreCase(header)) {
        first = false;
        continue;
      }
      first = false;
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_FIELDS, n, file,
            SafeText.clean(line), shape);
      }
      String id = parts[0].strip();
      String value = parts[1].strip();
      pseudonym(file, n, id, Pseudonyms.Kind.STUDENT, ResearchMessage.ATTRIBUTE_A_STUDENT);
      if (valueKind == null) {
        if (!value.equals("0") && !value.equals("1")) {
          throw new ResearchOptionException(ResearchMessage.GROUP_FILE_FLAG, n, file,
              SafeText.clean(value), id);
        }
      } else {
        pseudonym(file, n, value, valueKind, ResearchMessage.ATTRIBUTE_A_SCHOOL);
      }
      if (!ids.contains(id)) {
        throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_UNKNOWN_STUDENT, n,
            file, id);
      }
      Integer earlier = lineOf.putIfAbsent(id, n);
      if (earlier != null) {
        throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_TWICE, n, file, id,
            earlier);
      }
      values.put(id, value);
    }
    if (values.size() != ids.size()) {
      List<String> missing = new ArrayList<>();
      for (String id : ids) {
        if (!values.containsKey(id) && missing.size() < 3) {
          missing.add(id);
        }
      }
      throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_INCOMPLETE, file,
          ids.size() - values.size(), ids.size(), String.join(", ", missing));
    }
    return values;
  }

  /** Refuses an id that is not a pseudonym; a personal one is shown by its shape only. */
  private static void pseudonym(Path file, int line, String id, Pseudonyms.Kind kind,
      ResearchMessage what) {
    Optional<String> personal = Pseudonyms.personalShape(id, kind);
    if (personal.isPresent()) {
      throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_LINE, line, file,
          Message.of(CoreMessage.MODEL_PERSONAL_ID, Message.of(what),
              Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id)));
    }
    if (!Pseudonyms.isWellFormed(id)) {
      throw new ResearchOptionException(ResearchMessage.ATTRIBUTE_FILE_LINE, line, file,
          Message.of(CoreMessage.MODEL_BAD_ID, SafeText.clean(id), Message.of(what)));
    }
  }
}
