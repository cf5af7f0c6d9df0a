package nl.stagematch.core.format;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An in-memory output for the writers' {@code toBytes}: the bytes are kept in chunks of growing
 * size and copied once, into an array of the exact length, at the end (a {@link
 * java.io.ByteArrayOutputStream} copies its whole content each time it doubles, and once more at
 * the end: for a national document of 100 MB, about 300 MB copied and a 128 MB array that is
 * thrown away).
 */
final class ByteChunks extends OutputStream {
  private static final int FIRST = 8 * 1024;
  private static final int LARGEST = 4 * 1024 * 1024;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] chunk = new byte[FIRST];
  private int used;
  private long size;

  @Override
  public void write(int b) {
    if (used == chunk.length) {
      next();
    }
    chunk[used++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || length > bytes.length - offset) {
      throw new IndexOutOfBoundsException();
    }
    size += length;
    while (length > 0) {
      if (used == chunk.length) {
        next();
      }
      int n = Math.min(length, chunk.length - used);
      System.arraycopy(bytes, offset, chunk, used, n);
      used += n;
      offset += n;
      length -= n;
    }
  }

  private void next() {
    full.add(chunk);
    chunk = new byte[Math.min(LARGEST, chunk.length * 2)];
    used = 0;
  }

  /** The bytes written, in one array of their exact length. */
  byte[] toByteArray() {
    if (size > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("The document (" + size + " bytes) is too large for an array.");
    }
    if (full.isEmpty()) {
      return Arrays.copyOf(chunk, used);
    }
    byte[] all = new byte[(int) size];
    int at = 0;
    for (byte[] c : full) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    System.arraycopy(chunk, 0, all, at, used);
    return all;
  }
}
