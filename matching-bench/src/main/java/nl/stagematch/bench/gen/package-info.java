/**
 * Seeded generators of matching problems for demonstrations, tests and benchmarks. Parameters and
 * return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.gen;
