package nl.stagematch.core.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ValueNames;

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

  /** Combining marks left after NFD decomposition (the accents). */
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /** A full Dutch postcode: four digits, the first not 0, and two letters. */
  private static final Pattern FULL_POSTCODE = Pattern.compile("[1-9][0-9]{3}\\s*[A-Za-z]{2}");

  /** Normalised field name to category, as shown in the message. */
  private static final Map<String, String> CATEGORIES = categories();

  /**
   * Names that also count inside a compound word, at its start or end ({@code studentnaam},
   * {@code geslachtscode}, {@code bsnnummer}); chosen so that no common domain word begins or ends
   * with one ({@code health} is not one of them: {@code healthcare} is a sector).
   */
  private static final List<String> COMPOUND_STEMS = List.of("naam", "voornaam", "achternaam",
      "geslacht", "geboortedatum", "geboorteland", "geboorteplaats", "leeftijd",
      "nationaliteit", "herkomst", "afkomst", "etniciteit", "migratieachtergrond", "religie",
      "geloof", "levensovertuiging", "gezondheid", "diagnose", "handicap", "telefoon",
      "telefoonnummer", "telnr", "mobielnummer", "mailadres", "emailadres", "email",
      "woonadres", "huisnummer", "postcode", "woonplaats", "bsn", "burgerservicenummer",
      "studentnummer", "leerlingnummer", "firstname", "lastname", "surname", "fullname",
      "birthdate", "birthday", "dateofbirth", "gender", "nationality", "ethnicity", "religion",
      "disability", "diagnosis", "phonenumber", "emailaddress", "homeaddress", "pasfoto",
      "motivatiebrief", "paspoort", "passport");

  /** The categories that are protected grounds: a code may not be named after them. */
  private static final Set<String> PROTECTED_GROUNDS = Set.of("gender", "birth date", "age",
      "nationality", "country of birth", "ethnicity", "religion", "health", "disability");

  /** Words on the list that are also common in the domain; in a code they count only alone. */
  private static final Set<String> DOMAIN_WORDS = Set.of("medical", "origin", "race", "belief",
      "faith", "born");

  private PersonalFields() {}

  private static Map<String, String> categories() {
    Map<String, String> map = new TreeMap<>();
    put(map, "name", "name", "fullname", "firstname", "givenname", "lastname", "surname",
        "familyname", "middlename", "nickname", "initials", "studentname",
        "naam", "voornaam", "voornamen", "achternaam", "roepnaam", "tussenvoegsel",
        "familienaam", "volledigenaam", "voorletters", "studentnaam", "leerlingnaam");
    put(map, "gender", "gender", "sex", "geslacht", "gender identity", "sexe",
        // a code that selects by sex (alleen-vrouwen, women-only) names the ground too
        "vrouw", "vrouwen", "vrouwelijk", "mannen", "mannelijk", "meisjes", "jongens", "woman",
        "women", "female", "male", "men", "girls", "boys");
    put(map, "birth date", "birthdate", "dateofbirth", "dob", "birthday", "birthyear",
        "geboortedatum", "geboortejaar", "geboortedag", "geboren", "born");
    put(map, "age", "age", "leeftijd");
    put(map, "nationality", "nationality", "citizenship", "nationaliteit");
    put(map, "country of birth", "countryofbirth", "birthcountry", "placeofbirth",
        "birthplace", "geboorteland", "geboorteplaats");
    put(map, "ethnicity", "ethnicity", "ethnic", "ethnicorigin", "race", "origin",
        "migrationbackground", "etniciteit", "afkomst", "herkomst", "migratieachtergrond",
        "etnisch", "allochtoon", "autochtoon");
    put(map, "religion", "religion", "faith", "belief", "religie", "geloof",
        "levensovertuiging", "religious", "godsdienst");
    put(map, "address", "address", "homeaddress", "streetaddress", "street", "housenumber",
        "adres", "straat", "huisnummer", "woonadres");
    put(map, "postcode", "postcode", "postalcode", "zipcode", "zip");
    put(map, "city of residence", "city", "cityofresidence", "residence", "hometown",
        "woonplaats");
    put(map, "e-mail", "email", "emailaddress", "mail", "emailadres", "mailadres",
        "mailaddress");
    put(map, "phone", "phone", "phonenumber", "telephone", "mobile", "mobilephone",
        "telefoon", "telefoonnummer", "mobiel", "mobielnummer", "tel", "telnr", "telnummer",
        "mobielnr", "gsm");
    put(map, "photo", "photo", "photograph", "picture", "portrait", "avatar", "foto",
        "pasfoto");
    put(map, "free-text motivation", "motivation", "motivationletter", "coverletter",
        "motivatie", "motivatiebrief", "sollicitatiebrief");
    put(map, "CV", "cv", "curriculumvitae", "resume", "levensloop");
    put(map, "previous school", "previousschool", "formerschool", "priorschool",
        "previouseducation", "vooropleiding", "vorigeschool");
    put(map, "health", "health", "medical", "medicalcondition", "diagnosis", "gezondheid",
        "medisch", "diagnose", "ziekte", "illness", "medicatie", "medication", "autism",
        "autisme", "adhd", "dyslexia", "dyslexie", "epilepsy", "epilepsie", "diabetes",
        "pregnancy", "pregnant", "zwanger", "zwangerschap");
    put(map, "disability", "disability", "handicap", "impairment", "beperking", "disabled",
        "gehandicapt", "invaliditeit");
    put(map, "citizen service number", "bsn", "burgerservicenummer", "socialsecuritynumber",
        "ssn", "sofinummer");
    put(map, "identity document", "passport", "passportnumber", "paspoort", "paspoortnummer",
        "identiteitskaart", "identitycard");
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
   * Returns the field name lower-cased, without accents ({@code é} is {@code e}), with everything
   * that is not a letter or a digit removed.
   */
  static String normalise(String fieldName) {
    String plain = stripAccents(fieldName);
    StringBuilder sb = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
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

  /** The letters of {@code text} without their accents (NFD, marks removed). */
  private static String stripAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("");
      }
    }
    return text;
  }

  /**
   * The words of a field name or key, normalised: split at every character that is not a letter
   * or a digit, between a lower-case and an upper-case letter ({@code naamStudent}), before the
   * last capital of a run of capitals followed by a lower-case letter ({@code BSNNummer}) and
   * between letters and digits.
   */
  static List<String> words(String name) {
    String plain = stripAccents(name);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int previous = -1;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        flush(words, word);
        previous = -1;
        continue;
      }
      int next = i < plain.length() ? plain.codePointAt(i) : -1;
      boolean boundary = previous >= 0
          && ((Character.isLowerCase(previous) && Character.isUpperCase(cp))
          || (Character.isUpperCase(previous) && Character.isUpperCase(cp) && next >= 0
              && Character.isLowerCase(next))
          || (Character.isDigit(previous) != Character.isDigit(cp)));
      if (boundary) {
        flush(words, word);
      }
      word.appendCodePoint(Character.toLowerCase(cp));
      previous = cp;
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /**
   * Returns the category (such as "name") if {@code fieldName} is a personal characteristic: the
   * whole name normalised, one of its {@linkplain #words words} or a run of up to four of them
   * ({@code student_date_of_birth}), or a word that begins or ends with a name of {@link
   * #COMPOUND_STEMS} (a compound such as {@code studentnaam} or {@code geslachtscode}) is on the
   * list.
   */
  static Optional<String> category(String fieldName) {
    String whole = normalise(fieldName);
    String found = CATEGORIES.get(whole);
    if (found != null) {
      return Optional.of(found);
    }
    List<String> words = words(fieldName);
    for (int i = 0; i < words.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 4); j++) {
        run.append(words.get(j));
        found = CATEGORIES.get(run.toString());
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    for (String word : words) {
      found = compound(word);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.ofNullable(compound(whole));
  }

  /** The category of a stem that {@code word} begins or ends with, or null. */
  private static String compound(String word) {
    for (String stem : COMPOUND_STEMS) {
      if (word.length() > stem.length() && (word.startsWith(stem) || word.endsWith(stem))) {
        return CATEGORIES.get(stem);
      }
    }
    return null;
  }

  /**
   * Returns the protected ground (such as "gender" or "health") if the code {@code code} (a place
   * feature, a work process) is named after one, else empty: the whole code, a word or a run of
   * words, or a compound, as in {@link #category}, limited to the grounds of {@link
   * #PROTECTED_GROUNDS}. Words that are also common domain words ({@code medical}, {@code origin},
   * {@code race}, {@code belief}, {@code faith}) count only as the whole code. A support need is
   * written as what the place offers ({@code physically-accessible}, {@code prikkelarm}), never as
   * the ground.
   */
  static Optional<String> protectedGround(String code) {
    String whole = CATEGORIES.get(normalise(code));
    if (whole != null && PROTECTED_GROUNDS.contains(whole)) {
      return Optional.of(whole);
    }
    StringBuilder plain = new StringBuilder();
    for (String word : words(code)) {
      if (!DOMAIN_WORDS.contains(word)) {
        plain.append(plain.length() == 0 ? "" : "-").append(word);
      }
    }
    return category(plain.toString()).filter(PROTECTED_GROUNDS::contains);
  }

  /**
   * The message for a field name or key that is itself a personal value of {@code category} (a
   * BSN, a phone number, an e-mail address); it shows the shape of the name, not the name.
   */
  static String keyValueMessage(String name, String category) {
    return "a field name or key has the shape of " + Pseudonyms.withArticle(category) + " ("
        + Pseudonyms.shape(name)
        + "), which is personal data and never accepted in matching input (rule R1). Remove it;"
        + " keys are codes such as B1-K1-W2, and ids are pseudonyms (see docs/format.md#ids).";
  }

  /**
   * The message for the code {@code code} ({@code what}, such as "a place feature") named after
   * the protected ground {@code ground}.
   */
  static Message groundMessage(String what, String code, String ground) {
    return Message.of(CoreMessage.JSON_PROTECTED_GROUND, code, ValueNames.of(what),
        categoryText(ground));
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
