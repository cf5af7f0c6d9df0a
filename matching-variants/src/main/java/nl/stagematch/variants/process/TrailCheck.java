package nl.stagematch.variants.process;

import java.util.ArrayList;
import java.util.List;

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
   * The lines a command prints about the check (English, like the other command-line messages),
   * such as {@code head:      3f65... (12 entries; keep this hash, e.g. in the minutes)}.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("trail:     " + format + ", " + entries + " entries, hash chain verified");
    out.add("head:      " + headHash + (headChecked ? " (matches the expected head)"
        : " (keep this hash elsewhere, e.g. in the minutes, and check with --expect-head)"));
    if (!signed()) {
      out.add("signature: none (the trail is not signed)");
    } else if (signatureChecked) {
      out.add("signature: Ed25519, key " + keyFingerprint + ", verified with the public key");
    } else {
      out.add("signature: Ed25519, key " + keyFingerprint + ", NOT checked (give the public key"
          + " with --public-key FILE to check it)");
    }
    return out;
  }
}
