/**
 * Independent checks of results: {@link nl.stagematch.core.check.AssignmentVerifier} verifies an
 * assignment's feasibility and its optimality certificate in linear time.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.check;
