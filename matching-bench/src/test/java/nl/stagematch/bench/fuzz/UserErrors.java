package nl.stagematch.bench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.stagematch.bench.instance.InstanceFormatException;
import nl.stagematch.core.format.CsvImportException;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.format.JsonFormatException;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.InvalidProblemException;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.variants.process.TrailVerificationException;

/**
 * The property every fuzz target checks: the input ends in a result or in a user error, never in
 * another exception; and a user error's message is safe to print (no control character but the
 * line break, so no terminal control and no byte from the input that forges a line of its own)
 * and bounded.
 */
final class UserErrors {
  /** Longer messages are a sign that input is echoed without a bound. */
  static final int MAX_MESSAGE = 20_000;

  private UserErrors() {}

  /** Something a reader does with the fuzzer's input. */
  interface Body {
    void run() throws Exception;
  }

  /** Runs {@code body}: a user error passes, any other exception fails the target. */
  static void check(Body body) {
    try {
      body.run();
    } catch (JsonFormatException | CsvImportException | TrailVerificationException
        | InvalidProblemException | InvalidValueException | InputFiles.MalformedTextException
        | InstanceFormatException e) {
      checkMessage(e);
    } catch (IllegalArgumentException e) {
      // the variants' readers refuse with the place of the error: a JSON path or a line
      String m = String.valueOf(e.getMessage());
      if (!(m.startsWith("$") || m.startsWith("Malformed JSON in "))) {
        throw new AssertionError("not a user error (no place named): " + m, e);
      }
      checkMessage(e);
    } catch (IOException e) {
      throw new UncheckedIOException("not a user error", e);
    } catch (Exception e) {
      throw new AssertionError("not a user error: " + e, e);
    }
  }

  /** Fails if an accepted value has the shape of personal data (as far as the library knows). */
  static void notPersonal(String value) {
    ProblemJson.personalValue(value).ifPresent(category -> {
      throw new AssertionError("a personal value was accepted (" + category + ")");
    });
  }

  /**
   * Fails if an accepted key of a free-form map or set (a work process, a competence, a feature)
   * names a personal field or a protected ground.
   */
  static void notPersonalKey(String key) {
    ProblemJson.personalCategory(key).ifPresent(category -> {
      throw new AssertionError("a personal key was accepted (" + category + ")");
    });
    ProblemJson.protectedGround(key).ifPresent(ground -> {
      throw new AssertionError("a key naming a protected ground was accepted (" + ground + ")");
    });
    notPersonal(key);
  }

  /** Fails if the canonical document of an accepted problem does not read back as the problem. */
  static void readsBack(MatchingProblem problem) throws IOException {
    byte[] bytes = ProblemJson.toBytes(problem);
    MatchingProblem again;
    try {
      again = ProblemJson.read(new ByteArrayInputStream(bytes));
    } catch (JsonFormatException | InvalidProblemException e) {
      throw new AssertionError("the canonical document of an accepted problem is refused: "
          + e.getMessage(), e);
    }
    if (!again.equals(problem)) {
      throw new AssertionError("the canonical document of an accepted problem reads back as"
          + " another problem");
    }
  }

  static void checkMessage(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isEmpty()) {
      throw new AssertionError("a user error without a message", e);
    }
    if (m.length() > MAX_MESSAGE) {
      throw new AssertionError("a user error of " + m.length() + " characters", e);
    }
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202A' && c <= '\u202E')) {
        throw new AssertionError(String.format("the message has the control character U+%04X at"
            + " %d: %s", (int) c, i, m.replace((char) 0x1B, '?')), e);
      }
    }
  }
}
