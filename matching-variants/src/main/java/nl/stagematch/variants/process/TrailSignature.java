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
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
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

  /**
   * A new Ed25519 key pair from the JDK's strong random source.
   *
   * @return the key pair
   */
  public static KeyPair generateKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no " + ALGORITHM + "; Java 15 or"
          + " later has it.", e);
    }
  }

  /**
   * The fingerprint of a public key: SHA-256 (lower-case hex) of its X.509 encoding.
   *
   * @param key the public key
   * @return the fingerprint, 64 hex digits
   */
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
      throw fault(e, ProcessMessage.KEY_CANNOT_SIGN, ALGORITHM, e.getMessage());
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
      throw fault(e, ProcessMessage.KEY_PUBLIC_WRONG_TYPE, ALGORITHM, key.getAlgorithm());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no " + ALGORITHM + ".", e);
    }
  }

  /**
   * Checks that {@code keys} is an Ed25519 pair whose public key belongs to its private key (by
   * signing and verifying a test statement).
   *
   * @throws InputException (an IllegalArgumentException) when it is not
   */
  static KeyPair checkPair(KeyPair keys, String where) {
    if (!ALGORITHM.equalsIgnoreCase(keys.getPrivate().getAlgorithm())
        && !"EdDSA".equalsIgnoreCase(keys.getPrivate().getAlgorithm())) {
      throw fault(null, ProcessMessage.KEY_SIGNING_WRONG_TYPE, where,
          keys.getPrivate().getAlgorithm(), ALGORITHM);
    }
    String test = sign(keys.getPrivate(), 0, AuditTrail.GENESIS);
    if (!verify(keys.getPublic(), 0, AuditTrail.GENESIS, test)) {
      throw fault(null, ProcessMessage.KEY_PAIR_MISMATCH, where);
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
   * @param keys the key pair
   * @param privateFile the file for the private key
   * @param publicFile the file for the public key
   * @throws InputException (an IllegalArgumentException) when a file exists or cannot be
   *     written, naming it
   */
  public static void writeKeyPair(KeyPair keys, Path privateFile, Path publicFile) {
    checkPair(keys, "");
    for (Path p : List.of(privateFile, publicFile)) {
      if (Files.exists(p)) {
        throw fault(null, ProcessMessage.KEY_FILE_EXISTS, shown(p));
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
      throw fault(e, ProcessMessage.KEY_FILE_NOT_WRITTEN, shown(failed),
          SafeText.clean(reason, 240));
    }
    try {
      Files.setPosixFilePermissions(privateFile,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the owner protects the file as usual there
    }
  }

  /** The kinds of key file, as named in messages ("the private key file"). */
  private static final Message PRIVATE_KEY = Message.phrase("privésleutel", "private key");
  private static final Message PUBLIC_KEY = Message.phrase("publiekesleutel", "public key");

  /** The exception for a fault of the caller's key or key file, in Dutch and English. */
  private static InputException fault(Exception cause, ProcessMessage key, Object... args) {
    InputException e = new InputException(Message.of(key, args), null);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
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
   * @param file the private key file
   * @return the key pair
   * @throws InputException (an IllegalArgumentException) for a missing or unreadable file, a
   *     public key file, a key of another type (such as RSA) or a malformed file, naming the file
   */
  public static KeyPair readPrivateKey(Path file) {
    String text = read(file, PRIVATE_KEY);
    List<Block> blocks = blocks(text, file, PRIVATE_KEY);
    Block priv = null;
    Block pub = null;
    for (Block b : blocks) {
      if (b.type.equals(PRIVATE_BLOCK) && priv == null) {
        priv = b;
      } else if (b.type.equals(PUBLIC_BLOCK) && pub == null) {
        pub = b;
      } else if (b.type.endsWith("PRIVATE KEY") && !b.type.equals(PRIVATE_BLOCK)) {
        throw fault(null, ProcessMessage.KEY_FILE_OTHER_PRIVATE, shown(file),
            SafeText.clean(b.type), ALGORITHM);
      }
    }
    if (priv == null) {
      throw fault(null, pub != null ? ProcessMessage.KEY_FILE_ONLY_PUBLIC
          : ProcessMessage.KEY_FILE_NO_PRIVATE, shown(file), PRIVATE_KEY_FILE);
    }
    PrivateKey privateKey;
    try {
      privateKey = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(priv.der));
    } catch (InvalidKeySpecException e) {
      throw fault(e, ProcessMessage.KEY_PRIVATE_NOT_ED25519, shown(file), ALGORITHM,
          otherType(priv.der, true));
    }
    if (pub == null) {
      throw fault(null, ProcessMessage.KEY_FILE_NO_PUBLIC_BLOCK, shown(file), PUBLIC_BLOCK,
          PUBLIC_KEY_FILE, shown(file.getFileName()));
    }
    PublicKey publicKey = publicKey(file, pub);
    return checkPair(new KeyPair(publicKey, privateKey), " in (" + shown(file) + ")");
  }

  /**
   * Reads a public key file written by {@link #writeKeyPair} (or the public key block of a private
   * key file).
   *
   * @param file the public key file
   * @return the public key
   * @throws InputException (an IllegalArgumentException) for a missing or unreadable file, a key
   *     of another type (such as RSA) or a malformed file, naming the file
   */
  public static PublicKey readPublicKey(Path file) {
    String text = read(file, PUBLIC_KEY);
    for (Block b : blocks(text, file, PUBLIC_KEY)) {
      if (b.type.equals(PUBLIC_BLOCK)) {
        return publicKey(file, b);
      }
      if (b.type.endsWith("PUBLIC KEY")) {
        throw fault(null, ProcessMessage.KEY_FILE_OTHER_PUBLIC, shown(file),
            SafeText.clean(b.type), ALGORITHM, PUBLIC_KEY_FILE);
      }
    }
    throw fault(null, ProcessMessage.KEY_FILE_NO_PUBLIC, shown(file), PUBLIC_BLOCK,
        PUBLIC_KEY_FILE);
  }

  private static PublicKey publicKey(Path file, Block b) {
    try {
      return keyFactory().generatePublic(new X509EncodedKeySpec(b.der));
    } catch (InvalidKeySpecException e) {
      throw fault(e, ProcessMessage.KEY_PUBLIC_NOT_ED25519, shown(file), ALGORITHM,
          otherType(b.der, false), PUBLIC_KEY_FILE);
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
  private static Message otherType(byte[] der, boolean isPrivate) {
    for (String alg : List.of("RSA", "EC", "DSA", "Ed448", "X25519", "X448")) {
      try {
        KeyFactory f = KeyFactory.getInstance(alg);
        if (isPrivate) {
          f.generatePrivate(new PKCS8EncodedKeySpec(der));
        } else {
          f.generatePublic(new X509EncodedKeySpec(der));
        }
        return Message.phrase("het is een " + alg + "-sleutel", "it is an " + alg + " key");
      } catch (GeneralSecurityException | RuntimeException e) {
        // try the next type
      }
    }
    return Message.phrase("het is geen sleuteltype dat dit programma kent, of de sleutelgegevens"
        + " zijn beschadigd", "it is no key type this program knows, or the key data are damaged");
  }

  private static String read(Path file, Message what) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw fault(e, ProcessMessage.KEY_FILE_MISSING, what, shown(file));
    } catch (AccessDeniedException e) {
      throw fault(e, ProcessMessage.KEY_FILE_ACCESS_DENIED, what, shown(file));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw fault(e, ProcessMessage.KEY_FILE_NOT_TEXT, what, shown(file));
    } catch (IOException e) {
      throw fault(e, ProcessMessage.KEY_FILE_UNREADABLE, what, shown(file),
          SafeText.clean(String.valueOf(e.getMessage()), 240));
    }
  }

  private record Block(String type, byte[] der) {}

  private static List<Block> blocks(String text, Path file, Message what) {
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
          throw fault(e, ProcessMessage.KEY_FILE_BAD_BASE64, what, shown(file),
              SafeText.clean(type), start + 1, i, e.getMessage());
        }
        type = null;
      } else {
        body.append(line);
      }
    }
    if (type != null) {
      throw fault(null, ProcessMessage.KEY_FILE_NO_END, what, shown(file), SafeText.clean(type));
    }
    if (out.isEmpty()) {
      throw fault(null, ProcessMessage.KEY_FILE_NO_BLOCK, what, shown(file));
    }
    return out;
  }

  /** The fingerprint, shortened for messages: its first 16 hex digits. */
  static String shortFingerprint(String fingerprint) {
    return fingerprint.length() > 16 ? fingerprint.substring(0, 16).toLowerCase(Locale.ROOT)
        + "..." : fingerprint;
  }
}
