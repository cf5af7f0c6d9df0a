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

/**
 * The schools file of {@code match --schools} and {@code explain --schools} holds pseudonyms only
 * (docs/format.md#ids).
 */
class SchoolsFilePseudonymTest {
  @TempDir Path dir;

  @Test
  void aPersonalStudentOrSchoolIdIsRefusedWithTheLineAndItsShapeOnly() throws IOException {
    Path file = dir.resolve("schools.csv");
    Files.writeString(file, "# student,school\nS-1,roc-van-twente\nkees.van.dijk,school-a\n");
    UsageException e = assertThrows(UsageException.class, () -> SchoolsFile.read(file, null, false));
    assertTrue(e.getMessage().startsWith("Line 3 of " + file + ": The id of a student has the"
        + " shape of a person's name (aaaa.aaa.aaaa)"), e.getMessage());
    assertFalse(e.getMessage().contains("dijk"), e.getMessage());
    Files.writeString(file, "S-1,0612345678\n");
    UsageException phone = assertThrows(UsageException.class,
        () -> SchoolsFile.read(file, null, false));
    assertTrue(phone.getMessage().contains("The id of a school has the shape of a phone number"),
        phone.getMessage());
  }

  @Test
  void theJsonFormNamesTheLineOfAPersonalKeyAndMatchRefusesAnIdOutsideTheGrammarWithItsLine()
      throws IOException, UsageException {
    Path file = dir.resolve("schools.json");
    Files.writeString(file, "{\"S-1\": \"school-a\",\n  \"S-2\": \"school-b\",\n"
        + "  \"geboortedatum\": \"2001-02-03\"}");
    UsageException key = assertThrows(UsageException.class,
        () -> SchoolsFile.read(file, null, true));
    assertTrue(key.getMessage().startsWith("Line 3 of " + file + ": the field \"geboortedatum\""
        + " is a personal characteristic (birth date)"), key.getMessage());
    assertFalse(key.getMessage().contains("2001"), key.getMessage());
    Path lines = dir.resolve("schools.csv");
    Files.writeString(lines, "S-1,school-a\n\nS-2;school-\u001b[31mb\n");
    // match and explain alike take a pseudonym only, and say where: a school id becomes a file
    // name and a page title, so markup and control characters never get that far
    for (boolean explain : new boolean[] {false, true}) {
      UsageException grammar = assertThrows(UsageException.class,
          () -> SchoolsFile.read(lines, null, explain));
      assertTrue(grammar.getMessage().startsWith("Line 3 of " + lines + ": The id"
          + " (school-\\u001B[31mb) of a school must be 1 to 64 characters"),
          grammar.getMessage());
    }
    Files.writeString(lines, "S-1;<script>alert(1)</script>\n");
    UsageException markup = assertThrows(UsageException.class,
        () -> SchoolsFile.read(lines, null, true));
    assertTrue(markup.getMessage().startsWith("Line 1 of " + lines + ": The id"), markup.getMessage());
  }

  @Test
  void aUsageErrorShowsWhatWasTypedEscapedAndCut() {
    String typed = "--x\nvalid: forged\u001b[2J" + "q".repeat(100_000);
    UsageException e = new UsageException(CliMessage.CLI_UNKNOWN_OPTION, typed, "validate",
        "--sample, --help");
    String m = e.getMessage();
    assertTrue(m.startsWith("Unknown option (--x\\nvalid: forged\\u001B[2Jqqq"), m);
    assertTrue(m.contains("... (100,021 characters)) for validate. Known options: --sample,"
        + " --help."), m);
    assertTrue(m.length() < 400, m.length() + " characters");
    assertFalse(m.contains("\u001b") || m.contains("\nvalid"), m);
  }

  @Test
  void institutionNamesArePseudonymousEnough() throws IOException, UsageException {
    Path file = dir.resolve("schools.csv");
    Files.writeString(file, "S-1,roc-van-twente\nS-2,ROC_de_Leijgraaf\n");
    assertEquals(Map.of("S-1", "roc-van-twente", "S-2", "ROC_de_Leijgraaf"),
        SchoolsFile.read(file, null, false));
  }
}
