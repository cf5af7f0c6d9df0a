package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named invalid fixtures under {@code invalid/}: each is refused with every error, each error
 * with its path and a message that names the thing, shows the value and suggests a fix.
 */
class InvalidProblemJsonTest {
  private static final String R1_TAIL = " is never accepted in matching input (rule R1). Remove"
      + " it; matching uses only the learning wish, competences and what the company offers.";

  private static void assertLine(String expectedStart, String line) {
    assertTrue(line.startsWith(expectedStart), () -> "expected a line starting with\n  "
        + expectedStart + "\nbut was\n  " + line);
  }

  @Test
  void duplicateIds() {
    List<String> errors = Fixtures.errors("invalid/duplicate-ids.json");
    assertEquals(List.of(
        "$.students[1].id: The id (S-0002) of student 1 is also the id of student 0"
            + " ($.students[0]). Maybe give each student its own pseudonymous id, or remove the"
            + " copy.",
        "$.places[1].id: The id (P-01) of place 1 is also the id of place 0 ($.places[0])."
            + " Maybe give each place its own pseudonymous id, or remove the copy."), errors);
  }

  @Test
  void placeOfAnUnknownCompany() {
    assertEquals(List.of("$.places[1].companyId: The company (C-99) of place (P-02) is unknown."
        + " Maybe add the company to the companies, or correct the id."),
        Fixtures.errors("invalid/unknown-company.json"));
  }

  @Test
  void zeroAndNegativeCapacity() {
    assertEquals(List.of("$.places[0].capacity: The capacity (0) of place (P-01) must be positive."
        + " Maybe remove the place or set capacity >= 1."),
        Fixtures.errors("invalid/zero-capacity.json"));
    assertEquals(List.of("$.places[1].capacity: The capacity (-3) of place (P-02) must be positive."
        + " Maybe remove the place or set capacity >= 1."),
        Fixtures.errors("invalid/negative-capacity.json"));
  }

  @Test
  void periodEndBeforeStart() {
    assertEquals(List.of("$.students[0].wish.period.end: The period end (2026-02-02) is before its"
        + " start (2026-06-26). Maybe swap the two dates."),
        Fixtures.errors("invalid/period-end-before-start.json"));
  }

  @Test
  void malformedCrebo() {
    assertEquals(List.of("$.places[0].qualification.crebo: The crebo code (2518A) must be exactly 5"
        + " digits. Maybe look the code up in the qualification file (kwalificatiedossier),"
        + " e.g. 25180."), Fixtures.errors("invalid/malformed-crebo.json"));
  }

  @Test
  void weightThatIsNegativeOrNotANumber() {
    assertEquals(List.of("$.students[0].wish.workProcesses.B1-K1-W2: The weight (-1.0) of work"
        + " process (B1-K1-W2) in the learning wish for qualification (25180/2) must be a finite"
        + " number >= 0. Maybe use 1.0 for a normal wish and 0 to keep it without weight."),
        Fixtures.errors("invalid/negative-weight.json"));
    assertEquals(List.of("$.students[0].wish.workProcesses.B1-K1-W2: expected a number (a"
        + " work-process weight) but found the string \"NaN\". Maybe write the number without"
        + " quotes; NaN and infinity are not numbers."),
        Fixtures.errors("invalid/nan-weight.json"));
    assertEquals(List.of("$.students[0].wish.workProcesses.B1-K1-W1: expected a number (a"
        + " work-process weight) but found the string \"heavy\". Maybe write the number without"
        + " quotes; NaN and infinity are not numbers."),
        Fixtures.errors("invalid/string-weight.json"));
  }

  @Test
  void deeplyNestedJson() {
    List<String> errors = Fixtures.errors("invalid/deeply-nested.json");
    assertEquals(2, errors.size(), errors.toString());
    assertLine("$.students[0].extra: unknown field \"extra\" in a student.", errors.get(0));
    assertLine("$.students[0].extra[0][0]", errors.get(1));
    assertTrue(errors.get(1).endsWith("[0]: the document is nested deeper than the limit of 64"
        + " levels (ReadOptions.maxDepth). Maybe remove the extra nesting; a valid document"
        + " needs at most 6 levels."), errors.get(1));
  }

  @Test
  void personalFieldAtTheTopLevel() {
    assertEquals(List.of("$.name: the field \"name\" is a personal characteristic (name) and"
        + R1_TAIL), Fixtures.errors("invalid/personal-top-level.json"));
  }

  @Test
  void personalFieldInsideAStudent() {
    assertEquals(List.of("$.students[1].firstName: the field \"firstName\" is a personal"
        + " characteristic (name) and" + R1_TAIL),
        Fixtures.errors("invalid/personal-in-student.json"));
  }

  @Test
  void personalFieldInsideTheWish() {
    assertEquals(List.of("$.students[1].wish.naam: the field \"naam\" is a personal"
        + " characteristic (name) and" + R1_TAIL),
        Fixtures.errors("invalid/personal-in-wish.json"));
  }

  @Test
  void personalFieldsInDutch() {
    assertEquals(List.of(
        "$.students[0].geboortedatum: the field \"geboortedatum\" is a personal characteristic"
            + " (birth date) and" + R1_TAIL,
        "$.companies[0].woonplaats: the field \"woonplaats\" is a personal characteristic (city"
            + " of residence) and" + R1_TAIL,
        "$.places[1].Telefoon: the field \"Telefoon\" is a personal characteristic (phone) and"
            + R1_TAIL), Fixtures.errors("invalid/personal-dutch.json"));
  }

  @Test
  void personalFieldsInsideUnknownValuesAndMapKeys() {
    List<String> errors = Fixtures.errorsOfText(Fixtures.text("minimal.canonical.json")
        .replace("\"competences\": {}", "\"competences\": {\"E-Mail\": 3},"
            + " \"notes\": [{\"x\": {\"date_of_birth\": \"2009-01-01\"}}]"));
    assertEquals(3, errors.size(), errors.toString());
    assertLine("$.students[0].competences.E-Mail: the field \"E-Mail\" is a personal"
        + " characteristic (e-mail)", errors.get(0));
    assertLine("$.students[0].notes: unknown field \"notes\" in a student.", errors.get(1));
    assertLine("$.students[0].notes[0].x.date_of_birth: the field \"date_of_birth\" is a"
        + " personal characteristic (birth date)", errors.get(2));
  }

  @Test
  void threeDifferentErrorsAreAllReported() {
    assertEquals(List.of(
        "$.students[0].wish.companyKinds: unknown field \"companyKinds\" in a learning wish."
            + " Maybe you meant \"companyKind\"? The known fields are: companyKind, period,"
            + " qualification, requiredFeatures, travelLimit, workKind, workProcesses.",
        "$.companies[0].recognitions[0].qualification.crebo: The crebo code (251) must be exactly 5"
            + " digits. Maybe look the code up in the qualification file (kwalificatiedossier),"
            + " e.g. 25180.",
        "$.places[0].capacity: The capacity (-1) of place (P-01) must be positive. Maybe remove"
            + " the place or set capacity >= 1."), Fixtures.errors("invalid/three-errors.json"));
  }

  /**
   * Element errors and cross-field errors together: the duplicate id is reported with the
   * document's positions although an element before it was dropped, and the place of the dropped
   * company is not reported again as a place of an unknown company.
   */
  @Test
  void elementErrorsAndCrossFieldErrorsTogether() {
    List<String> errors = Fixtures.errors("invalid/errors-and-cross-field.json");
    assertEquals(3, errors.size(), errors.toString());
    assertLine("$.students[1].studyYear: The study year (9) of student (S-0001) must be 1 to 4.",
        errors.get(0));
    assertLine("$.companies[1].sector: The sector of company (C-02) (Care Home) must be a code",
        errors.get(1));
    assertLine("$.students[2].id: The id (S-0002) of student 2 is also the id of student 0"
        + " ($.students[0]).", errors.get(2));
  }

  /** A broken policy does not hide the errors between elements. */
  @Test
  void policyErrorAndCrossFieldError() {
    List<String> errors = Fixtures.errorsOfText(Fixtures.text("invalid/unknown-company.json")
        .replace("\"schoolYear\": \"2025-26\"", "\"schoolYear\": \"2025-2026\""));
    assertEquals(List.of(
        "$.policy.schoolYear: The school year (2025-2026) must be written as YYYY-YY with"
            + " consecutive years. Maybe write it as 2025-26.",
        "$.places[1].companyId: The company (C-99) of place (P-02) is unknown. Maybe add the"
            + " company to the companies, or correct the id."), errors);
  }

  @Test
  void unknownField() {
    assertEquals(List.of("$.students[1].wish.companyKinds: unknown field \"companyKinds\" in a"
        + " learning wish. Maybe you meant \"companyKind\"? The known fields are: companyKind,"
        + " period, qualification, requiredFeatures, travelLimit, workKind, workProcesses."),
        Fixtures.errors("invalid/unknown-field.json"));
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    assertEquals(List.of("$.students[0]: the document is not valid JSON at line 21, column 7:"
        + " Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
        + " entries. Maybe look for a missing comma, quote or bracket just before that place."),
        Fixtures.errors("invalid/malformed.json"));
  }

  @Test
  void aResultDocumentIsNotAProblem() {
    assertEquals(List.of("$.format: the format is \"stagematch-result/1\" but this reader reads"
        + " \"stagematch-problem/1\". Maybe this is a result document; give a problem"
        + " document."), Fixtures.errors("invalid/wrong-format.json"));
  }

  @Test
  void missingAndNullRequiredFields() {
    List<String> errors = Fixtures.errorsOfText("{\"format\": \"stagematch-problem/1\","
        + " \"policy\": null, \"students\": [{\"id\": \"S-1\"}], \"companies\": []}");
    assertEquals(List.of(
        "$.policy: the required field \"policy\" of a problem document is null. Maybe give it a"
            + " value; see docs/format.md.",
        "$.students[0]: the required field \"track\" is missing from a student. Maybe add it;"
            + " see docs/format.md.",
        "$.students[0]: the required field \"studyYear\" is missing from a student. Maybe add"
            + " it; see docs/format.md.",
        "$.students[0]: the required field \"wish\" is missing from a student. Maybe add it;"
            + " see docs/format.md.",
        "$: the required field \"places\" is missing from a problem document. Maybe add it;"
            + " see docs/format.md."), errors);
  }

  @Test
  void sizeLimitFromAStreamAndFromAFile(@TempDir Path dir) throws IOException {
    byte[] json = Fixtures.bytes("minimal.canonical.json");
    ReadOptions small = ReadOptions.builder().maxDocumentBytes(1000).build();
    assertEquals(List.of("$: the document is larger than the limit of 1,000 bytes"
        + " (ReadOptions.maxDocumentBytes). Maybe split the cohort into several documents, or"
        + " raise the limit with ReadOptions.builder().maxDocumentBytes(...)."),
        Fixtures.errors(json, small));
    Path file = dir.resolve("cohort.json");
    Files.write(file, json);
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> ProblemJson.read(file, small));
    assertEquals(List.of("$: the document (" + String.format(java.util.Locale.ROOT, "%,d",
        json.length) + " bytes) is larger than the limit of 1,000 bytes"
        + " (ReadOptions.maxDocumentBytes). Maybe split the cohort into several documents, or"
        + " raise the limit with ReadOptions.builder().maxDocumentBytes(...)."), e.lines());
  }

  /** One student with very many work processes stops at the limit for lists inside elements. */
  @Test
  void tooManyWorkProcessesInOneWish() {
    StringBuilder processes = new StringBuilder();
    for (int i = 0; i < 10_001; i++) {
      processes.append(i == 0 ? "" : ", ").append("\"W-").append(i).append("\": 1");
    }
    List<String> errors = Fixtures.errorsOfText(Fixtures.text("minimal.canonical.json")
        .replace("\"workProcesses\": {\"B1-K1-W1\": 0.5, \"B1-K1-W2\": 2.0}",
            "\"workProcesses\": {" + processes + "}"));
    assertEquals(List.of("$.students[0].wish.workProcesses.W-10000: there are more than 10,000"
        + " entries in the work processes (ReadOptions.maxInnerSize). Maybe split the document,"
        + " or raise the limit."), errors);
  }

  /** Many invalid students: the first errors in full, the rest counted, nothing kept. */
  @Test
  void errorsBeyondTheCapAreCounted() {
    StringBuilder json = new StringBuilder("{\"format\": \"stagematch-problem/1\", \"policy\":"
        + " {\"schoolYear\": \"2025-26\"}, \"companies\": [], \"places\": [], \"students\": [");
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"S-").append(i)
          .append("\", \"track\": \"BXL\", \"studyYear\": 1}");
    }
    json.append("]}");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> ProblemJson.read(
        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8))));
    assertEquals(2L * n, e.errorCount());
    assertEquals(100, e.errors().size());
    List<String> lines = e.lines();
    assertEquals(101, lines.size());
    assertEquals("... and 99,900 more errors", lines.get(100));
    assertLine("$.students[0].track: unknown value \"BXL\" for the track; the known values are"
        + " BOL, BBL.", lines.get(0));
    assertEquals("$.students[0]: the required field \"wish\" is missing from a student. Maybe"
        + " add it; see docs/format.md.", lines.get(1));
    assertTrue(e.getMessage().startsWith("The document has 100,000 errors:\n$.students[0].track"),
        e.getMessage());
  }
}
