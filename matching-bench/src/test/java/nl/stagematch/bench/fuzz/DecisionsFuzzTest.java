package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.DecisionsFile;
import nl.stagematch.variants.process.MatchingSession;

/**
 * The decisions reader ({@code stagematch-decisions/1}) on any bytes, and the decisions applied to
 * a session of the small problem: a session or a user error naming the step. No accepted decision
 * carries an id or note reference with a personal shape. Seeds: {@code
 * DecisionsFuzzTestInputs/decisionsFile/}.
 */
class DecisionsFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void decisionsFile(byte[] data) {
    UserErrors.check(() -> {
      DecisionsFile decisions = DecisionsFile.parse(InputFiles.decodeUtf8(data, "decisions"));
      for (DecisionsFile.Step step : decisions.steps()) {
        if (step instanceof DecisionsFile.Decide decide) {
          Decision d = decide.decision();
          UserErrors.notPersonal(d.coordinator());
          UserErrors.notPersonal(d.studentId());
          if (d.placeId() != null) {
            UserErrors.notPersonal(d.placeId());
          }
          if (d.noteRef() != null) {
            UserErrors.notPersonal(d.noteRef());
          }
        } else if (step instanceof DecisionsFile.Rematch rematch) {
          UserErrors.notPersonal(rematch.coordinator());
        }
      }
      MatchingSession session = MatchingSession.builder(Fixtures.problem(), "school-placement")
          .seed(1).clock(Fixtures.CLOCK).start("K-01");
      decisions.applyTo(session);
    });
  }
}
