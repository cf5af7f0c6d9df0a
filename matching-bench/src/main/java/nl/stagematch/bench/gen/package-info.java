/**
 * Seeded instance generators for benchmarks, tests and the research harness: {@link
 * nl.stagematch.bench.gen.CohortGenerator} (assignment instances) and {@link
 * nl.stagematch.bench.gen.PreferenceInstanceGenerator} (student-choice and acquaintance
 * instances). The same seed gives the same instance on any machine.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
