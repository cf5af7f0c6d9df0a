package nl.stagematch.variants.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;

/**
 * Writes and reads JSON values (maps, lists, strings, longs, booleans, null) canonically.
 *
 * <p>{@link #pretty} is the layout of the files: UTF-8, two-space indentation, one field or element
 * per line, {@code "name": value}, {@code []} and {@code {}} for empty containers, {@code \n} line
 * ends, one trailing newline, fields in the order of the map. {@link #compact} is the form that is
 * hashed: no whitespace at all and the fields of every object sorted by name ({@link
 * String#compareTo}), so it depends on the content only. Strings escape {@code "}, {@code \} and
 * control characters ({@code \n}, {@code \t}, ... or {@code \}{@code u00XX}); every other
 * character is written as itself.
 *
 * <p>{@link #parse} is strict: one value and nothing after it, no duplicate field names, integers
 * only (no fraction or exponent) that fit a {@code long}, nesting at most {@value #MAX_DEPTH} deep;
 * errors name the line and column.
 */
public final class Json {
  /** The deepest nesting {@link #parse} accepts. */
  public static final int MAX_DEPTH = 64;

  private Json() {}

  /** The value in the file layout, ending with a newline. */
  public static String pretty(Object value) {
    StringBuilder sb = new StringBuilder();
    writePretty(sb, value, 0);
    return sb.append('\n').toString();
  }

  /** The value without whitespace and with sorted fields: the form that is hashed. */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    writeCompact(sb, value);
    return sb.toString();
  }

  /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, as 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
    }
  }

  private static void writePretty(StringBuilder sb, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        pad(sb, indent + 1);
        string(sb, (String) e.getKey());
        sb.append(": ");
        writePretty(sb, e.getValue(), indent + 1);
        sb.append(++i < map.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        pad(sb, indent + 1);
        writePretty(sb, list.get(i), indent + 1);
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else {
      scalar(sb, value);
    }
  }

  private static void writeCompact(StringBuilder sb, Object value) {
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sorted.put((String) e.getKey(), e.getValue());
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, e.getKey());
        sb.append(':');
        writeCompact(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        writeCompact(sb, list.get(i));
      }
      sb.append(']');
    } else {
      scalar(sb, value);
    }
  }

  private static void scalar(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof Long || value instanceof Integer) {
      sb.append(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else {
      throw new IllegalStateException("Cannot write a value of type "
          + value.getClass().getName() + " as canonical JSON; only maps, lists, strings,"
          + " integers, booleans and null.");
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    for (int i = 0; i < indent; i++) {
      sb.append("  ");
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /**
   * Parses one JSON value; objects become insertion-ordered maps, numbers {@link Long}s.
   *
   * @param text the document
   * @param what what the document is, for error messages (such as "the audit trail")
   * @throws InputException naming the line and column of the first error (an {@link
   *     IllegalArgumentException})
   */
  public static Object parse(String text, String what) {
    return parse(text, Message.phrase(what, what));
  }

  /**
   * Parses one JSON value like {@link #parse(String, String)}, naming the document in the
   * message's language.
   *
   * @param text the document
   * @param what what the document is, in Dutch and English (such as "de audittrail")
   * @throws InputException naming the line and column of the first error and why, coded ({@code
   *     DOC_MALFORMED}), in Dutch and English
   */
  public static Object parse(String text, Message what) {
    Parser p = new Parser(text, what);
    p.skipSpace();
    Object value = p.value(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error(CoreMessage.DOC_JSON_TRAILING);
    }
    return value;
  }

  private static final class Parser {
    private final String text;
    private final Message what;
    private int pos;

    Parser(String text, Message what) {
      this.text = text;
      this.what = what;
    }

    InputException error(CoreMessage reason, Object... args) {
      int line = 1;
      int col = 1;
      for (int i = 0; i < Math.min(pos, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      return new InputException(Message.of(CoreMessage.DOC_MALFORMED, what, line, col,
          Message.of(reason, args)), null);
    }

    void skipSpace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          pos++;
        } else {
          break;
        }
      }
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw error(CoreMessage.DOC_JSON_TOO_DEEP, MAX_DEPTH);
      }
      if (pos >= text.length()) {
        throw error(CoreMessage.DOC_JSON_ENDS);
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return string();
        case 't':
          literal("true");
          return Boolean.TRUE;
        case 'f':
          literal("false");
          return Boolean.FALSE;
        case 'n':
          literal("null");
          return null;
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error(CoreMessage.DOC_JSON_UNEXPECTED_CHARACTER, SafeText.quote(String.valueOf(c)));
      }
    }

    private void literal(String word) {
      if (!text.startsWith(word, pos)) {
        throw error(CoreMessage.DOC_JSON_EXPECTED, word);
      }
      pos += word.length();
    }

    private Map<String, Object> object(int depth) {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == '}') {
        pos++;
        return map;
      }
      while (true) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != '"') {
          throw error(CoreMessage.DOC_JSON_FIELD_NAME);
        }
        int at = pos;
        String name = string();
        if (map.containsKey(name)) {
          pos = at;
          throw error(CoreMessage.DOC_JSON_DUPLICATE_FIELD, SafeText.quote(name));
        }
        skipSpace();
        expect(':');
        skipSpace();
        map.put(name, value(depth + 1));
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect('}');
        return map;
      }
    }

    private List<Object> array(int depth) {
      pos++;
      List<Object> list = new ArrayList<>();
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == ']') {
        pos++;
        return list;
      }
      while (true) {
        skipSpace();
        list.add(value(depth + 1));
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect(']');
        return list;
      }
    }

    private void expect(char c) {
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw error(CoreMessage.DOC_JSON_EXPECTED, "'" + c + "'");
      }
      pos++;
    }

    private String string() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw error(CoreMessage.DOC_JSON_UNCLOSED_STRING);
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          pos--;
          throw error(CoreMessage.DOC_JSON_CONTROL_CHARACTER);
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= text.length()) {
          throw error(CoreMessage.DOC_JSON_UNCLOSED_STRING);
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'u':
            if (pos + 4 > text.length()) {
              throw error(CoreMessage.DOC_JSON_BAD_UNICODE_ESCAPE);
            }
            // four hex digits exactly: parseInt alone would also take a sign or other digits
            int code = 0;
            for (int k = pos; k < pos + 4; k++) {
              int digit = Character.digit(text.charAt(k), 16);
              if (digit < 0 || text.charAt(k) > 'f') {
                throw error(CoreMessage.DOC_JSON_BAD_UNICODE_ESCAPE);
              }
              code = code * 16 + digit;
            }
            sb.append((char) code);
            pos += 4;
            break;
          default:
            pos--;
            throw error(CoreMessage.DOC_JSON_UNKNOWN_ESCAPE, SafeText.clean(String.valueOf(e)));
        }
      }
    }

    private Long number() {
      int start = pos;
      if (text.charAt(pos) == '-') {
        pos++;
      }
      int digits = pos;
      // ASCII digits only: Character.isDigit and Long.parseLong also take other scripts' digits
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == digits) {
        throw error(CoreMessage.DOC_JSON_NO_DIGITS);
      }
      if (text.charAt(digits) == '0' && pos - digits > 1) {
        pos = start;
        throw error(CoreMessage.DOC_JSON_LEADING_ZERO);
      }
      if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e'
          || text.charAt(pos) == 'E')) {
        pos = start;
        throw error(CoreMessage.DOC_JSON_NOT_WHOLE);
      }
      try {
        return Long.parseLong(text.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw error(CoreMessage.DOC_JSON_NUMBER_TOO_LARGE,
            SafeText.clean(text.substring(start, pos), 40));
      }
    }
  }
}
