/**
 * The matching engines on dense integer indices: deferred acceptance for student choice (V4), the
 * two-stage two-by-two acquaintance (V2, motion 525) and the assignment solvers they build on.
 *
 * <p>Ids are translated to dense {@code int} indices at the boundary; the hot loops run on
 * primitive arrays. Every tie is broken by the seeded {@link nl.stagematch.core.model.Lottery},
 * never by input order. Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.solver;
