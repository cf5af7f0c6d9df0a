package nl.stagematch.bench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;

/**
 * The schools file of {@code match --schools} and {@code explain --schools}: student id to
 * school id, as lines {@code studentId,schoolId} (or {@code ;}; blank lines and lines starting
 * with {@code #} skipped) or as a JSON object {@code {"studentId": "schoolId"}}.
 *
 * <p>One reader for both commands, so that both refuse the same: every entry is checked where it
 * stands, and an error names the file and the line (for the JSON form the line of the key), never
 * repeating a personal value. Refused are a student id or school id that is personal data (a
 * personal characteristic as a key, such as {@code naam}; a BSN, a phone number, an e-mail
 * address, a person's name: rule R1, shown by its {@linkplain Pseudonyms#shape shape} only), a
 * student the problem does not have, a student given two schools, and a school id outside the id
 * grammar of a pseudonym (docs/format.md, "Ids"): markup, a control character or a line break in
 * a school id is refused, never turned into a file name or a page.
 */
final class SchoolsFile {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private SchoolsFile() {}

  /** One entry: its line in the file, the student id and the school id. */
  private record Entry(long line, String student, String school) {}

  /**
   * Reads {@code file}; see the class description.
   *
   * @param problem the problem whose students the file may name, or {@code null} to take any
   * @param explain whether to give the tips of explain (which also reads the JSON form)
   * @return student id to school id, in the order of the file
   */
  static Map<String, String> read(Path file, MatchingProblem problem, boolean explain) throws IOException, UsageException {
    String text = InputFiles.readUtf8(file);
    List<Entry> entries = text.stripLeading().startsWith("{") ? json(file, text)
        : lines(file, text, explain);
    Map<String, String> schools = new LinkedHashMap<>();
    for (Entry e : entries) {
      check(file, e, problem);
      String earlier = schools.put(e.student, e.school);
      if (earlier != null) {
        throw new UsageException(explain ? CliMessage.CLI_SCHOOLS_SECOND_SCHOOL_TIP
            : CliMessage.CLI_SCHOOLS_SECOND_SCHOOL, e.line, file, SafeText.clean(e.student),
            SafeText.clean(e.school), SafeText.clean(earlier));
      }
    }
    return schools;
  }

  private static List<Entry> lines(Path file, String text, boolean explain)
      throws UsageException {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[,;]", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new UsageException(explain ? CliMessage.CLI_SCHOOLS_BAD_LINE_JSON_TIP
            : CliMessage.CLI_SCHOOLS_BAD_LINE, i + 1, file, SafeText.clean(line));
      }
      entries.add(new Entry(i + 1, parts[0].trim(), parts[1].trim()));
    }
    return entries;
  }

  private static List<Entry> json(Path file, String text) throws IOException, UsageException {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new UsageException(CliMessage.CLI_SCHOOLS_NOT_OBJECT, file);
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        long line = parser.currentTokenLocation().getLineNr();
        String student = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
          refusePersonalKey(file, line, student);
          throw new UsageException(CliMessage.CLI_SCHOOLS_BLANK, SafeText.clean(student), file);
        }
        entries.add(new Entry(line, student, parser.getText().trim()));
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new UsageException(CliMessage.CLI_SCHOOLS_NOT_OBJECT, file);
      }
    } catch (JsonProcessingException e) {
      throw new UsageException(CliMessage.CLI_SCHOOLS_BAD_JSON, file,
          SafeText.clean(e.getOriginalMessage(), 200));
    }
    return entries;
  }

  private static void check(Path file, Entry e, MatchingProblem problem)
      throws UsageException {
    refusePersonalKey(file, e.line, e.student);
    personalId(file, e.line, e.student, Pseudonyms.Kind.STUDENT, CliMessage.CLI_SCHOOLS_A_STUDENT);
    personalId(file, e.line, e.school, Pseudonyms.Kind.SCHOOL, CliMessage.CLI_SCHOOLS_A_SCHOOL);
    if (!Pseudonyms.isWellFormed(e.school)) {
      throw new UsageException(CliMessage.CLI_SCHOOLS_AT_LINE, e.line, file, Message.of(
          CoreMessage.MODEL_BAD_ID, SafeText.clean(e.school),
          Message.of(CliMessage.CLI_SCHOOLS_A_SCHOOL)));
    }
    if (problem != null && problem.student(e.student).isEmpty()) {
      throw new UsageException(CliMessage.CLI_SCHOOLS_UNKNOWN_STUDENT_AT, e.line, file,
          SafeText.clean(e.student));
    }
  }

  /** Refuses a student id that is the name of a personal characteristic (rule R1). */
  private static void refusePersonalKey(Path file, long line, String key) throws UsageException {
    Optional<String> category = ProblemJson.personalCategory(key);
    if (category.isPresent()) {
      throw new UsageException(CliMessage.CLI_SCHOOLS_PERSONAL_ID, line, file, Message.of(
          CoreMessage.JSON_PERSONAL_FIELD, SafeText.clean(key),
          ProblemJson.personalCategoryText(category.get())));
    }
  }

  /** Refuses an id that looks like personal data, showing its shape only. */
  private static void personalId(Path file, long line, String id, Pseudonyms.Kind kind,
      CliMessage what) throws UsageException {
    Optional<String> personal = Pseudonyms.personalShape(id, kind);
    if (personal.isPresent()) {
      throw new UsageException(CliMessage.CLI_SCHOOLS_PERSONAL_ID, line, file,
          Message.of(CoreMessage.MODEL_PERSONAL_ID, Message.of(what),
              Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id)));
    }
  }
}
