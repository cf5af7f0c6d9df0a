/**
 * The blind matching input: students (pseudonymous), companies, places and the school's policy.
 *
 * <p>No type in this package has a field for a personal characteristic (DOMAIN.md R1). All values
 * are immutable and validated when built. Parameters and return values are non-null unless
 * documented otherwise.
 */
package nl.stagematch.core.model;
