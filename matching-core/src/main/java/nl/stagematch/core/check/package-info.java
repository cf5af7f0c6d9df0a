/**
 * Independent verifiers of matching results: they recompute what a result claims (feasibility,
 * stability, optimality) from the input alone and report every violation they find.
 *
 * <p>Verifiers are meant for tests, audits and an opt-in checked mode; they favour clarity over
 * speed. Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.check;
