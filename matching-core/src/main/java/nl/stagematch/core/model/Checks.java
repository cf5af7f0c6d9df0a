package nl.stagematch.core.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.stagematch.core.io.SafeText;

/** Shared argument checks with messages that name the thing, show the value and suggest a fix. */
final class Checks {
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern WORK_PROCESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  private static final Message CODE_MAYBE = Message.phrase(
      "gebruik een code van kleine letters, cijfers en '-', zoals 'other'.",
      "use a code of small letters, digits and '-', such as 'other'.");
  private static final Message EMPTY_SET_MAYBE = Message.phrase(
      "gebruik een lege verzameling als er geen zijn.", "use an empty set for none.");

  private Checks() {}

  /**
   * Returns {@code value}, or refuses a null one with {@code MODEL_VALUE_MISSING} naming what is
   * missing and what to do ({@code maybe}: the rest of the sentence after "Tip:" / "Maybe").
   */
  static <T> T present(T value, String dutch, String english, String dutchMaybe,
      String englishMaybe, String... field) {
    if (value == null) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_VALUE_MISSING,
          Message.phrase(dutch, english), Message.phrase(dutchMaybe, englishMaybe)), field);
    }
    return value;
  }

  /** Whether {@code id} is a valid opaque pseudonymous id (its alphabet and length). */
  static boolean isId(String id) {
    return Pseudonyms.isWellFormed(id);
  }

  /** Checks {@code id} as a pseudonym of {@code kind} ({@link Pseudonyms#check}). */
  static String id(String id, Pseudonyms.Kind kind, Message what, String... field) {
    return Pseudonyms.check(id, kind, what, field);
  }

  static String code(String code, Message what, String... field) {
    InvalidValueException.requireValue(code, what, CODE_MAYBE, field);
    return checkCode(code, CoreMessage.MODEL_BAD_CODE, what, field);
  }

  private static String checkCode(String code, CoreMessage key, Message what,
      String... field) {
    if (!isCode(code)) {
      throw new InvalidValueException(Message.of(key, what, SafeText.clean(code), suggestCode(code)), field);
    }
    return code;
  }

  static String nullableCode(String code, Message what, String... field) {
    return code == null ? null : code(code, what, field);
  }

  static String workProcess(String code, Message what, String... field) {
    if (code == null) { // the message is built only when it is needed
      InvalidValueException.requireValue(code, Message.phrase("een werkprocescode in "
          + what.text(Message.DUTCH), "a work-process code in " + what), Message.phrase(
          "haal de lege code weg.", "remove the empty code."), field);
    }
    if (!isWorkProcess(code)) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_BAD_WORK_PROCESS,
          SafeText.clean(code), what), field);
    }
    return code;
  }

  private static String checkCodeIn(String code, Message what, String... field) {
    if (!isCode(code)) {
      throw new InvalidValueException(
          Message.of(CoreMessage.MODEL_BAD_CODE_IN, SafeText.clean(code), what,
              suggestCode(code)), field);
    }
    return code;
  }

  /**
   * Whether {@code code} matches {@link #CODE} ({@code [a-z0-9][a-z0-9-]{0,63}}), without a regular
   * expression: this runs for every code of a national document.
   */
  static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code code} matches {@link #WORK_PROCESS} ({@code [A-Za-z0-9][A-Za-z0-9._-]{0,31}}),
   * without a regular expression: this runs for every work-process code of a national document.
   */
  static boolean isWorkProcess(String code) {
    int n = code.length();
    if (n == 0 || n > 32) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A phrase in Dutch and English, such as the name of the thing whose value is checked. */
  static Message what(String dutch, String english) {
    return Message.phrase(dutch, english);
  }

  private static String suggestCode(String code) {
    String s = code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "'other'" : "'" + (s.length() > 64 ? s.substring(0, 64) : s) + "'";
  }

  /** An unmodifiable sorted copy of a set of codes, each checked with {@link #code}. */
  static SortedSet<String> codes(Collection<String> codes, Message what, String... field) {
    InvalidValueException.requireValue(codes, what, EMPTY_SET_MAYBE, field);
    TreeSet<String> copy = new TreeSet<>();
    for (String c : codes) {
      if (c == null) { // the message is built only when it is needed
        InvalidValueException.requireValue(c, Message.phrase("een code in "
            + what.text(Message.DUTCH), "a code in the " + what), Message.phrase(
            "haal de lege code weg.", "remove the empty code."), field);
      }
      copy.add(checkCodeIn(c, what, field));
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /** An unmodifiable sorted copy of a set of work-process codes. */
  static SortedSet<String> workProcesses(Collection<String> codes, Message what,
      String... field) {
    InvalidValueException.requireValue(codes, Message.phrase("de werkprocessen van "
        + what.text(Message.DUTCH), "the work processes of " + what), EMPTY_SET_MAYBE, field);
    TreeSet<String> copy = new TreeSet<>();
    for (String c : codes) {
      copy.add(workProcess(c, what, field));
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /** An unmodifiable copy of a map, sorted by key; keys and values must be non-null. */
  static <K extends Comparable<K>, V> SortedMap<K, V> sortedMap(Map<K, V> map, String what) {
    Objects.requireNonNull(map, () -> "The " + what + " are missing; use an empty map for none.");
    TreeMap<K, V> copy = new TreeMap<>();
    for (Map.Entry<K, V> e : map.entrySet()) {
      Objects.requireNonNull(e.getKey(), () -> "A key of the " + what + " is missing.");
      Objects.requireNonNull(e.getValue(),
          () -> "The value for (" + e.getKey() + ") in the " + what + " is missing.");
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
