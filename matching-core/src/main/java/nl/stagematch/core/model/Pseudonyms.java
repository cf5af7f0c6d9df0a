package nl.stagematch.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.stagematch.core.io.SafeText;

/**
 * The grammar of a pseudonymous id (rule R1), in one place for every reader and every model type:
 * students, companies, places, schools, coordinators, note references and other ids.
 *
 * <p>A pseudonym is 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} and must not look like
 * personal data (docs/format.md, "Ids"):
 *
 * <ul>
 *   <li>not a citizen service number (BSN): nine digits, possibly with separators and a short
 *       letter prefix, that pass the elfproef ({@link #isBsn});
 *   <li>not a phone number: Dutch ({@code 0612345678}, {@code 020-1234567}) or international
 *       ({@code +31612345678}, {@code 0031612345678});
 *   <li>not an e-mail address;
 *   <li>for the id of a person (a student, a coordinator), a school or a note reference: not the
 *       shape of a person's name, that is capitalised words joined by a space, dot or underscore
 *       ({@code Jan.de.Vries}, {@code Fatima_El_Amrani}), or words with a tussenvoegsel between
 *       them in any case ({@code kees.van.dijk}). A company's id may be its trade name, and a
 *       place's id may name its company, so they are not checked for a name's shape.
 * </ul>
 *
 * <p>A name can only be caught by its shape: {@code Jan} alone, or {@code JanDeVries}, passes.
 * Messages never repeat a personal value: they show its {@link #shape} only.
 */
public final class Pseudonyms {

  /** What an id stands for; decides whether it is checked for the shape of a person's name. */
  public enum Kind {
    /** A student. */
    STUDENT(true),
    /** A coordinator of the school. */
    COORDINATOR(true),
    /** A school. */
    SCHOOL(true),
    /** A reference to a note the school keeps. */
    NOTE(true),
    /** A company: its id may be its trade name. */
    COMPANY(false),
    /** A place of a company. */
    PLACE(false),
    /** Any other id (such as a key that may be a student or a place id). */
    OTHER(false);

    private final boolean person;

    Kind(boolean person) {
      this.person = person;
    }

    /**
     * Whether an id of this kind is refused when it has the shape of a person's name.
     *
     * @return true if it is refused
     */
    public boolean checksNameShape() {
      return person;
    }
  }

  /** Separators people write inside numbers. */
  private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s.\\-()/_]");
  /** Nine digits after an optional prefix of up to three letters and a colon. */
  private static final Pattern BSN = Pattern.compile("(?:[A-Za-z]{1,3}:?)?([0-9]{9})");
  /** A phone number once the separators are removed. */
  private static final Pattern PHONE = Pattern.compile(
      "(?:tel:?)?(?:\\+[1-9][0-9]{7,14}|00[1-9][0-9]{7,13}|0[1-9][0-9]{8}|316[0-9]{8})",
      Pattern.CASE_INSENSITIVE);
  /** An e-mail address, also with spaces around the at sign. */
  private static final Pattern EMAIL = Pattern.compile(
      "[^@\\s]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[^@\\s]+\\.[A-Za-z]{2,}");
  /** A capitalised word of a name (a double name with a hyphen is one word). */
  private static final String CAPITALISED = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
  /**
   * Capitalised words (the first may be initials, such as {@code J.} or {@code J.K.}) joined by a
   * space, dot or underscore, with lower-case tussenvoegsels between them.
   */
  private static final Pattern CAPITALISED_NAME = Pattern.compile(
      "(?:" + CAPITALISED + "|(?:\\p{Lu}\\.)*\\p{Lu})(?:[ ._]+(?:(?:" + tussenvoegsels()
          + ")[ ._]+)*" + CAPITALISED + ")+");
  /** Words joined by a space, dot, underscore or hyphen with a tussenvoegsel between two. */
  private static final Pattern NAME_WITH_TUSSENVOEGSEL = Pattern.compile(
      "\\p{L}{2,}(?:[ ._-]+(?:" + tussenvoegsels() + "))+[ ._-]+\\p{L}{2,}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Pseudonyms() {}

  private static String tussenvoegsels() {
    // the words that stand between a given name and a family name in Dutch and nearby languages
    return String.join("|", List.of("van", "de", "der", "den", "het", "ter", "ten", "te", "in",
        "op", "la", "le", "du", "da", "di", "del", "des", "el", "al", "von", "zu", "'t", "'s"));
  }

  /**
   * Whether {@code id} has the alphabet and length of a pseudonym (not if it looks personal).
   *
   * @param id the id
   * @return true if it has that form
   */
  public static boolean isWellFormed(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    // [A-Za-z0-9._:-]{1,64}, char by char: every reader and many records ask this of every id
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
          || c == '_' || c == ':' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code digits} is nine digits that pass the elfproef of a citizen service number:
   * 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not all digits are 0).
   *
   * @param digits the text to test
   * @return true if it passes
   */
  public static boolean isBsn(String digits) {
    if (digits == null || digits.length() != 9) {
      return false;
    }
    int sum = 0;
    boolean allZero = true;
    for (int i = 0; i < 9; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      allZero &= c == '0';
      int weight = i < 8 ? 9 - i : -1;
      sum += weight * (c - '0');
    }
    return !allZero && sum % 11 == 0;
  }

  /**
   * Returns the kind of personal data {@code value} has the shape of ("citizen service number
   * (BSN)", "phone number", "e-mail address", or for a {@code kind} that {@linkplain
   * Kind#checksNameShape checks names} "person's name"), or empty. The value need not be
   * well-formed: a phone number with {@code +} or an address with {@code @} is found as such.
   *
   * @param value the value
   * @param kind the kind of id it is used as
   * @return the kind of personal data, or empty
   */
  public static Optional<String> personalShape(String value, Kind kind) {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.strip();
    Optional<String> whole = wholeShape(v, kind);
    if (whole.isPresent() || kind != Kind.NOTE) {
      return whole;
    }
    // a note reference is a short text of the school: it may not carry personal data inside it
    // either, such as NOTE-Kees.de.Boer or REF:0612345678 (docs/format.md, "Ids")
    return carriedShape(v);
  }

  /**
   * The personal shape of a run of the parts of {@code v} between {@code -} and {@code :} that is
   * not the whole of it ({@code Kees.de.Boer} in {@code NOTE-Kees.de.Boer}, {@code kees-van-dijk}
   * in {@code NOTE-kees-van-dijk}), or empty.
   */
  private static Optional<String> carriedShape(String v) {
    List<Integer> cuts = new java.util.ArrayList<>();
    cuts.add(-1);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '-' || c == ':') {
        cuts.add(i);
      }
    }
    cuts.add(v.length());
    for (int i = 0; i < cuts.size() - 1; i++) {
      for (int j = i + 1; j < cuts.size(); j++) {
        if (i == 0 && j == cuts.size() - 1) {
          continue;
        }
        String run = v.substring(cuts.get(i) + 1, cuts.get(j));
        if (!run.isEmpty()) {
          Optional<String> found = wholeShape(run, Kind.NOTE);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@link #personalShape} of {@code v} (stripped, not empty) as a whole. */
  private static Optional<String> wholeShape(String v, Kind kind) {
    // a fast look first: every reader asks this of every key, and most have no digits and no @
    int digits = 0;
    boolean mark = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '@' || c == '(' || c == '[') {
        mark = true;
      }
    }
    if (mark && EMAIL.matcher(v).matches()) {
      return Optional.of(EMAIL_ADDRESS);
    }
    if (digits >= 8) {
      String compact = NUMBER_SEPARATORS.matcher(v).replaceAll("");
      java.util.regex.Matcher bsn = BSN.matcher(compact);
      if (bsn.matches() && isBsn(bsn.group(1))) {
        return Optional.of(CITIZEN_SERVICE_NUMBER);
      }
      if (PHONE.matcher(compact).matches()) {
        return Optional.of(PHONE_NUMBER);
      }
    }
    if (kind.checksNameShape() && isNameShape(v)) {
      return Optional.of(PERSON_NAME);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} has the shape of a person's name: capitalised words joined by a space, a
   * dot or an underscore ({@code Jan.de.Vries}, {@code Fatima_El_Amrani}, {@code Kees van Dijk}),
   * or words of letters with a tussenvoegsel between them in any case ({@code jan.de.vries}).
   *
   * @param text the text
   * @return true if it has that shape
   */
  public static boolean isNameShape(String text) {
    if (!CAPITALISED_NAME.matcher(text).matches()
        && !NAME_WITH_TUSSENVOEGSEL.matcher(text).matches()) {
      return false;
    }
    // the name of an institution, such as roc-van-twente or ROC_de_Leijgraaf, is not a person's
    for (String word : text.split("[ ._-]+")) {
      if (INSTITUTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Words that make a name the name of an institution (a school's id may be its name). */
  private static final Set<String> INSTITUTION_WORDS = Set.of("roc", "mbo", "aoc", "vmbo",
      "college", "school", "scholen", "scholengroep", "lyceum", "academie", "academy", "campus",
      "instituut", "institute", "vakschool", "opleidingen", "onderwijs", "groep");

  /**
   * Returns the personal value found in free text ({@code text}), such as an unplaced detail or a
   * note: a word (between spaces, commas, semicolons or {@code =}) that is a BSN, a phone number or
   * an e-mail address, a word of the shape of a person's name, or a run of words with a
   * tussenvoegsel between capitalised words ({@code Kees van Dijk}); empty if none is found.
   *
   * @param text the free text
   * @return the category found, or empty
   */
  public static Optional<String> personalInText(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<String> whole = personalShape(text, Kind.OTHER);
    if (whole.isPresent()) {
      return whole;
    }
    for (String word : text.split("[\\s,;=]+")) {
      Optional<String> found = personalShape(word, Kind.NOTE);
      if (found.isPresent()) {
        return found;
      }
    }
    // a phone number written with spaces (06 1234 5678) spans several words
    for (java.util.regex.Matcher m = SPACED_NUMBER.matcher(text); m.find(); ) {
      Optional<String> found = personalShape(m.group(), Kind.OTHER);
      if (found.isPresent()) {
        return found;
      }
    }
    return SPACED_NAME.matcher(text).find() ? Optional.of(PERSON_NAME) : Optional.empty();
  }

  private static final Pattern SPACED_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]{7,}[0-9]");
  private static final Pattern SPACED_NAME = Pattern.compile(
      "(?<![\\p{L}])" + CAPITALISED + "(?: (?:" + tussenvoegsels() + "))+ " + CAPITALISED);

  /**
   * The shape of {@code value} without its content, to show in a message instead of a personal
   * value: every upper-case letter becomes {@code A}, every other letter {@code a}, every digit
   * {@code 9}; other characters stay; at most 40 characters are shown.
   *
   * @param value the value
   * @return its shape
   */
  public static String shape(String value) {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (count++ == 40) {
        sb.append("...");
        break;
      }
      if (Character.isUpperCase(cp)) {
        sb.append('A');
      } else if (Character.isLetter(cp)) {
        sb.append('a');
      } else if (Character.isDigit(cp)) {
        sb.append('9');
      } else if (cp < 0x20 || cp == 0x7F || Character.isISOControl(cp)) {
        sb.append('?');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** What to do about a missing id. */
  private static final Message ID_MAYBE = Message.phrase(
      "gebruik het pseudonieme id uit het matchingprobleem, zoals S-0001.",
      "use the pseudonymous id from the matching problem, such as S-0001.");

  /**
   * Checks {@code id} as a pseudonym of {@code kind}; returns it, or throws naming {@code what}
   * (such as "a student"), the {@code field} and the rule. A personal value is shown by its
   * {@link #shape} only.
   *
   * @param id the id
   * @param kind the kind of id
   * @param what what the id is of, for the message
   * @param field the field's path, if any
   * @return the id
   * @param maybe the advice after a malformed id, starting with "Maybe"
   * @throws InvalidValueException if the id is null ({@code MODEL_VALUE_MISSING}) or not a
   *     pseudonym
   */
  public static String check(String id, Kind kind, String what, String maybe, String... field) {
    InvalidValueException.requireValue(id, Message.phrase("het id van " + what, "the id of "
        + what), ID_MAYBE, field);
    Optional<String> personal = personalShape(id, kind);
    if (personal.isPresent()) {
      throw new InvalidValueException(personalMessage(what, personal.get(), id), field);
    }
    if (!isWellFormed(id)) {
      throw new InvalidValueException("The id (" + SafeText.clean(id) + ") of " + what
          + " must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'.\n" + maybe,
          field);
    }
    return id;
  }

  /**
   * Checks {@code id} as a pseudonym of {@code kind}, with coded messages in Dutch and English
   * that name {@code what} (such as "een student" / "a student").
   *
   * @param id the id
   * @param kind the kind of id
   * @param what what the id is of, as a phrase in both languages
   * @param field the field's path, if any
   * @return the id
   * @throws InvalidValueException if the id is null ({@code MODEL_VALUE_MISSING}) or not a
   *     pseudonym
   */
  public static String check(String id, Kind kind, Message what, String... field) {
    InvalidValueException.requireValue(id, Message.phrase("het id van " + what.text(Message.DUTCH),
        "the id of " + what), ID_MAYBE, field);
    Optional<String> personal = personalShape(id, kind);
    if (personal.isPresent()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_PERSONAL_ID, what,
          categoryText(personal.get()), shape(id)), field);
    }
    if (!isWellFormed(id)) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_BAD_ID, SafeText.clean(id), what),
          field);
    }
    return id;
  }

  /**
   * The coded message ({@link CoreMessage#MODEL_PERSONAL_ID}) for an id of {@code what} that looks
   * like personal data of {@code category}, in Dutch and English; it shows the {@link #shape} of
   * the value, never the value.
   *
   * @param what the name of the id's value, such as the student id, in both languages
   * @param category the category of personal data the id looks like
   * @param value the id, of which only its shape is shown
   * @return the message, with the code {@code MODEL_PERSONAL_ID}
   */
  public static Message personalIdMessage(Message what, String category, String value) {
    return Message.of(CoreMessage.MODEL_PERSONAL_ID, what, categoryText(category), shape(value));
  }

  /**
   * The message for an id of {@code what} that looks like personal data of {@code category}; it
   * shows the {@link #shape} of the value, never the value. English; the coded message is
   * {@link CoreMessage#MODEL_PERSONAL_ID}.
   *
   * @param what what the id is of
   * @param category the category of personal data
   * @param value the value
   * @return the English message
   */
  public static String personalMessage(String what, String category, String value) {
    return Message.of(CoreMessage.MODEL_PERSONAL_ID, what, categoryText(category), shape(value))
        .toString();
  }

  /**
   * {@code category} (one of the constants below) with its article, in Dutch and English.
   *
   * @param category the category
   * @return the phrase
   */
  public static Message categoryText(String category) {
    switch (category) {
      case CITIZEN_SERVICE_NUMBER:
        return Message.phrase("een burgerservicenummer (BSN)", withArticle(category));
      case PHONE_NUMBER:
        return Message.phrase("een telefoonnummer", withArticle(category));
      case EMAIL_ADDRESS:
        return Message.phrase("een e-mailadres", withArticle(category));
      case PERSON_NAME:
        return Message.phrase("de naam van een persoon", withArticle(category));
      default:
        return Message.phrase(withArticle(category), withArticle(category));
    }
  }

  /**
   * The message for free text ({@code what}, such as "the detail") that carries personal data of
   * {@code category}; it does not repeat the text.
   *
   * @param what the free text
   * @param category the category of personal data
   * @return the English message
   */
  public static String personalTextMessage(String what, String category) {
    return "The text of " + what + " contains what has the shape of " + withArticle(category)
        + ", which is personal data and never accepted (rule R1)."
        + "\nMaybe remove it; the text itself stays at the school (see docs/format.md#ids).";
  }

  /**
   * The coded message ({@link CoreMessage#MODEL_PERSONAL_TEXT}) for free text of {@code what} that
   * carries personal data of {@code category}; it does not repeat the text.
   *
   * @param what the free text, as a phrase
   * @param category the category of personal data
   * @return the message
   */
  public static Message personalText(Message what, String category) {
    return Message.of(CoreMessage.MODEL_PERSONAL_TEXT, what, categoryText(category));
  }

  /**
   * {@code category} with "a" or "an" before it ("an e-mail address"), for messages.
   *
   * @param category the category
   * @return the category with its article
   */
  public static String withArticle(String category) {
    return ("aeiou".indexOf(Character.toLowerCase(category.charAt(0))) >= 0 ? "an " : "a ")
        + category;
  }

  /** The category of an id that passes the elfproef. */
  public static final String CITIZEN_SERVICE_NUMBER = "citizen service number (BSN)";
  /** The category of a phone number. */
  public static final String PHONE_NUMBER = "phone number";
  /** The category of an e-mail address. */
  public static final String EMAIL_ADDRESS = "e-mail address";
  /** The category of the shape of a person's name. */
  public static final String PERSON_NAME = "person's name";
}
