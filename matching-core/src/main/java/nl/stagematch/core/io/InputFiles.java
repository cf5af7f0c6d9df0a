package nl.stagematch.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Input files checked before they are read, and their text decoded strictly: a missing file, a
 * directory or an unreadable file is a {@link FileSystemException} naming the path (never a read
 * that fails half-way with another exception), and bytes that are not UTF-8 are a {@link
 * MalformedTextException} naming the line and column, not a silently replaced character.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The text of a file is not well-formed UTF-8; the message says where. */
  public static final class MalformedTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;
    private final String name;
    private final long line;
    private final long column;
    private final long offset;
    private final int badByte;

    MalformedTextException(String message, String name, long line, long column, long offset,
        int badByte) {
      this.message = message;
      this.name = name;
      this.line = line;
      this.column = column;
      this.offset = offset;
      this.badByte = badByte;
    }

    /** What the bytes are called in the message (the file name, escaped). */
    public String name() {
      return name;
    }

    /** The offset of the first bad byte, from 0. */
    public long offset() {
      return offset;
    }

    /** The first bad byte, 0 to 255. */
    public int badByte() {
      return badByte;
    }

    @Override
    public String getMessage() {
      return message;
    }

    /** The line of the first bad byte, from 1. */
    public long line() {
      return line;
    }

    /** The column of the first bad byte, from 1 (in characters of the line before it). */
    public long column() {
      return column;
    }
  }

  /**
   * Checks that {@code file} exists, is a regular file (or a pipe) and can be read.
   *
   * @throws FileSystemException naming the path and what is wrong
   */
  public static void checkReadable(Path file) throws FileSystemException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "the file does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null,
          "it is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString(), null, "the file cannot be read");
    }
  }

  /**
   * Reads {@code file} as UTF-8 text after {@link #checkReadable}; a leading byte order mark is
   * dropped.
   *
   * @throws MalformedTextException when the bytes are not UTF-8 (the message names the file, the
   *     line and the column)
   */
  public static String readUtf8(Path file) throws IOException {
    checkReadable(file);
    return decodeUtf8(Files.readAllBytes(file), SafeText.clean(file.toString()));
  }

  /**
   * Decodes {@code bytes} as UTF-8; a leading byte order mark is dropped.
   *
   * @param name what to call the bytes in a message (a file name)
   * @throws MalformedTextException when the bytes are not UTF-8
   */
  public static String decodeUtf8(byte[] bytes, String name) throws MalformedTextException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      long line = 1;
      long column = 1;
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      String message = String.format(Locale.ROOT, "%s is not valid UTF-8 at line %d, column"
          + " %d (byte offset %d: 0x%02X). Maybe save the file as UTF-8.", name, line, column,
          bad, bytes[bad] & 0xff);
      throw new MalformedTextException(message, name, line, column, bad, bytes[bad] & 0xff);
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
