package nl.stagematch.variants.process;

import java.util.Locale;

/**
 * The fixed categories of the reason for a refusal, a substantiated objection or an early end
 * (R3, R4, R11), counted by the monitoring report (R10).
 *
 * <p>A category says <em>what about the match</em> did not work, never anything about the person.
 * The school keeps its own text about the case; a decision only carries a reference to that note
 * (see {@link Decision#noteRef()}).
 */
public enum ReasonCategory {
  /** The work does not offer what the learning wish asks (work processes, kind of work). */
  LEARNING_CONTENT,
  /** The period, the days or the hours do not fit. */
  PERIOD_OR_HOURS,
  /** The journey is not feasible in practice (time, connections, cost). */
  TRAVEL,
  /** The company cannot provide the supervision the internship needs at this time. */
  SUPERVISION_CAPACITY,
  /** The place cannot meet a support need of the student in practice (R9). */
  SUPPORT_NEEDS,
  /** Safety rules or work with vulnerable clients stand in the way (e.g. care, technology). */
  SAFETY,
  /** A prior relationship or conflict of interest (e.g. family works there, earlier job). */
  CONFLICT_OF_INTEREST,
  /** None of the above; the school's note (required) says more. */
  OTHER;

  /**
   * A short description in Dutch ({@code nl}) or English (any other language).
   *
   * @param locale the language
   * @return the description
   */
  public String describe(Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    switch (this) {
      case LEARNING_CONTENT:
        return nl ? "inhoud sluit niet aan op de leerwens"
            : "content does not fit the learning wish";
      case PERIOD_OR_HOURS:
        return nl ? "periode, dagen of uren passen niet" : "period, days or hours do not fit";
      case TRAVEL:
        return nl ? "reizen is in de praktijk niet haalbaar" : "travel not feasible in practice";
      case SUPERVISION_CAPACITY:
        return nl ? "geen begeleidingscapaciteit" : "no supervision capacity";
      case SUPPORT_NEEDS:
        return nl ? "ondersteuningsbehoefte niet in te vullen" : "support need cannot be met";
      case SAFETY:
        return nl ? "veiligheid of kwetsbare cliënten" : "safety or vulnerable clients";
      case CONFLICT_OF_INTEREST:
        return nl ? "eerdere relatie of belangenconflict"
            : "prior relationship or conflict of interest";
      case OTHER:
        return nl ? "anders (zie notitie van de school)" : "other (see the school's note)";
      default:
        throw new IllegalStateException("Unknown category " + this);
    }
  }
}
