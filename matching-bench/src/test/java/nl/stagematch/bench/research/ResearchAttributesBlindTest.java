package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.bench.research.v0.TodaysPractice;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.spi.MatchRequest;
import org.junit.jupiter.api.Test;

/**
 * The research group never reaches a variant: the matching input has no place for it, and every
 * blind contender gives the same result whichever students are in the group.
 */
class ResearchAttributesBlindTest {
  private static final MatchingProblem SAMPLE = SampleCohort.load();

  @Test
  void everyBlindContenderGivesTheSameResultForTwoOppositeGroups() {
    Set<String> thirds = new TreeSet<>();
    Set<String> rest = new TreeSet<>();
    for (int i = 0; i < SAMPLE.students().size(); i++) {
      (i % 3 == 0 ? thirds : rest).add(SAMPLE.students().get(i).id());
    }
    ResearchCohort drawn = ResearchCohort.withSyntheticGroup("sample", SAMPLE, 0.25, 5);
    ResearchCohort a = new ResearchCohort("sample", SAMPLE, thirds, drawn.schools());
    ResearchCohort b = new ResearchCohort("sample", SAMPLE, rest, drawn.schools());
    int compared = 0;
    for (Arm arm : Arms.defaults().all()) {
      ArmRun runA = arm.run(a, 5);
      ArmRun runB = arm.run(b, 5);
      if (arm.name().equals(TodaysPractice.NAME) || arm.name().equals(Arms.TWO_BY_TWO_BIASED)) {
        // the negative control: these read the group on purpose (a company's klikgesprek)
        assertNotEquals(runA.result().placements(), runB.result().placements(), arm.name());
      } else {
        // everything but the stage times (wall clock, never reproducible)
        assertEquals(runA.result(), runB.result(), arm.name() + " saw the group");
        assertEquals(runA.applications(), runB.applications(), arm.name() + " saw the group");
        assertEquals(runA.figures(), runB.figures(), arm.name() + " saw the group");
        compared++;
      }
    }
    assertTrue(compared >= 6, "blind contenders compared: " + compared);
  }

  @Test
  void theMatchingInputHasNoPlaceForAResearchAttribute() {
    // every type reachable from a match request's components, within the library
    Deque<Class<?>> todo = new ArrayDeque<>(Set.of(MatchRequest.class, MatchingProblem.class,
        Student.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c) || !c.getName().startsWith("nl.stagematch.")) {
        continue;
      }
      assertFalse(c.getName().startsWith("nl.stagematch.bench"), c.getName());
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          assertFalse(rc.getName().toLowerCase(Locale.ROOT).contains("group"),
              c.getSimpleName() + "." + rc.getName());
          reach(rc.getGenericType(), todo);
        }
      }
      for (Method m : c.getMethods()) {
        if (m.getParameterCount() == 0 && m.getDeclaringClass() == c) {
          assertFalse(m.getName().toLowerCase(Locale.ROOT).contains("group"),
              c.getSimpleName() + "." + m.getName() + "()");
          reach(m.getGenericReturnType(), todo);
        }
      }
    }
    assertTrue(seen.size() > 10, "types checked: " + seen.size());
  }

  private static void reach(Type t, Deque<Class<?>> todo) {
    if (t instanceof Class<?> c) {
      todo.push(c.isArray() ? c.getComponentType() : c);
    } else if (t instanceof ParameterizedType p) {
      reach(p.getRawType(), todo);
      for (Type arg : p.getActualTypeArguments()) {
        reach(arg, todo);
      }
    }
  }
}
