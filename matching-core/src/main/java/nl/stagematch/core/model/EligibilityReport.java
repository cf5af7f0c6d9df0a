package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The counts the {@code validate} command shows for a problem (R10): who is in scope, which
 * companies and places take part, how many pairs are admissible, and who has no admissible place
 * and why.
 *
 * <p>Counting rules: {@code studentsOutOfScope} are outside the scope whether or not they opted
 * out; {@code studentsOptedOut} are in scope and opted out; the other in-scope students are
 * <em>active</em>, and each active student either has an admissible place or is counted once in
 * {@code noAdmissiblePlace} under her {@link Eligibility#noPlaceReason(int) most informative
 * reason}. {@code placesLeftOut} are places of companies that do not take part; {@code
 * participatingCapacity} is the capacity of the other places. {@code travelLimitsNotChecked}
 * counts active students with a travel limit but no home location.
 *
 * @param schoolYear the policy's school year
 * @param students the number of students of the problem
 * @param studentsInScope the number of students in the policy's scope
 * @param studentsOutOfScope the number of students outside the scope
 * @param studentsOptedOut the number of in-scope students who opted out
 * @param companies the number of companies
 * @param participatingCompanies the number of companies that take part in the school year
 * @param places the number of places
 * @param placesLeftOut the number of places of companies that do not take part
 * @param totalCapacity the total capacity of all places
 * @param participatingCapacity the capacity of the places that take part
 * @param admissiblePairs the number of admissible (student, place) pairs
 * @param studentsWithAdmissiblePlace the number of active students with an admissible place
 * @param travelLimitsNotChecked the number of active students with a travel limit but no home
 *     location
 * @param minPeriodCoveragePercent the policy's minimum share (percent) of the wished period's
 *     weekdays a place must cover ({@link
 *     nl.stagematch.core.model.Policy#minPeriodCoveragePercent()})
 * @param noAdmissiblePlace active students without an admissible place, per reason (only reasons
 *     that occur, in the enum's order)
 * @param examples for each reason in {@code noAdmissiblePlace}, up to {@link #MAX_EXAMPLES}
 *     student ids, the smallest in string order
 */
public record EligibilityReport(
    SchoolYear schoolYear,
    int minPeriodCoveragePercent,
    int students,
    int studentsInScope,
    int studentsOutOfScope,
    int studentsOptedOut,
    int companies,
    int participatingCompanies,
    int places,
    int placesLeftOut,
    long totalCapacity,
    long participatingCapacity,
    long admissiblePairs,
    int studentsWithAdmissiblePlace,
    int travelLimitsNotChecked,
    Map<IneligibilityReason, Integer> noAdmissiblePlace,
    Map<IneligibilityReason, List<String>> examples) {

  /** How many example ids are kept per reason. */
  public static final int MAX_EXAMPLES = 5;

  /**
   * Validates the counts and copies the maps.
   *
   * @param schoolYear the policy's school year
   * @param students the number of students of the problem
   * @param studentsInScope the number of students in the policy's scope
   * @param studentsOutOfScope the number of students outside the scope
   * @param studentsOptedOut the number of in-scope students who opted out
   * @param companies the number of companies
   * @param participatingCompanies the number of companies that take part in the school year
   * @param places the number of places
   * @param placesLeftOut the number of places of companies that do not take part
   * @param totalCapacity the total capacity of all places
   * @param participatingCapacity the capacity of the places that take part
   * @param admissiblePairs the number of admissible (student, place) pairs
   * @param studentsWithAdmissiblePlace the number of active students with an admissible place
   * @param travelLimitsNotChecked the number of active students with a travel limit but no home
 *     location
   * @param minPeriodCoveragePercent the policy's minimum share
   * @param noAdmissiblePlace active students without an admissible place, per reason
   * @param examples for each reason in {@code noAdmissiblePlace}
   */
  public EligibilityReport {
    Objects.requireNonNull(schoolYear, "schoolYear");
    if (students < 0 || studentsInScope < 0 || studentsOutOfScope < 0 || studentsOptedOut < 0
        || companies < 0 || participatingCompanies < 0 || places < 0 || placesLeftOut < 0
        || totalCapacity < 0 || participatingCapacity < 0 || admissiblePairs < 0
        || studentsWithAdmissiblePlace < 0 || travelLimitsNotChecked < 0
        || minPeriodCoveragePercent < 0 || minPeriodCoveragePercent > 100) {
      throw new IllegalArgumentException("The counts of an eligibility report must be >= 0"
          + " and the minimum period coverage 0 to 100."
          + "\nMaybe build it with Eligibility.report().");
    }
    EnumMap<IneligibilityReason, Integer> counts = new EnumMap<>(IneligibilityReason.class);
    counts.putAll(noAdmissiblePlace);
    EnumMap<IneligibilityReason, List<String>> ex = new EnumMap<>(IneligibilityReason.class);
    examples.forEach((k, v) -> ex.put(k, List.copyOf(v)));
    noAdmissiblePlace = Collections.unmodifiableMap(counts);
    examples = Collections.unmodifiableMap(ex);
  }

  static EligibilityReport of(Eligibility e) {
    MatchingProblem problem = e.problem();
    int inScope = 0;
    int outOfScope = 0;
    int optedOut = 0;
    int withPlace = 0;
    int unchecked = 0;
    EnumMap<IneligibilityReason, Integer> counts = new EnumMap<>(IneligibilityReason.class);
    EnumMap<IneligibilityReason, List<String>> ids = new EnumMap<>(IneligibilityReason.class);
    int n = problem.students().size();
    for (int s = 0; s < n; s++) {
      IneligibilityReason r = e.noPlaceReason(s).orElse(null);
      if (r == IneligibilityReason.OUT_OF_SCOPE) {
        outOfScope++;
        continue;
      }
      inScope++;
      if (r == IneligibilityReason.OPTED_OUT) {
        optedOut++;
        continue;
      }
      if (e.travelLimitUnchecked(s)) {
        unchecked++;
      }
      if (r == null) {
        withPlace++;
      } else {
        counts.merge(r, 1, Integer::sum);
        ids.computeIfAbsent(r, k -> new ArrayList<>()).add(problem.students().get(s).id());
      }
    }
    EnumMap<IneligibilityReason, List<String>> examples = new EnumMap<>(IneligibilityReason.class);
    ids.forEach((r, list) -> {
      Collections.sort(list);
      examples.put(r, list.subList(0, Math.min(MAX_EXAMPLES, list.size())));
    });
    int participating = 0;
    for (int c = 0; c < problem.companies().size(); c++) {
      if (e.companyParticipates(c)) {
        participating++;
      }
    }
    int leftOut = 0;
    long capacity = 0;
    long participatingCapacity = 0;
    List<Place> places = problem.places();
    for (int p = 0; p < places.size(); p++) {
      capacity += places.get(p).capacity();
      if (e.placeLeftOut(p)) {
        leftOut++;
      } else {
        participatingCapacity += places.get(p).capacity();
      }
    }
    return new EligibilityReport(problem.policy().schoolYear(),
        problem.policy().minPeriodCoveragePercent(), n, inScope, outOfScope, optedOut,
        problem.companies().size(), participating, places.size(), leftOut, capacity,
        participatingCapacity, e.admissiblePairCount(), withPlace, unchecked, counts, examples);
  }

  /**
   * The active students: in scope and not opted out.
   *
   * @return their number
   */
  public int activeStudents() {
    return studentsInScope - studentsOptedOut;
  }

  /**
   * The number of active students without an admissible place.
   *
   * @return their number
   */
  public int studentsWithoutAdmissiblePlace() {
    int sum = 0;
    for (int c : noAdmissiblePlace.values()) {
      sum += c;
    }
    return sum;
  }

  /**
   * A plain-text rendering, one figure per line, in Dutch ({@code nl}) or English (others).
   *
   * @param locale the language
   * @return the lines
   */
  public String render(Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    line(sb, nl ? "schooljaar" : "school year", schoolYear.toString());
    line(sb, nl ? "minimale dekking van de gewenste periode"
        : "minimum coverage of the wished period", minPeriodCoveragePercent + (nl ? "% van de weekdagen" : "% of its weekdays"));
    line(sb, nl ? "studenten" : "students", students);
    line(sb, nl ? "  in de doelgroep" : "  in scope", studentsInScope);
    line(sb, nl ? "  buiten de doelgroep" : "  out of scope", studentsOutOfScope);
    line(sb, nl ? "  afgemeld (zoeken zelf)" : "  opted out", studentsOptedOut);
    line(sb, nl ? "  met een toelaatbare plaats" : "  with an admissible place",
        studentsWithAdmissiblePlace);
    line(sb, nl ? "  zonder toelaatbare plaats" : "  without an admissible place",
        studentsWithoutAdmissiblePlace());
    for (Map.Entry<IneligibilityReason, Integer> en : noAdmissiblePlace.entrySet()) {
      line(sb, "    " + en.getKey().describe(locale), en.getValue() + " ("
          + (nl ? "bijv. " : "e.g. ") + String.join(", ", examples.get(en.getKey())) + ")");
    }
    line(sb, nl ? "  reisgrens niet te controleren" : "  travel limit not checkable",
        travelLimitsNotChecked);
    line(sb, nl ? "bedrijven" : "companies", companies);
    line(sb, nl ? "  doen mee" : "  taking part", participatingCompanies);
    line(sb, nl ? "plaatsen" : "places", places);
    line(sb, nl ? "  buiten beschouwing (bedrijf doet niet mee)"
        : "  left out (company not taking part)", placesLeftOut);
    line(sb, nl ? "capaciteit" : "capacity", totalCapacity);
    line(sb, nl ? "  van deelnemende bedrijven" : "  of companies taking part",
        participatingCapacity);
    line(sb, nl ? "toelaatbare paren" : "admissible pairs", admissiblePairs);
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, Object value) {
    sb.append(label).append(": ").append(value).append('\n');
  }
}
