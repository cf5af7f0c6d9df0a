package nl.stagematch.bench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.variants.process.AnswersFile;

/**
 * The answers reader ({@code stagematch-answers/1}) on any bytes, and the answers checked against
 * the small problem: a responder or a user error naming the path. Seeds: {@code
 * AnswersFuzzTestInputs/answersFile/}.
 */
class AnswersFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void answersFile(byte[] data) {
    UserErrors.check(() -> {
      AnswersFile answers = AnswersFile.parse(InputFiles.decodeUtf8(data, "answers"));
      answers.responder(Fixtures.problem());
    });
  }
}
