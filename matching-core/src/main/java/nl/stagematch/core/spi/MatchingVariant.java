package nl.stagematch.core.spi;

import java.util.List;
import java.util.Set;

/**
 * A matching variant (R7: a school picks one per team): a name, a one-line description, its
 * declared {@link Capability capabilities} and {@link VariantOption options}, and the match.
 *
 * <p>The contract, checked for every registered variant by the contract tests: every student of
 * the problem appears exactly once in the result, placed or unplaced with a reason (students out
 * of scope with {@code OUT_OF_SCOPE}, opted out with {@code OPTED_OUT}); no place's capacity is
 * exceeded; only admissible pairs are placed; pinned pairs are kept and forbidden pairs never
 * used (if declared); the same request gives the same result, byte for byte, whatever the order
 * of the input lists. Implementations must be thread-safe and keep no state between calls.
 *
 * <p>Third-party variants are found through {@link java.util.ServiceLoader}: provide the
 * implementation in a module that {@code provides nl.stagematch.core.spi.MatchingVariant with
 * ...}, or in {@code META-INF/services} on the class path; a public no-argument constructor is
 * needed.
 */
public interface MatchingVariant {

  /**
   * The unique name, lower-case words joined by '-', such as {@code school-placement}.
   *
   * @return the name
   */
  String name();

  /**
   * One line: what the variant does and who chooses.
   *
   * @return the description
   */
  String description();

  /**
   * What the variant declares about itself.
   *
   * @return its capabilities
   */
  Set<Capability> capabilities();

  /**
   * The options the variant accepts, with their defaults; empty if none.
   *
   * @return the options
   */
  List<VariantOption> options();

  /**
   * Matches the request's problem.
   *
   * @param request the problem, seed, pins, forbidden pairs, responder, options and fit model
   * @return the result with the variant's report and effective options
   * @throws IllegalArgumentException if the request is invalid for this variant (an unknown or
   *     invalid option, an inadmissible pin, an invalid answer of the responder)
   */
  Proposal match(MatchRequest request);

  /**
   * Whether the variant declares {@code capability}.
   *
   * @param capability the capability
   * @return true if it is among {@link #capabilities()}
   */
  default boolean has(Capability capability) {
    return capabilities().contains(capability);
  }
}
