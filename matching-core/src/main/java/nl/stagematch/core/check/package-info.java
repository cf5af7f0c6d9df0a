/**
 * Independent checks of results: they recompute what a result claims from the input alone and
 * report every violation they find. {@link nl.stagematch.core.check.AssignmentVerifier} verifies an
 * assignment's feasibility and its optimality certificate in linear time; {@link
 * nl.stagematch.core.check.StabilityVerifier} verifies a student-choice placement's feasibility and
 * lists all blocking pairs.
 *
 * <p>The certificates of student choice (V4), two-by-two acquaintance (V2) and blind shortlist (V3)
 * are checked from the problem, the fit model and the result alone, through exported types only:
 * {@link nl.stagematch.core.check.StabilityCheck}, {@link
 * nl.stagematch.core.check.AcquaintanceCheck} and {@link nl.stagematch.core.check.ShortlistCheck};
 * each failure is a {@link nl.stagematch.core.check.Finding}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.check;
