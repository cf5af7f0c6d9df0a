package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files that cannot be read or written, in Dutch, each with its code. */
class FileMessagesTest {
  @TempDir Path dir;

  @Test
  void bytesThatAreNotUtf8InDutch() {
    byte[] bytes = "ab\ncd\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    InputFiles.MalformedTextException e = assertThrows(InputFiles.MalformedTextException.class,
        () -> InputFiles.decodeUtf8(bytes, "studenten.csv"));
    Message m = FileMessages.of(e);
    assertEquals("IO_NOT_UTF8", m.code());
    assertEquals("studenten.csv is geen geldige UTF-8 op regel 2, kolom 3 (byte 5: 0xE9).\nTip:"
        + " sla het bestand op als UTF-8.", m.text(Message.DUTCH));
    // the exception's own English message is as before
    assertEquals(InputException.oneLine(m.text(Locale.ENGLISH)), e.getMessage());
  }

  @Test
  void anotherDecodingExceptionKeepsItsEnglishTextUncoded() {
    Message m = FileMessages.of(new java.nio.charset.MalformedInputException(3));
    assertEquals("UNCODED", m.code());
    assertEquals("Input length = 3", m.text(Message.DUTCH));
  }

  @Test
  void aMissingFileADirectoryAndAMissingDirectoryInDutch() throws IOException {
    FileSystemException missing = assertThrows(FileSystemException.class,
        () -> InputFiles.readUtf8(dir.resolve("nergens.csv")));
    assertEquals("IO_DOES_NOT_EXIST", FileMessages.reason(missing).code());
    assertEquals("het bestand bestaat niet", FileMessages.reason(missing).text(Message.DUTCH));
    FileSystemException directory = assertThrows(FileSystemException.class,
        () -> InputFiles.readUtf8(dir));
    assertEquals("het is een map, geen bestand",
        FileMessages.reason(directory).text(Message.DUTCH));
    FileSystemException noDir = assertThrows(FileSystemException.class,
        () -> AtomicFiles.writeString(dir.resolve("weg").resolve("uit.json"), "{}"));
    Message reason = FileMessages.reason(noDir);
    assertEquals("IO_DIRECTORY_MISSING", reason.code());
    assertEquals(noDir.getReason(), reason.text(Locale.ENGLISH));
    assertEquals(true, reason.text(Message.DUTCH).startsWith("de map ("));
    Files.createDirectory(dir.resolve("map.json"));
    FileSystemException target = assertThrows(FileSystemException.class,
        () -> AtomicFiles.writeString(dir.resolve("map.json"), "{}"));
    assertEquals("het is een map", FileMessages.reason(target).text(Message.DUTCH));
  }
}
