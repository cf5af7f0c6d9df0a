/**
 * Independent checks of results, from the problem and the result document alone: {@link
 * nl.stagematch.core.check.ResultVerifier} checks that a result belongs to its problem (the
 * problem's SHA-256 in the result's provenance), that it is feasible (every student once,
 * admissible, not forbidden, within capacity, pins kept, fits recomputed), that its reasons are
 * consistent where they can be checked, and that it keeps its variant's promise, proved by the
 * certificate the result carries. It runs in time linear in the number of (student, place)
 * pairs and needs no type outside the exported packages.
 *
 * <p>The solver's own checks of its internal results ({@code AssignmentVerifier}, {@code
 * StabilityVerifier}) are in the solver package.
 *
 * <p>The certificates of student choice (V4), two-by-two acquaintance (V2) and blind shortlist (V3)
 * are checked from the problem, the fit model and the result alone, through exported types only:
 * {@link nl.stagematch.core.check.StabilityCheck}, {@link
 * nl.stagematch.core.check.AcquaintanceCheck} and {@link nl.stagematch.core.check.ShortlistCheck};
 * each failure is a {@link nl.stagematch.core.check.Finding}, a coded message in Dutch and
 * English ({@link nl.stagematch.core.check.VerifyMessage}, codes {@code VERIFY_}).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.check;
