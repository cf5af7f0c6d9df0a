package nl.stagematch.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the errors of one document: the first {@code cap} in full, the rest only counted, so
 * that a document with millions of errors is read in constant memory.
 */
final class ErrorCollector {
  private final int cap;
  private final List<Issue> retained = new ArrayList<>();
  private long count;

  /** One error: the JSON path and a one-line message. */
  record Issue(String path, String message) {
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  ErrorCollector(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("The error cap (" + cap + ") must be positive.");
    }
    this.cap = cap;
  }

  /** Adds an error at {@code path}, rendering the path only if the error is kept. */
  void add(JsonPath path, String message) {
    count++;
    if (retained.size() < cap) {
      retained.add(new Issue(path.toString(), oneLine(message)));
    }
  }

  /** Adds an error at the rendered {@code path}. */
  void add(String path, String message) {
    count++;
    if (retained.size() < cap) {
      retained.add(new Issue(path, oneLine(message)));
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
    if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
      return message;
    }
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  /** The line that follows the kept errors when more were counted, or null if none were left. */
  static String moreLine(long total, int shown) {
    long more = total - shown;
    if (more <= 0) {
      return null;
    }
    return String.format(Locale.ROOT, "... and %,d more error%s", more, more == 1 ? "" : "s");
  }
}
