package nl.stagematch.variants.canon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;

/**
 * A parsed JSON object with its path ({@code $.entries[3]}), read field by field with typed
 * getters whose errors name the path, the value found and what was expected.
 */
public final class Node {
  private final Map<String, Object> fields;
  private final String path;

  private Node(Map<String, Object> fields, String path) {
    this.fields = fields;
    this.path = path;
  }

  /** The object {@code value} at {@code path}; fails if it is not an object. */
  @SuppressWarnings("unchecked")
  public static Node of(Object value, String path) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(SafeText.clean(path, 160) + ": expected an object, found " + show(value)
          + ".\nMaybe the document is not of this format.");
    }
    return new Node((Map<String, Object>) value, path);
  }

  /** Parses {@code text} and returns its top-level object at path {@code $}. */
  public static Node parse(String text, String what) {
    return of(Json.parse(text, what), "$");
  }

  /** The path of this object. */
  public String path() {
    return path;
  }

  /** The raw fields, in document order. */
  public Map<String, Object> raw() {
    return fields;
  }

  /** Fails if a field other than {@code allowed} is present, listing the allowed ones. */
  public void allow(String... allowed) {
    Set<String> known = new TreeSet<>(Arrays.asList(allowed));
    for (String name : fields.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(at(path, name) + ": unknown field ("
            + SafeText.quote(name) + ").\nMaybe use one of the known fields: " + String.join(", ", known) + ".");
      }
    }
  }

  /** Whether the field is present and not null. */
  public boolean has(String name) {
    return fields.get(name) != null;
  }

  private Object required(String name, String expected) {
    Object v = fields.get(name);
    if (v == null) {
      throw new IllegalArgumentException(at(path, name) + ": the field is missing (expected "
          + expected + ").\nMaybe add it; see the format's documentation.");
    }
    return v;
  }

  /** A required string. */
  public String string(String name) {
    Object v = required(name, "a string");
    if (!(v instanceof String s)) {
      throw wrong(name, v, "a string");
    }
    return s;
  }

  /** An optional string, or {@code null} when absent or null. */
  public String optString(String name) {
    return has(name) ? string(name) : null;
  }

  /** A required integer. */
  public long integer(String name) {
    Object v = required(name, "an integer");
    if (!(v instanceof Long n)) {
      throw wrong(name, v, "an integer");
    }
    return n;
  }

  /** A required integer that fits an {@code int} and is at least {@code min}. */
  public int integer(String name, int min) {
    long n = integer(name);
    if (n < min || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(at(path, name) + ": the number (" + n + ") must be "
          + min + " to " + Integer.MAX_VALUE + ".\nMaybe correct the number.");
    }
    return (int) n;
  }

  /** A required boolean. */
  public boolean bool(String name) {
    Object v = required(name, "true or false");
    if (!(v instanceof Boolean b)) {
      throw wrong(name, v, "true or false");
    }
    return b;
  }

  /** A required object. */
  public Node object(String name) {
    Object v = required(name, "an object");
    if (!(v instanceof Map)) {
      throw wrong(name, v, "an object");
    }
    return of(v, path + "." + name);
  }

  /** A required list of objects. */
  public List<Node> objects(String name) {
    List<?> list = list(name);
    List<Node> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(of(list.get(i), path + "." + name + "[" + i + "]"));
    }
    return out;
  }

  /** A required list of strings. */
  public List<String> strings(String name) {
    List<?> list = list(name);
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw new IllegalArgumentException(path + "." + name + "[" + i + "]: expected a string,"
            + " found " + show(list.get(i)) + ".\nMaybe quote the value.");
      }
      out.add(s);
    }
    return out;
  }

  /** A required object of integers, in document order. */
  public Map<String, Long> integers(String name) {
    Node n = object(name);
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : n.fields.entrySet()) {
      if (!(e.getValue() instanceof Long v)) {
        throw new IllegalArgumentException(at(n.path, e.getKey()) + ": expected an integer,"
            + " found " + show(e.getValue()) + ".\nMaybe write a whole number.");
      }
      out.put(e.getKey(), v);
    }
    return out;
  }

  private List<?> list(String name) {
    Object v = required(name, "a list");
    if (!(v instanceof List<?> list)) {
      throw wrong(name, v, "a list");
    }
    return list;
  }

  /** A required enum constant, by name. */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String s = string(name);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new IllegalArgumentException(at(path, name) + ": unknown value (" + SafeText.clean(s)
        + ").\nMaybe use one of: " + String.join(", ", names) + ".");
  }

  /** An error for field {@code name} of this object, with {@code message} (which says "Maybe"). */
  public IllegalArgumentException error(String name, String message) {
    return new IllegalArgumentException(at(path, name) + ": " + message);
  }

  private IllegalArgumentException wrong(String name, Object v, String expected) {
    return new IllegalArgumentException(at(path, name) + ": expected " + expected + ", found "
        + show(v) + ".\nMaybe correct the value; see the format's documentation.");
  }

  /** The path of field {@code name} below {@code path}, safe to print (keys come from input). */
  private static String at(String path, String name) {
    return SafeText.clean(path + "." + name, 160);
  }

  private static String show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return SafeText.quote(s, 40);
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "a list";
    }
    return String.valueOf(v);
  }
}
