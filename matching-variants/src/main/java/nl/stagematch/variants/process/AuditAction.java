package nl.stagematch.variants.process;

/** What an {@link AuditEntry} records. */
public enum AuditAction {
  /**
   * The first entry: the variant, the seed and the SHA-256 of the canonical input, fixed before
   * any proposal exists.
   */
  SEED_FIXED,
  /** A proposal was computed: its version, seed, SHA-256 and the lottery numbers used. */
  PROPOSED,
  /** A coordinator took a {@link Decision} on the current proposal. */
  DECIDED,
  /**
   * A coordinator asked for a run with another seed on the same input; the new seed is recorded
   * before its proposal, so trying seeds until a preferred outcome appears is visible.
   */
  RESEEDED
}
