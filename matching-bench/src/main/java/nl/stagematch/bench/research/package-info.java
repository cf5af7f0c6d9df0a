/**
 * The research harness: compare matching variants, and today's practice as a baseline, on the
 * same cohorts. A {@link nl.stagematch.bench.research.ResearchCohort} holds the matching input
 * together with research-only attributes (a group flag per student) that live outside that input
 * and are joined to outcomes only afterwards; an {@link nl.stagematch.bench.research.Arm} is one
 * contender of an experiment (a variant, or the simulation of today's practice) and gives an
 * {@link nl.stagematch.bench.research.ArmRun} per cohort and seed.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.research;
