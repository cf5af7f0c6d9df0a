package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R1: no type of the matching input has a field for a personal characteristic. */
class BlindModelTest {
  private static final Set<String> PERSONAL = Set.of("name", "surname", "gender", "sex", "birth",
      "birthdate", "age", "nationality", "country", "religion", "address", "postcode", "zip",
      "email", "mail", "phone", "photo", "picture", "motivation", "previous", "health",
      "disability", "ethnicity", "origin");
  private static final List<Class<?>> INPUT = List.of(Student.class, LearningWish.class,
      Company.class, Recognition.class, Place.class, Period.class, TravelLimit.class,
      Location.class, Qualification.class, Scope.class, ParticipationPolicy.class, Policy.class,
      SchoolYear.class);

  @Test
  void noRecordComponentNamesAPersonalCharacteristic() {
    List<String> offending = new ArrayList<>();
    for (Class<?> type : INPUT) {
      for (RecordComponent c : type.getRecordComponents()) {
        for (String word : c.getName().split("(?=[A-Z])")) {
          if (PERSONAL.contains(word.toLowerCase(Locale.ROOT))) {
            offending.add(type.getSimpleName() + "." + c.getName());
          }
        }
      }
    }
    assertTrue(offending.isEmpty(), "personal fields: " + offending);
  }

  @Test
  void locationsStayOutOfLogs() {
    assertTrue(!Fixtures.careStudent("S-1").toString().contains("52.09"));
  }
}
