/**
 * Seeded generators for demonstrations, tests, benchmarks and the research harness: cohorts
 * ({@link nl.stagematch.bench.gen.SampleCohortGenerator}, {@link
 * nl.stagematch.bench.gen.NationalCohortGenerator}), assignment instances ({@link
 * nl.stagematch.bench.gen.CohortGenerator}) and student-choice and acquaintance instances ({@link
 * nl.stagematch.bench.gen.PreferenceInstanceGenerator}). The same seed gives the same output on
 * any machine.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
