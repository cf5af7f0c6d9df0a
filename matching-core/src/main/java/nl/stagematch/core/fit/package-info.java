/**
 * Eligibility and fit: which (student, place) pairs are admissible under the hard rules ({@link
 * nl.stagematch.core.fit.Eligibility}, with the reason a pair or a student fails), how well an
 * admissible pair fits ({@link nl.stagematch.core.fit.FitModel}, a score 0..1000 with an
 * explanation in Dutch and English), the travel-time estimate ({@link
 * nl.stagematch.core.fit.TravelTimeModel}) and the counts for validation ({@link
 * nl.stagematch.core.fit.EligibilityReport}).
 *
 * <p>The home location is used only to estimate travel time; explanations carry codes, counts and
 * minutes only. Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.fit;
