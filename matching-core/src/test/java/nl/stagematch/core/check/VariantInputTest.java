package nl.stagematch.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The JSON path segments of the findings are written as the readers write paths. */
class VariantInputTest {
  @Test
  void plainKeysAreDottedOthersBracketed() {
    assertEquals(".S-0001", VariantInput.key("S-0001"));
    assertEquals("._x_1", VariantInput.key("_x_1"));
    assertEquals("['0001']", VariantInput.key("0001"));
    assertEquals("['P.1']", VariantInput.key("P.1"));
    assertEquals("['a:b']", VariantInput.key("a:b"));
  }
}
