package nl.stagematch.core.result;

import java.util.Objects;
import java.util.Optional;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;

/** Checks of the pseudonymous ids in results: the grammar of {@link Pseudonyms}, as in the model. */
final class Ids {
  private static final String MAYBE = "Maybe use the pseudonymous id from the matching problem.";

  private Ids() {}

  /** Checks an id that may stand for a student or a place (such as a key of prices). */
  static String check(String id, String what, String... field) {
    return check(id, Pseudonyms.Kind.OTHER, what, field);
  }

  /** Checks an id of {@code kind}. */
  static String check(String id, Pseudonyms.Kind kind, String what, String... field) {
    Objects.requireNonNull(id, () -> "The id of " + what + " is missing.");
    Optional<String> personal = Pseudonyms.personalShape(id, kind);
    if (personal.isPresent()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_PERSONAL_ID, what,
          Pseudonyms.categoryText(personal.get()), Pseudonyms.shape(id)), field);
    }
    if (!Pseudonyms.isWellFormed(id)) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_RESULT_ID, SafeText.clean(id), what), field);
    }
    return id;
  }
}
