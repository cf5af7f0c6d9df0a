package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;

/**
 * The problem reader ({@code stagematch-problem/1}) on any bytes: a problem or a user error, and
 * no id of an accepted problem has a personal shape. Seeds: {@code
 * ProblemReaderFuzzTestInputs/problemDocument/}; a longer session: see docs/security.md.
 */
class ProblemReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void problemDocument(byte[] data) {
    UserErrors.check(() -> {
      MatchingProblem problem = ProblemJson.read(new ByteArrayInputStream(data));
      for (Student s : problem.students()) {
        UserErrors.notPersonal(s.id());
      }
      for (Company c : problem.companies()) {
        UserErrors.notPersonal(c.id());
      }
      for (Place p : problem.places()) {
        UserErrors.notPersonal(p.id());
      }
    });
  }
}
