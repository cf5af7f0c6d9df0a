package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine-readable detail of an unplaced student written by the built-in variants: a code
 * and {@code key=value} fields, separated by single spaces, list values separated by commas, for
 * example {@code FIT loss=35 places=P-1,P-7}. It is what the result document stores in {@code
 * detail}; {@link #render(Locale)} turns it into Dutch or English for the student and the school.
 * The codes and fields are listed in docs/format.md ("Unplaced details"). Values never contain
 * spaces; ids are pseudonymous.
 *
 * <p>Codes: {@code FIT} ({@code loss}, {@code places}), {@code PINNED} ({@code places}, {@code
 * others}), {@code LOTTERY} ({@code number}, {@code winners}, {@code numbers}, {@code count}),
 * {@code OTHER_SCHOOLS} ({@code places}), {@code ONE_MEETING} ({@code place}, {@code fill}), {@code
 * NO_MEETING} ({@code loss}, {@code fill}), {@code NO_MEETING_PINNED} ({@code fill}), {@code
 * SHORTLIST} ({@code nominated}, {@code places}, {@code full}, {@code passed}, {@code rounds},
 * {@code limit}), {@code NEVER_NOMINATED} ({@code candidate}, {@code ties}, {@code rounds}, {@code
 * limit}), {@code RANKED_NONE}, {@code RANKED_FULL} ({@code ranked}, {@code higher}, {@code
 * lottery}, {@code open}), {@code RANKED_UNRANKED_ROOM} ({@code ranked}, {@code place}), {@code
 * FORBIDDEN} (only forbidden pairs were admissible; no fields).
 */
public final class ReasonDetail {
  private final String code;
  private final Map<String, String> fields;

  private ReasonDetail(String code, Map<String, String> fields) {
    this.code = code;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * A detail with {@code code} and the fields given as alternating keys and values (a value that
   * is {@code null} leaves its field out).
   *
   * @param code the code, such as {@code FIT}
   * @param keysAndValues key, value, key, value, ...
   * @return the detail
   * @throws IllegalArgumentException if a key or value is blank or contains a space or {@code =}
   */
  public static ReasonDetail of(String code, Object... keysAndValues) {
    check(code, "code");
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("The fields of detail " + code + " must be pairs of a"
          + " key and a value, not " + keysAndValues.length + " items.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        continue;
      }
      String key = String.valueOf(keysAndValues[i]);
      String value = String.valueOf(keysAndValues[i + 1]);
      check(key, "key");
      check(value, "value of " + key);
      fields.put(key, value);
    }
    return new ReasonDetail(code, fields);
  }

  private static void check(String s, String what) {
    if (s.isBlank() || s.indexOf(' ') >= 0 || s.indexOf('=') >= 0) {
      throw new IllegalArgumentException("The " + what + " of an unplaced detail (\"" + s
          + "\") must not be blank or contain a space or '='.");
    }
  }

  /**
   * Parses a detail written by {@link #toString()}; empty if {@code text} is not of that form (a
   * free text, or an eligibility code such as {@code TRAVEL}, which has no fields).
   *
   * @param text a detail as a result holds it
   * @return the detail, or empty
   */
  public static Optional<ReasonDetail> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = text.split(" ", -1);
    if (!KNOWN.contains(parts[0])) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0 || eq == parts[i].length() - 1) {
        return Optional.empty();
      }
      fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
    }
    return Optional.of(new ReasonDetail(parts[0], fields));
  }

  private static final List<String> KNOWN = List.of("FIT", "PINNED", "LOTTERY", "OTHER_SCHOOLS",
      "ONE_MEETING", "NO_MEETING", "NO_MEETING_PINNED", "SHORTLIST", "NEVER_NOMINATED",
      "RANKED_NONE", "RANKED_FULL", "RANKED_UNRANKED_ROOM", "FORBIDDEN");

  /**
   * The code, such as {@code FIT}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The fields in the order written.
   *
   * @return field name to value
   */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * The value of field {@code key}, or empty.
   *
   * @param key the field's name
   * @return its value, or empty
   */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  private String get(String key) {
    return fields.getOrDefault(key, "?");
  }

  private List<String> list(String key) {
    String v = fields.get(key);
    return v == null ? List.of() : List.of(v.split(","));
  }

  /**
   * The detail in Dutch ({@code nl}) or English (any other language).
   *
   * @param locale the language
   * @return the sentence
   */
  public String render(Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    String fill = "true".equals(fields.get("fill")) ? (nl
        ? "; na ronde 2 was er geen vrije plaats meer die zij kon nemen"
        : "; after stage 2 no free seat was left that she could take") : "";
    switch (code) {
      case "FIT":
        return nl
            ? "elke plaats die zij kon nemen ging naar studenten met wie de totale passing hoger"
                + " is; de beste indeling die haar wel plaatst (bij " + or(list("places"), nl)
                + ") heeft een totale passing die " + get("loss") + " punten lager is"
            : "every seat she could take went to students with whom the total fit is higher;"
                + " the best assignment that does place her (at " + or(list("places"), nl)
                + ") has a total fit " + get("loss") + " points lower";
      case "PINNED": {
        String others = !fields.containsKey("others") ? "" : nl
            ? "; haar andere " + get("others") + " plaats(en) zijn aan andere scholen toegewezen"
            : "; her other " + get("others") + " place(s) were allocated to other schools";
        return (nl
            ? "alle plaatsen bij haar " + get("places") + " bruikbare plaats(en) zijn vastgezet"
                + " voor andere studenten"
            : "every seat of her " + get("places") + " usable place(s) is pinned to another"
                + " student") + others;
      }
      case "LOTTERY": {
        List<String> ids = list("winners");
        List<String> numbers = list("numbers");
        List<String> named = new ArrayList<>();
        // Read by the student: the winners by their lottery numbers only, never by their ids
        // (the ids stay in the result's detail for the coordinator and an auditor).
        for (int i = 0; i < ids.size(); i++) {
          named.add(i < numbers.size()
              ? (nl ? "een student met lotnummer " : "a student with lottery number ")
                  + numbers.get(i)
              : (nl ? "een andere student" : "another student"));
        }
        int more = Integer.parseInt(fields.getOrDefault("count", String.valueOf(ids.size())))
            - ids.size();
        String who = or(named, nl) + (more > 0 ? (nl ? " of nog " + more + " andere"
            : " or " + more + " other(s)") : "");
        return nl
            ? "een even goede indeling (evenveel geplaatst, dezelfde totale passing) had haar"
                + " geplaatst in plaats van " + who + "; een lager lotnummer gaat voor en het"
                + " hare is " + get("number")
            : "an equally good assignment (as many placed, the same total fit) would have placed"
                + " her instead of " + who + "; a lower lottery number goes first and hers is "
                + get("number");
      }
      case "OTHER_SCHOOLS":
        return nl
            ? "haar " + get("places") + " bruikbare plaats(en) zijn aan andere scholen toegewezen"
            : "her " + get("places") + " usable place(s) were allocated to other schools";
      case "ONE_MEETING":
        return (nl
            ? "één kennismaking (bij " + get("place") + "); die plaats ging in ronde 2 naar een"
                + " andere student, volgens de voorkeuren van beide kanten"
            : "one meeting (at " + get("place") + "); its seat went to another student in"
                + " stage 2, by both sides' orders") + fill;
      case "NO_MEETING":
        return (!fields.containsKey("loss") ? (nl
            ? "geen kennismaking: de kennismakingen bij haar plaatsen gingen naar andere"
                + " studenten"
            : "no meeting: the meetings at her places went to other students")
            : "0".equals(get("loss")) ? (nl
            ? "geen kennismaking: een even goede selectie (evenveel kennismakingen, dezelfde"
                + " totale passing) had haar er een gegeven; de loting besliste"
            : "no meeting: an equally good selection (as many meetings, the same total fit)"
                + " would have given her one; the lottery decided")
            : (nl
            ? "geen kennismaking: elke selectie met evenveel kennismakingen die haar er een"
                + " geeft, heeft een totale passing die minstens " + get("loss")
                + " punten lager is"
            : "no meeting: every selection with as many meetings that gives her one has a total"
                + " fit at least " + get("loss") + " points lower")) + fill;
      case "NO_MEETING_PINNED":
        return (nl
            ? "geen kennismaking: elke plaats die zij kon nemen is vol met vastgezette studenten"
            : "no meeting: every place she could take is full with pinned students") + fill;
      case "SHORTLIST":
        return (nl
            ? get("nominated") + " keer voorgedragen (bij " + or(list("places"), nl)
                + ") en niet gekozen; aan het eind waren " + get("full") + " van haar plaatsen"
                + " vol en was zij bij " + get("passed") + " plaats(en) met ruimte gepasseerd"
            : "nominated " + get("nominated") + " time(s) (at " + or(list("places"), nl)
                + ") and not picked; at the end " + get("full") + " of her places were full and"
                + " she had been passed over at " + get("passed") + " place(s) with room")
            + limit(nl);
      case "NEVER_NOMINATED":
        return (nl
            ? "nooit voorgedragen: in de " + get("candidate") + " ronde(n) waarin zij kandidaat"
                + " was, zetten de voordrachten (zoveel mogelijk voordrachten, dan de beste"
                + " totale passing) anderen op de shortlists van haar plaatsen, tot die vol"
                + " waren; in " + get("ties") + " daarvan besliste de loting bij gelijke stand"
            : "never nominated: in the " + get("candidate") + " round(s) she was a candidate,"
                + " the nominations (most nominees, then best total fit) put others on her"
                + " places' shortlists until they were full; in " + get("ties") + " of them an"
                + " exact tie was broken by the lottery") + limit(nl);
      case "RANKED_NONE":
        return nl ? "zij heeft geen enkele plaats gerangschikt"
            : "she ranked no place";
      case "RANKED_FULL":
        return rankedFull(nl);
      case "RANKED_UNRANKED_ROOM":
        return nl
            ? "de " + get("ranked") + " plaats(en) die zij rangschikte zijn vol, maar plaats "
                + get("place") + ", die zij niet rangschikte, heeft nog ruimte"
            : "the " + get("ranked") + " place(s) she ranked are full, but place " + get("place")
                + ", which she did not rank, still has room";
      case "FORBIDDEN":
        return nl ? "alleen verboden combinaties waren toelaatbaar"
            : "only forbidden pairs were admissible";
      default:
        return toString();
    }
  }

  private String limit(boolean nl) {
    if (!"true".equals(fields.get("limit"))) {
      return nl ? " (" + get("rounds") + " ronden in totaal)"
          : " (" + get("rounds") + " rounds in all)";
    }
    return nl ? "; de grens van " + get("rounds") + " ronden was bereikt"
        : "; the limit of " + get("rounds") + " rounds was reached";
  }

  private String rankedFull(boolean nl) {
    String ranked = get("ranked");
    String higher = get("higher");
    String lottery = get("lottery");
    if ("true".equals(fields.get("open"))) {
      return nl
          ? "de " + ranked + " plaats(en) die zij rangschikte waren al vol toen zij aan de beurt"
              + " was (wie eerst komt in de volgorde van de loting, wordt eerst geplaatst)"
          : "the " + ranked + " place(s) she ranked were full when her turn came (first come in"
              + " the lottery's order, first placed)";
    }
    return nl
        ? "de " + ranked + " plaats(en) die zij rangschikte gingen naar studenten die de plaats"
            + " voorrang gaf: " + higher + " keer om een hogere passingsklasse, " + lottery
            + " keer bij gelijke klasse door de loting"
        : "the " + ranked + " place(s) she ranked went to students the place put first: "
            + higher + " time(s) for a higher fit class, " + lottery + " time(s) in the same"
            + " class by the lottery";
  }

  private static String or(List<String> items, boolean nl) {
    if (items.isEmpty()) {
      return "?";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + (nl ? " of " : " or ")
        + items.get(items.size() - 1);
  }

  /** The machine-readable form: the code, then {@code key=value} per field. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(code);
    fields.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReasonDetail d && d.code.equals(code) && d.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, fields);
  }
}
