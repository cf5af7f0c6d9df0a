package nl.stagematch.core.result;

import java.util.Objects;
import java.util.regex.Pattern;
import nl.stagematch.core.model.InvalidValueException;

/** Checks of the pseudonymous ids in results (same rule as in the model). */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private Ids() {}

  static String check(String id, String what, String... field) {
    Objects.requireNonNull(id, () -> "The id of " + what + " is missing.");
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException("The id (" + id + ") of " + what
          + " must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
          + "\nMaybe use the pseudonymous id from the matching problem.", field);
    }
    return id;
  }
}
