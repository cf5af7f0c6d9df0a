package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.VariantOption;
import org.junit.jupiter.api.Test;

/** The registry: explicit built-ins, lookup by name, and refusal of duplicate names. */
class VariantsTest {

  @Test
  void builtInsAreRegisteredInOrder() {
    assertEquals(List.of("school-placement", "two-by-two", "blind-shortlist", "student-choice",
        "regional-allocation"), List.copyOf(Variants.builtIn().names()));
    assertEquals(Variants.builtIn().names(), Variants.load().names(),
        "no third-party variant is on the test path");
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Variants.builtIn().get("lottery-only"));
    assertEquals("Unknown variant (lottery-only). Known variants: school-placement, two-by-two,"
        + " blind-shortlist, student-choice, regional-allocation.\nMaybe check the spelling.",
        x.getMessage());
  }

  @Test
  void duplicateNamesFailNamingBothClasses() {
    MatchingVariant copy = new Renamed("two-by-two");
    IllegalStateException x = assertThrows(IllegalStateException.class,
        () -> Variants.of(List.of(new TwoByTwo(), copy)));
    assertTrue(x.getMessage().startsWith("Two variants are named (two-by-two): "
        + TwoByTwo.class.getName() + " and " + Renamed.class.getName() + "."), x.getMessage());
  }

  @Test
  void malformedNameFails() {
    IllegalStateException x = assertThrows(IllegalStateException.class,
        () -> Variants.of(List.of(new Renamed("Two By Two"))));
    assertTrue(x.getMessage().contains("has the name (Two By Two)"), x.getMessage());
  }

  @Test
  void everyBuiltInDeclaresTheBasics() {
    for (MatchingVariant v : Variants.builtIns()) {
      assertTrue(v.has(Capability.DETERMINISTIC_GIVEN_SEED), v.name());
      assertTrue(v.has(Capability.SUPPORTS_PINS) && v.has(Capability.SUPPORTS_FORBIDDEN),
          v.name());
      assertTrue(v.has(Capability.USES_LOTTERY), v.name());
      assertTrue(v.description().length() <= 100, v.name() + ": " + v.description().length());
      for (VariantOption o : v.options()) {
        assertEquals(o.defaultValue(), o.parse(o.defaultValue()), v.name() + " " + o.name());
      }
    }
    assertTrue(Variants.builtIn().get("two-by-two").has(Capability.TWO_STAGE));
    assertTrue(Variants.builtIn().get("student-choice").has(Capability.STABLE));
    assertTrue(Variants.builtIn().get("regional-allocation").has(Capability.MULTI_SCHOOL));
  }

  @Test
  void anInvalidOptionValueIsRefusedWithTheAllowedValues() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Variants.builtIn().get("two-by-two").match(MatchRequest.builder(
            Fixtures.uniform(2, 1, 1)).option("cycle-rule", "random").build()));
    assertEquals("The value (random) of option (cycle-rule) is not one of both-sides,"
        + " students-first, places-first.\nMaybe use the default both-sides.", x.getMessage());
  }

  @Test
  void anInadmissiblePinIsRefusedWithTheReason() {
    var p = TestCohorts.generate(3, 30, 1.0);
    var e = nl.stagematch.core.model.Eligibility.compute(p);
    String student = null;
    String place = null;
    for (int s = 0; s < p.students().size() && student == null; s++) {
      for (int q = 0; q < p.places().size(); q++) {
        if (e.reason(s, q).filter(r -> r.name().equals("QUALIFICATION")).isPresent()) {
          student = p.students().get(s).id();
          place = p.places().get(q).id();
          break;
        }
      }
    }
    MatchRequest req = MatchRequest.builder(p).pin(student, place).build();
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Variants.builtIn().get("school-placement").match(req));
    assertTrue(x.getMessage().startsWith("The pinned pair (" + student + ", " + place
        + ") is not admissible: QUALIFICATION"), x.getMessage());
  }

  /** A variant under another name, for the registry tests. */
  static final class Renamed implements MatchingVariant {
    private final String name;

    Renamed(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "a copy of school placement under another name";
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of();
    }

    @Override
    public List<VariantOption> options() {
      return List.of();
    }

    @Override
    public Proposal match(MatchRequest request) {
      return new SchoolPlacement().match(request);
    }
  }
}
