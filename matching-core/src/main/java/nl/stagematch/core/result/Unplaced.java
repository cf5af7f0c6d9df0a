package nl.stagematch.core.result;

import java.util.Objects;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;

/**
 * A student without a placement, with the reason and an optional detail.
 *
 * @param studentId the pseudonymous student id
 * @param reason why she is unplaced
 * @param detail a short explanation for the coordinator (such as the eligibility reason, e.g.
 *     {@code TRAVEL}), or {@code null} for none; never personal data
 */
public record Unplaced(String studentId, UnplacedReason reason, String detail) {

  /**
   * Validates the id and the reason.
   *
   * @param studentId the pseudonymous student id
   * @param reason why she is unplaced
   * @param detail a short explanation for the coordinator
   */
  public Unplaced {
    Ids.check(studentId, Pseudonyms.Kind.STUDENT, "an unplaced student", "studentId");
    Objects.requireNonNull(reason, () -> "The reason why student (" + studentId
        + ") is unplaced is missing.");
    if (detail != null) {
      Pseudonyms.personalInText(detail).ifPresent(category -> {
        throw new InvalidValueException(Pseudonyms.personalText(Message.phrase(
            "de toelichting van ongeplaatste student (" + studentId + ")",
            "the detail of unplaced student (" + studentId + ")"), category), "detail");
      });
    }
  }

  /**
   * An unplaced student without detail.
   *
   * @param studentId the pseudonymous student id
   * @param reason why she is unplaced
   * @return the entry
   */
  public static Unplaced of(String studentId, UnplacedReason reason) {
    return new Unplaced(studentId, reason, null);
  }
}
