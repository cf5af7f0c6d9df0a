package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cohort the seeded generators make satisfies the id grammar of docs/format.md#ids and has
 * no code named after a protected ground, and its document is read back by the strict reader
 * (which checks every key and id again).
 */
class PseudonymousCohortsTest {

  @TestFactory
  Stream<DynamicTest> everyGeneratedCohortIsPseudonymous() {
    Stream<DynamicTest> sample = LongStream.of(SampleCohortGenerator.DEFAULT_SEED, 77L)
        .mapToObj(seed -> DynamicTest.dynamicTest("sample seed " + seed,
            () -> check("sample seed " + seed, SampleCohortGenerator.generate(seed))));
    Stream<DynamicTest> national = LongStream.of(3L, 4L)
        .mapToObj(seed -> DynamicTest.dynamicTest("national seed " + seed,
            () -> check("national seed " + seed,
                UniformCohortGenerator.generate(seed, 2000, 800, 300, 20))));
    Stream<DynamicTest> research = LongStream.of(11L, 12L)
        .mapToObj(seed -> DynamicTest.dynamicTest("research seed " + seed, () -> {
          ResearchCohort cohort = ResearchCohortGenerator.generate(
              CohortSpec.defaults().withStudents(1000), seed);
          check("research seed " + seed, cohort.problem());
          cohort.schools().forEach((student, school) -> assertEquals(Optional.empty(),
              Pseudonyms.personalShape(school, Pseudonyms.Kind.SCHOOL),
              "research seed " + seed + ": school " + school));
        }));
    return Stream.of(sample, national, research).flatMap(s -> s);
  }

  private static void check(String label, MatchingProblem problem) throws IOException {
    for (Student s : problem.students()) {
      assertEquals(Optional.empty(), Pseudonyms.personalShape(s.id(), Pseudonyms.Kind.STUDENT),
          label + ": student " + s.id());
      s.wish().requiredFeatures().forEach(f -> assertEquals(Optional.empty(),
          ProblemJson.protectedGround(f), label + ": feature " + f));
      s.wish().workProcesses().keySet().forEach(w -> assertEquals(Optional.empty(),
          ProblemJson.personalCategory(w), label + ": work process " + w));
    }
    for (Company c : problem.companies()) {
      assertEquals(Optional.empty(), Pseudonyms.personalShape(c.id(), Pseudonyms.Kind.COMPANY),
          label + ": company " + c.id());
    }
    for (Place p : problem.places()) {
      assertEquals(Optional.empty(), Pseudonyms.personalShape(p.id(), Pseudonyms.Kind.PLACE),
          label + ": place " + p.id());
      p.features().forEach(f -> assertEquals(Optional.empty(), ProblemJson.protectedGround(f),
          label + ": feature " + f));
    }
    byte[] bytes = ProblemJson.toBytes(problem);
    assertEquals(problem, ProblemJson.read(new ByteArrayInputStream(bytes)), label);
  }
}
