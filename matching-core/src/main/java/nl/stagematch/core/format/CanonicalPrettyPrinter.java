package nl.stagematch.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The layout of the canonical form: containers one entry per line with two-space indentation,
 * except containers the writer marks inline (small objects such as a qualification or a period,
 * and lists of codes), which are written on one line as {@code {"a": 1, "b": 2}} or {@code ["x",
 * "y"]}; everything inside an inline container is inline too. Empty containers are {@code {}} and
 * {@code []}; line ends are {@code \n}.
 *
 * <p>Stateful: one instance per generator, never shared.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter {
  private int depth;
  private int inlineFrom = -1;
  private boolean inlineNext;

  /** Marks the next object or array started as inline. */
  void inlineNext() {
    inlineNext = true;
  }

  private boolean inline() {
    return inlineFrom >= 0;
  }

  private void open(JsonGenerator g, char c) throws IOException {
    g.writeRaw(c);
    depth++;
    if (inlineNext && !inline()) {
      inlineFrom = depth;
    }
    inlineNext = false;
  }

  private void close(JsonGenerator g, char c, int entries) throws IOException {
    if (entries > 0 && !inline()) {
      newLine(g, depth - 1);
    }
    g.writeRaw(c);
    if (inlineFrom == depth) {
      inlineFrom = -1;
    }
    depth--;
  }

  /**
   * A line end and the indentation of each level, with and without a comma before it, and the
   * separators, each encoded once (the generator copies their bytes as they are).
   */
  private static final int KEPT_LEVELS = 16;
  private static final SerializedString[] NEW_LINE = new SerializedString[KEPT_LEVELS];
  private static final SerializedString[] COMMA_NEW_LINE = new SerializedString[KEPT_LEVELS];
  private static final SerializedString INLINE_SEPARATOR = new SerializedString(", ");
  private static final SerializedString NAME_SEPARATOR = new SerializedString(": ");

  static {
    for (int level = 0; level < KEPT_LEVELS; level++) {
      String newLine = "\n" + "  ".repeat(level);
      NEW_LINE[level] = new SerializedString(newLine);
      COMMA_NEW_LINE[level] = new SerializedString("," + newLine);
    }
  }

  private static void newLine(JsonGenerator g, int level) throws IOException {
    if (level < KEPT_LEVELS) {
      g.writeRaw(NEW_LINE[level]);
    } else {
      g.writeRaw("\n" + "  ".repeat(level));
    }
  }

  private void separator(JsonGenerator g) throws IOException {
    if (inline()) {
      g.writeRaw(INLINE_SEPARATOR);
    } else if (depth < KEPT_LEVELS) {
      g.writeRaw(COMMA_NEW_LINE[depth]);
    } else {
      g.writeRaw(',');
      newLine(g, depth);
    }
  }

  private void first(JsonGenerator g) throws IOException {
    if (!inline()) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    throw new IllegalStateException("A canonical document has one root value.");
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    open(g, '{');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, '}', entries);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(NAME_SEPARATOR);
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    open(g, '[');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, ']', values);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    first(g);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    first(g);
  }
}
