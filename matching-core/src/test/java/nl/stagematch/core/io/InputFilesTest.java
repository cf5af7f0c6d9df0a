package nl.stagematch.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path dir;

  private static byte[] bytes(String ascii, int... tail) {
    byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < tail.length; i++) {
      all[head.length + i] = (byte) tail[i];
    }
    return all;
  }

  @Test
  void wellFormedTextIsDecodedAndAByteOrderMarkDropped() throws IOException {
    assertEquals("café", InputFiles.decodeUtf8("\ufeffcafé".getBytes(StandardCharsets.UTF_8),
        "x"));
    assertEquals("", InputFiles.decodeUtf8(new byte[0], "x"));
  }

  @Test
  void aBadByteIsNamedByLineAndColumn() {
    // line 3, after "ab": the lone continuation byte 0x80 is column 3
    InputFiles.MalformedTextException e = assertThrows(InputFiles.MalformedTextException.class,
        () -> InputFiles.decodeUtf8(bytes("{\n  \"x\": 1,\nab", 0x80), "answers.json"));
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    assertTrue(e.getMessage().startsWith("answers.json is not valid UTF-8 at line 3, column 3"
        + " (byte offset 14: 0x80)."), e.getMessage());
    // overlong form of '/', a surrogate, and a character cut off by the end
    for (byte[] bad : new byte[][] {bytes("a", 0xC0, 0xAF), bytes("a", 0xED, 0xA0, 0x80),
        bytes("ab", 0xE2, 0x82)}) {
      InputFiles.MalformedTextException m = assertThrows(
          InputFiles.MalformedTextException.class, () -> InputFiles.decodeUtf8(bad, "f"));
      assertEquals(1, m.line());
      assertTrue(m.column() >= 2, m.getMessage());
    }
  }

  @Test
  void aMissingFileOrADirectoryIsNamed() throws IOException {
    Path missing = dir.resolve("nope.json");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> InputFiles.readUtf8(missing));
    assertEquals(missing.toString(), e.getFile());
    FileSystemException d = assertThrows(FileSystemException.class,
        () -> InputFiles.readUtf8(dir));
    assertEquals(dir.toString(), d.getFile());
    assertTrue(d.getReason().contains("directory"), d.getReason());
    Path file = dir.resolve("bad.json");
    Files.write(file, bytes("ok\n", 0xFF));
    InputFiles.MalformedTextException m = assertThrows(InputFiles.MalformedTextException.class,
        () -> InputFiles.readUtf8(file));
    assertTrue(m.getMessage().startsWith(file + " is not valid UTF-8 at line 2, column 1"),
        m.getMessage());
  }
}
