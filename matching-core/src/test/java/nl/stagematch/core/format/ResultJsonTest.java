package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import org.junit.jupiter.api.Test;

/** The result format: golden round trip and invalid results. */
class ResultJsonTest {

  private static MatchResult read(String name) throws IOException {
    return ResultJson.read(new ByteArrayInputStream(Fixtures.bytes(name)));
  }

  private static List<String> errors(String name) {
    return assertThrows(JsonFormatException.class, () -> read(name)).lines();
  }

  @Test
  void readsAResult() throws IOException {
    MatchResult result = read("result.json");
    assertEquals("school-placement", result.variant());
    assertEquals(42L, result.seed());
    assertEquals(List.of(new Placement("S-0001", "P-01", 640),
        new Placement("S-0002", "P-01", 815)), result.placements());
    assertEquals(List.of(new Unplaced("S-0003", UnplacedReason.NO_ADMISSIBLE_PLACE, "TRAVEL"),
        Unplaced.of("S-0004", UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY)), result.unplaced());
    assertEquals(Long.MAX_VALUE, result.lotteryNumbers().get("S-0004"));
  }

  @Test
  void writesTheCanonicalFormAndRoundTrips() throws IOException {
    MatchResult result = read("result.json");
    byte[] bytes = ResultJson.toBytes(result);
    Fixtures.assertGolden("result.canonical.json", bytes);
    MatchResult again = read("result.canonical.json");
    assertEquals(result, again);
    assertArrayEquals(bytes, ResultJson.toBytes(again));
  }

  @Test
  void writeThenReadGivesAnEqualResult() throws IOException {
    MatchResult result = new MatchResult("student-choice", -7L,
        List.of(new Placement("b", "p", 0)), List.of(Unplaced.of("a", UnplacedReason.REFUSED)),
        Map.of("a", 1L, "b", 2L));
    assertEquals(result, ResultJson.read(new ByteArrayInputStream(ResultJson.toBytes(result))));
  }

  @Test
  void aStudentPlacedAndUnplacedIsRefused() {
    assertEquals(List.of("$: Student (S-0001) appears twice in the result: placed at P-01 and"
        + " unplaced (OPTED_OUT). Maybe list her only once."),
        errors("invalid-result/student-twice.json"));
  }

  @Test
  void badValuesAreAllReported() {
    assertEquals(List.of(
        "$.seed: the integer \"18446744073709551616\" is too large for the seed (at most"
            + " 9223372036854775807). Maybe check the value.",
        "$.placements[0].fit: expected an integer (the fit score) but found the string"
            + " \"high\". Maybe write the number without quotes; NaN and infinity are not"
            + " numbers.",
        "$.placements[1].voornaam: the field \"voornaam\" is a personal characteristic (name)"
            + " and is never accepted in matching input (rule R1). Remove it; matching uses"
            + " only the learning wish, competences and what the company offers.",
        "$.unplaced[0].reason: unknown value \"NO_PLACE\" for the reason; the known values are"
            + " " + knownReasons() + ". Maybe you meant one of those? (Values are upper case.)",
        "$.lotteryNumbers.S-0001: The lottery number (-1) of (S-0001) must be >= 0. Maybe take"
            + " it from Lottery.number(seed, id)."), errors("invalid-result/bad-values.json"));
  }

  /** A value the result's own validation refuses is reported at the field's path. */
  @Test
  void valueErrorsAreAtTheFieldsPath() {
    String text = Fixtures.text("result.canonical.json")
        .replace("\"placeId\": \"P-01\", \"fit\": 640", "\"placeId\": \"P 01\", \"fit\": 640")
        .replace("\"fit\": 815", "\"fit\": 1200")
        .replace("{\"studentId\": \"S-0004\"", "{\"studentId\": \"S/0004\"");
    List<String> errors = assertThrows(JsonFormatException.class, () -> ResultJson.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .lines();
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("$.placements[0].placeId: The id (P 01)"), errors.get(0));
    assertTrue(errors.get(1).startsWith("$.placements[1].fit: The fit (1200)"), errors.get(1));
    assertTrue(errors.get(2).startsWith("$.unplaced[1].studentId: The id (S/0004)"),
        errors.get(2));
  }

  private static String knownReasons() {
    StringBuilder sb = new StringBuilder();
    for (UnplacedReason reason : UnplacedReason.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(reason.name());
    }
    return sb.toString();
  }

  @Test
  void aProblemIsNotAResult() {
    assertEquals(List.of("$.format: the format is \"stagematch-problem/1\" but this reader reads"
        + " \"stagematch-result/2\" (and \"stagematch-result/1\"). Maybe this is a problem"
        + " document; give a result document."),
        errors("minimal.json"));
  }
}
