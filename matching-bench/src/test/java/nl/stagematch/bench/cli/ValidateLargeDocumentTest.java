package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 60 MB document of more than a million invalid students, validated by the command line in a
 * child JVM limited to 512 MiB of heap: it must end with exit 2 and the error cap, never with an
 * {@link OutOfMemoryError}.
 */
class ValidateLargeDocumentTest {
  private static final long TARGET_BYTES = 60L * 1000 * 1000;

  /** Writes the document and returns the number of students in it. */
  private static int writeDocument(Path file) throws IOException {
    int students = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("{\"format\": \"stagematch-problem/1\", \"policy\": {\"schoolYear\": \"2025-26\"},"
          + " \"companies\": [], \"places\": [], \"students\": [\n")
          .getBytes(StandardCharsets.UTF_8));
      long written = 0;
      while (written < TARGET_BYTES) {
        // each student has two errors: an unknown track and no wish
        String student = String.format(Locale.ROOT,
            "%s{\"id\": \"S-%07d\", \"track\": \"BXL\", \"studyYear\": 1}\n",
            students == 0 ? "" : ",", students);
        byte[] bytes = student.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        written += bytes.length;
        students++;
      }
      out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }
    return students;
  }

  @Test
  void millionsOfErrorsInASmallHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("invalid-cohort.json");
    int students = writeDocument(file);
    assertTrue(Files.size(file) >= TARGET_BYTES, "size " + Files.size(file));
    assertTrue(students > 1_000_000, students + " students");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(java.toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "validate", file.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("validate did not finish within 5 minutes");
    }
    String stderr = Files.readString(err);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, process.exitValue(), "exit code; stderr:\n" + stderr);
    assertFalse(stderr.contains("OutOfMemoryError"), stderr);
    assertEquals(101, lines.size(), "100 errors and the count of the rest");
    assertTrue(lines.get(0).startsWith("$.students[0].track: unknown value \"BXL\""),
        lines.get(0));
    long errors = 2L * students;
    assertEquals(String.format(Locale.ROOT, "... and %,d more errors", errors - 100),
        lines.get(100));
    assertTrue(stderr.contains(String.format(Locale.ROOT,
        "is not a valid problem document: %,d errors.", errors)), stderr);
  }
}
