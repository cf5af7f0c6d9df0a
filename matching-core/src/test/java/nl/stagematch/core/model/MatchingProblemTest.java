package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingProblemTest {

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "Expected <" + part + "> in: " + message);
    }
  }

  @Test
  void tinyProblemIsValidWithLookups() {
    MatchingProblem p = Fixtures.tiny();
    assertEquals("S-1", p.student("S-1").orElseThrow().id());
    assertEquals("C-1", p.company("C-1").orElseThrow().id());
    assertEquals(0, p.placeIndex("P-1"));
    assertEquals(-1, p.studentIndex("nobody"));
    assertTrue(p.place("P-2").isEmpty());
    assertEquals("C-1", p.companyOfPlace(0).id());
    assertEquals(2, p.totalCapacity());
    assertEquals(p, p.toBuilder().build());
  }

  @Test
  void emptyCohortIsValid() {
    MatchingProblem p = MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR)).build();
    assertEquals(0, p.students().size());
  }

  @Test
  void studentWithUnrecognisedQualificationIsValid() {
    Student s = Student.builder("S-9",
        LearningWish.builder(Qualification.of("99999", 3), Fixtures.SPRING_BLOCK).build()).build();
    MatchingProblem p = Fixtures.tiny().toBuilder().addStudent(s).build();
    assertEquals(2, p.students().size());
  }

  @Test
  void duplicateIds() {
    InvalidProblemException e = assertThrows(InvalidProblemException.class,
        () -> Fixtures.tiny().toBuilder().addStudent(Fixtures.careStudent("S-1")).build());
    assertEquals(1, e.errors().size());
    assertEquals("$.students[1].id", e.errors().get(0).path());
    assertContains(e.errors().get(0).message(), "id (S-1) of student 1", "student 0", "Maybe");
  }

  @Test
  void placeOfAnUnknownCompany() {
    InvalidProblemException e = assertThrows(InvalidProblemException.class,
        () -> Fixtures.tiny().toBuilder().addPlace(Fixtures.carePlace("P-2", "C-404")).build());
    assertEquals(List.of("$.places[1].companyId"),
        e.errors().stream().map(ValidationError::path).toList());
    assertContains(e.getMessage(), "company (C-404) of place (P-2) is unknown", "Maybe");
  }

  @Test
  void missingPolicy() {
    InvalidProblemException e = assertThrows(InvalidProblemException.class,
        () -> MatchingProblem.builder().build());
    assertEquals("$.policy", e.errors().get(0).path());
  }

  @Test
  void policySetTwiceFailsAtOnce() {
    MatchingProblem.Builder b = MatchingProblem.builder().policy(Policy.defaults(Fixtures.YEAR));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.policy(Policy.defaults(Fixtures.YEAR)));
    assertContains(e.getMessage(), "already set", "2025-26");
  }

  @Test
  void threeDifferentErrorsAreAllReported() {
    InvalidProblemException e = assertThrows(InvalidProblemException.class,
        () -> MatchingProblem.builder()
            .policy(Policy.defaults(Fixtures.YEAR))
            .addStudent(Fixtures.careStudent("S-1"))
            .addStudent(Fixtures.careStudent("S-1"))
            .addCompany(Fixtures.hospital("C-1"))
            .addCompany(Fixtures.hospital("C-1"))
            .addPlace(Fixtures.carePlace("P-1", "C-1"))
            .addPlace(Fixtures.carePlace("P-2", "C-2"))
            .build());
    assertEquals(List.of("$.students[1].id", "$.companies[1].id", "$.places[1].companyId"),
        e.errors().stream().map(ValidationError::path).toList());
    assertContains(e.getMessage(), "has 3 errors", "S-1", "C-1", "C-2");
  }
}
