package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The id grammar of docs/format.md#ids, with outcomes written from the documentation. */
class PseudonymsTest {

  /** The alphabet and length of a pseudonym, as the format documents them. */
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void wellFormedIsThePatternOfTheFormat(long seed) {
    java.util.Random r = new java.util.Random(seed);
    String alphabet = "Az09._:-/ @+\u00e9\u20acZa";
    for (int k = 0; k < 20_000; k++) {
      int len = r.nextInt(70);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        sb.append(r.nextInt(20) == 0 ? alphabet.charAt(r.nextInt(alphabet.length()))
            : (char) ('a' + r.nextInt(26)));
      }
      String id = sb.toString();
      assertEquals(ID.matcher(id).matches(), Pseudonyms.isWellFormed(id),
          "seed " + seed + ": (" + id + ")");
    }
  }


  /** Published test BSNs and numbers whose weighted sum was worked out by hand. */
  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "100000009", "010000008"})
  void elfproefAcceptsValidNumbers(String bsn) {
    assertTrue(Pseudonyms.isBsn(bsn), bsn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567820",
      "12345678a", "999999999", "100000000"})
  void elfproefRefusesOtherNumbers(String number) {
    assertFalse(Pseudonyms.isBsn(number), number);
  }

  /** Expected outcome per id and kind: "" accepted, else the category refused. */
  @ParameterizedTest(name = "{0} as {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      // pseudonyms of the format and the generators
      "S-0001|STUDENT|none", "S-000123|STUDENT|none", "C-017|COMPANY|none", "P-0042|PLACE|none",
      "K-07|COORDINATOR|none", "NOTE-2026-0042|NOTE|none", "school-a|SCHOOL|none",
      "ROC-Utrecht|SCHOOL|none", "s1|STUDENT|none", "123456789|STUDENT|none",
      "S-12345678|STUDENT|none", "2026-02-02|NOTE|none", "abc:def_1.2|OTHER|none",
      "a3f9c2e1b7d04e6f|STUDENT|none", "Utrecht|SCHOOL|none", "JanDeVries|STUDENT|none",
      "roc-van-twente|SCHOOL|none", "ROC_de_Leijgraaf|SCHOOL|none", "Da.Vinci.College|SCHOOL|none",
      // a BSN, bare or disguised
      "111222333|STUDENT|citizen service number (BSN)",
      "123456782|PLACE|citizen service number (BSN)",
      "S-123456782|STUDENT|citizen service number (BSN)",
      "123.456.782|COMPANY|citizen service number (BSN)",
      "BSN:111222333|OTHER|citizen service number (BSN)",
      // phone numbers
      "0612345678|STUDENT|phone number", "06-12345678|COMPANY|phone number",
      "+31612345678|PLACE|phone number", "0031612345678|OTHER|phone number",
      "+31 6 1234 5678|STUDENT|phone number", "020-1234567|COORDINATOR|phone number",
      "(020) 123 4567|NOTE|phone number", "31612345678|STUDENT|phone number",
      "+44 20 7946 0958|STUDENT|phone number",
      // e-mail addresses
      "jan@school.nl|STUDENT|e-mail address", "k.devries@roc.example.org|COORDINATOR|e-mail address",
      "info@bakkerij.nl|COMPANY|e-mail address", "jan(at)school.nl|NOTE|e-mail address",
      // names, for persons, schools and notes
      "Jan.de.Vries|STUDENT|person's name", "Fatima_El_Amrani|STUDENT|person's name",
      "Kees van Dijk|COORDINATOR|person's name", "Anna.van.der.Berg|NOTE|person's name",
      "Piet_ter_Horst|SCHOOL|person's name", "J.Jansen|STUDENT|person's name",
      "kees.van.dijk|STUDENT|person's name", "jan-de-vries|STUDENT|person's name",
      "Mohammed.Yilmaz|STUDENT|person's name", "Sanne-Fleur.Bakker|STUDENT|person's name",
      // a note reference carries no personal value inside it either (free text of the school)
      "NOTE-Kees.de.Boer|NOTE|person's name", "NOTE-kees-van-dijk|NOTE|person's name",
      "REF:0612345678|NOTE|phone number", "NOTE-111222333-2|NOTE|citizen service number (BSN)",
      "NOTE-2026-0042-b|NOTE|none", "REF:2026:Q1-van-7|NOTE|none",
      // ... but an id of another kind is judged as a whole
      "S-Kees.de.Boer|COMPANY|none", "C-0201234567|COMPANY|none",
      // a company's id may be its trade name, a place's may name its company
      "Bakkerij_De_Vries|COMPANY|none", "Jan.de.Vries|COMPANY|none", "Garage.Jansen|PLACE|none",
  })
  void theGrammarTable(String id, Pseudonyms.Kind kind, String expected) {
    assertEquals(Optional.ofNullable(expected), Pseudonyms.personalShape(id, kind), id);
  }

  @Test
  void checkThrowsAtTheFieldAndShowsTheShapeOnly() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pseudonyms.check(
        "Jan.de.Vries", Pseudonyms.Kind.STUDENT, "a student", "Maybe.", "id"));
    assertEquals(List.of("id"), e.field());
    assertEquals("The id of a student has the shape of a person's name (Aaa.aa.Aaaaa), which is"
        + " personal data and never accepted in matching input (rule R1).\nMaybe use a"
        + " pseudonymous id, such as S-0001; see docs/format.md#ids.", e.getMessage());
    InvalidValueException phone = assertThrows(InvalidValueException.class,
        () -> Pseudonyms.check("+31612345678", Pseudonyms.Kind.PLACE, "a place", "Maybe."));
    assertFalse(phone.getMessage().contains("612345678"), phone.getMessage());
    assertTrue(phone.getMessage().contains("(+99999999999)"), phone.getMessage());
  }

  @Test
  void aMalformedIdKeepsTheGrammarMessage() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pseudonyms.check(
        "S 1", Pseudonyms.Kind.STUDENT, "a student", "Maybe replace it.", "id"));
    assertEquals("The id (S 1) of a student must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_',"
        + " ':' or '-'.\nMaybe replace it.", e.getMessage());
    assertEquals("S-0001", Pseudonyms.check("S-0001", Pseudonyms.Kind.STUDENT, "a", "m"));
    assertThrows(InvalidValueException.class, () -> Pseudonyms.check("x".repeat(65),
        Pseudonyms.Kind.OTHER, "a", "m"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jan.de.Vries|Aaa.aa.Aaaaa", "0612345678|9999999999", "jan@school.nl|aaa@aaaaaa.aa",
      "Élodie|Aaaaaa"})
  void theShapeHidesTheContent(String value, String shape) {
    assertEquals(shape, Pseudonyms.shape(value));
  }

  @Test
  void theShapeIsBounded() {
    assertEquals("9".repeat(40) + "...", Pseudonyms.shape("1".repeat(5000)));
  }

  /** Free text: expected outcome per text ("" none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "TRAVEL|none", "FIT loss=35 places=P-01,P-02|none",
      "LOTTERY number=4611686018427387904 winners=S-1,S-2 numbers=12,34 count=2|none",
      "Travel Time too long|none", "NO_MEETING loss=0 fill=true|none",
      "called 06 1234 5678 twice|phone number", "see jan@school.nl|e-mail address",
      "student Jan.de.Vries moved|person's name", "met Kees van Dijk|person's name",
      "bsn=111222333|citizen service number (BSN)",
  })
  void freeText(String text, String expected) {
    assertEquals(Optional.ofNullable(expected), Pseudonyms.personalInText(text), text);
  }
}
