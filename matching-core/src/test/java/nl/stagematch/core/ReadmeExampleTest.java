package nl.stagematch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.Fit;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;
import org.junit.jupiter.api.Test;

/** The README's API example, verbatim between the markers, so that it is known to compile. */
class ReadmeExampleTest {

  @Test
  void readmeExampleCompilesAndPrintsTheDutchExplanation() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README example: begin
      Qualification care2 = Qualification.of("25498", 2);
      Period spring = Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));

      Company hospital = Company.builder("C-1")
          .recognition(care2, "B1-K1-W1", "B1-K1-W2", "B1-K2-W1")
          .size(SizeClass.LARGE).sector("care").kind("hospital")
          .region("utrecht").location(52.0870, 5.1790)
          .build();
      Place place = Place.builder("P-1", "C-1", care2, spring).capacity(2).build();
      Student student = Student.builder("S-1",
              LearningWish.builder(care2, spring)
                  .workProcess("B1-K1-W1", 2.0)
                  .workProcess("B1-K2-W3", 1.0)
                  .companyKind("hospital")
                  .travelLimit(Transport.BIKE, 45)
                  .build())
          .home(52.0907, 5.1214)
          .build();

      MatchingProblem problem = MatchingProblem.builder()
          .policy(Policy.defaults(SchoolYear.of(2025)))
          .addCompany(hospital).addPlace(place).addStudent(student)
          .build();

      Eligibility eligibility = Eligibility.compute(problem);
      if (eligibility.isAdmissible("S-1", "P-1")) {
        Fit fit = FitModel.defaults().fit(problem, "S-1", "P-1");
        System.out.println(fit.render(Locale.forLanguageTag("nl")));
      }
      // README example: end
    } finally {
      System.setOut(original);
    }
    assertEquals("passendheid 750 van 1000: 1 van de 2 gewenste werkprocessen kunnen hier worden"
        + " uitgevoerd (B1-K1-W1), niet hier: B1-K2-W3; soort bedrijf past (hospital); periode"
        + " past (2 feb-24 apr 2026); reistijd 21 van 45 minuten met de fiets; 3 van de 3 werkprocessen die hier kunnen worden"
        + " uitgevoerd zijn nieuw voor de student" + System.lineSeparator(),
        printed.toString(StandardCharsets.UTF_8));
  }
}
