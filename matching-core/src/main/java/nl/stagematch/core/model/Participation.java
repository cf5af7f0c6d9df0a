package nl.stagematch.core.model;

/** Whether a company takes part in school matching in a school year (R5). */
public enum Participation {
  /** The company takes part: its places are matched by the school. */
  PARTICIPATES,
  /** The company opted out; the policy decides whether that is honoured. */
  OPTED_OUT
}
