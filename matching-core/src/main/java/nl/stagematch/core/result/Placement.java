package nl.stagematch.core.result;

import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.Message;

/**
 * A student placed at a place, with the fit score (0..1000) of that pair.
 *
 * @param studentId the pseudonymous student id
 * @param placeId the place id
 * @param fit the fit score of the pair, 0..1000
 */
public record Placement(String studentId, String placeId, int fit) {

  /**
   * Validates the ids and the score.
   *
   * @param studentId the pseudonymous student id
   * @param placeId the place id
   * @param fit the fit score of the pair, 0..1000
   */
  public Placement {
    Ids.check(studentId, Pseudonyms.Kind.STUDENT, "the student of a placement", "studentId");
    Ids.check(placeId, Pseudonyms.Kind.PLACE,
        "the place of the placement of student (" + studentId + ")", "placeId");
    if (fit < 0 || fit > 1000) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_PLACEMENT_FIT, fit, studentId,
          placeId), "fit");
    }
  }
}
