/**
 * JMH benchmarks; each class's Javadoc gives the command that runs it.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.jmh;
