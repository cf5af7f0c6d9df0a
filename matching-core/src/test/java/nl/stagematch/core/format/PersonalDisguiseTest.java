package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.result.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data in disguise (rule R1): personal words as map keys and in compound keys, personal
 * values as ids, keys and free text, and codes named after a protected ground. The expected
 * outcomes are written from docs/format.md ("Personal fields", "Ids"), not from the code.
 */
class PersonalDisguiseTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "naamStudent|name", "student_naam|name", "studentnaam|name", "StudentName|name",
      "student_bsn|citizen service number", "bsnNummer|citizen service number",
      "BSN|citizen service number", "sofinummer|citizen service number",
      "telnr|phone", "tel_nr|phone", "mobielNummer|phone", "telefoon-prive|phone",
      "mailadres|e-mail", "e_mail_adres|e-mail", "studentEmail|e-mail",
      "geboorte_datum|birth date", "student_date_of_birth|birth date", "Geboortedatum|birth date",
      "cv|CV", "CV-upload|CV", "geslacht|gender", "Geslacht_M_V|gender", "geslachtscode|gender",
      "leeftijdscategorie|age", "Religión|religion", "herkomstland|ethnicity",
      "religie|religion", "Gezondheid|health", "diagnose-adhd|health", "handicap|disability",
      "woonadres|address", "postcode_student|postcode", "paspoortnummer|identity document",
  })
  void personalKeysAreFoundInEveryDisguise(String key, String category) {
    assertEquals(Optional.of(category), PersonalFields.category(key), key);
  }

  /** The keys and codes of the sample cohort, the shipped examples and the CSV columns. */
  @ParameterizedTest
  @ValueSource(strings = {"B1-K1-W1", "B1-K2-W4", "P1-K1-W2", "B1-K3-W3", "2025-26", "2024-25",
      "fill-remaining", "open-hiring", "max-rounds", "shortlist-size", "weights.distance",
      "travel.speedKmh.BIKE", "masteryLevel", "tailored-supervision", "physically-accessible",
      "rolstoeltoegankelijk", "prikkelarm", "low-stimulus", "job-coach", "quiet-workspace",
      "capacity", "package", "homeCare", "home-care", "nursing-ward", "hospitality",
      "personal-care", "soort bedrijf", "dagen per week", "benodigde voorzieningen",
      "max reistijd", "breedtegraad", "lengtegraad", "pc4", "eerste stage", "afgemeld",
      "leerweg", "leerjaar", "werkprocessen", "competenties", "voorzieningen", "soort werk",
      "vrijgestelde sectoren", "minimale dekking", "alleen eerste stage", "schooljaar",
      "studentId", "placeId", "noteRef", "coordinator", "lotteryNumbers", "schools"})
  void domainWordsAreNotPersonal(String key) {
    assertEquals(Optional.empty(), PersonalFields.category(key), key);
    assertEquals(Optional.empty(), PersonalFields.protectedGround(key), key);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "autisme|health", "autisme-vriendelijk|health", "gender-neutral|gender",
      "disability-friendly|disability", "religie-islam|religion", "leeftijd-18-plus|age",
      "nationaliteit-nl|nationality", "medical|health", "migratieachtergrond|ethnicity"})
  void codesNamedAfterAProtectedGround(String code, String ground) {
    assertEquals(Optional.of(ground), PersonalFields.protectedGround(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"medical-devices", "origin-tracking", "race-track", "wheelchair-lift",
      "ground-floor", "hearing-loop", "prayer-room", "disability-care"})
  void codesThatOnlyResembleAGround(String code) {
    // disability-care is a kind of work, which is not checked; as a feature it names the ground
    Optional<String> expected = code.equals("disability-care") ? Optional.of("disability")
        : Optional.empty();
    assertEquals(expected, PersonalFields.protectedGround(code), code);
  }

  // ---- the problem reader

  private static String minimal() {
    return Fixtures.text("minimal.json");
  }

  private static List<String> problemErrors(String from, String to) {
    String json = minimal();
    assertTrue(json.contains(from), from);
    return Fixtures.errorsOfText(json.replace(from, to));
  }

  @Test
  void aCompoundPersonalKeyInCompetencesIsRefusedAtItsPath() {
    List<String> lines = problemErrors("\"competences\": {\"B1-K1-W1\": 2}",
        "\"competences\": {\"B1-K1-W1\": 2, \"naamStudent\": 3}");
    assertEquals(List.of("$.students[1].competences.naamStudent: the field \"naamStudent\" is a"
        + " personal characteristic (name) and is never accepted in matching input (rule R1)."
        + " Remove it; matching uses only the learning wish, competences and what the company"
        + " offers."), lines);
  }

  @Test
  void aPersonalKeyInWorkProcessesAndParticipationIsRefused() {
    List<String> lines = problemErrors("\"B1-K1-W2\": 2, \"B1-K1-W1\": 0.5",
        "\"B1-K1-W2\": 2, \"student_bsn\": 0.5");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("$.students[0].wish.workProcesses.student_bsn: "),
        lines.get(0));
    assertTrue(lines.get(0).contains("(citizen service number)"), lines.get(0));
    List<String> participation = problemErrors("\"2024-25\": \"OPTED_OUT\"",
        "\"geslacht\": \"OPTED_OUT\"");
    assertTrue(participation.get(0).startsWith("$.companies[0].participation.geslacht: "),
        participation.toString());
  }

  @Test
  void aKeyThatIsAPhoneNumberIsRefusedAndItsPathShowsOnlyTheShape() {
    List<String> lines = problemErrors("\"B1-K1-W2\": 2,", "\"06-12345678\": 2,");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("$.students[0].wish.workProcesses['99-99999999']: a field"
        + " name or key has the shape of a phone number (99-99999999)"), lines.get(0));
    assertFalse(lines.get(0).contains("12345678"), lines.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"id\": \"S-0002\"|\"id\": \"Jan.de.Vries\"|$.students[0].id|a person's name (Aaa.aa.Aaaaa)",
      "\"id\": \"S-0001\"|\"id\": \"111222333\"|$.students[1].id|a citizen service number (BSN)"
          + " (999999999)",
      "\"id\": \"S-0001\"|\"id\": \"jan@school.nl\"|$.students[1].id|an e-mail address"
          + " (aaa@aaaaaa.aa)",
      "\"id\": \"P-02\"|\"id\": \"+31612345678\"|$.places[1].id|a phone number (+99999999999)",
  })
  void anIdThatIsPersonalIsRefusedAtItsPathWithItsShapeOnly(String from, String to, String path,
      String found) {
    List<String> lines = problemErrors(from, to);
    String line = lines.stream().filter(l -> l.startsWith(path + ": ")).findFirst()
        .orElseThrow(() -> new AssertionError(lines.toString()));
    assertTrue(line.contains("has the shape of " + found), line);
    assertTrue(line.endsWith("Maybe use a pseudonymous id, such as S-0001; see"
        + " docs/format.md#ids."), line);
    String value = to.substring(to.indexOf(": \"") + 3, to.length() - 1);
    lines.forEach(l -> assertFalse(l.contains(value), l));
  }

  /** The example in docs/format.md#ids is what the reader says. */
  @Test
  void theDocumentedExampleIsWhatTheReaderSays() throws IOException {
    List<String> lines = problemErrors("\"id\": \"S-0002\"", "\"id\": \"Jan.de.Vries\"");
    String documented = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("..", "docs", "format.md")).stream()
        .filter(l -> l.startsWith("$.students[0].id: The id of a student has the shape"))
        .findFirst().orElseThrow();
    assertEquals(List.of(documented), lines);
  }

  @Test
  void aCompanyIdMayBeATradeName() throws IOException {
    String json = minimal().replace("C-01", "Bakkerij_De_Vries");
    MatchingProblem problem = ProblemJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Bakkerij_De_Vries", problem.companies().get(0).id());
  }

  @Test
  void aFeatureNamedAfterAProtectedGroundIsRefusedButSupportFeaturesLoad() throws IOException {
    List<String> lines = problemErrors(
        "\"features\": [\"physically-accessible\", \"tailored-supervision\"]",
        "\"features\": [\"physically-accessible\", \"autisme\"]");
    assertEquals(List.of("$.places[0].features[1]: the code \"autisme\" (a place feature) names a"
        + " protected ground (health), which is personal and never accepted in matching input"
        + " (rule R1). Maybe write what the place offers instead, such as physically-accessible"
        + " or low-stimulus (see docs/format.md#ids)."), lines);
    List<String> wish = problemErrors("\"requiredFeatures\": [\"tailored-supervision\",",
        "\"requiredFeatures\": [\"gender-neutral\",");
    assertTrue(wish.get(0).startsWith("$.students[1].wish.requiredFeatures[0]: "), wish.get(0));
    String supported = minimal().replace("\"tailored-supervision\", \"physically-accessible\"",
        "\"rolstoeltoegankelijk\", \"prikkelarm\"");
    MatchingProblem problem = ProblemJson.read(
        new ByteArrayInputStream(supported.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("prikkelarm", "rolstoeltoegankelijk"),
        List.copyOf(problem.students().get(1).wish().requiredFeatures()));
  }

  @Test
  void theSampleCohortStillLoads() throws IOException {
    assertTrue(SampleCohort.load().students().size() > 1000);
  }

  // ---- the result reader

  private static List<String> resultErrors(String from, String to) {
    String json = Fixtures.text("result.json");
    assertTrue(json.contains(from), from);
    byte[] bytes = json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    return assertThrows(JsonFormatException.class,
        () -> ResultJson.read(new ByteArrayInputStream(bytes))).lines();
  }

  @Test
  void theResultReaderRefusesPersonalIdsKeysAndDetails() {
    List<String> id = resultErrors("{\"studentId\": \"S-0002\"", "{\"studentId\": \"K.Jansen\"");
    assertTrue(id.get(0).startsWith("$.placements[0].studentId: The id of the student of a"
        + " placement has the shape of a person's name (A.Aaaaaa)"), id.toString());
    List<String> key = resultErrors("\"S-0003\": 0}", "\"123456782\": 0}");
    assertTrue(key.get(0).startsWith("$.lotteryNumbers['999999999']: a field name or key has the"
        + " shape of a citizen service number (BSN)"), key.toString());
    key.forEach(l -> assertFalse(l.contains("123456782"), l));
    List<String> detail = resultErrors("\"detail\": \"TRAVEL\"",
        "\"detail\": \"TRAVEL, belde 06 1234 5678\"");
    assertTrue(detail.get(0).startsWith("$.unplaced[1].detail: The text of the detail of unplaced"
        + " student (S-0003) contains what has the shape of a phone number"), detail.toString());
    assertFalse(detail.get(0).contains("1234"), detail.get(0));
  }

  @Test
  void theBuiltInDetailsAreNotPersonal() throws IOException {
    MatchResult result = ResultJson.read(new ByteArrayInputStream(
        Fixtures.bytes("result.json")));
    assertEquals(Optional.empty(), Pseudonyms.personalInText(result.unplaced().get(1).detail()));
  }
}
