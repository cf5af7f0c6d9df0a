package peers;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * OR-tools SimpleMinCostFlow (Java class MinCostFlow) on a b-matching network file (FORMAT.md):
 * source -> student (supply_s, 0), student -> place (1, c), place -> sink (cap_p, 0);
 * solveMaxFlowWithMinCost() gives the lexicographic optimum (max meetings K, then min cost C).
 *
 * <pre>
 * java -jar target/pair-selection-peers.jar [--warmup 2] [--reps 3] NETWORK
 * </pre>
 *
 * Prints: solver=ortools-mcf instance=.. assigned=K cost=C solve_ms=.. load_ms=.. runs=..
 * measured=.. solve_ms_min=.. solve_ms_max=.. build_ms=.. valid=1. Each solve includes building
 * OR-tools' graph from the parsed arrays, not parsing. The flow is checked against the file
 * (supplies, capacities, unit pairs) and K, C are recomputed from it.
 */
public final class BMatchingOrtools {
  int students;
  int places;
  int edges;
  int[] cap;
  int[] supply;
  int[] es;
  int[] ep;
  int[] ec;

  public static void main(String[] args) throws IOException {
    int warmup = 2;
    int reps = 3;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--reps": reps = Integer.parseInt(args[++i]); break;
        default:
          if (args[i].startsWith("--")) usage("unknown option " + args[i]);
          file = args[i];
      }
    }
    if (file == null) usage("need a network file");
    Loader.loadNativeLibraries();
    long l0 = System.nanoTime();
    BMatchingOrtools net = read(Path.of(file));
    double loadMs = (System.nanoTime() - l0) / 1e6;
    List<Double> times = new ArrayList<>();
    List<Double> builds = new ArrayList<>();
    long[] kc = null;
    for (int r = 0; r < warmup + reps; r++) {
      System.gc();
      long t0 = System.nanoTime();
      long[] out = new long[3];
      byte[] flow = net.solve(out);
      times.add((System.nanoTime() - t0) / 1e6);
      builds.add(out[2] / 1e6);
      kc = net.check(flow);
    }
    List<Double> m = times.subList(warmup, times.size());
    List<Double> mb = builds.subList(warmup, builds.size());
    System.out.println(String.format(Locale.ROOT,
        "solver=ortools-mcf instance=%s assigned=%d cost=%d solve_ms=%.1f load_ms=%.1f runs=%d"
            + " measured=%d solve_ms_min=%.1f solve_ms_max=%.1f build_ms=%.1f valid=1",
        Path.of(file).getFileName(), kc[0], kc[1], median(m), loadMs, times.size(), m.size(),
        m.stream().mapToDouble(x -> x).min().getAsDouble(),
        m.stream().mapToDouble(x -> x).max().getAsDouble(), median(mb)));
  }

  /** Solves; returns the flow per pair (0/1); out = {flow, cost, build ns}. */
  byte[] solve(long[] out) {
    long t0 = System.nanoTime();
    int src = students + places;
    int snk = src + 1;
    MinCostFlow f = new MinCostFlow(students + places + 2, edges + students + places);
    try {
      // arc index == pair index for the first E arcs
      for (int e = 0; e < edges; e++) {
        f.addArcWithCapacityAndUnitCost(es[e], students + ep[e], 1, ec[e]);
      }
      long total = 0;
      for (int s = 0; s < students; s++) {
        f.addArcWithCapacityAndUnitCost(src, s, supply[s], 0);
        total += supply[s];
      }
      for (int p = 0; p < places; p++) {
        f.addArcWithCapacityAndUnitCost(students + p, snk, cap[p], 0);
      }
      f.setNodeSupply(src, total);
      f.setNodeSupply(snk, -total);
      out[2] = System.nanoTime() - t0;
      MinCostFlowBase.Status st = f.solveMaxFlowWithMinCost();
      if (st != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("MCF status " + st);
      }
      byte[] flow = new byte[edges];
      for (int e = 0; e < edges; e++) {
        long x = f.getFlow(e);
        if (x < 0 || x > 1) {
          throw new IllegalStateException("pair " + e + " carries flow " + x);
        }
        flow[e] = (byte) x;
      }
      out[0] = f.getMaximumFlow();
      out[1] = f.getOptimalCost();
      return flow;
    } finally {
      f.delete();
    }
  }

  /** Checks the flow against the file and recomputes {K, C}. */
  long[] check(byte[] flow) {
    int[] atStudent = new int[students];
    int[] atPlace = new int[places];
    long k = 0;
    long c = 0;
    for (int e = 0; e < edges; e++) {
      if (flow[e] == 0) continue;
      if (++atStudent[es[e]] > supply[es[e]]) fail("student " + es[e] + " over its supply");
      if (++atPlace[ep[e]] > cap[ep[e]]) fail("place " + ep[e] + " over its capacity");
      k++;
      c += ec[e];
    }
    return new long[] {k, c};
  }

  static BMatchingOrtools read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Tokens t = new Tokens(in);
      if (!"bmatching".equals(t.word())) fail("not a b-matching network (header 'bmatching S P E')");
      BMatchingOrtools n = new BMatchingOrtools();
      n.students = t.integer();
      n.places = t.integer();
      n.edges = t.integer();
      n.cap = new int[n.places];
      n.supply = new int[n.students];
      n.es = new int[n.edges];
      n.ep = new int[n.edges];
      n.ec = new int[n.edges];
      for (int p = 0; p < n.places; p++) n.cap[p] = t.integer();
      for (int s = 0; s < n.students; s++) n.supply[s] = t.integer();
      for (int e = 0; e < n.edges; e++) {
        n.es[e] = t.integer();
        n.ep[e] = t.integer();
        n.ec[e] = t.integer();
        if (n.es[e] >= n.students || n.ep[e] >= n.places) fail("pair " + e + " out of range");
      }
      return n;
    }
  }

  /** Whitespace-separated tokens of a byte stream (ASCII). */
  static final class Tokens {
    private final InputStream in;

    Tokens(InputStream in) {
      this.in = in;
    }

    String word() throws IOException {
      StringBuilder b = new StringBuilder();
      int c = skip();
      while (c > ' ') {
        b.append((char) c);
        c = in.read();
      }
      return b.toString();
    }

    int integer() throws IOException {
      int c = skip();
      if (c < '0' || c > '9') fail("expected a number");
      long v = 0;
      while (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        if (v > Integer.MAX_VALUE) fail("number too large");
        c = in.read();
      }
      return (int) v;
    }

    private int skip() throws IOException {
      int c = in.read();
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
      if (c < 0) fail("the file ends early");
      return c;
    }
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(x -> x).toArray();
    Arrays.sort(a);
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  static void fail(String msg) {
    System.out.println("INVALID: " + msg);
    System.err.println("INVALID: " + msg);
    System.exit(2);
  }

  static void usage(String msg) {
    System.err.println(msg);
    System.err.println("usage: java -jar pair-selection-peers.jar [--warmup 2] [--reps 3] NETWORK");
    System.exit(64);
  }
}
