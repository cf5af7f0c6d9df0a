package nl.stagematch.core.result;

import nl.stagematch.core.model.Pseudonyms;

/** Checks of the pseudonymous ids in results: the grammar of {@link Pseudonyms}, as in the model. */
final class Ids {
  private static final String MAYBE = "Maybe use the pseudonymous id from the matching problem.";

  private Ids() {}

  /** Checks an id that may stand for a student or a place (such as a key of prices). */
  static String check(String id, String what, String... field) {
    return Pseudonyms.check(id, Pseudonyms.Kind.OTHER, what, MAYBE, field);
  }

  /** Checks an id of {@code kind}. */
  static String check(String id, Pseudonyms.Kind kind, String what, String... field) {
    return Pseudonyms.check(id, kind, what, MAYBE, field);
  }
}
