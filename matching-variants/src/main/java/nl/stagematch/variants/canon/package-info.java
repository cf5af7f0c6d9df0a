/**
 * A small canonical JSON writer and strict reader for the documents of this module (audit trail,
 * decisions, monitoring report); internal, not exported.
 *
 * <p>Values are plain Java objects: {@link java.util.Map} (fields in the format's fixed order),
 * {@link java.util.List}, {@link java.lang.String}, {@link java.lang.Long}, {@link
 * java.lang.Boolean} and {@code null}. The formats use integers only, no fractional numbers, so
 * the bytes never depend on how a platform prints a double. Parameters and return values are
 * non-null unless documented otherwise.
 */
package nl.stagematch.variants.canon;
