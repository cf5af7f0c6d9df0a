package nl.stagematch.bench.research.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CohortSpecTest {

  @Test
  void defaultsAreDocumented() {
    CohortSpec d = CohortSpec.defaults();
    assertEquals(10_000, d.students());
    assertEquals(1.0, d.tightness());
    assertEquals(0.25, d.groupShare());
    assertEquals(0.0, d.groupSkew());
    assertEquals(5, d.regions());
    assertEquals(3, d.schools());
    assertEquals("students=10000,tightness=1.0,group-share=0.25,group-skew=0.0,regions=5,"
        + "schools=3", d.toString());
  }

  @Test
  void parsesAnySubsetAndDefaultsTheRest() {
    CohortSpec s = CohortSpec.parse("students=10000,tightness=1.0,group-share=0.2,regions=5,"
        + "schools=3");
    assertEquals(CohortSpec.defaults().withGroupShare(0.2), s);
    assertEquals(CohortSpec.defaults().withTightness(1.1), CohortSpec.parse(" tightness = 1.1 "));
    assertEquals(new CohortSpec(500, 1.0, 0.25, 0.5, 2, 4),
        CohortSpec.parse("schools=4,group-skew=0.5,regions=2,students=500"));
    assertEquals(new CohortSpec(500, 1.2, 0.3, 4, 2),
        CohortSpec.parse("students=500,tightness=1.2,group-share=0.3,regions=4,schools=2"));
    assertEquals(CohortSpec.defaults(), CohortSpec.parse(""));
    assertEquals(CohortSpec.defaults(), CohortSpec.parse("  "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"students=1", "tightness=0.5,regions=20", "group-share=0,schools=99",
      "group-share=1,group-skew=1,students=0", "tightness=10,regions=1,schools=1"})
  void roundTripsThroughTheCanonicalText(String text) {
    CohortSpec s = CohortSpec.parse(text);
    assertEquals(s, CohortSpec.parse(s.toString()), text);
    assertEquals(s.toString(), CohortSpec.parse(s.toString()).toString(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "size=10|size|10",
      "students=many|students|many",
      "students=1.5|students|1.5",
      "tightness=x|tightness|x",
      "tightness=NaN|tightness|NaN",
      "tightness=0|tightness|0.0",
      "tightness=11|tightness|11.0",
      "group-share=1.2|group-share|1.2",
      "group-share=-0.1|group-share|-0.1",
      "group-skew=2|group-skew|2.0",
      "regions=0|regions|0",
      "regions=21|regions|21",
      "schools=100|schools|100",
      "students=-5|students|-5",
      "students=2000000|students|2000000"})
  void refusesABadKeyOrValueNamingItAndListingTheKeys(String text, String key, String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CohortSpec.parse(text));
    String m = e.getMessage();
    assertTrue(m.contains(key), m);
    assertTrue(m.contains("(" + value + ")"), m);
    assertTrue(m.contains("students, tightness, group-share, group-skew, regions, schools"), m);
  }

  @Test
  void refusesARepeatedKeyAndAPartWithoutValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CohortSpec.parse("students=5,students=6"));
    assertTrue(e.getMessage().contains("(students) is given twice"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CohortSpec.parse("students"));
    assertTrue(e.getMessage().contains("(students)") && e.getMessage().contains("key=value"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CohortSpec.parse("students=5,"));
    assertTrue(e.getMessage().contains("Valid keys"), e.getMessage());
  }

  @Test
  void theConstructorChecksTheRanges() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CohortSpec(10, 1.0, 0.25, 0, 5, 0));
    assertTrue(e.getMessage().contains("schools (0)"), e.getMessage());
  }
}
