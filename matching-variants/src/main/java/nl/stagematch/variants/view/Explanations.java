package nl.stagematch.variants.view;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.ReasonDetail;

/**
 * Explains a result to the student and the school, per student, in Dutch ({@code nl}) or English
 * (any other language): for a placement the fit explanation of {@link FitModel} ("Placed at P-17;
 * fit 812 of 1000: 3 of 4 wanted work processes ..."), for an unplaced student the reason and its
 * detail ("Not placed: the admissible places were full and the lottery decided (...)").
 *
 * <p>The explanation names the travel time, so it is for the student and the school only, never
 * for a company (a company sees the {@link CompanyView}).
 */
public final class Explanations {
  private final MatchingProblem problem;
  private final FitModel fitModel;

  private Explanations(MatchingProblem problem, FitModel fitModel) {
    this.problem = problem;
    this.fitModel = fitModel;
  }

  /**
   * Explanations of results of {@code problem} with the problem's own fit model.
   *
   * @param problem the problem the results are of
   * @return the explanations
   */
  public static Explanations of(MatchingProblem problem) {
    return of(problem, FitModel.of(problem));
  }

  /**
   * Explanations of results of {@code problem} with {@code fitModel}.
   *
   * @param problem the problem the results are of
   * @param fitModel the fit model the results were matched with
   * @return the explanations
   */
  public static Explanations of(MatchingProblem problem, FitModel fitModel) {
    return new Explanations(Objects.requireNonNull(problem, "problem"),
        Objects.requireNonNull(fitModel, "fitModel"));
  }

  /**
   * The explanation for {@code studentId} in {@code result}.
   *
   * @param result a result of the problem
   * @param studentId the student
   * @param locale the language ({@code nl} for Dutch, any other for English)
   * @return her placement and its fit, or why she is not placed
   * @throws IllegalArgumentException if the result does not list the student
   */
  public String explain(MatchResult result, String studentId, Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    Optional<Placement> placement = result.placement(studentId);
    if (placement.isPresent()) {
      Placement p = placement.get();
      return (nl ? "Geplaatst bij " : "Placed at ") + p.placeId() + "; "
          + fitModel.fit(problem, studentId, p.placeId()).render(locale);
    }
    Unplaced u = result.unplacedEntry(studentId).orElseThrow(() -> new IllegalArgumentException(
        "The student (" + studentId + ") is neither placed nor unplaced in the result.\nMaybe"
            + " the result belongs to another problem, or check the id."));
    StringBuilder sb = new StringBuilder(nl ? "Niet geplaatst: " : "Not placed: ")
        .append(describe(u.reason(), locale));
    if (u.detail() != null) {
      sb.append(" (").append(detail(u.detail(), locale)).append(')');
    }
    return sb.toString();
  }

  /**
   * The explanation of every student the result lists, sorted by student id.
   *
   * @param result a result of the problem
   * @param locale the language ({@code nl} for Dutch, any other for English)
   * @return student id to her explanation
   */
  public Map<String, String> explainAll(MatchResult result, Locale locale) {
    TreeMap<String, String> out = new TreeMap<>();
    for (Placement p : result.placements()) {
      out.put(p.studentId(), explain(result, p.studentId(), locale));
    }
    for (Unplaced u : result.unplaced()) {
      out.put(u.studentId(), explain(result, u.studentId(), locale));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * A short description of an unplaced reason, in Dutch ({@code nl}) or English (others).
   *
   * @param reason the reason
   * @param locale the language
   * @return the description
   */
  public static String describe(UnplacedReason reason, Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    switch (reason) {
      case NO_ADMISSIBLE_PLACE:
        return nl ? "geen plaats voldoet aan de harde eisen"
            : "no place passes the hard rules";
      case CAPACITY_EXHAUSTED_FIT:
        return nl ? "de passende plaatsen waren vol; de passing besliste, niet de loting"
            : "the admissible places were full; fit decided, not the lottery";
      case CAPACITY_EXHAUSTED_LOTTERY:
        return nl ? "de passende plaatsen waren vol en de loting besliste"
            : "the admissible places were full and the lottery decided";
      case OPTED_OUT:
        return nl ? "heeft zich afgemeld en zoekt zelf" : "opted out and searches herself";
      case OUT_OF_SCOPE:
        return nl ? "valt buiten de doelgroep van deze ronde" : "outside the scope of this run";
      case REFUSED:
        return nl ? "heeft de plaatsing geweigerd en er is geen andere plaats gevonden"
            : "refused the placement and no other place was found";
      case OBJECTION:
        return nl ? "er was een onderbouwd bezwaar en er is geen andere plaats gevonden"
            : "a substantiated objection ended the match and no other place was found";
      case ENDED_AFTER_EVALUATION:
        return nl ? "de stage is na de evaluatie beëindigd en er is geen andere plaats gevonden"
            : "the internship ended after the evaluation and no other place was found";
      case NOT_CHOSEN:
        return nl ? "niet gekozen volgens de regels van de variant"
            : "not chosen under the variant's rules";
      default:
        throw new IllegalStateException("Unknown reason " + reason);
    }
  }

  /**
   * A detail in Dutch ({@code nl}) or English (others): a {@link ReasonDetail} rendered, an
   * eligibility or unplaced reason code described, any other text as it is.
   *
   * @param detail the detail of an unplaced student, as the result holds it
   * @param locale the language
   * @return the detail for people
   */
  public static String detail(String detail, Locale locale) {
    Optional<ReasonDetail> structured = ReasonDetail.parse(detail);
    if (structured.isPresent()) {
      return structured.get().render(locale);
    }
    for (IneligibilityReason r : IneligibilityReason.values()) {
      if (r.name().equals(detail)) {
        return r.describe(locale);
      }
    }
    for (UnplacedReason r : UnplacedReason.values()) {
      if (r.name().equals(detail)) {
        return describe(r, locale);
      }
    }
    return detail;
  }
}
