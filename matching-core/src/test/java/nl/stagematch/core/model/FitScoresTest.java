package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stagematch.core.format.SampleCohort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bulk {@link FitModel#scores} gives exactly {@link FitModel#score} for every pair. */
class FitScoresTest {
  private static final MatchingProblem SAMPLE = SampleCohort.load();

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("defaults", FitModel.defaults()),
        Arguments.of("mastery 1", FitModel.builder().masteryLevel(1).build()),
        Arguments.of("mastery 5", FitModel.builder().masteryLevel(5).build()),
        Arguments.of("work processes only",
            FitModel.builder().weights(new FitWeights(1, 0, 0, 0, 0)).build()),
        Arguments.of("no work processes",
            FitModel.builder().weights(new FitWeights(0, 3, 7, 11, 13)).build()),
        Arguments.of("learning room only",
            FitModel.builder().weights(new FitWeights(0, 0, 0, 0, 1)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyAdmissiblePairOfTheSampleScoresAlike(String name, FitModel model) {
    assertAlike(SAMPLE, model, name);
  }

  /** Also on students with the wish's parts left out one at a time. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void studentsWithoutKindsTravelOrHomeScoreAlike(String name, FitModel model) {
    MatchingProblem.Builder b = MatchingProblem.builder().policy(SAMPLE.policy())
        .addCompanies(SAMPLE.companies()).addPlaces(SAMPLE.places());
    List<Student> students = SAMPLE.students();
    for (int i = 0; i < students.size(); i++) {
      Student s = students.get(i);
      switch (i % 4) {
        case 0:
          b.addStudent(new Student(s.id(), s.track(), s.studyYear(), s.firstInternship(),
              s.optedOut(), s.wish(), s.competences(), null));
          break;
        case 1:
          b.addStudent(new Student(s.id(), s.track(), s.studyYear(), s.firstInternship(),
              s.optedOut(), new LearningWish(s.wish().qualification(),
                  Map.of(), null, null, s.wish().period(), null,
                  s.wish().requiredFeatures()), Map.of(), s.home()));
          break;
        default:
          b.addStudent(s);
      }
    }
    assertAlike(b.build(), model, name + ", reduced wishes");
  }

  static void assertAlike(MatchingProblem problem, FitModel model, String what) {
    Eligibility e = Eligibility.compute(problem, model.travelModel());
    long pairs = 0;
    for (int s = 0; s < problem.students().size(); s++) {
      int[] bulk = model.scores(e, s);
      int[] places = e.admissiblePlaces(s);
      Student student = problem.students().get(s);
      for (int k = 0; k < places.length; k++) {
        Place place = problem.places().get(places[k]);
        int one = model.score(student, place, problem.companyOf(place));
        assertEquals(one, bulk[k], what + ": pair (" + student.id() + ", " + place.id() + ")");
        pairs++;
      }
    }
    assertTrue(pairs > 1000, what + ": only " + pairs + " pairs");
  }
}
