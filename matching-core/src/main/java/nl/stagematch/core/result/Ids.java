package nl.stagematch.core.result;

import java.util.Objects;
import java.util.regex.Pattern;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;

/** Checks of the pseudonymous ids in results (same rule as in the model). */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private Ids() {}

  static String check(String id, String what, String... field) {
    Objects.requireNonNull(id, () -> "The id of " + what + " is missing.");
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_RESULT_ID, id, what), field);
    }
    return id;
  }
}
