/**
 * Independent checks of results: they recompute what a result claims from the input alone and
 * report every violation they find. {@link nl.stagematch.core.check.AssignmentVerifier} verifies an
 * assignment's feasibility and its optimality certificate in linear time; {@link
 * nl.stagematch.core.check.StabilityVerifier} verifies a student-choice placement's feasibility and
 * lists all blocking pairs.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.check;
