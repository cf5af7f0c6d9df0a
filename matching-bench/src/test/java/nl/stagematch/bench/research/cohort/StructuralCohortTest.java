package nl.stagematch.bench.research.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.ResearchOptionException;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structural mode (docs/calibration.md, "The structural mode"): the group keeps its share but
 * sits in the cities of the largest towns, in care and at the lower levels, and travels less by
 * bike and car. Every figure is recomputed here from the cohort's students (home, qualification,
 * travel limit) with the published odds, not taken from the generator.
 */
class StructuralCohortTest {
  private static final Set<String> G4 = Set.of("amsterdam", "rotterdam", "den-haag", "utrecht");

  /** Counts [in group, all] per class of student. */
  private static final class Counts {
    final int[] g4City = new int[2];
    final int[] otherCity = new int[2];
    final int[] surroundings = new int[2];
    final int[] lower = new int[2];
    final int[] upper = new int[2];
    final int[][] transportGroup = new int[Transport.values().length][1];
    final int[][] transportOthers = new int[Transport.values().length][1];
    int group;
    int others;
  }

  private static void add(int[] c, boolean in) {
    c[1]++;
    if (in) {
      c[0]++;
    }
  }

  private static double share(int[] c) {
    return c[0] / (double) c[1];
  }

  static Counts count(ResearchCohort cohort) {
    Counts c = new Counts();
    for (Student s : cohort.problem().students()) {
      boolean in = cohort.inGroup(s.id());
      Catalog.Region nearest = null;
      double best = Double.MAX_VALUE;
      for (Catalog.Region r : Catalog.REGIONS) {
        double dy = (s.home().latitude() - r.latitude()) * 111.2;
        double dx = (s.home().longitude() - r.longitude()) * 111.2
            * Math.cos(Math.toRadians(r.latitude()));
        double d = Math.sqrt(dx * dx + dy * dy);
        if (d < best) {
          best = d;
          nearest = r;
        }
      }
      boolean city = best < 3.0 * Math.sqrt(2 * Math.log(2));
      add(!city ? c.surroundings : G4.contains(nearest.code()) ? c.g4City : c.otherCity, in);
      add(s.wish().qualification().level() <= 2 ? c.lower : c.upper, in);
      Transport t = s.wish().travelLimit().transport();
      (in ? c.transportGroup : c.transportOthers)[t.ordinal()][0]++;
      if (in) {
        c.group++;
      } else {
        c.others++;
      }
    }
    return c;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void theGroupSitsWhereTheSourcesSayAndKeepsItsShare(long seed) {
    ResearchCohort cohort = ResearchCohortGenerator.generate(CohortSpec.parse("structure=1"),
        seed);
    Counts c = count(cohort);
    int n = cohort.problem().students().size();
    double share = cohort.group().size() / (double) n;
    assertTrue(Math.abs(share - 0.25) <= 0.02, "seed " + seed + ": share " + share);
    // odds 6 : 2 : 1 (CBS); the level factor is the same in every home class
    double g4 = share(c.g4City) / share(c.surroundings);
    double other = share(c.otherCity) / share(c.surroundings);
    assertTrue(g4 > 4.5 && g4 < 7.5, "seed " + seed + ": G4 city / surroundings " + g4);
    assertTrue(other > 1.4 && other < 2.7, "seed " + seed + ": other city / surroundings "
        + other);
    double levels = share(c.lower) / share(c.upper);
    assertTrue(levels > 1.25 && levels < 1.8, "seed " + seed + ": levels 1-2 / 3-4 " + levels);
    // bike 25% x 10/27 = 9%, car 10% x 66/85 = 8% for the group; 25% and 10% for the others
    double bikeGroup = c.transportGroup[Transport.BIKE.ordinal()][0] / (double) c.group;
    double carGroup = c.transportGroup[Transport.CAR.ordinal()][0] / (double) c.group;
    double bikeOthers = c.transportOthers[Transport.BIKE.ordinal()][0] / (double) c.others;
    assertTrue(Math.abs(bikeGroup - 0.09) < 0.02, "seed " + seed + ": group bike " + bikeGroup);
    assertTrue(Math.abs(carGroup - 0.08) < 0.02, "seed " + seed + ": group car " + carGroup);
    assertTrue(Math.abs(bikeOthers - 0.25) < 0.02, "seed " + seed + ": others bike "
        + bikeOthers);
  }

  @Test
  void theDefaultModeKeepsTheGroupIndependentOfHome() {
    Counts c = count(ResearchCohortGenerator.generate(CohortSpec.defaults(), 1));
    double g4 = share(c.g4City) / share(c.surroundings);
    assertTrue(g4 > 0.85 && g4 < 1.15, "G4 city / surroundings " + g4);
    double bike = c.transportGroup[Transport.BIKE.ordinal()][0] / (double) c.group;
    assertTrue(Math.abs(bike - 0.25) < 0.03, "group bike " + bike);
  }

  @Test
  void theSpecReadsAndWritesTheMode() {
    CohortSpec spec = CohortSpec.parse("students=500,structure=1");
    assertTrue(spec.structure());
    assertEquals(spec, CohortSpec.parse(spec.toString()));
    assertEquals("students=10000,tightness=1.0,group-share=0.25,group-skew=0.0,regions=5,"
        + "schools=3", CohortSpec.defaults().toString());
    ResearchOptionException bad = assertThrows(ResearchOptionException.class,
        () -> CohortSpec.parse("structure=yes"));
    assertEquals("COHORT_SPEC_STRUCTURE", bad.messages().get(0).code());
    ResearchOptionException both = assertThrows(ResearchOptionException.class,
        () -> CohortSpec.parse("structure=1,group-skew=0.5"));
    assertEquals("COHORT_SPEC_STRUCTURE_AND_SKEW", both.messages().get(0).code());
  }
}
