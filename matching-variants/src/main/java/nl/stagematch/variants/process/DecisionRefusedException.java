package nl.stagematch.variants.process;

import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * A decision that the session refuses: it does not fit the session's state (an unknown student
 * or place, confirming a pair the proposal does not make, pinning an inadmissible pair, ...).
 * The session is unchanged. The message says why and what to do, in Dutch and English, with a
 * stable code ({@code DECISION_...}).
 *
 * <p>It is an {@link IllegalArgumentException}, as the refusals were before it existed.
 */
public final class DecisionRefusedException extends InputException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  DecisionRefusedException(Decision decision, Message text) {
    super(text, null);
    this.decision = decision;
  }

  /**
   * The refused decision, or null when the refusal is about the session as a whole.
   *
   * @return the decision, or null
   */
  public Decision decision() {
    return decision;
  }
}
