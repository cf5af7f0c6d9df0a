/**
 * JMH benchmarks of the solvers and matching engines; see each class for the run command.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.jmh;
