package nl.stagematch.core.format;

import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * Collects the errors of one document: the first {@code cap} in full, the rest only counted, so
 * that a document with millions of errors is read in constant memory.
 */
final class ErrorCollector {
  private final int cap;
  private final List<Issue> retained = new ArrayList<>();
  private long count;

  /** One error: the JSON path and the message (shown on one line). */
  record Issue(String path, Message message) {
    @Override
    public String toString() {
      return path + ": " + oneLine(message.toString());
    }
  }

  ErrorCollector(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("The error cap (" + cap + ") must be positive.");
    }
    this.cap = cap;
  }

  /** Adds an error at {@code path}, rendering the path only if the error is kept. */
  void add(JsonPath path, Message message) {
    count++;
    if (retained.size() < cap) {
      retained.add(new Issue(path.toString(), message));
    }
  }

  /** Adds an error at {@code path} whose English text has no code of its own ({@code UNCODED}). */
  void add(JsonPath path, String message) {
    add(path, Message.of(CoreMessage.UNCODED, oneLine(message)));
  }

  /** Adds an error at {@code path} whose English text has no code of its own ({@code UNCODED}). */
  void add(String path, String message) {
    add(path, Message.of(CoreMessage.UNCODED, oneLine(message)));
  }

  /** Adds an error at the rendered {@code path}. */
  void add(String path, Message message) {
    count++;
    if (retained.size() < cap) {
      retained.add(new Issue(path, message));
    }
  }

  /** The number of errors added so far, kept or not. */
  long count() {
    return count;
  }

  /** Whether more errors were added than are kept. */
  boolean overCap() {
    return count > cap;
  }

  /** The errors kept, in the order they were added. */
  List<Issue> retained() {
    return List.copyOf(retained);
  }

  /** Joins the lines of a multi-line message with a space, so that every error is one line. */
  static String oneLine(String message) {
    return InputException.oneLine(message);
  }

  /** The line that follows the kept errors when more were counted, or null if none were left. */
  static String moreLine(long total, int shown) {
    Message more = moreMessage(total, shown);
    return more == null ? null : more.toString();
  }

  /** The line that follows the kept errors when more were counted, or null if none were left. */
  static Message moreMessage(long total, int shown) {
    long more = total - shown;
    if (more <= 0) {
      return null;
    }
    return more == 1 ? Message.of(CoreMessage.MORE_ONE_ERROR)
        : Message.of(CoreMessage.MORE_ERRORS, Message.count(more));
  }
}
