/**
 * The exact assignment core on dense integer ids: {@link
 * nl.stagematch.core.solver.AssignmentProblem} (students, places with capacities, admissible pairs
 * with costs, supplies, pins, forbidden pairs, lottery numbers), {@link
 * nl.stagematch.core.solver.AssignmentSolver} (maximum number of assigned units, then minimum
 * cost; cold and warm), and {@link nl.stagematch.core.solver.AssignmentResult} with its optimality
 * certificate.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.solver;
