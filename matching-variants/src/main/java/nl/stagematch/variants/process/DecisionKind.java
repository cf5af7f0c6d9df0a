package nl.stagematch.variants.process;

/** The kinds of {@link Decision}, as written in the decisions file and the audit trail. */
public enum DecisionKind {
  /** A proposed placement is confirmed and kept in every later re-match (R6). */
  CONFIRM,
  /** A coordinator pins a pair: every later re-match keeps it (R6). */
  PIN,
  /** A coordinator forbids a pair: no later proposal uses it (R6). */
  FORBID,
  /** The student refuses a placement (R3); the pair is forbidden from then on. */
  REFUSE,
  /** The student opts out and searches herself (R3). */
  OPT_OUT,
  /** A substantiated objection of the student or the company (R4); the pair is forbidden. */
  OBJECT,
  /** A confirmed placement ends after the evaluation after two weeks (R11); pair forbidden. */
  END_EARLY,
  /**
   * A coordinator withdraws an earlier PIN, FORBID or OPT_OUT (R6); refusals, objections and
   * early ends cannot be withdrawn: their pair stays forbidden (R3, R4).
   */
  WITHDRAW
}
