package nl.stagematch.core.result;

/** Why a student has no placement in a result (R10, R13: counted by reason). */
public enum UnplacedReason {
  /** No place passes the hard rules for her (see the eligibility reason in the detail). */
  NO_ADMISSIBLE_PLACE,
  /**
   * Admissible places exist but were full, and not by chance: every assignment that places her
   * places fewer students or has a lower total fit (or her places' seats are all held by pinned
   * students). The detail says which places and by how much.
   */
  CAPACITY_EXHAUSTED_FIT,
  /**
   * Admissible places exist but were full, and an equally good assignment (as many placed, the
   * same total fit) would have placed her: an exact tie, broken by the seeded lottery. The detail
   * names the lottery numbers.
   */
  CAPACITY_EXHAUSTED_LOTTERY,
  /** She opted out and searches herself (R3). */
  OPTED_OUT,
  /** She is outside the policy's scope, e.g. BBL or not first year (R2). */
  OUT_OF_SCOPE,
  /** She refused the proposed placement (R3) and no other place was found. */
  REFUSED,
  /** A substantiated objection ended the match (R4) and no other place was found. */
  OBJECTION,
  /** The placement ended after the evaluation (R11) and no other place was found. */
  ENDED_AFTER_EVALUATION,
  /**
   * The variant's own rules or people's choices left her out, e.g. she ranked no place (V4), was
   * shown and not picked (V3), her one meeting's seat went to another (V2), or none of her places
   * went to her school (V5).
   */
  NOT_CHOSEN
}
