package nl.stagematch.core.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The canonical form every writer uses, so that the same value always gives the same bytes:
 * UTF-8 without a byte-order mark, the layout of {@link CanonicalPrettyPrinter} (one field or
 * element per line with two-space indentation, small objects and lists of codes inline on one
 * line), {@code "name": value}, {@code \n} line ends and one trailing newline. Fields are written
 * in the format's fixed order, map entries and set elements sorted, absent optional values left
 * out. Numbers: integers as they are; fractional numbers in the shortest form that reads back to
 * the same {@code double} (Jackson's Schubfach writer, the same on every JDK), such as {@code
 * 1.0}, {@code 0.25} or {@code 1.0E-7}.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator g;
  private final OutputStream out;
  private final CanonicalPrettyPrinter printer = new CanonicalPrettyPrinter();

  JsonOutput(OutputStream out) throws IOException {
    this.out = out;
    this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(printer);
  }

  /** Starts an object element of an array on one line. */
  void startInlineObject() throws IOException {
    printer.inlineNext();
    g.writeStartObject();
  }

  /** Starts the object field {@code name} on one line. */
  void startInlineObject(String name) throws IOException {
    printer.inlineNext();
    g.writeObjectFieldStart(name);
  }

  JsonGenerator generator() {
    return g;
  }

  void startObject() throws IOException {
    g.writeStartObject();
  }

  void startObject(String name) throws IOException {
    g.writeObjectFieldStart(name);
  }

  void endObject() throws IOException {
    g.writeEndObject();
  }

  void startArray(String name) throws IOException {
    g.writeArrayFieldStart(name);
  }

  void endArray() throws IOException {
    g.writeEndArray();
  }

  void string(String name, String value) throws IOException {
    g.writeStringField(name, value);
  }

  /** Writes the field only if {@code value} is not null. */
  void optionalString(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  void number(String name, long value) throws IOException {
    g.writeNumberField(name, value);
  }

  void number(String name, double value) throws IOException {
    g.writeNumberField(name, value);
  }

  void bool(String name, boolean value) throws IOException {
    g.writeBooleanField(name, value);
  }

  /** Writes the strings sorted (by {@link String#compareTo}), on one line. */
  void stringSet(String name, Collection<String> values) throws IOException {
    printer.inlineNext();
    g.writeArrayFieldStart(name);
    for (String value : sorted(values)) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  /** Writes the strings in the given order, on one line. */
  void stringList(String name, Collection<String> values) throws IOException {
    printer.inlineNext();
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  /** Writes the numbers in the given order, on one line. */
  void longList(String name, Collection<Long> values) throws IOException {
    printer.inlineNext();
    g.writeArrayFieldStart(name);
    for (long value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes the enum constants by name, in declaration order, on one line. */
  <E extends Enum<E>> void enumSet(String name, Collection<E> values) throws IOException {
    printer.inlineNext();
    g.writeArrayFieldStart(name);
    for (E value : new TreeSet<>(values)) {
      g.writeString(value.name());
    }
    g.writeEndArray();
  }

  /** Writes the integers in ascending order, on one line. */
  void integerSet(String name, Collection<Integer> values) throws IOException {
    printer.inlineNext();
    g.writeArrayFieldStart(name);
    for (int value : new TreeSet<>(values)) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  /** Writes a map of numbers with its keys sorted, on one line if {@code inline}. */
  void numberMap(String name, Map<String, ? extends Number> map, boolean inline)
      throws IOException {
    if (inline) {
      printer.inlineNext();
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, ? extends Number> e : sorted(map).entrySet()) {
      Number value = e.getValue();
      if (value instanceof Double || value instanceof Float) {
        g.writeNumberField(e.getKey(), value.doubleValue());
      } else {
        g.writeNumberField(e.getKey(), value.longValue());
      }
    }
    g.writeEndObject();
  }

  /**
   * The map in the order of its keys: itself when it is sorted by the keys' natural order already
   * (the results' and certificates' maps are), else a sorted copy.
   */
  private static <V> Map<String, V> sorted(Map<String, V> map) {
    if (map instanceof SortedMap<String, V> m && m.comparator() == null) {
      return m;
    }
    return new TreeMap<>(map);
  }

  /** The strings sorted and without repeats: itself when it is a naturally sorted set already. */
  private static Collection<String> sorted(Collection<String> values) {
    if (values instanceof SortedSet<String> set && set.comparator() == null) {
      return set;
    }
    return new TreeSet<>(values);
  }

  /** Ends the document with one newline and flushes, leaving the stream open. */
  void finish() throws IOException {
    g.flush();
    g.close();
    out.write('\n');
    out.flush();
  }
}
