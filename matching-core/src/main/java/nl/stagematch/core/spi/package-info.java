/**
 * The contract of a matching variant: what a variant declares ({@link
 * nl.stagematch.core.spi.MatchingVariant}, {@link nl.stagematch.core.spi.Capability}, {@link
 * nl.stagematch.core.spi.VariantOption}), what it is asked ({@link
 * nl.stagematch.core.spi.MatchRequest}), whom it asks for the people's answers ({@link
 * nl.stagematch.core.spi.Responder}) and what it returns ({@link nl.stagematch.core.spi.Proposal}).
 *
 * <p>The built-in variants live in the module {@code nl.stagematch.variants}; third-party variants
 * implement {@link nl.stagematch.core.spi.MatchingVariant} and are found through {@link
 * java.util.ServiceLoader}. Nothing in this package can carry a personal characteristic or a
 * research-only attribute: the request holds the blind problem, a seed, pins, forbidden pairs,
 * declared options and an optional school per student, nothing else. All values are immutable.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.spi;
