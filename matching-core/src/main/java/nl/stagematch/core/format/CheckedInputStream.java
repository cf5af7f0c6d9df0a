package nl.stagematch.core.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * The bytes of a document on their way to the parser: counted against {@link
 * ReadOptions#maxDocumentBytes()} and checked to be well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence), with the line and column of
 * the first bad byte. Decoders elsewhere would silently replace a bad byte; here it is an error.
 */
final class CheckedInputStream extends FilterInputStream {
  private final long limit;
  private long count;
  private long position;

  // UTF-8 state: continuation bytes still expected, and the range of the next one
  private int need;
  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceStart;
  private int sequenceColumn;

  // position for messages: lines from 1; columns from 1, in UTF-16 units as the parser counts
  private long line = 1;
  private int column = 1;

  CheckedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** The document is larger than the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("document too large");
    }
  }

  /** The document is not well-formed UTF-8; the message says where. */
  static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Message text;

    MalformedUtf8Exception(Message text) {
      super(InputException.oneLine(text.toString()));
      this.text = text;
    }

    /** The message, in both languages. */
    Message text() {
      return text;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(b);
      count(1);
    } else {
      end();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      int end = offset + n;
      int i = offset;
      while (i < end) {
        if (need == 0 && buffer[i] >= 0) {
          i = ascii(buffer, i, end);
        } else {
          check(buffer[i] & 0xff);
          i++;
        }
      }
      count(n);
    } else if (n < 0) {
      end();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping would bypass the checks; read and drop instead
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  /**
   * Passes the run of ASCII bytes from {@code from} (outside a sequence), counting lines and
   * columns as {@link #check} does; returns where the run ends.
   */
  private int ascii(byte[] buffer, int from, int end) {
    long atLine = line;
    int atColumn = column;
    int i = from;
    for (; i < end; i++) {
      byte b = buffer[i];
      if (b < 0) {
        break;
      }
      if (b == '\n') {
        atLine++;
        atColumn = 1;
      } else {
        atColumn++;
      }
    }
    line = atLine;
    column = atColumn;
    position += i - from;
    return i;
  }

  private void count(int n) throws TooLargeException {
    count += n;
    if (count > limit) {
      throw new TooLargeException();
    }
  }

  private void check(int b) throws MalformedUtf8Exception {
    long offset = position++;
    if (need > 0) {
      if (b < lower || b > upper) {
        throw bad(sequenceStart, sequenceColumn, Message.of(CoreMessage.JSON_UTF8_CONTINUATION,
            hex(b), offset));
      }
      lower = 0x80;
      upper = 0xBF;
      need--;
      return;
    }
    if (b < 0x80) {
      if (b == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      return;
    }
    sequenceStart = offset;
    sequenceColumn = column;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      lower = b == 0xE0 ? 0xA0 : 0x80;
      upper = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      lower = b == 0xF0 ? 0x90 : 0x80;
      upper = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw bad(offset, column, Message.of(CoreMessage.JSON_UTF8_START, hex(b), offset));
    }
    column += need == 3 ? 2 : 1;
  }

  private void end() throws MalformedUtf8Exception {
    if (need > 0) {
      throw bad(sequenceStart, sequenceColumn, Message.of(CoreMessage.JSON_UTF8_CUT_OFF));
    }
  }

  private MalformedUtf8Exception bad(long offset, int atColumn, Message what) {
    need = 0;
    return new MalformedUtf8Exception(Message.of(CoreMessage.JSON_NOT_UTF8, line, atColumn,
        what));
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "%02X", b);
  }
}
