package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import org.junit.jupiter.api.Test;

class ResearchCohortTest {
  private static final MatchingProblem SAMPLE = SampleCohort.load();

  @Test
  void syntheticGroupHasTheAskedShareAndIsSeeded() {
    int n = SAMPLE.students().size();
    for (double share : new double[] {0.0, 0.2, 0.5, 1.0}) {
      ResearchCohort c = ResearchCohort.withSyntheticGroup("sample", SAMPLE, share, 7);
      double got = c.group().size() / (double) n;
      // binomial: 4 standard deviations at n = 1706 is below 0.05
      assertTrue(Math.abs(got - share) < 0.05, "share " + share + " gave " + got);
      assertEquals(n, c.schools().size());
      assertEquals(c, ResearchCohort.withSyntheticGroup("sample", SAMPLE, share, 7));
    }
    assertTrue(!ResearchCohort.withSyntheticGroup("s", SAMPLE, 0.3, 1).group()
        .equals(ResearchCohort.withSyntheticGroup("s", SAMPLE, 0.3, 2).group()));
  }

  @Test
  void schoolsAreTheThreeSyntheticOnes() {
    ResearchCohort c = ResearchCohort.withSyntheticGroup("sample", SAMPLE, 0.2, 3);
    assertEquals(Set.of("roc-a", "roc-b", "roc-c"), Set.copyOf(c.schools().values()));
  }

  @Test
  void refusesAGroupOrSchoolOfAnotherCohort() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ResearchCohort("x", SAMPLE, Set.of("nobody-1"), Map.of()));
    assertTrue(e.getMessage().contains("(nobody-1)"), e.getMessage());
    String first = SAMPLE.students().get(0).id();
    e = assertThrows(IllegalArgumentException.class,
        () -> new ResearchCohort("x", SAMPLE, Set.of(), Map.of(first, "roc-a")));
    assertTrue(e.getMessage().contains("cover 1 of"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ResearchCohort.withSyntheticGroup("x", SAMPLE, 1.5, 1));
    assertTrue(e.getMessage().contains("(1.5)"), e.getMessage());
  }
}
