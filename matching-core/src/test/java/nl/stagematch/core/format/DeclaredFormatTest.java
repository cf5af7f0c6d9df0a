package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclaredFormatTest {

  @Test
  void theKindIsTheTopLevelFormatField() {
    assertEquals(Optional.of("stagematch-trail/3"),
        DeclaredFormat.of("{\"entries\": [], \"format\": \"stagematch-trail/3\"}"));
    assertEquals(Optional.of("stagematch-result/2"), DeclaredFormat.of(
        "{\"note\": {\"format\": \"stagematch-trail/3\"}, \"x\": \"\\\"stagematch-trail/3\","
            + " \"format\": \"stagematch-result/2\"}"));
  }

  @Test
  void aSubstringElsewhereIsNoKind() {
    assertEquals(Optional.empty(),
        DeclaredFormat.of("{\"detail\": \"\\\"format\\\": \\\"stagematch-trail/3\\\"\"}"));
    assertEquals(Optional.empty(), DeclaredFormat.of("[\"stagematch-trail/3\"]"));
    assertEquals(Optional.empty(), DeclaredFormat.of("{\"format\": 3}"));
    assertEquals(Optional.empty(), DeclaredFormat.of("{\"format\": "));
    assertEquals(Optional.empty(), DeclaredFormat.of(""));
  }
}
