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
        throw error(Part.DENSE_OR_STUDENTS, -1, 0, word);
      }
      return parseDense();
    }
    int students = nextInt(Part.STUDENTS, Integer.MAX_VALUE - 1);
    int places = nextInt(Part.PLACES, Integer.MAX_VALUE);
    int edges = nextInt(Part.EDGES, Integer.MAX_VALUE - 8);
    checkHeader(students, places, edges);
    int[] capacity = new int[places];
    for (int p = 0; p < places; p++) {
      capacity[p] = nextInt(Part.CAPACITY, p, Integer.MAX_VALUE);
    }
    int[] es = new int[edges];
    int[] ep = new int[edges];
    int[] ec = new int[edges];
    int[] rowStart = new int[students + 1];
    for (int e = 0; e < edges; e++) {
      int s = nextInt(Part.EDGE_STUDENT, e, students - 1);
      int p = nextInt(Part.EDGE_PLACE, e, places - 1);
      int c = nextInt(Part.EDGE_COST, e, MAX_COST);
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
          throw new InstanceFormatException(InstanceMessage.INSTANCE_DUPLICATE_PAIR, "", "",
              name, s, edgePlace[e], fileEdge[e]);
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
      throw InstanceFormatException.of(InstanceMessage.INSTANCE_TOO_MANY_STUDENTS, name, line,
          students, MAX_STUDENTS);
    }
    long remaining = buf.length - at;
    long needed = 2L * places + 6L * edges - 1;
    if (needed > remaining) {
      throw InstanceFormatException.of(InstanceMessage.INSTANCE_HEADER_TOO_LARGE, name, line,
          places, edges, needed, remaining);
    }
  }

  private void checkDense(int n) throws InstanceFormatException {
    long remaining = buf.length - at;
    long needed = 2L * n * n - 1;
    if (needed > remaining) {
      throw InstanceFormatException.of(InstanceMessage.INSTANCE_DENSE_TOO_LARGE, name, line, n,
          needed, remaining);
    }
  }

  private Instance parseDense() throws InstanceFormatException {
    int n = nextInt(Part.DENSE_SIZE, 46_340);
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
    return nextInt(Part.DENSE_COST, (long) i * Integer.MAX_VALUE + j, MAX_COST);
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

  private int nextInt(Part what, int max) throws InstanceFormatException {
    return nextInt(what, -1, max);
  }

  /**
   * Reads an integer in 0..max; {@code what} and {@code index} (when not negative) name it in an
   * error, so that no message is built for the millions of numbers that are fine.
   */
  private int nextInt(Part what, long index, int max) throws InstanceFormatException {
    skipSpace();
    if (at >= buf.length) {
      throw new InstanceFormatException(InstanceMessage.INSTANCE_TRUNCATED,
          what.text(true, index, max), what.text(false, index, max), name, line);
    }
    int start = at;
    long v = 0;
    byte[] b = buf;
    int k = at;
    while (k < b.length && !isSpace(b[k])) {
      int d = b[k] - '0';
      if (d < 0 || d > 9 || k - start > 11) {
        at = start;
        throw error(what, index, max, token());
      }
      v = v * 10 + d;
      k++;
    }
    if (v > max) {
      at = start;
      throw error(what, index, max, token());
    }
    at = k;
    return (int) v;
  }


  private void expectEnd() throws InstanceFormatException {
    skipSpace();
    if (at < buf.length) {
      throw error(Part.END, -1, 0, token());
    }
  }

  private InstanceFormatException error(Part expected, long index, int max, String found) {
    return new InstanceFormatException(InstanceMessage.INSTANCE_UNEXPECTED_TOKEN,
        expected.text(true, index, max), expected.text(false, index, max), name, line, found);
  }

  /**
   * What the reader expects, in Dutch and English; {@code %1$d} is the index (of the place, the
   * edge, or for a dense cost row * {@link Integer#MAX_VALUE} + column), {@code %2$d} the largest
   * value allowed.
   */
  private enum Part {
    DENSE_OR_STUDENTS("'dense' of het aantal studenten", "'dense' or the number of students"),
    STUDENTS("het aantal studenten (een geheel getal 0..%2$d)",
        "the number of students (an integer 0..%2$d)"),
    PLACES("het aantal plaatsen (een geheel getal 0..%2$d)",
        "the number of places (an integer 0..%2$d)"),
    EDGES("het aantal kanten (een geheel getal 0..%2$d)",
        "the number of edges (an integer 0..%2$d)"),
    CAPACITY("de capaciteit van plaats %1$d (een geheel getal 0..%2$d)",
        "the capacity of place %1$d (an integer 0..%2$d)"),
    EDGE_STUDENT("de student van kant %1$d (een geheel getal 0..%2$d)",
        "the student of edge %1$d (an integer 0..%2$d)"),
    EDGE_PLACE("de plaats van kant %1$d (een geheel getal 0..%2$d)",
        "the place of edge %1$d (an integer 0..%2$d)"),
    EDGE_COST("de kosten van kant %1$d (een geheel getal 0..%2$d)",
        "the cost of edge %1$d (an integer 0..%2$d)"),
    DENSE_SIZE("de grootte N van de dichte instantie (een geheel getal 0..%2$d)",
        "the size N of the dense instance (an integer 0..%2$d)"),
    DENSE_COST("de kosten in rij %3$d, kolom %4$d (een geheel getal 0..%2$d)",
        "the cost in row %3$d, column %4$d (an integer 0..%2$d)"),
    END("het einde van het bestand", "the end of the file");

    private final String dutch;
    private final String english;

    Part(String dutch, String english) {
      this.dutch = dutch;
      this.english = english;
    }

    String text(boolean inDutch, long index, int max) {
      return String.format(java.util.Locale.ROOT, inDutch ? dutch : english, index, max,
          index / Integer.MAX_VALUE, index % Integer.MAX_VALUE);
    }
  }
}
