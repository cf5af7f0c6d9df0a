package nl.stagematch.core.check;

import java.util.Objects;

/**
 * One property a result failed, or could not be checked for, found by a verifier (see {@link
 * ResultReport#failures()} and {@link ResultReport#notChecked()}).
 *
 * @param property the property: {@code problem-hash}, {@code provenance}, {@code lottery}, {@code
 *     feasibility}, {@code fit}, {@code reasons}, {@code optimality}, {@code allocation}, {@code
 *     stability}, {@code acquaintance}, {@code shortlist} or {@code promise}
 * @param path where, as a JSON path into the result document (such as {@code
 *     $.placements[3]}) or {@code $} for the whole
 * @param message what is wrong, in words, with the ids and numbers involved
 */
public record Finding(String property, String path, String message) {

  /** Checks that no part is missing or blank. */
  public Finding {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (property.isBlank() || !path.startsWith("$")) {
      throw new IllegalArgumentException("A finding needs a property and a JSON path starting"
          + " with $ (got (" + property + ", " + path + ")).");
    }
  }

  @Override
  public String toString() {
    return property + " at " + path + ": " + message;
  }
}
