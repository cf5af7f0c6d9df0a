package nl.stagematch.core.model;

import java.util.Objects;

/**
 * The school's policy for a matching run: the school year, which students are in scope (R2) and
 * which companies take part (R5).
 */
public record Policy(SchoolYear schoolYear, Scope scope, ParticipationPolicy participation) {

  /** Validates that no field is missing. */
  public Policy {
    Objects.requireNonNull(schoolYear, "The school year of the policy is missing.");
    Objects.requireNonNull(scope, "The scope of the policy is missing.\nMaybe use Scope.DEFAULT.");
    Objects.requireNonNull(participation, "The participation policy is missing."
        + "\nMaybe use ParticipationPolicy.national(year).");
  }

  /**
   * The default policy for {@code year}: {@link Scope#DEFAULT} and {@link
   * ParticipationPolicy#national(SchoolYear)}.
   */
  public static Policy defaults(SchoolYear year) {
    return new Policy(year, Scope.DEFAULT, ParticipationPolicy.national(year));
  }
}
