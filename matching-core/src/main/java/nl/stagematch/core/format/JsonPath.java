package nl.stagematch.core.format;

import java.util.Arrays;
import nl.stagematch.core.io.SafeText;

/**
 * The JSON path of the value being read, kept as a stack of segments and rendered only when an
 * error needs it.
 *
 * <p>Rendering: the root is {@code $}; a field is {@code .name} when the name is a letter or
 * underscore followed by letters, digits, underscores or hyphens, and {@code ['name']} otherwise
 * (with {@code '} and {@code \} escaped by a backslash); an array element is {@code [index]} with
 * the index counted from zero. Example: {@code $.students[12].wish.workProcesses.B1-K1-W2}.
 */
final class JsonPath {
  private String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;

  /** Enters the field {@code name} of the current object. */
  void push(String name) {
    grow();
    names[depth] = name;
    indices[depth] = -1;
    depth++;
  }

  /** Enters the element {@code index} of the current array. */
  void push(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  /** Leaves the innermost segment. */
  void pop() {
    if (depth == 0) {
      throw new IllegalStateException("Popped the root of a JSON path.");
    }
    depth--;
    names[depth] = null;
  }

  /** The innermost segment's field name, or null when it is an array element or the root. */
  String last() {
    return depth == 0 ? null : names[depth - 1];
  }

  /** The number of segments below the root. */
  int depth() {
    return depth;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      if (names[i] == null) {
        sb.append('[').append(indices[i]).append(']');
      } else {
        appendField(sb, names[i]);
      }
    }
    return sb.toString();
  }

  /** Appends the field segment for {@code name} to {@code sb}. */
  static void appendField(StringBuilder sb, String name) {
    if (isPlain(name)) {
      sb.append('.').append(name);
      return;
    }
    StringBuilder quoted = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    // a key from the input: control characters and line breaks escaped, length bounded
    sb.append("['").append(SafeText.clean(quoted.toString())).append("']");
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || name.length() > SafeText.LIMIT) {
      return false; // a long name is shown quoted, cut to a bounded length
    }
    char first = name.charAt(0);
    if (!(isAsciiLetter(first) || first == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
