package nl.stagematch.core.json;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;

/**
 * The deny-list of personal characteristics (rule R1): field names that are refused anywhere
 * in a document, at any depth, before any other rule is applied.
 *
 * <p>This is the one class of the library that names such fields; no other main code may. A field
 * name is normalised before it is looked up: lower-cased, with every character that is not a letter
 * or a digit removed, so {@code firstName}, {@code first_name}, {@code first-name} and {@code FIRST
 * NAME} are all the same name {@code firstname}. The list holds English and Dutch names and common
 * synonyms, each with the category the error message names.
 */
final class PersonalFields {

  /**
   * The category of a school's own student (or pupil) number: it identifies a person inside the
   * school and is not a pseudonym.
   */
  static final String SCHOOL_NUMBER = "school's own student number";

  /** A full Dutch postcode: four digits, the first not 0, and two letters. */
  private static final Pattern FULL_POSTCODE = Pattern.compile("[1-9][0-9]{3}\\s*[A-Za-z]{2}");

  /** Normalised field name to category, as shown in the message. */
  private static final Map<String, String> CATEGORIES = categories();

  private PersonalFields() {}

  private static Map<String, String> categories() {
    Map<String, String> map = new TreeMap<>();
    put(map, "name", "name", "fullname", "firstname", "givenname", "lastname", "surname",
        "familyname", "middlename", "nickname", "initials", "studentname",
        "naam", "voornaam", "voornamen", "achternaam", "roepnaam", "tussenvoegsel",
        "familienaam", "volledigenaam", "voorletters");
    put(map, "gender", "gender", "sex", "geslacht", "gender identity");
    put(map, "birth date", "birthdate", "dateofbirth", "dob", "birthday", "birthyear",
        "geboortedatum", "geboortejaar", "geboortedag");
    put(map, "age", "age", "leeftijd");
    put(map, "nationality", "nationality", "citizenship", "nationaliteit");
    put(map, "country of birth", "countryofbirth", "birthcountry", "placeofbirth",
        "birthplace", "geboorteland", "geboorteplaats");
    put(map, "ethnicity", "ethnicity", "ethnic", "ethnicorigin", "race", "origin",
        "migrationbackground", "etniciteit", "afkomst", "herkomst", "migratieachtergrond");
    put(map, "religion", "religion", "faith", "belief", "religie", "geloof",
        "levensovertuiging");
    put(map, "address", "address", "homeaddress", "streetaddress", "street", "housenumber",
        "adres", "straat", "huisnummer", "woonadres");
    put(map, "postcode", "postcode", "postalcode", "zipcode", "zip");
    put(map, "city of residence", "city", "cityofresidence", "residence", "hometown",
        "woonplaats");
    put(map, "e-mail", "email", "emailaddress", "mail", "emailadres");
    put(map, "phone", "phone", "phonenumber", "telephone", "mobile", "mobilephone",
        "telefoon", "telefoonnummer", "mobiel", "mobielnummer");
    put(map, "photo", "photo", "photograph", "picture", "portrait", "avatar", "foto",
        "pasfoto");
    put(map, "free-text motivation", "motivation", "motivationletter", "coverletter",
        "motivatie", "motivatiebrief", "sollicitatiebrief");
    put(map, "previous school", "previousschool", "formerschool", "priorschool",
        "previouseducation", "vooropleiding", "vorigeschool");
    put(map, "health", "health", "medical", "medicalcondition", "diagnosis", "gezondheid",
        "medisch", "diagnose");
    put(map, "disability", "disability", "handicap", "impairment", "beperking");
    put(map, "citizen service number", "bsn", "burgerservicenummer", "socialsecuritynumber",
        "ssn");
    put(map, SCHOOL_NUMBER, "studentnummer", "leerlingnummer", "studentnumber", "studentno",
        "deelnemernummer", "ovnummer");
    return Map.copyOf(map);
  }

  private static void put(Map<String, String> map, String category, String... names) {
    for (String name : names) {
      String key = normalise(name);
      String previous = map.put(key, category);
      if (previous != null) {
        throw new IllegalStateException("The personal field (" + key + ") is listed twice: under ("
            + previous + ") and (" + category + ").");
      }
    }
  }

  /**
   * Returns the field name lower-cased with everything that is not a letter or a digit removed.
   */
  static String normalise(String fieldName) {
    StringBuilder sb = new StringBuilder(fieldName.length());
    for (int i = 0; i < fieldName.length(); ) {
      int cp = fieldName.codePointAt(i);
      if (cp < 128) {
        if (cp >= 'A' && cp <= 'Z') {
          sb.append((char) (cp + ('a' - 'A')));
        } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
          sb.append((char) cp);
        }
      } else if (Character.isLetterOrDigit(cp)) {
        sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Returns the category (such as "name") if {@code fieldName} is a personal characteristic. */
  static Optional<String> category(String fieldName) {
    return Optional.ofNullable(CATEGORIES.get(normalise(fieldName)));
  }

  /**
   * Returns the category (such as "full postcode") if {@code value} has the shape of a personal
   * value, whatever field it stands in.
   */
  static Optional<String> valueCategory(String value) {
    return FULL_POSTCODE.matcher(value.strip()).matches() ? Optional.of("full postcode")
        : Optional.empty();
  }

  /** Returns the error message for the personal field {@code fieldName} of {@code category}. */
  static Message message(String fieldName, String category) {
    return Message.of(CoreMessage.JSON_PERSONAL_FIELD, fieldName, categoryText(category));
  }

  /** The name of {@code category} in Dutch and English. */
  static Message categoryText(String category) {
    return Message.phrase(DUTCH.getOrDefault(category, category), category);
  }

  /** The Dutch name of each category. */
  private static final Map<String, String> DUTCH = Map.ofEntries(
      Map.entry("name", "naam"), Map.entry("gender", "geslacht"),
      Map.entry("birth date", "geboortedatum"), Map.entry("age", "leeftijd"),
      Map.entry("nationality", "nationaliteit"), Map.entry("country of birth", "geboorteland"),
      Map.entry("ethnicity", "etniciteit"), Map.entry("religion", "geloof"),
      Map.entry("address", "adres"), Map.entry("postcode", "postcode"),
      Map.entry("city of residence", "woonplaats"), Map.entry("e-mail", "e-mailadres"),
      Map.entry("phone", "telefoonnummer"), Map.entry("photo", "foto"),
      Map.entry("free-text motivation", "motivatie in vrije tekst"),
      Map.entry("previous school", "vorige school"), Map.entry("health", "gezondheid"),
      Map.entry("disability", "beperking"),
      Map.entry("citizen service number", "burgerservicenummer"),
      Map.entry(SCHOOL_NUMBER, "studentnummer van de school"),
      Map.entry("full postcode", "volledige postcode"));

  /** The number of normalised names on the list, for tests. */
  static int size() {
    return CATEGORIES.size();
  }

  /** The whole list, normalised name to category, for tests and documentation checks. */
  static Map<String, String> all() {
    return CATEGORIES;
  }
}
