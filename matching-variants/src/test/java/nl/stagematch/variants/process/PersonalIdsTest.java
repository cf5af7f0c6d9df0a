package nl.stagematch.variants.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.variants.canon.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ids that are personal data (docs/format.md#ids) are refused by the decisions, answers and trail
 * readers, with the path, showing only the value's shape.
 */
class PersonalIdsTest {

  private static String decisions(String field, String value) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("kind", "REFUSE");
    step.put("coordinator", "K-01");
    step.put("studentId", "S-1");
    step.put("placeId", "P-1");
    step.put("reason", "OTHER");
    step.put("noteRef", "NOTE-0001");
    step.put(field, value);
    return Json.pretty(Map.of("format", DecisionsFile.FORMAT, "steps", List.of(step)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "noteRef|Kees van Dijk|a person's name (Aaaa aaa Aaaa)",
      "noteRef|jan@school.nl|an e-mail address (aaa@aaaaaa.aa)",
      "noteRef|06-12345678|a phone number (99-99999999)",
      "coordinator|Anna.de.Boer|a person's name (Aaaa.aa.Aaaa)",
      "studentId|111222333|a citizen service number (BSN) (999999999)",
      "studentId|Fatima_El_Amrani|a person's name (Aaaaaa_Aa_Aaaaaa)",
      "placeId|+31612345678|a phone number (+99999999999)",
  })
  void theDecisionsReaderRefusesAPersonalIdAtItsPath(String field, String value, String found) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionsFile.parse(decisions(field, value)));
    String message = e.getMessage();
    assertTrue(message.startsWith("$.steps[0]." + field + ": The id of "), message);
    assertTrue(message.contains("has the shape of " + found + ", which is personal data"),
        message);
    assertTrue(message.endsWith("see docs/format.md#ids."), message);
    assertFalse(message.contains(value), message);
  }

  @Test
  void aPseudonymousNoteReferenceIsAccepted() {
    DecisionsFile file = DecisionsFile.parse(decisions("noteRef", "NOTE-2026-0042"));
    assertEquals(1, file.steps().size());
  }

  @Test
  void theAnswersReaderRefusesAPersonalKeyOrValue() {
    String key = "{\"format\": \"stagematch-answers/1\", \"variant\": \"student-choice\","
        + " \"rankings\": {\"Jan.de.Vries\": [\"P-1\"]}}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnswersFile.parse(key));
    assertTrue(e.getMessage().startsWith("$.rankings['Aaa.aa.Aaaaa']: The id of a student has the"
        + " shape of a person's name"), e.getMessage());
    assertFalse(e.getMessage().contains("Vries"), e.getMessage());
    String value = "{\"format\": \"stagematch-answers/1\", \"variant\": \"two-by-two\","
        + " \"studentOrders\": {}, \"placeOrders\": {\"P-1\": [\"S-1\", \"123456782\"]}}";
    IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
        () -> AnswersFile.parse(value));
    assertTrue(v.getMessage().startsWith("$.placeOrders.P-1[1]: The id of a student has the shape"
        + " of a citizen service number (BSN)"), v.getMessage());
    assertFalse(v.getMessage().contains("123456782"), v.getMessage());
  }

  /** A trail edited by hand and re-hashed, with a coordinator's name as the coordinator. */
  @Test
  void theTrailReaderRefusesAPersonalCoordinatorEvenWhenRehashed() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("index", 0L);
    entry.put("time", "2026-02-02T09:00:00Z");
    entry.put("coordinator", "Kees van Dijk");
    entry.put("action", "SEED_FIXED");
    entry.put("proposalVersion", 0L);
    entry.put("previousHash", AuditTrail.GENESIS);
    entry.put("hash", Json.sha256(Json.compact(new LinkedHashMap<>(entry))));
    String json = Json.pretty(Map.of("format", AuditTrail.FORMAT, "entries", List.of(entry)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditTrail.read(json));
    assertTrue(e.getMessage().startsWith("Audit entry 0 (SEED_FIXED by Aaaa aaa Aaaa at"
        + " 2026-02-02T09:00:00Z) cannot be read: $.entries[0].coordinator: The id of the"
        + " coordinator of a trail entry has the shape of a person's name (Aaaa aaa Aaaa)"),
        e.getMessage());
    assertFalse(e.getMessage().contains("Dijk"), e.getMessage());
  }
}
