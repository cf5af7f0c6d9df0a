package nl.stagematch.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.stagematch.core.model.MatchingProblem;

/**
 * The sample cohort embedded in the library: a small, realistic, entirely synthetic matching
 * problem to try the library and the command line on ({@code stagematch validate --sample}).
 *
 * <p>It is the output of the bench's {@code SampleCohortGenerator} with seed {@link #SEED},
 * written with {@link ProblemJson#write}; a test regenerates it and compares the bytes, so the
 * embedded file cannot drift from the generator. To regenerate it after changing the generator:
 *
 * <pre>
 * mvn -B -q -pl matching-bench -am package -DskipTests
 * java -jar matching-bench/target/stagematch.jar sample \
 *     --out matching-core/src/main/resources/nl/stagematch/core/sample/sample-cohort.json
 * </pre>
 */
public final class SampleCohort {
  /** The seed the embedded sample cohort was generated with. */
  public static final long SEED = 2025L;

  /** Where the sample lives on the class path (module path) of this library. */
  public static final String RESOURCE = "/nl/stagematch/core/sample/sample-cohort.json";

  private SampleCohort() {}

  /**
   * Returns the canonical bytes of the embedded sample cohort.
   *
   * @return the problem document's bytes
   */
  public static byte[] bytes() {
    try (InputStream in = SampleCohort.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The sample cohort (" + RESOURCE + ") is missing from the"
            + " library; the build is broken.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the sample cohort (" + RESOURCE + ") failed", e);
    }
  }

  /**
   * Reads and returns the embedded sample cohort.
   *
   * @return the sample problem
   */
  public static MatchingProblem load() {
    try (InputStream in = SampleCohort.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The sample cohort (" + RESOURCE + ") is missing from the"
            + " library; the build is broken.");
      }
      return ProblemJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the sample cohort (" + RESOURCE + ") failed", e);
    } catch (JsonFormatException e) {
      throw new IllegalStateException("The embedded sample cohort is invalid; the build is"
          + " broken.\n" + e.getMessage(), e);
    }
  }
}
