package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schools file of {@code match --schools} holds pseudonyms only (docs/format.md#ids). */
class SchoolsFilePseudonymTest {
  @TempDir Path dir;

  @Test
  void aPersonalStudentOrSchoolIdIsRefusedWithTheLineAndItsShapeOnly() throws IOException {
    Path file = dir.resolve("schools.csv");
    Files.writeString(file, "# student,school\nS-1,roc-van-twente\nkees.van.dijk,school-a\n");
    UsageException e = assertThrows(UsageException.class, () -> SchoolsFile.read(file, null, true, false));
    assertTrue(e.getMessage().startsWith("Line 3 of " + file + ": The id of a student has the"
        + " shape of a person's name (aaaa.aaa.aaaa)"), e.getMessage());
    assertFalse(e.getMessage().contains("dijk"), e.getMessage());
    Files.writeString(file, "S-1,0612345678\n");
    UsageException phone = assertThrows(UsageException.class,
        () -> SchoolsFile.read(file, null, true, false));
    assertTrue(phone.getMessage().contains("The id of a school has the shape of a phone number"),
        phone.getMessage());
  }

  @Test
  void institutionNamesArePseudonymousEnough() throws IOException, UsageException {
    Path file = dir.resolve("schools.csv");
    Files.writeString(file, "S-1,roc-van-twente\nS-2,ROC_de_Leijgraaf\n");
    assertEquals(Map.of("S-1", "roc-van-twente", "S-2", "ROC_de_Leijgraaf"),
        SchoolsFile.read(file, null, true, false));
  }
}
