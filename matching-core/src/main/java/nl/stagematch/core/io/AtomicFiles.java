package nl.stagematch.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Output files that are complete or not there: each file is written to a temporary file in the
 * same directory ({@code .NAME.PID-N.tmp}), flushed to the disk, and only then moved over the
 * target (atomically where the file system can, else by a plain replace). A failure while writing
 * (an exception of the writer, a full disk) deletes the temporary file and leaves the target as it
 * was; no temporary file is left behind.
 *
 * <p>Errors of the file system are thrown as {@link FileSystemException}s that name the file, so
 * that a command can say which path is at fault: a missing directory ({@link
 * NoSuchFileException}), a target that is a directory, a full disk.
 */
public final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** Writes the content of one file to a stream (which it must not close). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8 to {@code target}, completely or not at all. */
  public static void writeString(Path target, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes {@code content} to {@code target}, completely or not at all. */
  public static void write(Path target, Content content) throws IOException {
    try (Batch batch = new Batch()) {
      batch.add(target, content);
      batch.commit();
    }
  }

  /**
   * Several files that are written together: each {@link #add} writes a temporary file, {@link
   * #commit} moves them all into place; {@link #close} deletes the temporary files of a batch
   * that was not committed. A command that fails before {@code commit} leaves no new file.
   */
  public static final class Batch implements AutoCloseable {
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** Writes the temporary file of {@code target}. */
    public void add(Path target, Content content) throws IOException {
      Objects.requireNonNull(content, "content");
      Path file = target.toAbsolutePath().normalize();
      Path dir = file.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new NoSuchFileException(target.toString(), null,
            "its directory (" + (dir == null ? "" : SafeText.clean(dir.toString()))
                + ") does not exist");
      }
      if (Files.isDirectory(file)) {
        throw new FileSystemException(target.toString(), null, "it is a directory");
      }
      if (staged.containsKey(file)) {
        throw new IllegalArgumentException("The file (" + target + ") is written twice.");
      }
      Path temp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid()
          + "-" + COUNTER.incrementAndGet() + ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        staged.put(file, temp);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        try {
          channel.force(true);
        } catch (IOException e) {
          // some file systems cannot sync; the move below still happens only after a full write
        }
      } catch (FileSystemException e) {
        discard(file);
        throw e;
      } catch (IOException e) {
        discard(file);
        throw new FileSystemException(target.toString(), null, "cannot be written ("
            + e.getMessage() + ")");
      } catch (RuntimeException | Error e) {
        discard(file);
        throw e;
      }
    }

    /** Moves every temporary file over its target, in the order they were added. */
    public void commit() throws IOException {
      List<Path> done = new ArrayList<>();
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        Path target = e.getKey();
        try {
          try {
            Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException ex) {
            Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (FileSystemException ex) {
          throw ex;
        } catch (IOException ex) {
          throw new FileSystemException(target.toString(), null, "cannot be written ("
              + ex.getMessage() + ")");
        }
        done.add(target);
      }
      done.forEach(staged::remove);
    }

    private void discard(Path target) {
      Path temp = staged.remove(target);
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // nothing more can be done; the name says it is temporary
        }
      }
    }

    /** Deletes the temporary files that were not moved into place. */
    @Override
    public void close() {
      for (Path target : new ArrayList<>(staged.keySet())) {
        discard(target);
      }
    }
  }
}
