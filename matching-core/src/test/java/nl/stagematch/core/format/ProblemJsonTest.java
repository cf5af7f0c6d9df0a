package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid problem documents: reading, defaults, canonical writing and round trips. */
class ProblemJsonTest {

  @Test
  void readsTheMinimalDocumentWithItsDefaults() throws IOException {
    MatchingProblem problem = Fixtures.problem("minimal.json");
    assertEquals(2, problem.students().size());
    assertEquals("S-0002", problem.students().get(0).id());
    assertEquals(Scope.DEFAULT, problem.policy().scope());
    assertEquals(ParticipationPolicy.DEFAULT, problem.policy().participation());
    assertTrue(problem.students().get(0).firstInternship());
    assertFalse(problem.students().get(0).optedOut());
    assertEquals(2.0, problem.students().get(0).wish().workProcesses().get("B1-K1-W2"));
    assertEquals(3, problem.totalCapacity());
  }

  /** Read, write, compare with the stored canonical file byte for byte. */
  @Test
  void writesTheCanonicalForm() throws IOException {
    MatchingProblem problem = Fixtures.problem("minimal.json");
    Fixtures.assertGolden("minimal.canonical.json", ProblemJson.toBytes(problem));
  }

  /** The canonical form reads back to an equal problem and writes the same bytes again. */
  @Test
  void canonicalFormRoundTrips() throws IOException {
    byte[] canonical = Fixtures.bytes("minimal.canonical.json");
    MatchingProblem problem = Fixtures.problem("minimal.canonical.json");
    assertArrayEquals(canonical, ProblemJson.toBytes(problem));
    assertEquals(Fixtures.problem("minimal.json"), problem);
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) throws IOException {
    MatchingProblem problem = Fixtures.problem("minimal.json");
    Path file = dir.resolve("problem.json");
    ProblemJson.write(problem, file);
    assertEquals(problem, ProblemJson.read(file));
    byte[] bytes = Files.readAllBytes(file);
    assertEquals('\n', bytes[bytes.length - 1]);
    assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\r"));
  }

  @Test
  void anEmptyCohortIsValid() throws IOException {
    MatchingProblem problem = Fixtures.problem("empty-cohort.json");
    assertTrue(problem.students().isEmpty());
    assertTrue(problem.companies().isEmpty());
    assertTrue(problem.places().isEmpty());
    Fixtures.assertGolden("empty-cohort.json", ProblemJson.toBytes(problem));
  }

  @Test
  void aQualificationNoCompanyRecognisesIsStillValidInput() throws IOException {
    MatchingProblem problem = Fixtures.problem("unrecognised-qualification.json");
    assertEquals("99999", problem.students().get(0).wish().qualification().crebo());
  }

  /** A UTF-8 byte-order mark, as some editors write, is allowed (RFC 8259). */
  @Test
  void aByteOrderMarkIsAllowed() throws IOException {
    byte[] json = Fixtures.bytes("minimal.canonical.json");
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertEquals(Fixtures.problem("minimal.canonical.json"),
        Fixtures.problem(withBom, ReadOptions.defaults()));
  }

  @Test
  void readsAStreamWithoutClosingIt() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(Fixtures.bytes("minimal.json")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ProblemJson.read(in);
    assertFalse(closed[0]);
  }
}
