/**
 * Seeded generators of benchmark and test instances; the same seed gives the same instance on any
 * machine. Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
