package nl.stagematch.core.model;

import java.time.LocalDate;

/**
 * An internship period: from {@code start} to {@code end} (both inclusive), as a block or a ribbon
 * of {@code daysPerWeek} days per week (1..5; a block is usually 5).
 *
 * <p>How much of one period another covers is counted in <em>weekdays</em> (Monday to Friday, the
 * days an internship can take place; public holidays are not known to the library and count as
 * weekdays): see {@link #weekdays()} and {@link #coveredWeekdays(Period)}.
 */
public record Period(LocalDate start, LocalDate end, PeriodForm form, int daysPerWeek) {

  /**
   * Validates that the period does not end before it starts and the days per week are 1..5.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @param form block or ribbon
   * @param daysPerWeek the days per week, 1 to 5
   */
  public Period {
    Checks.present(start, "de begindatum van een periode",
        "the start date of a period", "geef de eerste dag.",
        "give the first day.", "start");
    Checks.present(end, "de einddatum van een periode",
        "the end date of a period", "geef de laatste dag.",
        "give the last day.", "end");
    Checks.present(form, "de vorm (BLOCK of RIBBON) van een periode",
        "the form (BLOCK or RIBBON) of a period", "kies BLOCK of RIBBON.",
        "choose BLOCK or RIBBON.", "form");
    if (end.isBefore(start)) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_PERIOD_REVERSED, end, start),
          "end");
    }
    if (daysPerWeek < 1 || daysPerWeek > 5) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_DAYS_PER_WEEK, daysPerWeek,
          start, end), "daysPerWeek");
    }
  }

  /**
   * A block period of five days per week.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   */
  public static Period block(LocalDate start, LocalDate end) {
    return new Period(start, end, PeriodForm.BLOCK, 5);
  }

  /**
   * A ribbon period of {@code daysPerWeek} days per week.
   *
   * @param start the first day
   * @param end the last day
   * @param daysPerWeek the days per week, 1 to 5
   * @return the period
   */
  public static Period ribbon(LocalDate start, LocalDate end, int daysPerWeek) {
    return new Period(start, end, PeriodForm.RIBBON, daysPerWeek);
  }

  /**
   * Whether the two periods share at least one day (the form is not compared).
   *
   * @param other the other period
   * @return true if they share a day
   */
  public boolean overlaps(Period other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /**
   * The number of days both periods share (0 if they do not overlap).
   *
   * @param other the other period
   * @return the number of shared days
   */
  public long overlapDays(Period other) {
    if (!overlaps(other)) {
      return 0;
    }
    LocalDate from = start.isAfter(other.start) ? start : other.start;
    LocalDate to = end.isBefore(other.end) ? end : other.end;
    return to.toEpochDay() - from.toEpochDay() + 1;
  }

  /**
   * The number of weekdays (Monday to Friday) from start to end, both inclusive.
   *
   * @return the number of weekdays
   */
  public long weekdays() {
    return weekdaysBefore(end.toEpochDay() + 1) - weekdaysBefore(start.toEpochDay());
  }

  /**
   * The number of weekdays (Monday to Friday) of this period that {@code other} covers too: the
   * weekdays of the days both share (0 if they share none).
   *
   * @param other the other period
   * @return the number of weekdays
   */
  public long coveredWeekdays(Period other) {
    long from = Math.max(start.toEpochDay(), other.start.toEpochDay());
    long to = Math.min(end.toEpochDay(), other.end.toEpochDay());
    return to < from ? 0 : weekdaysBefore(to + 1) - weekdaysBefore(from);
  }

  /**
   * The number of weekdays from Monday 29 December 1969 (epoch day -3) up to, not including, epoch
   * day {@code epochDay}; negative before that Monday. Differences give the weekdays of a range.
   */
  private static long weekdaysBefore(long epochDay) {
    long days = epochDay + 3;
    return 5 * Math.floorDiv(days, 7) + Math.min(5, Math.floorMod(days, 7));
  }
}
