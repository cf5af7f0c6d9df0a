package nl.stagematch.core.model;

import java.util.List;

/**
 * Thrown by a model constructor when the value of one field is invalid; names the field, so that a
 * reader can report the error at the field's own path (say {@code
 * $.students[3].wish.workProcesses.B1-K1-W2}) rather than at the object's.
 */
public final class InvalidValueException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The field at fault, as path segments below the object. */
  private final List<String> field;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, with the value and a fix, in Dutch and English
   * @param field the field below the object that was being built, as path segments: the
   *     component name, then a map key where the value is inside a map, such as {@code
   *     ["workProcesses", "B1-K1-W2"]}; empty when no single field is at fault
   */
  public InvalidValueException(Message message, String... field) {
    super(message, field.length == 0 ? null : String.join(".", field));
    this.field = List.of(field);
  }

  /**
   * Creates the exception with an English message that has no code of its own (code {@code
   * UNCODED}); prefer {@link #InvalidValueException(Message, String...)}.
   *
   * @param message what is wrong, with the value and a fix
   * @param field the field below the object, as path segments
   */
  public InvalidValueException(String message, String... field) {
    this(Message.of(CoreMessage.UNCODED, message), field);
  }

  /**
   * The field at fault, as path segments below the object (empty: the object as a whole).
   *
   * @return the path segments
   */
  public List<String> field() {
    return field;
  }
}
