/**
 * Seeded research cohorts calibrated to public figures: {@link
 * nl.stagematch.bench.research.cohort.CohortSpec} (the parameters and their text form) and {@link
 * nl.stagematch.bench.research.cohort.ResearchCohortGenerator} (the blind problem with the
 * research-only group and schools beside it).
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.research.cohort;
