package nl.stagematch.variants.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.variants.canon.Json;

/**
 * Ed25519 signatures of audit trails, and the key files that hold the keys (see {@code
 * docs/decisions.md}, "Signed trails"). Only the JDK's own {@code java.security} is used.
 *
 * <p>What is signed: the UTF-8 bytes of the line {@code stagematch-trail/3 N HEAD} (no line end),
 * where {@code N} is the number of entries and {@code HEAD} the hash of the last entry. Every
 * entry's hash covers the entry before it, so the head covers the whole chain: one signature of
 * the head signs every entry and the length of the trail.
 *
 * <p>Key files are PEM text, readable by OpenSSL: the public key file holds one block {@code
 * -----BEGIN PUBLIC KEY-----} (the X.509 SubjectPublicKeyInfo, base64); the private key file holds
 * a block {@code -----BEGIN PRIVATE KEY-----} (PKCS#8, base64) followed by the public key block,
 * because the JDK cannot derive an Ed25519 public key from the private one and the trail names
 * the key by the fingerprint of its public key. {@link #fingerprint} is the SHA-256 (lower-case
 * hex) of the encoded public key ({@code openssl pkey -pubin -in trail.pub -outform DER |
 * sha256sum}).
 *
 * <p>Every error is an {@link IllegalArgumentException} whose message names the file, says what
 * is wrong with it and what to do.
 */
public final class TrailSignature {
  /** The signature algorithm: {@value}. */
  public static final String ALGORITHM = "Ed25519";
  /** The usual name of the private key file that {@link #writeKeyPair} writes: {@value}. */
  public static final String PRIVATE_KEY_FILE = "trail-signing.key";
  /** The usual name of the public key file that {@link #writeKeyPair} writes: {@value}. */
  public static final String PUBLIC_KEY_FILE = "trail-signing.pub";

  private static final String PRIVATE_BLOCK = "PRIVATE KEY";
  private static final String PUBLIC_BLOCK = "PUBLIC KEY";

  private TrailSignature() {}

  /** A new Ed25519 key pair from the JDK's strong random source. */
  public static KeyPair generateKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no " + ALGORITHM + "; Java 15 or"
          + " later has it.", e);
    }
  }

  /** The fingerprint of a public key: SHA-256 (lower-case hex) of its X.509 encoding. */
  public static String fingerprint(PublicKey key) {
    return Json.sha256(key.getEncoded());
  }

  /** The bytes that are signed for a trail of {@code entries} entries ending at {@code head}. */
  static byte[] statement(int entries, String head) {
    return (AuditTrail.FORMAT + " " + entries + " " + head).getBytes(StandardCharsets.UTF_8);
  }

  /** The signature (base64) of a trail of {@code entries} entries ending at {@code head}. */
  static String sign(PrivateKey key, int entries, String head) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(statement(entries, head));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The key cannot sign with " + ALGORITHM + ": "
          + e.getMessage() + "\nMaybe use a key made by 'stagematch keygen'.", e);
    }
  }

  /** Whether {@code signature} (base64) signs a trail of {@code entries} ending at {@code head}. */
  static boolean verify(PublicKey key, int entries, String head, String signature) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(statement(entries, head));
      return s.verify(raw);
    } catch (SignatureException e) {
      return false;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("The public key is not an " + ALGORITHM + " key ("
          + key.getAlgorithm() + ").\nMaybe pass the public key made with the signing key.", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no " + ALGORITHM + ".", e);
    }
  }

  /**
   * Checks that {@code keys} is an Ed25519 pair whose public key belongs to its private key (by
   * signing and verifying a test statement).
   *
   * @throws IllegalArgumentException when it is not
   */
  static KeyPair checkPair(KeyPair keys, String where) {
    if (!ALGORITHM.equalsIgnoreCase(keys.getPrivate().getAlgorithm())
        && !"EdDSA".equalsIgnoreCase(keys.getPrivate().getAlgorithm())) {
      throw new IllegalArgumentException("The signing key" + where + " is an "
          + keys.getPrivate().getAlgorithm() + " key, not an " + ALGORITHM + " key.\nMaybe make"
          + " a key pair with 'stagematch keygen --out DIR' or TrailSignature.generateKeyPair().");
    }
    String test = sign(keys.getPrivate(), 0, AuditTrail.GENESIS);
    if (!verify(keys.getPublic(), 0, AuditTrail.GENESIS, test)) {
      throw new IllegalArgumentException("The public key" + where + " does not belong to its"
          + " private key.\nMaybe use the two keys written together by 'stagematch keygen'.");
    }
    return keys;
  }

  /**
   * Writes a key pair: the private key file (private and public block) and the public key file;
   * refuses to overwrite an existing file. Both files are written completely to temporary files
   * in their directories first and only then moved into place ({@link AtomicFiles}): a failure (a
   * missing directory, a full disk) leaves neither key file, never half a key or half a pair. The
   * private key file is made readable by its owner only where the file system allows.
   *
   * @throws IllegalArgumentException when a file exists or cannot be written, naming it
   */
  public static void writeKeyPair(KeyPair keys, Path privateFile, Path publicFile) {
    checkPair(keys, "");
    for (Path p : List.of(privateFile, publicFile)) {
      if (Files.exists(p)) {
        throw new IllegalArgumentException("The key file (" + shown(p) + ") already exists; it is"
            + " not overwritten.\nMaybe write the new pair to another directory, or move the old"
            + " keys away first (a trail signed with them can only be checked with their public"
            + " key).");
      }
    }
    String pub = pem(PUBLIC_BLOCK, keys.getPublic().getEncoded());
    String priv = pem(PRIVATE_BLOCK, keys.getPrivate().getEncoded()) + pub;
    Path at = privateFile;
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(privateFile, out -> out.write(priv.getBytes(StandardCharsets.US_ASCII)));
      at = publicFile;
      batch.add(publicFile, out -> out.write(pub.getBytes(StandardCharsets.US_ASCII)));
      at = privateFile;
      batch.commit();
    } catch (IOException e) {
      // no half pair: a private key moved into place without its public key file goes again
      try {
        Files.deleteIfExists(privateFile);
      } catch (IOException ignored) {
        // the message below names the file that failed
      }
      Path failed = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
          ? Path.of(f.getFile()) : at;
      String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
          ? f.getReason() : e.getClass().getSimpleName();
      throw new IllegalArgumentException("The key file (" + shown(failed) + ") cannot be"
          + " written: " + SafeText.clean(reason, 240) + ".\nMaybe check that its directory"
          + " exists and is writable; no key file was left behind.", e);
    }
    try {
      Files.setPosixFilePermissions(privateFile,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the owner protects the file as usual there
    }
  }

  /** A path as it may be shown in a message: escaped and cut ({@link SafeText}). */
  private static String shown(Path file) {
    return SafeText.clean(String.valueOf(file), 240);
  }

  private static String pem(String type, byte[] der) {
    StringBuilder sb = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
    String b64 = Base64.getEncoder().encodeToString(der);
    for (int i = 0; i < b64.length(); i += 64) {
      sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
    }
    return sb.append("-----END ").append(type).append("-----\n").toString();
  }

  /**
   * Reads a private key file written by {@link #writeKeyPair}: the Ed25519 key pair.
   *
   * @throws IllegalArgumentException for a missing or unreadable file, a public key file, a key of
   *     another type (such as RSA) or a malformed file, naming the file
   */
  public static KeyPair readPrivateKey(Path file) {
    String text = read(file, "private key");
    List<Block> blocks = blocks(text, file, "private key");
    Block priv = null;
    Block pub = null;
    for (Block b : blocks) {
      if (b.type.equals(PRIVATE_BLOCK) && priv == null) {
        priv = b;
      } else if (b.type.equals(PUBLIC_BLOCK) && pub == null) {
        pub = b;
      } else if (b.type.endsWith("PRIVATE KEY") && !b.type.equals(PRIVATE_BLOCK)) {
        throw new IllegalArgumentException("The key file (" + shown(file) + ") holds a ("
            + SafeText.clean(b.type) + "), not an " + ALGORITHM + " private key.\nMaybe make an " + ALGORITHM
            + " key pair with 'stagematch keygen --out DIR'.");
      }
    }
    if (priv == null) {
      throw new IllegalArgumentException("The key file (" + shown(file) + ") holds no private key"
          + (pub != null ? " (only a public key: it is a public key file)" : "") + ".\nMaybe pass"
          + " the private key file (" + PRIVATE_KEY_FILE + ") written by 'stagematch keygen'.");
    }
    PrivateKey privateKey;
    try {
      privateKey = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(priv.der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("The private key in (" + shown(file) + ") is not an "
          + ALGORITHM + " key (" + otherType(priv.der, true) + ").\nMaybe make an " + ALGORITHM
          + " key pair with 'stagematch keygen --out DIR'.", e);
    }
    if (pub == null) {
      throw new IllegalArgumentException("The key file (" + shown(file) + ") holds the private key"
          + " but not its public key block (" + PUBLIC_BLOCK + "), which names the key in the"
          + " trail.\nMaybe append the public key file to it (cat " + PUBLIC_KEY_FILE + " >> "
          + shown(file.getFileName()) + "), or make a new pair with 'stagematch keygen --out DIR'.");
    }
    PublicKey publicKey = publicKey(file, pub);
    return checkPair(new KeyPair(publicKey, privateKey), " in (" + shown(file) + ")");
  }

  /**
   * Reads a public key file written by {@link #writeKeyPair} (or the public key block of a private
   * key file).
   *
   * @throws IllegalArgumentException for a missing or unreadable file, a key of another type (such
   *     as RSA) or a malformed file, naming the file
   */
  public static PublicKey readPublicKey(Path file) {
    String text = read(file, "public key");
    for (Block b : blocks(text, file, "public key")) {
      if (b.type.equals(PUBLIC_BLOCK)) {
        return publicKey(file, b);
      }
      if (b.type.endsWith("PUBLIC KEY")) {
        throw new IllegalArgumentException("The key file (" + shown(file) + ") holds a (" + SafeText.clean(b.type)
            + "), not an " + ALGORITHM + " public key.\nMaybe pass the public key file ("
            + PUBLIC_KEY_FILE + ") written by 'stagematch keygen'.");
      }
    }
    throw new IllegalArgumentException("The key file (" + shown(file) + ") holds no public key (no"
        + " -----BEGIN " + PUBLIC_BLOCK + "----- block).\nMaybe pass the public key file ("
        + PUBLIC_KEY_FILE + ") written by 'stagematch keygen'.");
  }

  private static PublicKey publicKey(Path file, Block b) {
    try {
      return keyFactory().generatePublic(new X509EncodedKeySpec(b.der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("The public key in (" + shown(file) + ") is not an "
          + ALGORITHM + " key (" + otherType(b.der, false) + ").\nMaybe pass the public key"
          + " file (" + PUBLIC_KEY_FILE + ") written by 'stagematch keygen'.", e);
    }
  }

  private static KeyFactory keyFactory() {
    try {
      return KeyFactory.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no " + ALGORITHM + ".", e);
    }
  }

  /** What the key is if not Ed25519, for the message: "an RSA key", or "not a key it knows". */
  private static String otherType(byte[] der, boolean isPrivate) {
    for (String alg : List.of("RSA", "EC", "DSA", "Ed448", "X25519", "X448")) {
      try {
        KeyFactory f = KeyFactory.getInstance(alg);
        if (isPrivate) {
          f.generatePrivate(new PKCS8EncodedKeySpec(der));
        } else {
          f.generatePublic(new X509EncodedKeySpec(der));
        }
        return "it is an " + alg + " key";
      } catch (GeneralSecurityException | RuntimeException e) {
        // try the next type
      }
    }
    return "it is no key type this program knows, or the key data are damaged";
  }

  private static String read(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") does not exist."
          + "\nMaybe check the path, or make a key pair with 'stagematch keygen --out DIR'.", e);
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") cannot be read:"
          + " access denied.\nMaybe check the file's permissions.", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") is not a PEM"
          + " text file (it holds bytes that are not ASCII).\nMaybe pass the file written by"
          + " 'stagematch keygen', not a binary (DER) key.", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") cannot be read: "
          + e.getMessage() + "\nMaybe check the path and the file's permissions.", e);
    }
  }

  private record Block(String type, byte[] der) {}

  private static List<Block> blocks(String text, Path file, String what) {
    List<Block> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    String type = null;
    int start = 0;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (type == null) {
        if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
          type = line.substring(11, line.length() - 5);
          start = i + 1;
          body.setLength(0);
        }
        // other text outside the blocks (as OpenSSL allows) is skipped
      } else if (line.equals("-----END " + type + "-----")) {
        try {
          out.add(new Block(type, Base64.getDecoder().decode(body.toString())));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") is malformed:"
              + " the base64 of its (" + SafeText.clean(type) + ") block (lines " + (start + 1) + " to " + i
              + ") cannot be decoded (" + e.getMessage() + ").\nMaybe the file was damaged;"
              + " restore it, or make a new key pair with 'stagematch keygen --out DIR'.", e);
        }
        type = null;
      } else {
        body.append(line);
      }
    }
    if (type != null) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") is malformed:"
          + " its (" + SafeText.clean(type) + ") block has no end line (-----END " + SafeText.clean(type) + "-----).\nMaybe the"
          + " file was cut off; restore it, or make a new key pair with 'stagematch keygen"
          + " --out DIR'.");
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("The " + what + " file (" + shown(file) + ") is malformed: it"
          + " holds no PEM block (a line -----BEGIN ... KEY-----).\nMaybe pass the file written"
          + " by 'stagematch keygen' (PEM text, see docs/decisions.md).");
    }
    return out;
  }

  /** The fingerprint, shortened for messages: its first 16 hex digits. */
  static String shortFingerprint(String fingerprint) {
    return fingerprint.length() > 16 ? fingerprint.substring(0, 16).toLowerCase(Locale.ROOT)
        + "..." : fingerprint;
  }
}
