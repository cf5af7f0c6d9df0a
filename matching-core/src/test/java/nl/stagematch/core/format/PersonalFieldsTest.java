package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalFieldsTest {

  @ParameterizedTest
  @CsvSource({
      "name, name", "firstName, name", "first_name, name", "first-name, name",
      "FIRST NAME, name", "lastName, name", "surname, name",
      "naam, name", "voornaam, name", "achternaam, name",
      "gender, gender", "sex, gender", "geslacht, gender",
      "birthDate, birth date", "date_of_birth, birth date", "geboortedatum, birth date",
      "age, age", "leeftijd, age",
      "nationality, nationality", "nationaliteit, nationality",
      "countryOfBirth, country of birth", "geboorteland, country of birth",
      "ethnicity, ethnicity", "etniciteit, ethnicity",
      "religion, religion", "religie, religion",
      "address, address", "adres, address",
      "postcode, postcode", "zipCode, postcode", "zip_code, postcode", "postalCode, postcode",
      "cityOfResidence, city of residence", "woonplaats, city of residence",
      "email, e-mail", "e-mail, e-mail", "E_Mail, e-mail",
      "phone, phone", "telefoon, phone", "phoneNumber, phone",
      "photo, photo", "foto, photo",
      "motivation, free-text motivation", "motivatie, free-text motivation",
      "previousSchool, previous school", "previous_school, previous school",
      "health, health", "disability, disability",
  })
  void refusesEveryListedCharacteristicInEverySpelling(String field, String category) {
    assertEquals(Optional.of(category), PersonalFields.category(field), field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "track", "studyYear", "wish", "competences", "home", "location",
      "companyId", "region", "sector", "kind", "workKind", "companyKind", "period", "features",
      "requiredFeatures", "workProcesses", "B1-K1-W1", "2025-26", "language", "page", "usage",
      "capacity", "qualification", "crebo", "level", "recognitions", "participation", "size"})
  void acceptsTheFieldsOfTheFormatAndLookalikes(String field) {
    assertEquals(Optional.empty(), PersonalFields.category(field), field);
  }

  @Test
  void normalisesCaseAndSeparators() {
    assertEquals("firstname", PersonalFields.normalise("First-Name"));
    assertEquals("firstname", PersonalFields.normalise(" FIRST NAME "));
    assertEquals("email", PersonalFields.normalise("e.mail"));
  }

  @Test
  void messageNamesTheFieldTheCategoryAndTheRule() {
    String message = PersonalFields.message("naam", "name").toString();
    assertEquals("the field \"naam\" is a personal characteristic (name) and is never accepted"
        + " in matching input (rule R1). Remove it; matching uses only the learning wish,"
        + " competences and what the company offers.", message);
    assertTrue(PersonalFields.size() > 100, "the list has " + PersonalFields.size() + " names");
  }

  /** The table in docs/format.md lists exactly the names of the deny-list. */
  @Test
  void theDocumentedListIsTheList() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "format.md"));
    int start = lines.indexOf("| category | names |");
    assertTrue(start > 0, "the table of personal fields is missing from docs/format.md");
    Map<String, String> documented = new TreeMap<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      String category = cells[1].trim();
      for (String name : cells[2].split(",")) {
        documented.put(PersonalFields.normalise(name), category);
      }
    }
    assertEquals(new TreeMap<>(PersonalFields.all()), documented);
  }
}
