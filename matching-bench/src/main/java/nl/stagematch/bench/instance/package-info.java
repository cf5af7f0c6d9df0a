/**
 * The shared benchmark instance format: {@link nl.stagematch.bench.instance.InstanceReader} parses
 * it into an {@link nl.stagematch.bench.instance.Instance}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.instance;
