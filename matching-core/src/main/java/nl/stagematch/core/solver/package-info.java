/**
 * The matching engines on dense integer ids: the exact assignment core, {@link
 * nl.stagematch.core.solver.AssignmentProblem} (students, places with capacities, admissible pairs
 * with costs, supplies, pins, forbidden pairs, lottery numbers), {@link
 * nl.stagematch.core.solver.AssignmentSolver} (maximum number of assigned units, then minimum
 * cost; cold and warm) and {@link nl.stagematch.core.solver.AssignmentResult} with its optimality
 * certificate; deferred acceptance for student choice (V4, {@link
 * nl.stagematch.core.solver.DeferredAcceptance}); and the two stages of two-by-two acquaintance (V2,
 * motion 525: {@link nl.stagematch.core.solver.PairSelection} and {@link
 * nl.stagematch.core.solver.AcquaintanceResolution}).
 *
 * <p>Ids are translated to dense {@code int} indices at the boundary; the hot loops run on
 * primitive arrays. Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.solver;
