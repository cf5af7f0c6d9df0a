package nl.stagematch.bench.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;

/**
 * Reads the shared instance format (general {@code S P E} form and {@code dense N} form) with a
 * byte-level tokenizer: any whitespace, edges in any order, about 0.3 s for a 60 MB file.
 *
 * <p>Errors name the file, the line, the offending token and what was expected, for example
 * "cohort.txt line 12: expected the cost of edge 7 (an integer 0..1000000), found 'x1'."
 */
public final class InstanceReader {
  private final String name;
  private final byte[] buf;
  private int at;
  private int line = 1;

  private InstanceReader(String name, byte[] buf) {
    this.name = name;
    this.buf = buf;
  }

  /** Reads and parses the file. */
  public static Instance read(Path file) throws IOException, InstanceFormatException {
    InputFiles.checkReadable(file);
    return parse(SafeText.clean(String.valueOf(file.getFileName())), Files.readAllBytes(file));
  }

  /** Parses the bytes of an instance; {@code name} is used in error messages. */
  public static Instance parse(String name, byte[] bytes) throws InstanceFormatException {
    return new InstanceReader(name, bytes).parse();
  }

  private Instance parse() throws InstanceFormatException {
    skipSpace();
    if (at < buf.length && buf[at] == 'd') {
      String word = token();
      if (!word.equals("dense")) {
        throw error("expected 'dense' or the number of students", word);
      }
      return parseDense();
    }
    int students = nextInt("the number of students", Integer.MAX_VALUE - 1);
    int places = nextInt("the number of places", Integer.MAX_VALUE);
    int edges = nextInt("the number of edges", Integer.MAX_VALUE - 8);
    checkHeader(students, places, edges);
    int[] capacity = new int[places];
    for (int p = 0; p < places; p++) {
      capacity[p] = nextInt("the capacity of place", p, Integer.MAX_VALUE);
    }
    int[] es = new int[edges];
    int[] ep = new int[edges];
    int[] ec = new int[edges];
    int[] rowStart = new int[students + 1];
    for (int e = 0; e < edges; e++) {
      int s = nextInt("the student of edge", e, students - 1);
      int p = nextInt("the place of edge", e, places - 1);
      int c = nextInt("the cost of edge", e, MAX_COST);
      es[e] = s;
      ep[e] = p;
      ec[e] = c;
      rowStart[s + 1]++;
    }
    expectEnd();
    for (int s = 0; s < students; s++) {
      rowStart[s + 1] += rowStart[s];
    }
    int[] fill = new int[students];
    System.arraycopy(rowStart, 0, fill, 0, students);
    int[] edgePlace = new int[edges];
    int[] edgeCost = new int[edges];
    int[] fileEdge = new int[edges];
    for (int e = 0; e < edges; e++) {
      int at = fill[es[e]]++;
      edgePlace[at] = ep[e];
      edgeCost[at] = ec[e];
      fileEdge[at] = e;
    }
    int[] mark = new int[places];
    for (int s = 0; s < students; s++) {
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        if (mark[edgePlace[e]] == s + 1) {
          throw new InstanceFormatException(name + ": the pair (student " + s + ", place "
              + edgePlace[e] + ") is listed twice (edge " + fileEdge[e] + " repeats it)."
              + "\nMaybe remove the duplicate edge.");
        }
        mark[edgePlace[e]] = s + 1;
      }
    }
    return new Instance(students, places, capacity, rowStart, edgePlace, edgeCost, fileEdge,
        false);
  }

  private static final int MAX_COST = 1_000_000;

  /**
   * The most students a header may announce: students need no bytes of their own (a student
   * without edges is allowed), so their number cannot be checked against the file; this bounds
   * the memory a header of a few bytes can make the reader take (an index of 4 bytes a student).
   */
  static final int MAX_STUDENTS = 50_000_000;

  /**
   * Checks the counts of the header against what the rest of the file can hold, before anything
   * is allocated: each capacity and each of the three numbers of an edge takes at least one digit
   * and one separator.
   */
  private void checkHeader(int students, int places, int edges) throws InstanceFormatException {
    if (students > MAX_STUDENTS) {
      throw new InstanceFormatException(name + " line " + line + ": the header announces "
          + students + " students, more than this reader takes (" + MAX_STUDENTS + ")."
          + "\nMaybe check the header (students, places, edges), or split the instance.");
    }
    long remaining = buf.length - at;
    long needed = 2L * places + 6L * edges - 1;
    if (needed > remaining) {
      throw new InstanceFormatException(name + " line " + line + ": the header announces "
          + places + " places and " + edges + " edges, which need at least " + needed
          + " more bytes, but the file has " + remaining + ".\nMaybe the file is truncated or"
          + " a count in the header is too large.");
    }
  }

  private void checkDense(int n) throws InstanceFormatException {
    long remaining = buf.length - at;
    long needed = 2L * n * n - 1;
    if (needed > remaining) {
      throw new InstanceFormatException(name + " line " + line + ": the header announces a"
          + " dense instance of " + n + " x " + n + " costs, which need at least " + needed
          + " more bytes, but the file has " + remaining + ".\nMaybe the file is truncated or"
          + " N is too large.");
    }
  }

  private Instance parseDense() throws InstanceFormatException {
    int n = nextInt("the size N of the dense instance", 46_340);
    checkDense(n);
    int edges = n * n;
    int[] capacity = new int[n];
    java.util.Arrays.fill(capacity, 1);
    int[] rowStart = new int[n + 1];
    int[] edgePlace = new int[edges];
    int[] edgeCost = new int[edges];
    int[] fileEdge = new int[edges];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = (i + 1) * n;
      for (int j = 0; j < n; j++) {
        int e = i * n + j;
        edgePlace[e] = j;
        fileEdge[e] = e;
        edgeCost[e] = nextDenseCost(i, j);
      }
    }
    expectEnd();
    return new Instance(n, n, capacity, rowStart, edgePlace, edgeCost, fileEdge, true);
  }

  private int nextDenseCost(int i, int j) throws InstanceFormatException {
    // fast path: digits then whitespace
    skipSpace();
    int v = 0;
    int start = at;
    byte[] b = buf;
    int k = at;
    while (k < b.length) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      v = v * 10 + d;
      k++;
      if (k - start > 7) {
        break;
      }
    }
    if (k > start && (k == b.length || isSpace(b[k])) && v <= MAX_COST) {
      at = k;
      return v;
    }
    return nextInt("the cost in row " + i + ", column " + j, MAX_COST);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  private void skipSpace() {
    byte[] b = buf;
    int k = at;
    while (k < b.length && isSpace(b[k])) {
      if (b[k] == '\n') {
        line++;
      }
      k++;
    }
    at = k;
  }

  private String token() {
    int start = at;
    while (at < buf.length && !isSpace(buf[at])) {
      at++;
    }
    // shown in messages: bytes as UTF-8 (bad ones replaced), escaped and cut
    String text = new String(buf, start, Math.min(at - start, 160), StandardCharsets.UTF_8);
    return SafeText.clean(text, 40);
  }

  private int nextInt(String what, int max) throws InstanceFormatException {
    return nextInt(what, -1, max);
  }

  /**
   * Reads an integer in 0..max; {@code what} and {@code index} (when not negative) name it in an
   * error, so that no message is built for the millions of numbers that are fine.
   */
  private int nextInt(String what, long index, int max) throws InstanceFormatException {
    skipSpace();
    if (at >= buf.length) {
      throw new InstanceFormatException(name + " line " + line + ": expected "
          + describe(what, index) + ", found the end of the file.\nMaybe the file is truncated"
          + " or a count in the header is too large.");
    }
    int start = at;
    long v = 0;
    byte[] b = buf;
    int k = at;
    while (k < b.length && !isSpace(b[k])) {
      int d = b[k] - '0';
      if (d < 0 || d > 9 || k - start > 11) {
        at = start;
        throw error(describe(what, index) + " (an integer 0.." + max + ")", token());
      }
      v = v * 10 + d;
      k++;
    }
    if (v > max) {
      at = start;
      throw error(describe(what, index) + " (an integer 0.." + max + ")", token());
    }
    at = k;
    return (int) v;
  }

  private static String describe(String what, long index) {
    return index < 0 ? what : what + " " + index;
  }

  private void expectEnd() throws InstanceFormatException {
    skipSpace();
    if (at < buf.length) {
      throw error("the end of the file", token());
    }
  }

  private InstanceFormatException error(String expected, String found) {
    return new InstanceFormatException(name + " line " + line + ": expected " + expected
        + ", found '" + found + "'.\nMaybe check the file against the format (header, one"
        + " capacity per place, then 'student place cost' per edge).");
  }
}
