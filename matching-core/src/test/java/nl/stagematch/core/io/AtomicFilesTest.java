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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileIsWrittenAndReplaced() throws IOException {
    Path file = dir.resolve("out.json");
    AtomicFiles.writeString(file, "first");
    AtomicFiles.writeString(file, "second");
    assertEquals("second", Files.readString(file));
    assertEquals(List.of("out.json"), names());
  }

  @Test
  void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.json");
    Files.writeString(file, "the good file");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AtomicFiles.write(file, out -> {
          out.write("half of a new fi".getBytes(StandardCharsets.UTF_8));
          out.flush();
          throw new IllegalStateException("boom");
        }));
    assertEquals("boom", e.getMessage());
    assertEquals("the good file", Files.readString(file));
    assertEquals(List.of("out.json"), names());
  }

  @Test
  void aFullDiskNamesTheFileAndLeavesNoNewFile() {
    Path file = dir.resolve("new.json");
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> AtomicFiles.write(file, out -> {
          out.write(new byte[100]);
          throw new IOException("No space left on device");
        }));
    assertEquals(file.toString(), e.getFile());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertTrue(Files.notExists(file));
    assertEquals(List.of(), assertDoesNotThrowNames());
  }

  private List<String> assertDoesNotThrowNames() {
    try {
      return names();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMissingDirectoryOrADirectoryAsTargetIsNamed() throws IOException {
    Path missing = dir.resolve("no-such-dir").resolve("out.json");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> AtomicFiles.writeString(missing, "x"));
    assertEquals(missing.toString(), e.getFile());
    assertTrue(e.getReason().contains("no-such-dir"), e.getReason());
    Path sub = Files.createDirectory(dir.resolve("sub"));
    FileSystemException d = assertThrows(FileSystemException.class,
        () -> AtomicFiles.writeString(sub, "x"));
    assertEquals("it is a directory", d.getReason());
    assertTrue(Files.isDirectory(sub));
  }

  @Test
  void aBatchWritesAllFilesOrNone() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, "old a");
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(a, out -> out.write('A'));
      assertThrows(IOException.class, () -> batch.add(b, out -> {
        throw new IOException("disk full");
      }));
      // the command gives up here, before commit
    }
    assertEquals("old a", Files.readString(a));
    assertEquals(List.of("a.csv"), names());
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(a, out -> out.write('A'));
      batch.add(b, out -> out.write('B'));
      batch.commit();
    }
    assertEquals("A", Files.readString(a));
    assertEquals("B", Files.readString(b));
    assertEquals(List.of("a.csv", "b.csv"), names());
  }
}
