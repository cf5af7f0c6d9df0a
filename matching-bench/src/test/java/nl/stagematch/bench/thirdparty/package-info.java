/**
 * A third-party variant for the tests of the registry's {@link java.util.ServiceLoader} path.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.thirdparty;
