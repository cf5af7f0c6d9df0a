package nl.stagematch.core.model;

/**
 * A message people read, identified by a stable code and written in Dutch and English.
 *
 * <p>Each module keeps its messages in one enum that implements this interface, so that a test
 * can list every code and check both texts, and a vendor can map a code to its own user
 * interface. The code is the enum constant's name and never changes once released; the texts
 * may be improved. A template holds numbered placeholders {@code {0}}, {@code {1}}, ... that
 * {@link Message#of} fills in, the same set in both languages.
 */
public interface MessageKey {

  /**
   * The stable code, such as {@code CSV_BAD_NUMBER}: upper case letters, digits and '_'.
   *
   * @return the code
   */
  String code();

  /**
   * The Dutch template.
   *
   * @return the template
   */
  String dutch();

  /**
   * The English template.
   *
   * @return the template
   */
  String english();
}
