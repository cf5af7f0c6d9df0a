package nl.stagematch.bench.instance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stagematch.bench.gen.CohortGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceReaderTest {

  private static Instance parse(String text) throws InstanceFormatException {
    return InstanceReader.parse("test.txt", text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void readsAnyWhitespaceAndAnyEdgeOrder() throws Exception {
    Instance in = parse("3 2 4\r\n2\t1\n\n2 1 7   0 0 5\r\n1 0 0\n0 1 9");
    assertEquals(3, in.students());
    assertEquals(2, in.places());
    assertArrayEquals(new int[] {2, 1}, in.capacity());
    assertArrayEquals(new int[] {0, 2, 3, 4}, in.rowStart());
    // student 0: file edges 1 (place 0) and 3 (place 1), in file order
    assertArrayEquals(new int[] {0, 1, 0, 1}, in.edgePlace());
    assertArrayEquals(new int[] {5, 9, 0, 7}, in.edgeCost());
    assertArrayEquals(new int[] {1, 3, 2, 0}, in.fileEdge());
  }

  @Test
  void readsTheDenseForm() throws Exception {
    Instance in = parse("dense 2\n1 2\n3 4\n");
    assertTrue(in.dense());
    assertEquals(4, in.edges());
    assertArrayEquals(new int[] {1, 2, 3, 4}, in.edgeCost());
    assertArrayEquals(new int[] {0, 1, 0, 1}, in.edgePlace());
  }

  @Test
  void errorsNameTheLineAndTheToken() {
    InstanceFormatException bad = assertThrows(InstanceFormatException.class,
        () -> parse("2 1 2\n1\n0 0 5\n1 0 x7\n"));
    assertTrue(bad.getMessage().contains("line 4"), bad.getMessage());
    assertTrue(bad.getMessage().contains("'x7'"), bad.getMessage());
    assertTrue(bad.getMessage().contains("the cost of edge 1"), bad.getMessage());
    InstanceFormatException range = assertThrows(InstanceFormatException.class,
        () -> parse("1 1 1\n1\n0 3 5\n"));
    assertTrue(range.getMessage().contains("the place of edge 0"), range.getMessage());
    // a header that promises more than the file can hold is refused before anything is read
    InstanceFormatException truncated = assertThrows(InstanceFormatException.class,
        () -> parse("1 1 2\n1\n0 0 5\n"));
    assertTrue(truncated.getMessage().contains("line 1: the header announces 1 places and 2"
        + " edges, which need at least 13 more bytes, but the file has 9"),
        truncated.getMessage());
    assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    // enough bytes (padding) but too few numbers: the end of the file is met where a number was
    InstanceFormatException ended = assertThrows(InstanceFormatException.class,
        () -> parse("1 1 2\n1\n0 0 5\n0      0\n"));
    assertTrue(ended.getMessage().contains("end of the file"), ended.getMessage());
    assertTrue(ended.getMessage().contains("the cost of edge 1"), ended.getMessage());
    InstanceFormatException capacity = assertThrows(InstanceFormatException.class,
        () -> parse("1 2 1\n1 -3\n0 0 5\n"));
    assertTrue(capacity.getMessage().contains("the capacity of place 1"), capacity.getMessage());
    InstanceFormatException extra = assertThrows(InstanceFormatException.class,
        () -> parse("1 1 1\n1\n0 0 5\n7\n"));
    assertTrue(extra.getMessage().contains("line 4"), extra.getMessage());
    InstanceFormatException dup = assertThrows(InstanceFormatException.class,
        () -> parse("1 1 2\n1\n0 0 5\n0 0 6\n"));
    assertTrue(dup.getMessage().contains("listed twice"), dup.getMessage());
    InstanceFormatException sign = assertThrows(InstanceFormatException.class,
        () -> parse("dense 2\n1 -2\n3 4\n"));
    assertTrue(sign.getMessage().contains("row 0, column 1"), sign.getMessage());
  }

  @Test
  void writerAndReaderRoundTrip(@TempDir Path dir) throws Exception {
    Instance in = CohortGenerator.cohort(500, 3);
    Path file = dir.resolve("c.txt");
    InstanceWriter.write(in, file);
    Instance back = InstanceReader.read(file);
    assertArrayEquals(in.capacity(), back.capacity());
    assertArrayEquals(in.rowStart(), back.rowStart());
    assertArrayEquals(in.edgePlace(), back.edgePlace());
    assertArrayEquals(in.edgeCost(), back.edgeCost());
    assertTrue(Files.size(file) > 0);
  }

  @Test
  void generatorIsDeterministic() {
    Instance a = CohortGenerator.cohort(2000, 11);
    Instance b = CohortGenerator.cohort(2000, 11);
    assertArrayEquals(a.edgeCost(), b.edgeCost());
    assertArrayEquals(a.edgePlace(), b.edgePlace());
    long cap = 0;
    for (int c : a.capacity()) {
      cap += c;
    }
    assertEquals(2200, cap);
  }
}
