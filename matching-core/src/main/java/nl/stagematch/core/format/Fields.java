package nl.stagematch.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ValueNames;

/**
 * The fields an object of the format may have, in canonical order, with the required ones marked.
 *
 * <p>At most 64 fields, so that the fields seen in one object fit in a {@code long} bit set.
 */
final class Fields {
  private final String what;
  private final List<String> names;
  private final long requiredMask;

  private Fields(String what, List<String> names, long requiredMask) {
    this.what = what;
    this.names = names;
    this.requiredMask = requiredMask;
  }

  /**
   * Returns the fields of an object described as {@code what} (such as "a student"); a name
   * ending in {@code !} is required (the {@code !} is not part of the name). The order is the
   * canonical order in which the writer writes the fields.
   */
  static Fields of(String what, String... specs) {
    if (specs.length > 64) {
      throw new IllegalStateException("Too many fields (" + specs.length + ") for " + what + ".");
    }
    List<String> names = new ArrayList<>();
    long mask = 0;
    for (int i = 0; i < specs.length; i++) {
      String spec = specs[i];
      if (spec.endsWith("!")) {
        mask |= 1L << i;
        spec = spec.substring(0, spec.length() - 1);
      }
      if (names.contains(spec)) {
        throw new IllegalStateException("The field (" + spec + ") of " + what
            + " is listed twice.");
      }
      if (PersonalFields.category(spec).isPresent()) {
        throw new IllegalStateException("The field (" + spec + ") of " + what
            + " is on the list of personal fields; the format may not have it.");
      }
      names.add(spec);
    }
    return new Fields(what, List.copyOf(names), mask);
  }

  /** What an object with these fields is, such as "a student", in Dutch and English. */
  Message what() {
    return ValueNames.of(what);
  }

  /** The field names in canonical order. */
  List<String> names() {
    return names;
  }

  /** The required field names in canonical order. */
  List<String> required() {
    List<String> required = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (isRequired(i)) {
        required.add(names.get(i));
      }
    }
    return required;
  }

  /** The index of {@code name}, or -1 if it is not a field of this object. */
  int index(String name) {
    return names.indexOf(name);
  }

  boolean isRequired(int index) {
    return (requiredMask & (1L << index)) != 0;
  }

  long requiredMask() {
    return requiredMask;
  }

  /** The message for the unknown field {@code name}, with a suggestion and the known fields. */
  Message unknownFieldMessage(String name) {
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    String known = String.join(", ", sorted);
    Message what = what();
    String closest = closest(name);
    if (closest != null) {
      return Message.of(CoreMessage.JSON_UNKNOWN_FIELD_TYPO, SafeText.clean(name), what, closest,
          known);
    }
    return Message.of(CoreMessage.JSON_UNKNOWN_FIELD, SafeText.clean(name), what, known);
  }

  /** The known field closest to {@code name} if it is close enough to be a typo, else null. */
  private String closest(String name) {
    String normal = PersonalFields.normalise(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : names) {
      String candidateNormal = candidate.toLowerCase(Locale.ROOT);
      int distance = normal.equals(candidateNormal) ? 0 : distance(normal, candidateNormal);
      int allowed = Math.min(2, candidate.length() / 3);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The Levenshtein distance of {@code a} and {@code b}. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return Math.abs(a.length() - b.length());
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
