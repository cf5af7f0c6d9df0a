package nl.stagematch.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What matched and what did not for a (student, place) pair, as a list of items in a fixed order
 * (work processes, company kind, work kind, period, travel, learning room); an item is left out
 * when the wish says nothing about it (the period is always there: every wish has one). Renders
 * in Dutch ({@code nl}) or English (any other language).
 *
 * <p>Example (English): "3 of 4 wanted work processes can be carried out here (B1-K1-W1,
 * B1-K1-W2, B1-K2-W1), not here: B1-K3-W1; kind of company matches (hospital); period fits (2
 * Feb-24 Apr 2026); travel 24 of 45 minutes by bike; 2 of 3 work processes offered here are new
 * to the student".
 *
 * <p>Items carry codes and counts only, never a location or personal data.
 */
public record FitExplanation(List<FitExplanation.Item> items) {

  /**
   * Copies the items.
   *
   * @param items the aspects of the fit
   */
  public FitExplanation {
    items = List.copyOf(items);
  }

  /**
   * The items joined by "; ".
   *
   * @param locale the language ({@code nl} for Dutch, any other for English)
   * @return the phrases, joined
   */
  public String render(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (items.isEmpty()) {
      return dutch(locale) ? "geen wensen naast de harde eisen" : "no wishes beyond the hard rules";
    }
    StringBuilder sb = new StringBuilder();
    for (Item item : items) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(item.render(locale));
    }
    return sb.toString();
  }

  static boolean dutch(Locale locale) {
    return "nl".equals(locale.getLanguage());
  }

  /** One aspect of the fit. */
  public sealed interface Item
      permits WorkProcesses, CompanyKind, WorkKind, PeriodCoverage, Travel, TravelUnchecked,
          LearningRoom {

    /**
     * Whether this aspect matches the wish fully.
     *
     * @return true if it does
     */
    boolean matched();

    /**
     * The aspect as a phrase in Dutch ({@code nl}) or English (others).
     *
     * @param locale the language
     * @return the phrase
     */
    String render(Locale locale);
  }

  /**
   * The wanted work processes that can ({@code met}) and cannot ({@code notHere}) be carried out
   * at the company for the qualification; both sorted by code.
   */
  public record WorkProcesses(List<String> met, List<String> notHere) implements Item {
    /**
     * Copies the lists.
     *
     * @param met the wanted work processes that can be carried out here
     * @param notHere the wanted work processes that cannot
     */
    public WorkProcesses {
      met = List.copyOf(met);
      notHere = List.copyOf(notHere);
    }

    @Override
    public boolean matched() {
      return notHere.isEmpty();
    }

    @Override
    public String render(Locale locale) {
      int wanted = met.size() + notHere.size();
      StringBuilder sb = new StringBuilder();
      if (dutch(locale)) {
        sb.append(met.size()).append(" van de ").append(wanted)
            .append(wanted == 1 ? " gewenst werkproces kan" : " gewenste werkprocessen kunnen")
            .append(" hier worden uitgevoerd");
      } else {
        sb.append(met.size()).append(" of ").append(wanted)
            .append(wanted == 1 ? " wanted work process" : " wanted work processes")
            .append(" can be carried out here");
      }
      if (!met.isEmpty()) {
        sb.append(" (").append(String.join(", ", met)).append(')');
      }
      if (!notHere.isEmpty()) {
        sb.append(dutch(locale) ? ", niet hier: " : ", not here: ")
            .append(String.join(", ", notHere));
      }
      return sb.toString();
    }
  }

  /** The wanted kind of company and the company's kind ({@code offered} may be null). */
  public record CompanyKind(String wanted, String offered) implements Item {
    /**
     * Validates that the wanted kind is present.
     *
     * @param wanted the kind of company wished
     * @param offered the company's kind, or null
     */
    public CompanyKind {
      Objects.requireNonNull(wanted, "wanted");
    }

    @Override
    public boolean matched() {
      return wanted.equals(offered);
    }

    @Override
    public String render(Locale locale) {
      return kind(locale, dutch(locale) ? "soort bedrijf" : "kind of company", wanted, offered,
          matched());
    }
  }

  /** The wanted kind of work and the place's kind of work ({@code offered} may be null). */
  public record WorkKind(String wanted, String offered) implements Item {
    /**
     * Validates that the wanted kind is present.
     *
     * @param wanted the kind of work wished
     * @param offered the place's kind of work, or null
     */
    public WorkKind {
      Objects.requireNonNull(wanted, "wanted");
    }

    @Override
    public boolean matched() {
      return wanted.equals(offered);
    }

    @Override
    public String render(Locale locale) {
      return kind(locale, dutch(locale) ? "soort werk" : "kind of work", wanted, offered,
          matched());
    }
  }

  private static String kind(Locale locale, String what, String wanted, String offered,
      boolean matched) {
    boolean nl = dutch(locale);
    if (matched) {
      return what + (nl ? " past (" : " matches (") + wanted + ")";
    }
    String here = offered == null ? (nl ? "onbekend" : "unknown") : offered;
    return what + (nl ? " past niet (gewenst: " : " does not match (wanted: ") + wanted
        + (nl ? ", hier: " : ", here: ") + here + ")";
  }

  /**
   * How much of the wished period ({@code wanted}) the place's period ({@code offered}) covers,
   * counted in weekdays (Monday to Friday), and whether the form (block, or ribbon of so many days
   * per week) is the same. It matches when the place covers every weekday of the wish and the form
   * is the same; a place that covers only part of it scores lower (see {@link FitModel}).
   *
   * <p>Examples: "period fits (2 Feb-24 Apr 2026)"; "period partly covered: 40 of 60 weekdays
   * (wanted: 2 Feb-24 Apr 2026, here: 2 Mar-10 Jul 2026)".
   */
  public record PeriodCoverage(Period wanted, Period offered) implements Item {
    /**
     * Validates that both periods are present.
     *
     * @param wanted the wished period
     * @param offered the place's period
     */
    public PeriodCoverage {
      Objects.requireNonNull(wanted, "wanted");
      Objects.requireNonNull(offered, "offered");
    }

    /**
     * The weekdays of the wished period.
     *
     * @return their number
     */
    public long wantedWeekdays() {
      return wanted.weekdays();
    }

    /**
     * The weekdays of the wished period that the place's period covers.
     *
     * @return their number
     */
    public long coveredWeekdays() {
      return wanted.coveredWeekdays(offered);
    }

    /**
     * Whether the form and, for a ribbon, the days per week are the same.
     *
     * @return true if the form is the same
     */
    public boolean sameForm() {
      return wanted.form() == offered.form()
          && (wanted.form() == PeriodForm.BLOCK || wanted.daysPerWeek() == offered.daysPerWeek());
    }

    /**
     * Whether the place covers every weekday of the wished period (and they share a day).
     *
     * @return true if it does
     */
    public boolean fullyCovered() {
      return wanted.overlaps(offered) && coveredWeekdays() == wantedWeekdays();
    }

    @Override
    public boolean matched() {
      return sameForm() && fullyCovered();
    }

    @Override
    public String render(Locale locale) {
      boolean nl = dutch(locale);
      if (matched()) {
        return (nl ? "periode past (" : "period fits (") + range(wanted, nl) + ")";
      }
      String both = (nl ? " (gewenst: " : " (wanted: ") + describe(wanted, nl)
          + (nl ? ", hier: " : ", here: ") + describe(offered, nl) + ")";
      if (!sameForm()) {
        return (nl ? "vorm van de periode past niet" : "form of the period does not match")
            + both;
      }
      long covered = coveredWeekdays();
      if (covered == 0) {
        return (nl ? "periode niet gedekt: 0 van " : "period not covered: 0 of ")
            + wantedWeekdays() + (nl ? " weekdagen" : " weekdays") + both;
      }
      return (nl ? "periode deels gedekt: " : "period partly covered: ") + covered
          + (nl ? " van " : " of ") + wantedWeekdays() + (nl ? " weekdagen" : " weekdays") + both;
    }

    private String describe(Period period, boolean nl) {
      return sameForm() ? range(period, nl) : form(period, nl) + " " + range(period, nl);
    }

    private static String form(Period period, boolean nl) {
      if (period.form() == PeriodForm.BLOCK) {
        return nl ? "blok" : "block";
      }
      return (nl ? "lint " : "ribbon ") + period.daysPerWeek()
          + (nl ? (period.daysPerWeek() == 1 ? " dag per week" : " dagen per week")
              : (period.daysPerWeek() == 1 ? " day a week" : " days a week"));
    }

    /** "2 Feb-24 Apr 2026", or with both years when they differ: "1 Sep 2025-30 Jan 2026". */
    static String range(Period period, boolean nl) {
      LocalDate a = period.start();
      LocalDate b = period.end();
      return day(a, nl) + (a.getYear() == b.getYear() ? "" : " " + a.getYear()) + "-"
          + day(b, nl) + " " + b.getYear();
    }

    private static final String[] MONTHS_NL = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul",
        "aug", "sep", "okt", "nov", "dec"};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
        "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static String day(LocalDate date, boolean nl) {
      return date.getDayOfMonth() + " "
          + (nl ? MONTHS_NL : MONTHS_EN)[date.getMonthValue() - 1];
    }
  }

  /** The estimated travel time (rounded up to whole minutes) against the student's limit. */
  public record Travel(Transport transport, int minutes, int maxMinutes) implements Item {
    /**
     * Validates the fields.
     *
     * @param transport the student's means of transport
     * @param minutes the estimated minutes, rounded up
     * @param maxMinutes her limit
     */
    public Travel {
      Objects.requireNonNull(transport, "transport");
    }

    @Override
    public boolean matched() {
      return minutes <= maxMinutes;
    }

    @Override
    public String render(Locale locale) {
      boolean nl = dutch(locale);
      return (nl ? "reistijd " + minutes + " van " + maxMinutes + " minuten "
          : "travel " + minutes + " of " + maxMinutes + " minutes ")
          + means(transport, nl) + (matched() ? "" : nl ? " (te lang)" : " (over the limit)");
    }
  }

  /** The student has a travel limit but no known home location, so it was not checked. */
  public record TravelUnchecked(Transport transport, int maxMinutes) implements Item {
    /**
     * Validates the fields.
     *
     * @param transport the student's means of transport
     * @param maxMinutes her limit
     */
    public TravelUnchecked {
      Objects.requireNonNull(transport, "transport");
    }

    @Override
    public boolean matched() {
      return false;
    }

    @Override
    public String render(Locale locale) {
      return dutch(locale)
          ? "reistijd niet gecontroleerd (geen woonlocatie bekend; grens " + maxMinutes
              + " minuten " + means(transport, true) + ")"
          : "travel time not checked (no home location known; limit " + maxMinutes + " minutes "
              + means(transport, false) + ")";
    }
  }

  private static String means(Transport t, boolean nl) {
    switch (t) {
      case WALK:
        return nl ? "lopend" : "on foot";
      case BIKE:
        return nl ? "met de fiets" : "by bike";
      case PUBLIC_TRANSPORT:
        return nl ? "met het openbaar vervoer" : "by public transport";
      case CAR:
        return nl ? "met de auto" : "by car";
      default:
        throw new IllegalStateException("Unknown transport " + t);
    }
  }

  /**
   * How many of the work processes the company can carry out for the qualification the student
   * has not yet mastered ({@code newToStudent} of {@code offered}).
   */
  public record LearningRoom(int newToStudent, int offered) implements Item {
    /**
     * Validates the counts.
     *
     * @param newToStudent the work processes here she has not yet mastered
     * @param offered the work processes the company can carry out for the qualification
     */
    public LearningRoom {
      if (newToStudent < 0 || offered < 0 || newToStudent > offered) {
        throw new IllegalArgumentException("The learning room (" + newToStudent + " of " + offered
            + ") must have 0 <= new <= offered.\nMaybe compute it with FitModel.");
      }
    }

    @Override
    public boolean matched() {
      return newToStudent > 0;
    }

    @Override
    public String render(Locale locale) {
      return dutch(locale)
          ? newToStudent + " van de " + offered + " werkprocessen die hier kunnen worden"
              + " uitgevoerd " + (newToStudent == 1 ? "is" : "zijn") + " nieuw voor de student"
          : newToStudent + " of " + offered + " work processes offered here "
              + (newToStudent == 1 ? "is" : "are") + " new to the student";
    }
  }
}
