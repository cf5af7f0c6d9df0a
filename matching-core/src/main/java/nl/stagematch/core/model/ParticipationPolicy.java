package nl.stagematch.core.model;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which companies' places take part in school matching in a school year (R5).
 *
 * <p>A company takes part unless it opted out for that year <em>and</em> its opt-out is honoured.
 * An opt-out is honoured when {@code optOutAllowed} is true, or the company is smaller than
 * {@code minimumSize}, or its sector is one of {@code exemptSectors}. So:
 *
 * <ul>
 *   <li>{@link #DEFAULT} (everyone takes part, from 2025-26): opt-out not allowed, minimum size
 *       {@link SizeClass#MICRO}, no exempt sectors;
 *   <li>"large companies plus willing smaller ones": opt-out not allowed, minimum size
 *       {@link SizeClass#LARGE};
 *   <li>"sector exceptions": opt-out not allowed, exempt sectors {@code care}, {@code technology}.
 * </ul>
 *
 * @param optOutAllowed whether every company may opt out
 * @param minimumSize the smallest size class that must take part; smaller companies may opt out
 * @param exemptSectors sector codes whose companies may opt out, sorted
 */
public record ParticipationPolicy(
    boolean optOutAllowed, SizeClass minimumSize, Set<String> exemptSectors) {

  /** Everyone takes part; the national rule from school year 2025-26. */
  public static final ParticipationPolicy DEFAULT =
      new ParticipationPolicy(false, SizeClass.MICRO, Set.of());

  /** Every opt-out is honoured; the national rule before school year 2025-26. */
  public static final ParticipationPolicy OPT_OUT_ALLOWED =
      new ParticipationPolicy(true, SizeClass.MICRO, Set.of());

  /**
   * Validates the fields and copies the sectors into a sorted unmodifiable set.
   *
   * @param optOutAllowed whether every company may opt out
   * @param minimumSize the smallest size class that must take part
   * @param exemptSectors sector codes whose companies may opt out
   */
  public ParticipationPolicy {
    Objects.requireNonNull(minimumSize, "The minimum size class of a participation policy is"
        + " missing.\nMaybe use MICRO: every size must take part.");
    exemptSectors = Checks.codes(exemptSectors, Checks.what("vrijgestelde sectoren van het deelnamebeleid",
        "exempt sectors of the participation policy"),
        "exemptSectors");
  }

  /**
   * The national timeline (R5): opt-out allowed in 2023-24 and 2024-25 (and before), all
   * recognised companies take part from 2025-26.
   *
   * @param year the school year
   * @return the policy for that year
   */
  public static ParticipationPolicy national(SchoolYear year) {
    return year.startYear() < 2025 ? OPT_OUT_ALLOWED : DEFAULT;
  }

  /**
   * Everyone must take part except companies in these sectors, which may opt out.
   *
   * @param sectors the sector codes that may opt out
   * @return the policy
   */
  public static ParticipationPolicy withExemptSectors(Collection<String> sectors) {
    return new ParticipationPolicy(false, SizeClass.MICRO, Set.copyOf(sectors));
  }

  /**
   * Whether an opt-out by {@code company} is honoured under this policy.
   *
   * @param company the company
   * @return true if it is
   */
  public boolean mayOptOut(Company company) {
    return optOutAllowed
        || company.size().compareTo(minimumSize) < 0
        || exemptSectors.contains(company.sector());
  }

  /**
   * Whether {@code company}'s places take part in {@code year}.
   *
   * @param company the company
   * @param year the school year
   * @return true if they do
   */
  public boolean participates(Company company, SchoolYear year) {
    return company.participationIn(year) == Participation.PARTICIPATES || !mayOptOut(company);
  }
}
