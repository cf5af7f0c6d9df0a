package nl.stagematch.core.io;

import java.util.Locale;

/**
 * Makes a string that came from input safe to echo into a message, a report, a log or a listing:
 * control characters (C0, DEL, C1, so also the ESC of ANSI terminal sequences), line and
 * paragraph separators, bidirectional overrides, zero-width and byte-order marks and lone
 * surrogates are shown as escapes ({@code \n}, {@code \\u001B}), so that an echoed value can
 * neither forge a line nor control a terminal; and a long value is cut to a bounded length, with
 * its original length said ({@code "abc..." (12,345 characters)}).
 *
 * <p>The result contains only printable characters and is at most about {@link #LIMIT} characters
 * of the value plus the escapes and the note. Use {@link #quote} where the value stands alone in a
 * message and {@link #clean} where a message already puts it between brackets or quotes.
 */
public final class SafeText {
  /** The default number of characters of the value that are shown. */
  public static final int LIMIT = 80;

  private SafeText() {}

  /** {@code value} escaped and cut to {@link #LIMIT} characters, in double quotes; "null" for null. */
  public static String quote(String value) {
    return quote(value, LIMIT);
  }

  /** {@code value} escaped and cut to {@code limit} characters, in double quotes. */
  public static String quote(String value, int limit) {
    if (value == null) {
      return "null";
    }
    return render(value, limit, true);
  }

  /** {@code value} escaped and cut to {@link #LIMIT} characters, without quotes; "null" for null. */
  public static String clean(String value) {
    return clean(value, LIMIT);
  }

  /** {@code value} escaped and cut to {@code limit} characters, without quotes. */
  public static String clean(String value, int limit) {
    if (value == null) {
      return "null";
    }
    return render(value, limit, false);
  }

  /** {@code value} as text ({@link String#valueOf}) escaped and cut, without quotes. */
  public static String clean(Object value) {
    return clean(value == null ? null : String.valueOf(value));
  }

  /**
   * {@code text} of one or more lines (a message that may carry input) with each line escaped and
   * cut to {@code limit} characters by {@link #clean(String, int)}, the line feeds between the
   * lines kept: the message keeps its lines, the input in it can forge none and controls no
   * terminal. "null" for null.
   */
  public static String cleanLines(String text, int limit) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), 1 << 16));
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      sb.append(clean(text.substring(start, end < 0 ? text.length() : end), limit));
      if (end < 0) {
        return sb.toString();
      }
      sb.append('\n');
      start = end + 1;
    }
  }

  /** Whether {@code value} would be shown as it is by {@link #clean} (nothing escaped or cut). */
  public static boolean isPlain(String value, int limit) {
    if (value.codePointCount(0, value.length()) > limit) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (needsEscape(value, i)) {
        return false;
      }
    }
    return true;
  }

  private static String render(String value, int limit, boolean quoted) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), limit) + 16);
    if (quoted) {
      sb.append('"');
    }
    int shown = 0;
    int i = 0;
    while (i < value.length() && shown < limit) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        sb.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        escape(sb, value, i, quoted);
        i++;
      }
      shown++;
    }
    if (i < value.length()) {
      sb.append("...");
    }
    if (quoted) {
      sb.append('"');
    }
    if (i < value.length()) {
      sb.append(String.format(Locale.ROOT, " (%,d characters)",
          value.codePointCount(0, value.length())));
    }
    return sb.toString();
  }

  private static void escape(StringBuilder sb, String value, int i, boolean quoted) {
    char c = value.charAt(i);
    switch (c) {
      case '\n':
        sb.append("\\n");
        return;
      case '\r':
        sb.append("\\r");
        return;
      case '\t':
        sb.append("\\t");
        return;
      case '"':
        sb.append(quoted ? "\\\"" : "\"");
        return;
      default:
        if (needsEscape(value, i)) {
          sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
    }
  }

  private static boolean needsEscape(String value, int i) {
    char c = value.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return c == '\u2028' || c == '\u2029' // line and paragraph separators
        || (c >= '\u200B' && c <= '\u200F') // zero-width characters, direction marks
        || (c >= '\u202A' && c <= '\u202E') // bidirectional embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // bidirectional isolates
        || c == '\uFEFF' || c == '\u061C' || c == '\u0085';
  }
}
