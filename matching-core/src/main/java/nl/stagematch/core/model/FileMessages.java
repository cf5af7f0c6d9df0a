package nl.stagematch.core.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;

/**
 * The coded, bilingual messages of the files that {@link InputFiles} reads and {@code
 * AtomicFiles} writes: the {@code io} package throws Java's own exceptions with English texts;
 * these turn them into messages a person reads in Dutch or English ({@code IO_} codes).
 */
public final class FileMessages {
  private FileMessages() {}

  /** Bytes that are not UTF-8: the file, line, column, offset and byte ({@code IO_NOT_UTF8}). */
  public static Message of(InputFiles.MalformedTextException e) {
    return Message.of(CoreMessage.IO_NOT_UTF8, e.name(), e.line(), e.column(), e.offset(),
        String.format(Locale.ROOT, "0x%02X", e.badByte()));
  }

  /**
   * Why {@code e}'s file cannot be used, as a phrase to fill into a sentence (such as "the file
   * does not exist"); a reason the library does not know is kept in English ({@code UNCODED}).
   */
  public static Message reason(FileSystemException e) {
    String reason = e.getReason();
    if (reason == null) {
      return e instanceof NoSuchFileException ? Message.of(CoreMessage.IO_DOES_NOT_EXIST)
          : e instanceof AccessDeniedException ? Message.of(CoreMessage.IO_ACCESS_DENIED)
          : Message.of(CoreMessage.UNCODED, e.getClass().getSimpleName());
    }
    for (CoreMessage key : new CoreMessage[] {CoreMessage.IO_DOES_NOT_EXIST,
        CoreMessage.IO_IS_DIRECTORY, CoreMessage.IO_TARGET_IS_DIRECTORY,
        CoreMessage.IO_UNREADABLE}) {
      if (reason.equals(key.english())) {
        return Message.of(key);
      }
    }
    String dir = between(reason, "its directory (", ") does not exist");
    if (dir != null) {
      return Message.of(CoreMessage.IO_DIRECTORY_MISSING, SafeText.clean(String.valueOf(dir),
          240));
    }
    String detail = between(reason, "cannot be written (", ")");
    if (detail != null) {
      return Message.of(CoreMessage.IO_CANNOT_WRITE, SafeText.clean(detail));
    }
    return Message.of(CoreMessage.UNCODED, SafeText.clean(reason));
  }

  private static String between(String text, String start, String end) {
    return text.startsWith(start) && text.endsWith(end)
        && text.length() >= start.length() + end.length()
        ? text.substring(start.length(), text.length() - end.length()) : null;
  }
}
