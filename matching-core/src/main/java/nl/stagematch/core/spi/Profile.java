package nl.stagematch.core.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Qualification;

/**
 * The anonymous profile a company sees on a blind shortlist (V3): only the learning wish, the
 * level, the period and the competences. No id (a token that is new in every round), no support
 * needs (R9: they are requirements on the place, never a label), no travel limit, no location.
 *
 * @param token an opaque handle for this profile on this shortlist only, such as {@code R2-P17-1}
 * @param qualification the qualification and level wished
 * @param period the period wished
 * @param workProcesses the work processes she wants to practise, code to weight, sorted by code
 * @param companyKind the kind of company wished, or {@code null} for no wish
 * @param workKind the kind of work wished, or {@code null} for no wish
 * @param competences what she can already do, work-process code to level 1..5, sorted by code
 * @param nomination the school's nomination order on this shortlist, 1 = best fit (ties by lottery)
 */
public record Profile(String token, Qualification qualification, Period period,
    Map<String, Double> workProcesses, String companyKind, String workKind,
    Map<String, Integer> competences, int nomination) {

  /**
   * Validates and copies the maps into sorted unmodifiable maps.
   *
   * @param token an opaque handle for this profile on this shortlist only
   * @param qualification the qualification and level wished
   * @param period the period wished
   * @param workProcesses the work processes she wants to practise, code to weight
   * @param companyKind the kind of company wished
   * @param workKind the kind of work wished
   * @param competences what she can already do, work-process code to level 1..5
   * @param nomination the school's nomination order on this shortlist, 1 = best fit
   */
  public Profile {
    StudentPlace.check(token, "a profile");
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(period, "period");
    workProcesses = Collections.unmodifiableSortedMap(new TreeMap<>(workProcesses));
    competences = Collections.unmodifiableSortedMap(new TreeMap<>(competences));
    if (nomination < 1) {
      throw new IllegalArgumentException("The nomination (" + nomination + ") of profile ("
          + token + ") must be >= 1.\nMaybe number the shortlist from 1.");
    }
  }
}
