package nl.stagematch.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.ValidationError;

/** Runs a document reader with an error collector and turns the collected errors into one throw. */
final class Documents {
  private Documents() {}

  /** Reads one value from a {@link StrictReader}; returns null when there were errors. */
  interface Body<T> {
    T read(StrictReader reader) throws IOException;
  }

  /**
   * Reads {@code in} with {@code body}: returns the value, or throws {@link JsonFormatException}
   * with every error; I/O failures of the stream are thrown as they are.
   */
  static <T> T read(InputStream in, ReadOptions options, Body<T> body) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    ErrorCollector errors = new ErrorCollector(options.maxErrors());
    T value = null;
    try (StrictReader reader = new StrictReader(in, options, errors)) {
      value = body.read(reader);
    } catch (StrictReader.Fatal e) {
      value = null;
    } catch (CheckedInputStream.TooLargeException e) {
      // thrown while the parser reads its first bytes, before any token
      errors.add("$", StrictReader.sizeMessage(options));
      value = null;
    } catch (CheckedInputStream.MalformedUtf8Exception e) {
      errors.add("$", e.text());
      value = null;
    }
    if (errors.count() > 0) {
      throw exception(errors);
    }
    if (value == null) {
      throw new IllegalStateException("A document reader returned nothing without an error.");
    }
    return value;
  }

  /** Reads the file {@code file}, refusing a file over the size limit before reading it. */
  static <T> T read(Path file, ReadOptions options, Body<T> body) throws IOException {
    Objects.requireNonNull(file, "file");
    // a missing file, a directory or an unreadable file: an error naming the path
    InputFiles.checkReadable(file);
    long size = Files.size(file);
    if (size > options.maxDocumentBytes()) {
      ErrorCollector errors = new ErrorCollector(1);
      errors.add("$", Message.of(CoreMessage.JSON_FILE_TOO_LARGE,
          Message.count(size),
          Message.count(options.maxDocumentBytes())));
      throw exception(errors);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, options, body);
    }
  }

  private static JsonFormatException exception(ErrorCollector errors) {
    List<ValidationError> list = new ArrayList<>();
    for (ErrorCollector.Issue issue : errors.retained()) {
      list.add(new ValidationError(issue.path(), issue.message()));
    }
    return new JsonFormatException(list, errors.count());
  }
}
