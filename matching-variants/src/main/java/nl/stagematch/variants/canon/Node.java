package nl.stagematch.variants.canon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;

/**
 * A parsed JSON object with its path ({@code $.entries[3]}), read field by field with typed
 * getters whose errors name the path, the value found and what was expected.
 */
public final class Node {
  private static final Message A_STRING = Message.phrase("een tekst", "a string");
  private static final Message AN_INTEGER = Message.phrase("een geheel getal", "an integer");
  private static final Message TRUE_OR_FALSE = Message.phrase("true of false", "true or false");
  private static final Message AN_OBJECT = Message.phrase("een object", "an object");
  private static final Message A_LIST = Message.phrase("een lijst", "a list");

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
      throw InputException.at(SafeText.clean(path, 160),
          Message.of(CoreMessage.DOC_NOT_OBJECT, show(value)));
    }
    return new Node((Map<String, Object>) value, path);
  }

  /** Parses {@code text} and returns its top-level object at path {@code $}. */
  public static Node parse(String text, String what) {
    return of(Json.parse(text, what), "$");
  }

  /** Parses {@code text}, named {@code what} in both languages, and returns its top object. */
  public static Node parse(String text, Message what) {
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

  /**
   * Fails if a field other than {@code allowed} is present, listing the allowed ones; a field
   * whose name is personal data ({@link #refusePersonalKey}) is refused as such (rule R1).
   */
  public void allow(String... allowed) {
    Set<String> known = new TreeSet<>(Arrays.asList(allowed));
    for (String name : fields.keySet()) {
      if (!known.contains(name)) {
        refusePersonalKey(name);
        throw error(name, Message.of(CoreMessage.DOC_UNKNOWN_FIELD, SafeText.clean(name),
            String.join(", ", known)));
      }
    }
  }

  /**
   * Fails if {@code key} (a field name, or a key of a map of this object) is personal data (rule
   * R1): a personal characteristic by its normalised name, in Dutch or English, alone or inside
   * a compound key (as the problem reader checks names, {@link ProblemJson#personalCategory}), or
   * a personal value itself (a BSN, a phone number, an e-mail address, a person's name: only its
   * {@linkplain Pseudonyms#shape shape} is shown, in the message and the path).
   */
  public void refusePersonalKey(String key) {
    Optional<String> value = Pseudonyms.personalShape(key, Pseudonyms.Kind.OTHER);
    if (value.isPresent()) {
      String shape = Pseudonyms.shape(key);
      throw error("['" + shape + "']", Message.of(CoreMessage.JSON_PERSONAL_FIELD, shape,
          Pseudonyms.categoryText(value.get())));
    }
    Optional<String> category = ProblemJson.personalCategory(key);
    if (category.isPresent()) {
      throw error(key, Message.of(CoreMessage.JSON_PERSONAL_FIELD, SafeText.clean(key),
          ProblemJson.personalCategoryText(category.get())));
    }
  }

  /** Whether the field is present and not null. */
  public boolean has(String name) {
    return fields.get(name) != null;
  }

  private Object required(String name, Message expected) {
    Object v = fields.get(name);
    if (v == null) {
      throw error(name, Message.of(CoreMessage.DOC_MISSING_FIELD, expected));
    }
    return v;
  }

  /** A required string. */
  public String string(String name) {
    Object v = required(name, A_STRING);
    if (!(v instanceof String s)) {
      throw wrong(name, v, A_STRING);
    }
    return s;
  }

  /** An optional string, or {@code null} when absent or null. */
  public String optString(String name) {
    return has(name) ? string(name) : null;
  }

  /** A required integer. */
  public long integer(String name) {
    Object v = required(name, AN_INTEGER);
    if (!(v instanceof Long n)) {
      throw wrong(name, v, AN_INTEGER);
    }
    return n;
  }

  /** A required integer that fits an {@code int} and is at least {@code min}. */
  public int integer(String name, int min) {
    long n = integer(name);
    if (n < min || n > Integer.MAX_VALUE) {
      throw error(name, Message.of(CoreMessage.DOC_NUMBER_RANGE, n, min, Integer.MAX_VALUE));
    }
    return (int) n;
  }

  /** A required boolean. */
  public boolean bool(String name) {
    Object v = required(name, TRUE_OR_FALSE);
    if (!(v instanceof Boolean b)) {
      throw wrong(name, v, TRUE_OR_FALSE);
    }
    return b;
  }

  /** A required object. */
  public Node object(String name) {
    Object v = required(name, AN_OBJECT);
    if (!(v instanceof Map)) {
      throw wrong(name, v, AN_OBJECT);
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
        throw error(name + "[" + i + "]",
            Message.of(CoreMessage.DOC_NOT_STRING, show(list.get(i))));
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
        throw n.error(e.getKey(), Message.of(CoreMessage.DOC_NOT_INTEGER, show(e.getValue())));
      }
      out.put(e.getKey(), v);
    }
    return out;
  }

  private List<?> list(String name) {
    Object v = required(name, A_LIST);
    if (!(v instanceof List<?> list)) {
      throw wrong(name, v, A_LIST);
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
    throw error(name, Message.of(CoreMessage.DOC_UNKNOWN_VALUE, SafeText.clean(s),
        String.join(", ", names)));
  }

  /** An error for field {@code name} of this object, with {@code message} (which says "Maybe"). */
  public IllegalArgumentException error(String name, String message) {
    return error(name, Message.of(CoreMessage.UNCODED, message));
  }

  /** An error for field {@code name} of this object, with a coded {@code message}. */
  public InputException error(String name, Message message) {
    // the path holds keys from the input: escaped and bounded
    return InputException.at(SafeText.clean(path + "." + name, 160), message);
  }

  private IllegalArgumentException wrong(String name, Object v, Message expected) {
    return error(name, Message.of(CoreMessage.DOC_WRONG_TYPE, expected, show(v)));
  }

  private static Object show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return SafeText.quote(s, 40);
    }
    if (v instanceof Map) {
      return AN_OBJECT;
    }
    if (v instanceof List) {
      return A_LIST;
    }
    return String.valueOf(v);
  }
}
