package nl.stagematch.bench.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;

/** The small problem the fuzz targets check their inputs against (two students, two places). */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC);
  private static MatchingProblem problem;

  private Fixtures() {}

  static synchronized MatchingProblem problem() {
    if (problem == null) {
      try (InputStream in = Fixtures.class.getResourceAsStream(
          "/nl/stagematch/bench/cli/valid.json")) {
        problem = ProblemJson.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return problem;
  }
}
