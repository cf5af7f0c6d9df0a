package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;

/**
 * The embedded sample loads and is in canonical form. (That it is the generator's output is
 * checked in matching-bench, where the generator lives.)
 */
class SampleCohortTest {

  @Test
  void loadsAndIsCanonical() {
    MatchingProblem sample = SampleCohort.load();
    assertTrue(sample.students().size() > 1000, sample.students().size() + " students");
    assertTrue(sample.places().size() > 100, sample.places().size() + " places");
    assertArrayEquals(SampleCohort.bytes(), ProblemJson.toBytes(sample));
  }
}
