/**
 * The blind matching input and what the hard rules and the fit make of it: students
 * (pseudonymous), companies, places and the school's policy; which (student, place) pairs are
 * admissible ({@link nl.stagematch.core.model.Eligibility}, with the reason a pair or a student
 * fails); how well an admissible pair fits ({@link nl.stagematch.core.model.FitModel}, a score
 * 0..1000 with an explanation in Dutch and English); the travel-time estimate ({@link
 * nl.stagematch.core.model.TravelTimeModel}); and the messages and exceptions of the input.
 *
 * <p>Entry point: {@link nl.stagematch.core.model.MatchingProblem#builder()}. Every record
 * validates itself when built and throws {@link java.lang.IllegalArgumentException} with a message
 * that names the thing, shows its value and suggests a fix; {@link
 * nl.stagematch.core.model.MatchingProblem.Builder#build()} checks the cross-field rules and
 * reports all broken ones at once as {@link nl.stagematch.core.model.ValidationError}s.
 *
 * <p>No type in this package has a field for a personal characteristic (rule R1). The home
 * location is used only to estimate travel time; explanations carry codes, counts and minutes
 * only. All values are immutable, collections iterate in a deterministic order. Parameters and
 * return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.model;
