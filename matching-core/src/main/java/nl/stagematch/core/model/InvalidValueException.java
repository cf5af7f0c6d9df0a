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
   * Returns {@code value}, or refuses a null one with the code {@code MODEL_VALUE_MISSING}: the
   * check of a required argument of a public constructor, factory or builder, in place of {@link
   * java.util.Objects#requireNonNull}, so that a caller's null is an {@link InputException} with
   * both texts rather than a {@link NullPointerException}.
   *
   * @param <T> the type of the value
   * @param value the argument
   * @param what what the value is, as a phrase in both languages (such as "de kant van een
   *     bezwaar" / "the side of an objection")
   * @param maybe what to do, in both languages, as the rest of the sentence after "Tip:" /
   *     "Maybe" (such as "gebruik STUDENT of COMPANY." / "use STUDENT or COMPANY.")
   * @param field the field below the object, as path segments
   * @return {@code value}, never null
   * @throws InvalidValueException if {@code value} is null
   */
  public static <T> T requireValue(T value, Message what, Message maybe, String... field) {
    if (value == null) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_VALUE_MISSING, what, maybe),
          field);
    }
    return value;
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
