package nl.stagematch.core.model;

import java.util.Locale;

/**
 * Why a (student, place) pair is not admissible: the first rule that fails, in this order (the
 * enum's order). The first two concern the student alone, the rest the pair.
 *
 * <p>For a student without any admissible place, {@link Eligibility#noPlaceReason(int)} gives the
 * <em>most informative</em> reason: the latest rule in this order that any of her candidate places
 * (places for her qualification) fails on, because that place passed every earlier rule. So
 * {@link #TRAVEL} means "there are places for her qualification in her period with her features,
 * but all too far away"; {@link #QUALIFICATION} means no place at all offers her qualification.
 */
public enum IneligibilityReason {
  /** The student is outside the policy's scope (R2), e.g. BBL or not first year. */
  OUT_OF_SCOPE,
  /** The student opted out and searches herself (R3). */
  OPTED_OUT,
  /** The place is for another qualification or level than the wish (or none is offered). */
  QUALIFICATION,
  /** The company holds no SBB recognition for the place's qualification. */
  NOT_RECOGNISED,
  /** The company does not take part in the school year under the participation policy (R5). */
  COMPANY_NOT_PARTICIPATING,
  /**
   * The place's period covers less of the wished period than the policy's minimum ({@link
   * nl.stagematch.core.model.Policy#minPeriodCoveragePercent()} of its weekdays; by default all of
   * them) or shares no day with it, or the form differs (block or ribbon), or a ribbon has another
   * number of days per week.
   */
  PERIOD,
  /** The place lacks a feature the student needs (R9). */
  FEATURES,
  /** The travel time exceeds the student's limit. */
  TRAVEL;

  /**
   * A short description in Dutch ({@code nl}) or English (any other language).
   *
   * @param locale the language
   * @return the description
   */
  public String describe(Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    switch (this) {
      case OUT_OF_SCOPE:
        return nl ? "valt buiten de doelgroep" : "out of scope";
      case OPTED_OUT:
        return nl ? "zoekt zelf (afgemeld)" : "opted out";
      case QUALIFICATION:
        return nl ? "geen plaats voor deze kwalificatie" : "no place for the qualification";
      case NOT_RECOGNISED:
        return nl ? "bedrijf niet erkend voor de kwalificatie"
            : "company not recognised for the qualification";
      case COMPANY_NOT_PARTICIPATING:
        return nl ? "bedrijf doet niet mee" : "company does not take part";
      case PERIOD:
        return nl ? "periode van de plaats dekt te weinig van de gewenste periode, of verschilt"
            + " in vorm of dagen per week"
            : "the place's period covers too little of the wished period, or differs in form or"
            + " days per week";
      case FEATURES:
        return nl ? "plaats mist een benodigde voorziening" : "place lacks a required feature";
      case TRAVEL:
        return nl ? "reistijd te lang" : "travel time too long";
      default:
        throw new IllegalStateException("Unknown reason " + this);
    }
  }
}
