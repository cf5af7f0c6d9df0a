package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonPathTest {

  @Test
  void rendersFieldsAndIndices() {
    JsonPath path = new JsonPath();
    assertEquals("$", path.toString());
    path.push("students");
    path.push(12);
    path.push("wish");
    path.push("workProcesses");
    path.push("B1-K1-W2");
    assertEquals("$.students[12].wish.workProcesses.B1-K1-W2", path.toString());
    path.pop();
    path.pop();
    path.push("naam");
    assertEquals("$.students[12].wish.naam", path.toString());
  }

  @Test
  void quotesNamesThatAreNotPlain() {
    JsonPath path = new JsonPath();
    path.push("participation");
    path.push("2025-26");
    assertEquals("$.participation['2025-26']", path.toString());
    path.pop();
    path.push("it's a \\ b");
    assertEquals("$.participation['it\\'s a \\\\ b']", path.toString());
    path.pop();
    path.push("");
    assertEquals("$.participation['']", path.toString());
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    JsonPath path = new JsonPath();
    StringBuilder expected = new StringBuilder("$");
    for (int i = 0; i < 100; i++) {
      path.push(i);
      expected.append('[').append(i).append(']');
    }
    assertEquals(expected.toString(), path.toString());
    assertEquals(100, path.depth());
  }

  @Test
  void poppingTheRootIsABug() {
    assertThrows(IllegalStateException.class, () -> new JsonPath().pop());
  }
}
