package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict reading of group and schools files (docs/research.md). */
class ResearchAttributesTest {
  private static final MatchingProblem SAMPLE = SampleCohort.load();

  @TempDir Path dir;

  /** Every student of the sample with flag 1 for every third one, 0 for the rest. */
  static String groupFile(String header, String separator) {
    StringBuilder sb = new StringBuilder(header);
    List<Student> students = SAMPLE.students();
    for (int i = 0; i < students.size(); i++) {
      sb.append(students.get(i).id()).append(separator).append(i % 3 == 0 ? "1" : "0")
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void readsTheFlagsWithOrWithoutAHeader() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < SAMPLE.students().size(); i += 3) {
      expected.add(SAMPLE.students().get(i).id());
    }
    String[][] variants = {{"", ","}, {"student,group\n", ","},
        {"# exported 2026\nSTUDENT;Group\n", ";"}, {"\uFEFF", ","}, {"\n\n", ";"}};
    for (String[] v : variants) {
      Path file = dir.resolve("group.csv");
      Files.writeString(file, groupFile(v[0], v[1]));
      assertEquals(expected, ResearchAttributes.readGroup(file, SAMPLE), v[0] + v[1]);
    }
  }

  @Test
  void readsSchools() throws IOException {
    Path file = dir.resolve("schools.csv");
    StringBuilder sb = new StringBuilder("student,school\r\n");
    for (Student s : SAMPLE.students()) {
      sb.append(s.id()).append(",ROC-").append(s.id().hashCode() & 1).append("\r\n");
    }
    Files.writeString(file, sb);
    Map<String, String> schools = ResearchAttributes.readSchools(file, SAMPLE);
    assertEquals(SAMPLE.students().size(), schools.size());
    String id = SAMPLE.students().get(5).id();
    assertEquals("ROC-" + (id.hashCode() & 1), schools.get(id));
  }

  /** The file with line {@code line} (from 1, after no header) replaced by {@code text}. */
  private Path withLine(int line, String text) throws IOException {
    List<String> lines = new ArrayList<>(groupFile("", ",").lines().toList());
    lines.set(line - 1, text);
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static ResearchOptionException refused(Path file) {
    return assertThrows(ResearchOptionException.class,
        () -> ResearchAttributes.readGroup(file, SAMPLE));
  }

  @Test
  void aLineWithoutTwoFieldsIsRefusedWithItsNumber() throws IOException {
    Path file = withLine(4, "S-0004");
    ResearchOptionException e = refused(file);
    assertEquals("ATTRIBUTE_FILE_FIELDS", e.messages().get(0).code());
    assertTrue(e.getMessage().startsWith("Line 4 of " + file + " (S-0004) must be"
        + " studentId,0|1"), e.getMessage());
  }

  @Test
  void aFlagOtherThanZeroOrOneIsRefused() throws IOException {
    String id = SAMPLE.students().get(1).id();
    ResearchOptionException e = refused(withLine(2, id + ",yes"));
    assertEquals("GROUP_FILE_FLAG", e.messages().get(0).code());
    assertTrue(e.getMessage().contains("Line 2 of ") && e.getMessage().contains("the group (yes)"
        + " of student (" + id + ") must be 1"), e.getMessage());
    assertTrue(e.lines(Message.DUTCH).get(0).contains("moet 1 (in de groep) of 0"),
        e.lines(Message.DUTCH).toString());
  }

  @Test
  void aPersonalIdIsRefusedByItsShapeOnly() throws IOException {
    ResearchOptionException e = refused(withLine(7, "111222333,1"));
    assertEquals("ATTRIBUTE_FILE_LINE", e.messages().get(0).code());
    assertTrue(e.getMessage().contains("Line 7 of ") && e.getMessage().contains("citizen service"
        + " number"), e.getMessage());
    assertFalse(e.getMessage().contains("111222333"), e.getMessage());
    ResearchOptionException malformed = refused(withLine(8, "S 0008,1"));
    assertTrue(malformed.getMessage().contains("The id (S 0008) of a student must be 1 to 64"
        + " characters"), malformed.getMessage());
  }

  @Test
  void anUnknownOrRepeatedStudentIsRefused() throws IOException {
    ResearchOptionException unknown = refused(withLine(3, "S-NOBODY,0"));
    assertEquals("ATTRIBUTE_FILE_UNKNOWN_STUDENT", unknown.messages().get(0).code());
    assertTrue(unknown.getMessage().contains("Line 3 of ") && unknown.getMessage().contains(
        "names a student (S-NOBODY) who is not in the cohort"), unknown.getMessage());
    String first = SAMPLE.students().get(0).id();
    ResearchOptionException twice = refused(withLine(9, first + ",1"));
    assertEquals("ATTRIBUTE_FILE_TWICE", twice.messages().get(0).code());
    assertTrue(twice.getMessage().contains("names student (" + first + ") again (earlier on line"
        + " 1)"), twice.getMessage());
  }

  @Test
  void aStudentWithoutALineIsRefused() throws IOException {
    Path file = dir.resolve("short.csv");
    List<String> lines = groupFile("", ",").lines().toList();
    Files.writeString(file, String.join("\n", lines.subList(0, lines.size() - 2)));
    ResearchOptionException e = refused(file);
    assertEquals("ATTRIBUTE_FILE_INCOMPLETE", e.messages().get(0).code());
    int n = SAMPLE.students().size();
    assertTrue(e.getMessage().contains("gives 2 of the " + n + " students of the cohort no value"),
        e.getMessage());
    assertEquals(e.lines(Locale.ENGLISH).size(), 2);
  }
}
