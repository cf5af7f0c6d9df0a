/**
 * Seeded instance generators for benchmarks, tests and the research harness: {@link
 * nl.stagematch.bench.gen.CohortGenerator}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
