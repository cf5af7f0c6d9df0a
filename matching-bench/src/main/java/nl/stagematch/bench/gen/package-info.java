/**
 * Seeded generators of matching problems and instances for demonstrations, tests, benchmarks and
 * the research harness; the same seed gives the same output on any machine. See {@link
 * nl.stagematch.bench.gen.CohortGenerator}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
