/**
 * The blind matching input: students (pseudonymous), companies, places and the school's policy.
 *
 * <p>Entry point: {@link nl.stagematch.core.model.MatchingProblem#builder()}. Every record
 * validates itself when built and throws {@link java.lang.IllegalArgumentException} with a message
 * that names the thing, shows its value and suggests a fix; {@link
 * nl.stagematch.core.model.MatchingProblem.Builder#build()} checks the cross-field rules and
 * reports all broken ones at once as {@link nl.stagematch.core.model.ValidationError}s.
 *
 * <p>No type in this package has a field for a personal characteristic (rule R1). All values
 * are immutable, collections iterate in a deterministic order. Parameters and return values are
 * non-null unless documented otherwise.
 */
package nl.stagematch.core.model;
