package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;

class UniformCohortGeneratorTest {

  @Test
  void deterministicValidAndOfTheAskedSize() {
    MatchingProblem a = UniformCohortGenerator.generate(9L, 2000, 800, 300, 12);
    assertEquals(a, UniformCohortGenerator.generate(9L, 2000, 800, 300, 12));
    assertNotEquals(a, UniformCohortGenerator.generate(10L, 2000, 800, 300, 12));
    assertEquals(2000, a.students().size());
    assertEquals(800, a.places().size());
    assertEquals(300, a.companies().size());
    Eligibility e = Eligibility.compute(a);
    assertTrue(e.report().studentsWithAdmissiblePlace() > 1000, e.report().toString());
  }

  @Test
  void sizesAreChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UniformCohortGenerator.generate(1L, 10, 10, 0, 1));
    assertTrue(e.getMessage().contains("companies 0"), e.getMessage());
  }
}
