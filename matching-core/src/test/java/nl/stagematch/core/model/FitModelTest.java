package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FitModelTest {
  private static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void tinyPairScoreAndExplanationInBothLanguages() {
    MatchingProblem problem = Fixtures.tiny();
    Fit fit = FitModel.defaults().fit(problem, "S-1", "P-1");
    // Work processes 3/3 of weight, company and work kind match, travel slack, learning room 2/3.
    double minutes = TravelTimeModel.defaults().minutes(problem.students().get(0).home(),
        problem.companies().get(0).location(), Transport.BIKE);
    double expected = (500 + 150 + 150 + 100 * (1 - minutes / 45) + 100 * 2.0 / 3) / 1000 * 1000;
    assertEquals(Math.round(expected), fit.score());
    int shown = (int) Math.ceil(minutes);
    assertEquals("2 of 2 wanted work processes can be carried out here (B1-K1-W1, B1-K1-W2);"
        + " kind of company matches (hospital); kind of work matches (nursing); period fits"
        + " (2 Feb-24 Apr 2026); travel " + shown
        + " of 45 minutes by bike; 2 of 3 work processes offered here are new to the student",
        fit.explanation().render(Locale.ENGLISH));
    assertEquals("2 van de 2 gewenste werkprocessen kunnen hier worden uitgevoerd (B1-K1-W1,"
        + " B1-K1-W2); soort bedrijf past (hospital); soort werk past (nursing); periode past"
        + " (2 feb-24 apr 2026); reistijd " + shown
        + " van 45 minuten met de fiets; 2 van de 3 werkprocessen die hier kunnen worden"
        + " uitgevoerd zijn nieuw voor de student", fit.explanation().render(NL));
    assertTrue(fit.render(NL).startsWith("passendheid " + fit.score() + " van 1000: "));
    assertTrue(fit.render(Locale.ENGLISH).startsWith("fit " + fit.score() + " of 1000: "));
    assertEquals(fit.score(), FitModel.defaults().score(problem.students().get(0),
        problem.places().get(0), problem.companies().get(0)));
  }

  @Test
  void mismatchesAreExplained() {
    LearningWish wish = LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .workProcess("B1-K1-W1", 1).workProcess("B1-K3-W9", 1).companyKind("nursing-home")
        .workKind("elderly-care").travelLimit(Transport.PUBLIC_TRANSPORT, 30).build();
    Student s = Student.builder("S-1", wish).build();
    Company c = Fixtures.hospital("C-1");
    Place p = Fixtures.carePlace("P-1", "C-1");
    Fit fit = FitModel.defaults().fit(s, p, c);
    assertEquals("1 of 2 wanted work processes can be carried out here (B1-K1-W1), not here:"
        + " B1-K3-W9; kind of company does not match (wanted: nursing-home, here: hospital);"
        + " kind of work does not match (wanted: elderly-care, here: nursing); period fits (2"
        + " Feb-24 Apr 2026); travel time not"
        + " checked (no home location known; limit 30 minutes by public transport); 3 of 3 work"
        + " processes offered here are new to the student", fit.explanation().render(Locale.UK));
    assertEquals("1 van de 2 gewenste werkprocessen kunnen hier worden uitgevoerd (B1-K1-W1),"
        + " niet hier: B1-K3-W9; soort bedrijf past niet (gewenst: nursing-home, hier: hospital);"
        + " soort werk past niet (gewenst: elderly-care, hier: nursing); periode past (2 feb-24"
        + " apr 2026); reistijd niet"
        + " gecontroleerd (geen woonlocatie bekend; grens 30 minuten met het openbaar vervoer);"
        + " 3 van de 3 werkprocessen die hier kunnen worden uitgevoerd zijn nieuw voor de student",
        fit.explanation().render(NL));
    // 500 * 0.5 + 0 + 0 + 100 * 1 over 500 + 150 + 150 + 100 = 350 / 900.
    assertEquals(Math.round(1000.0 * 350 / 900), fit.score());
  }

  @Test
  void noWishMeansFullFitAndAnExplanationNamingOnlyThePeriod() {
    Student s = Student.builder("S-1",
        LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK).build()).build();
    Company bare = Company.builder("C-1").recognition(Fixtures.CARE_2).sector("care")
        .region("utrecht").location(52, 5).build();
    Fit fit = FitModel.defaults().fit(s, Fixtures.carePlace("P-1", "C-1"), bare);
    assertEquals(1000, fit.score());
    assertEquals("period fits (2 Feb-24 Apr 2026)", fit.explanation().render(Locale.ENGLISH));
    assertEquals("periode past (2 feb-24 apr 2026)", fit.explanation().render(NL));
    FitExplanation none = new FitExplanation(java.util.List.of());
    assertEquals("no wishes beyond the hard rules", none.render(Locale.ENGLISH));
    assertEquals("geen wensen naast de harde eisen", none.render(NL));
  }

  @Test
  void boundsOverRandomPairs() {
    long seed = 20250901L;
    Random rnd = new Random(seed);
    for (int i = 0; i < 500; i++) {
      MatchingProblem p = RandomProblems.generate(rnd.nextLong(), 5, 5);
      for (Student s : p.students()) {
        for (Place place : p.places()) {
          int score = FitModel.defaults().score(s, place, p.companyOf(place));
          assertTrue(score >= 0 && score <= 1000, "seed " + seed + " problem " + i + ": " + score);
        }
      }
    }
  }

  @Test
  void monotoneInMetWorkProcesses() {
    List<String> offered = List.of("B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2", "B1-K3-W1");
    LearningWish.Builder wb = LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK);
    for (String wp : offered) {
      wb.workProcess(wp, 1.0 + wp.length() % 3);
    }
    wb.workProcess("B9-K9-W9", 2.0);
    Student s = Student.builder("S-1", wb.build()).build();
    Place place = Fixtures.carePlace("P-1", "C-1");
    int previous = -1;
    List<String> recognised = new ArrayList<>();
    for (int k = 0; k <= offered.size(); k++) {
      Company c = Company.builder("C-1")
          .recognition(Fixtures.CARE_2, recognised.toArray(new String[0]))
          .sector("care").region("utrecht").location(52, 5).build();
      int score = FitModel.defaults().score(s, place, c);
      assertTrue(score > previous, "met " + k + ": " + score + " after " + previous);
      previous = score;
      if (k < offered.size()) {
        recognised.add(offered.get(k));
      }
    }
  }

  @Test
  void learningWishWeighsMoreThanCompetences() {
    LearningWish wish = LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .workProcess("B1-K1-W1", 1).build();
    Student novice = Student.builder("S-1", wish).build();
    Student expert = Student.builder("S-2", wish).competence("B1-K1-W1", 5)
        .competence("B1-K1-W2", 5).competence("B1-K2-W1", 5).build();
    Company c = Fixtures.hospital("C-1");
    Place p = Fixtures.carePlace("P-1", "C-1");
    int noviceScore = FitModel.defaults().score(novice, p, c);
    int expertScore = FitModel.defaults().score(expert, p, c);
    assertTrue(noviceScore > expertScore, noviceScore + " vs " + expertScore);
    Company without = Company.builder("C-1").recognition(Fixtures.CARE_2, "B1-K2-W2")
        .sector("care").region("utrecht").location(52, 5).build();
    assertTrue(expertScore > FitModel.defaults().score(novice, p, without));
  }

  @Test
  void weightsAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FitWeights(-1, 1, 1, 1, 1));
    assertTrue(e.getMessage().contains("weight (-1.0) of fit component (workProcesses)"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FitWeights(1, Double.NaN, 1, 1, 1));
    assertTrue(e.getMessage().contains("weight (NaN) of fit component (companyKind)"));
    e = assertThrows(IllegalArgumentException.class, () -> new FitWeights(0, 0, 0, 0, 0));
    assertTrue(e.getMessage().contains("at least one must be positive"));
    assertThrows(IllegalArgumentException.class, () -> FitModel.builder().masteryLevel(6));
  }

  @Test
  void onlyWorkProcessesWhenOtherWeightsAreZero() {
    FitModel m = FitModel.builder().weights(new FitWeights(1, 0, 0, 0, 0)).build();
    LearningWish wish = LearningWish.builder(Fixtures.CARE_2, Fixtures.SPRING_BLOCK)
        .workProcess("B1-K1-W1", 3).workProcess("B1-K9-W9", 1).companyKind("x").build();
    Fit fit = m.fit(Student.builder("S-1", wish).build(), Fixtures.carePlace("P-1", "C-1"),
        Fixtures.hospital("C-1"));
    assertEquals(750, fit.score());
  }
}
