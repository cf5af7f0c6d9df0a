package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.Student;

/**
 * The problem reader ({@code stagematch-problem/1}) on any bytes: a problem or a user error. Of an
 * accepted problem, no id has a personal shape, no key of a free-form map or set (work processes,
 * competences, required and offered features) is a personal field or a protected ground, and its
 * canonical document reads back as the same problem. Seeds: {@code
 * ProblemReaderFuzzTestInputs/problemDocument/}; a longer session: see docs/security.md.
 */
class ProblemReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void problemDocument(byte[] data) {
    UserErrors.check(() -> {
      MatchingProblem problem = ProblemJson.read(new ByteArrayInputStream(data));
      for (Student s : problem.students()) {
        UserErrors.notPersonal(s.id());
        s.wish().workProcesses().keySet().forEach(UserErrors::notPersonalKey);
        s.wish().requiredFeatures().forEach(UserErrors::notPersonalKey);
        s.competences().keySet().forEach(UserErrors::notPersonalKey);
      }
      for (Company c : problem.companies()) {
        UserErrors.notPersonal(c.id());
        for (Recognition r : c.recognitions()) {
          r.workProcesses().forEach(UserErrors::notPersonalKey);
        }
      }
      for (Place p : problem.places()) {
        UserErrors.notPersonal(p.id());
        p.features().forEach(UserErrors::notPersonalKey);
      }
      UserErrors.readsBack(problem);
    });
  }
}
