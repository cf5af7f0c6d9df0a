package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping file of pseudonymisation at the door ({@link CsvImport#writeMapping}) and the import
 * that writes it with the problem ({@link CsvImport#convert(Path, ImportOptions, Path, Path)}):
 * complete or not there. A failed write leaves no file of its own (not even a temporary one) and
 * never replaces a good file.
 */
class CsvMappingFileTest {
  @TempDir Path dir;

  private static final Map<String, String> MAPPING = Map.of("S-BJCVUVJDWH", "ab-77",
      "S-ROSTT5PZGL", "123456");
  /** The file written by hand from the documented layout: BOM, ';', CRLF, sorted by pseudonym. */
  private static final String EXPECTED = "\ufeffpseudoniem;studentnummer\r\n"
      + "S-BJCVUVJDWH;ab-77\r\nS-ROSTT5PZGL;123456\r\n";

  private List<String> names(Path d) throws IOException {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theMappingReplacesAGoodFileCompletely() throws IOException {
    Path file = dir.resolve("koppeling.csv");
    Files.writeString(file, "an older mapping, longer than the new one will be ".repeat(20));
    CsvImport.writeMapping(MAPPING, file);
    assertEquals(EXPECTED, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of("koppeling.csv"), names(dir), "no temporary file is left");
  }

  @Test
  void aMappingIntoAMissingDirectoryLeavesNothingAndNamesThePath() throws IOException {
    Path file = dir.resolve("nowhere").resolve("koppeling.csv");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> CsvImport.writeMapping(MAPPING, file));
    assertEquals(file.toString(), e.getFile());
    assertEquals(List.of(), names(dir));
  }

  @Test
  void aMappingOverADirectoryLeavesTheDirectoryAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectory(dir.resolve("koppeling.csv"));
    Files.writeString(target.resolve("inside.txt"), "kept");
    assertThrows(FileSystemException.class, () -> CsvImport.writeMapping(MAPPING, target));
    assertTrue(Files.isDirectory(target));
    assertEquals(List.of("koppeling.csv"), names(dir));
    assertEquals(List.of("inside.txt"), names(target));
  }

  @Test
  void aMappingThatCannotBeMadeNeverTouchesTheGoodFile() throws IOException {
    Path file = dir.resolve("koppeling.csv");
    CsvImport.writeMapping(MAPPING, file);
    byte[] good = Files.readAllBytes(file);
    Map<String, String> broken = new java.util.HashMap<>(MAPPING);
    broken.put("S-ZZZZZZZZZZ", null);
    assertThrows(RuntimeException.class, () -> CsvImport.writeMapping(broken, file));
    assertArrayEquals(good, Files.readAllBytes(file));
    assertEquals(List.of("koppeling.csv"), names(dir));
  }

  @Test
  void anImportWhoseMappingCannotBeWrittenLeavesTheGoodProblemFileAsItWas() throws IOException {
    Path set = Files.createDirectory(dir.resolve("set"));
    Files.writeString(set.resolve("studenten.csv"), CsvImportTest.STUDENTS);
    Files.writeString(set.resolve("bedrijven.csv"), CsvImportTest.COMPANIES);
    Files.writeString(set.resolve("erkenningen.csv"), CsvImportTest.RECOGNITIONS);
    Files.writeString(set.resolve("plaatsen.csv"), CsvImportTest.PLACES);
    Files.writeString(set.resolve("beleid.csv"), CsvImportTest.POLICY);
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Path out = outDir.resolve("probleem.json");
    Files.writeString(out, "{\"a good file\": true}\n");
    byte[] good = Files.readAllBytes(out);
    Path mapping = dir.resolve("missing").resolve("koppeling.csv");
    assertThrows(NoSuchFileException.class,
        () -> CsvImport.convert(set, ImportOptions.defaults(), out, mapping));
    assertArrayEquals(good, Files.readAllBytes(out), "the good problem file is not replaced");
    assertEquals(List.of("probleem.json"), names(outDir), "no temporary file is left");
    assertFalse(Files.exists(dir.resolve("missing")));
    // and with both directories there, both files are written
    Path mappingOk = outDir.resolve("koppeling.csv");
    CsvImport.convert(set, ImportOptions.defaults(), out, mappingOk);
    assertEquals("\ufeffpseudoniem;studentnummer\r\n",
        Files.readString(mappingOk, StandardCharsets.UTF_8));
    assertTrue(Files.readString(out).contains("\"format\""));
    assertEquals(List.of("koppeling.csv", "probleem.json"), names(outDir));
  }
}
