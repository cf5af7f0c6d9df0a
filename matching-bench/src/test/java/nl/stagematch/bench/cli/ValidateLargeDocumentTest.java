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
 * Hostile 60 MB documents, generated here and validated by the command line in a child JVM with a
 * small heap: they must end with exit 2 and clear errors, never with an {@link OutOfMemoryError}.
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

  /** The exit code, standard output lines and standard error of a child JVM's validate. */
  private record Child(int exit, List<String> out, String err) {}

  private static Child validateInChildJvm(Path file, String maxHeap, Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(java.toString(), "-Xmx" + maxHeap,
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
    return new Child(process.exitValue(), Files.readAllLines(out), Files.readString(err));
  }

  @Test
  void millionsOfErrorsInASmallHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("invalid-cohort.json");
    int students = writeDocument(file);
    assertTrue(Files.size(file) >= TARGET_BYTES, "size " + Files.size(file));
    assertTrue(students > 1_000_000, students + " students");

    Child child = validateInChildJvm(file, "512m", dir);
    List<String> lines = child.out();
    assertEquals(2, child.exit(), "exit code; stderr:\n" + child.err());
    assertFalse(child.err().contains("OutOfMemoryError"), child.err());
    assertEquals(101, lines.size(), "100 errors and the count of the rest");
    // the child runs without settings, so in Dutch: the library's errors in Dutch too
    assertTrue(lines.get(0).startsWith("$.students[0].track: onbekende waarde \"BXL\""),
        lines.get(0));
    long errors = 2L * students;
    // the count of the rest, whatever thousands separator the library writes
    assertEquals("... en nog " + (errors - 100) + " fouten",
        lines.get(100).replaceAll("(?<=\\d)[.,](?=\\d{3})", ""), lines.get(100));
    // the summary, with Dutch thousands separators
    assertTrue(child.err().startsWith("fout [CLI_VALIDATE_ERRORS]: " + file), child.err());
    assertTrue(child.err().contains(String.format(Locale.forLanguageTag("nl"),
        "is geen geldig probleemdocument: %,d fouten.", errors)), child.err());
  }

  /**
   * A 60 MB object of about two million distinct unknown field names: field names are not kept
   * in a symbol table, so this too is read in a small heap.
   */
  @Test
  void millionsOfDistinctFieldNamesInASmallHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("many-names.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("{\"format\": \"stagematch-problem/1\", \"policy\": {\"schoolYear\":"
          + " \"2025-26\"}, \"companies\": [], \"places\": [], \"students\": [{\"id\": \"S-1\","
          + " \"track\": \"BOL\", \"studyYear\": 1, \"junk\": {\n")
          .getBytes(StandardCharsets.UTF_8));
      long written = 0;
      for (int i = 0; written < TARGET_BYTES; i++) {
        byte[] bytes = String.format(Locale.ROOT, "%s\"field-%09d-abcdefghij\": %d%n",
            i == 0 ? "" : ",", i, i).getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        written += bytes.length;
      }
      out.write("}}]}\n".getBytes(StandardCharsets.UTF_8));
    }
    Child child = validateInChildJvm(file, "64m", dir);
    assertEquals(2, child.exit(), "exit code; stderr:\n" + child.err());
    assertFalse(child.err().contains("OutOfMemoryError"), child.err());
    assertEquals(2, child.out().size(), child.out().toString());
    // in Dutch: the child runs without settings
    assertTrue(child.out().get(0).startsWith("$.students[0].junk: onbekend veld \"junk\" in een"
        + " student."), child.out().get(0));
    assertTrue(child.out().get(1).startsWith("$.students[0]: het verplichte veld \"wish\""
        + " ontbreekt in een student."), child.out().get(1));
    assertTrue(child.out().get(1).endsWith("Tip: voeg het toe; zie docs/format.md."),
        child.out().get(1));
  }
}
