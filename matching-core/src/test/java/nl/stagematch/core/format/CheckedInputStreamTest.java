package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckedInputStreamTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] readAll(byte[] input, boolean oneByOne) throws IOException {
    try (InputStream in = new CheckedInputStream(new ByteArrayInputStream(input), 1000)) {
      if (!oneByOne) {
        return in.readAllBytes();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        out.write(b);
      }
      return out.toByteArray();
    }
  }

  @Test
  void passesWellFormedUtf8Through() throws IOException {
    byte[] text = "{\"a\": \"é € 😀 \u07FF \uFFFD \uD83D\uDE00\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, readAll(text, false));
    assertArrayEquals(text, readAll(text, true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "C0 80| line 1 column 3: the byte 0xC0 (at byte offset 2), which cannot start a character",
      "E0 80 80| line 1 column 3: an invalid continuation byte (0x80 at byte offset 3)",
      "ED A0 80| line 1 column 3: an invalid continuation byte (0xA0 at byte offset 3)",
      "F4 90 80 80| line 1 column 3: an invalid continuation byte (0x90 at byte offset 3)",
      "F5 80 80 80| line 1 column 3: the byte 0xF5 (at byte offset 2), which cannot start a"
          + " character",
      "80| line 1 column 3: the byte 0x80 (at byte offset 2), which cannot start a character",
      "C3| line 1 column 3: a character cut off by the end of the document",
      "E2 82| line 1 column 3: a character cut off by the end of the document",
      "C3 28| line 1 column 3: an invalid continuation byte (0x28 at byte offset 3)",
  })
  void refusesMalformedSequencesWithTheirPosition(String hex, String expected) {
    String[] parts = hex.split(" ");
    int[] values = new int[parts.length + 2];
    values[0] = '"';
    values[1] = 'x';
    for (int i = 0; i < parts.length; i++) {
      values[i + 2] = Integer.parseInt(parts[i], 16);
    }
    for (boolean oneByOne : List.of(false, true)) {
      IOException e = assertThrows(CheckedInputStream.MalformedUtf8Exception.class,
          () -> readAll(bytes(values), oneByOne));
      String where = expected.strip().substring(0, expected.strip().indexOf(':'))
          .replace(" column", ", column");
      assertEquals("the document is not valid UTF-8 at " + where
          + expected.strip().substring(expected.strip().indexOf(':'))
          + ". Maybe save the file as UTF-8.",
          e.getMessage());
    }
  }

  @Test
  void countsLinesAndColumnsInUtf16Units() {
    byte[] input = "{\n  \"é😀\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] withBad = new byte[input.length + 1];
    System.arraycopy(input, 0, withBad, 0, input.length);
    withBad[input.length] = (byte) 0xFF;
    IOException e = assertThrows(CheckedInputStream.MalformedUtf8Exception.class,
        () -> readAll(withBad, false));
    assertTrue(e.getMessage().startsWith("the document is not valid UTF-8 at line 2, column 11:"),
        e.getMessage());
  }

  @Test
  void anInvalidByteInADocumentIsAnErrorWithItsPosition() {
    byte[] valid = Fixtures.bytes("minimal.canonical.json");
    String text = new String(valid, StandardCharsets.UTF_8);
    int at = text.indexOf("S-0001");
    byte[] bad = valid.clone();
    bad[at + 2] = (byte) 0xFF;
    List<String> errors = Fixtures.errors(bad, ReadOptions.defaults());
    long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - text.lastIndexOf('\n', at) + 2;
    assertEquals(List.of("$: the document is not valid UTF-8 at line " + line + ", column "
        + column + ": the byte 0xFF (at byte offset " + (at + 2) + "), which cannot start a"
        + " character. Maybe save the file as UTF-8."), errors);
  }
}
