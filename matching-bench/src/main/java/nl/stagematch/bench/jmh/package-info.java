/**
 * JMH benchmarks of the matching engines; each class Javadoc shows the command that runs it.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.jmh;
