package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorCollectorTest {

  @Test
  void keepsTheFirstErrorsAndCountsTheRest() {
    ErrorCollector errors = new ErrorCollector(3);
    JsonPath path = new JsonPath();
    path.push("students");
    for (int i = 0; i < 1_000_000; i++) {
      path.push(i);
      errors.add(path, "bad " + i);
      path.pop();
    }
    assertEquals(1_000_000, errors.count());
    assertTrue(errors.overCap());
    assertEquals(3, errors.retained().size());
    assertEquals("$.students[2]: bad 2", errors.retained().get(2).toString());
    assertEquals("... and 999,997 more errors", ErrorCollector.moreLine(errors.count(), 3));
    assertEquals("... and 1 more error", ErrorCollector.moreLine(4, 3));
    assertNull(ErrorCollector.moreLine(3, 3));
  }

  @Test
  void makesEveryMessageOneLine() {
    ErrorCollector errors = new ErrorCollector(10);
    errors.add("$.places[3]",
        "The capacity (0) of place (P-17) must be positive.\nMaybe remove it.");
    assertEquals("The capacity (0) of place (P-17) must be positive. Maybe remove it.",
        errors.retained().get(0).message().toString());
    assertFalse(errors.overCap());
  }
}
