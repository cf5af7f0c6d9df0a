package nl.stagematch.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The fit of an admissible (student, place) pair: an integer score 0..1000 (higher fits better)
 * and the explanation of what matched and what did not.
 */
public record Fit(int score, FitExplanation explanation) {

  /** The highest score. */
  public static final int MAX_SCORE = 1000;

  /**
   * Validates the score range.
   *
   * @param score the score, 0 to {@value #MAX_SCORE}
   * @param explanation what matched and what did not
   */
  public Fit {
    if (score < 0 || score > MAX_SCORE) {
      throw new IllegalArgumentException("The fit score (" + score + ") must be 0 to 1000."
          + "\nMaybe compute it with FitModel.");
    }
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The score and the explanation as one sentence, in Dutch ({@code nl}) or English (others):
   * "fit 812 of 1000: ...".
   *
   * @param locale the language
   * @return the sentence
   */
  public String render(Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    return (nl ? "passendheid " + score + " van 1000: " : "fit " + score + " of 1000: ")
        + explanation.render(locale);
  }
}
