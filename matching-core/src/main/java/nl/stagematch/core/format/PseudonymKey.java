package nl.stagematch.core.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import javax.crypto.spec.SecretKeySpec;

/**
 * The school's secret key for pseudonymisation at the door: the import turns the school's own
 * student number into {@link #pseudonym(String)}, {@code S-} followed by ten characters of
 * HMAC-SHA-256(key, number) in base32 (RFC 4648: {@code A-Z} and {@code 2-7}), such as {@code
 * S-K4XQ7M2PJD}. The same key and number always give the same pseudonym; without the key nobody
 * can compute it or turn it back. The key stays with the school: it is read from a key file and
 * written nowhere else (not in the problem, not in a result, not in a message).
 *
 * <p>The key file holds the key as hexadecimal digits (whitespace ignored), at least {@value
 * #MIN_BYTES} bytes (64 digits); {@link #generate(Path)} writes a new one of 32 random bytes.
 *
 * <pre>{@code
 * PseudonymKey key = PseudonymKey.generate(Path.of("sleutel.key"));   // once, kept by the school
 * PseudonymKey same = PseudonymKey.read(Path.of("sleutel.key"));
 * ImportOptions options = ImportOptions.builder().pseudonymise(same).build();
 * }</pre>
 */
public final class PseudonymKey {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 32;
  /** The prefix of every pseudonym. */
  public static final String PREFIX = "S-";
  /** The number of base32 characters after the prefix (50 bits of the HMAC). */
  public static final int LENGTH = 10;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final long MAX_KEY_FILE_BYTES = 4096;

  private final byte[] key;

  private PseudonymKey(byte[] key) {
    this.key = key;
  }

  /**
   * The key of {@code bytes} (copied).
   *
   * @param bytes the key's bytes, at least {@value #MIN_BYTES}
   * @return the key
   * @throws IllegalArgumentException when it is shorter than {@value #MIN_BYTES} bytes (an
   *     {@link InvalidValueException} with the code {@code CSV_KEY_TOO_SHORT})
   */
  public static PseudonymKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length < MIN_BYTES) {
      throw new InvalidValueException(tooShort(bytes.length));
    }
    return new PseudonymKey(bytes.clone());
  }

  /**
   * Reads the key from {@code file}: hexadecimal digits, whitespace ignored.
   *
   * @param file the key file
   * @return the key
   * @throws IllegalArgumentException when the file does not hold a key of at least {@value
   *     #MIN_BYTES} bytes in hexadecimal (the message never shows the file's content)
   * @throws IOException when the file cannot be read
   */
  public static PseudonymKey read(Path file) throws IOException {
    // a directory, a missing or an unreadable file is named as such, with its path
    InputFiles.checkReadable(file);
    if (Files.size(file) > MAX_KEY_FILE_BYTES) {
      throw new InvalidValueException(notAKeyFile(file));
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII)
        .replaceAll("\\s+", "");
    if (text.isEmpty() || text.length() % 2 != 0 || !text.matches("[0-9a-fA-F]+")) {
      throw new InvalidValueException(notAKeyFile(file));
    }
    byte[] bytes = HexFormat.of().parseHex(text);
    try {
      if (bytes.length < MIN_BYTES) {
        // too short a key is named by its file, never shown
        throw new InvalidValueException(Message.of(CoreMessage.CSV_KEY_FILE_TOO_SHORT,
            SafeText.clean(String.valueOf(file)), bytes.length, MIN_BYTES));
      }
      return of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Writes a new key of {@value #MIN_BYTES} random bytes to {@code file}, which must not exist yet
   * (a key is never overwritten: pseudonyms made with it could not be reproduced); readable only
   * by its owner where the file system allows it.
   *
   * @param file the key file to create
   * @return the new key
   * @throws FileAlreadyExistsException when {@code file} exists
   * @throws IOException when the file cannot be written
   */
  public static PseudonymKey generate(Path file) throws IOException {
    byte[] bytes = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(bytes);
    String text = HexFormat.of().formatHex(bytes) + "\n";
    Files.write(file, text.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    try {
      Files.setPosixFilePermissions(file,
          EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the school protects the file as it protects its other records
    }
    return new PseudonymKey(bytes);
  }

  /**
   * The pseudonym of the school's student number {@code number}: {@code S-} and the first 50
   * bits of HMAC-SHA-256(key, number) in base32. The number is taken without surrounding
   * whitespace and in upper case, so {@code ab123} and {@code AB123 } are one student.
   *
   * @param number the school's student number
   * @return the pseudonym, {@code S-} and {@value #LENGTH} characters
   */
  public String pseudonym(String number) {
    String normalised = number.strip().toUpperCase(Locale.ROOT);
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac = hmac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime.", e);
    }
    StringBuilder sb = new StringBuilder(PREFIX);
    long bits = 0;
    for (int i = 0; i < 7; i++) {
      bits = (bits << 8) | (mac[i] & 0xff);
    }
    bits >>>= 56 - 5 * LENGTH;
    for (int i = LENGTH - 1; i >= 0; i--) {
      sb.append(BASE32.charAt((int) (bits >>> (5 * i)) & 31));
    }
    return sb.toString();
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "PseudonymKey[" + key.length + " bytes]";
  }

  private static Message tooShort(int length) {
    return Message.of(CoreMessage.CSV_KEY_TOO_SHORT, length, MIN_BYTES);
  }

  private static Message notAKeyFile(Path file) {
    return Message.of(CoreMessage.CSV_NOT_A_KEY_FILE, SafeText.clean(String.valueOf(file)),
        MIN_BYTES);
  }
}
