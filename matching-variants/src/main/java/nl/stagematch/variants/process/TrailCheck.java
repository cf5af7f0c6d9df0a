package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;

/**
 * What {@link AuditTrail#check} found for a trail document that passed: its format, length and
 * head, whether it is signed and by which key, and whether the signature and the head were
 * checked. A trail that fails is refused with a {@link TrailVerificationException} instead.
 *
 * @param format the trail's format marker ({@code stagematch-trail/3} or {@code /2})
 * @param entries the number of entries
 * @param headHash the hash of the last entry: what the whole trail hashes to; keep it elsewhere
 * @param keyFingerprint the fingerprint of the key that signed it ({@link
 *     TrailSignature#fingerprint}), or {@code null} when it is not signed
 * @param signatureChecked whether the signature was checked against a public key (and holds)
 * @param headChecked whether the head was checked against an expected head (and matches)
 */
public record TrailCheck(String format, int entries, String headHash, String keyFingerprint,
    boolean signatureChecked, boolean headChecked) {

  /** Whether the trail carries a signature. */
  public boolean signed() {
    return keyFingerprint != null;
  }

  /**
   * The lines a command prints about the check, in English, such as {@code head:      3f65...
   * (keep this hash elsewhere, ...)}; {@link #lines(Locale)} gives them in Dutch or English.
   */
  public List<String> lines() {
    return lines(Locale.ENGLISH);
  }

  /** The lines a command prints about the check, in {@code locale}'s language (nl or en). */
  public List<String> lines(Locale locale) {
    List<Message> out = new ArrayList<>();
    out.add(Message.of(ProcessMessage.TRAIL_CHECK_CHAIN, format, entries));
    out.add(Message.of(headChecked ? ProcessMessage.TRAIL_CHECK_HEAD_EXPECTED
        : ProcessMessage.TRAIL_CHECK_HEAD_KEEP, headHash));
    if (!signed()) {
      out.add(Message.of(ProcessMessage.TRAIL_CHECK_UNSIGNED));
    } else if (signatureChecked) {
      out.add(Message.of(ProcessMessage.TRAIL_CHECK_SIGNATURE_VERIFIED, SafeText.clean(keyFingerprint)));
    } else {
      out.add(Message.of(ProcessMessage.TRAIL_CHECK_SIGNATURE_NOT_CHECKED, SafeText.clean(keyFingerprint)));
    }
    List<String> lines = new ArrayList<>(out.size());
    for (Message m : out) {
      lines.add(m.text(locale));
    }
    return lines;
  }
}
