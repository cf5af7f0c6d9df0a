package nl.stagematch.core.model;

/** The form of an internship period: a block of full weeks or a ribbon of days per week (R12). */
public enum PeriodForm {
  /** A block ("blokstage"): the student is at the company for whole weeks. */
  BLOCK,
  /** A ribbon ("lintstage"): the student is at the company some days per week. */
  RIBBON
}
