package nl.stagematch.bench.gen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.PairSelection;
import nl.stagematch.core.solver.PairSelectionResult;

/**
 * The min-cost flow network of two-by-two pair selection (V2 stage 1, {@link PairSelection}) as a
 * text file, so that a peer solver outside the project (OR-tools' min-cost flow in {@code
 * matching-bench/peers/}) solves the very network the project solves. Format ({@code
 * matching-bench/peers/FORMAT.md}): the general form of the shared assignment benchmark with a
 * supply per student,
 *
 * <pre>
 * bmatching S P E
 * cap_0 ... cap_{P-1}         one per line: 2 x the place's seats (meetings it can hold)
 * supply_0 ... supply_{S-1}   one per line: 2 (meetings per student)
 * s p c                       E lines: admissible pair, cost MAX_FIT - fit (0..1,000,000)
 * </pre>
 *
 * <p>The optimum is lexicographic: first the largest number of meetings {@code K} (flow), then the
 * smallest total cost {@code C}; {@code C = MAX_FIT K - totalFit} of {@link PairSelection}'s result.
 *
 * <p>{@code java -cp stagematch.jar nl.stagematch.bench.gen.BMatchingNetwork STUDENTS FILE [PAIRS
 * [SEED]]} generates {@link PreferenceInstanceGenerator#admissiblePairs(int, int, long)} (the
 * instance of {@code PairSelectionBenchmark}, default 10 pairs per student, seed 42), writes its
 * network to {@code FILE}, then selects the meetings {@code PEERS_WARMUP + PEERS_REPS} times (2 +
 * 3 by default) and prints one line in the shared harness format ({@code assigned=K cost=C
 * solve_ms=median ...}); a developer tool for the side-by-side run of {@code
 * matching-bench/peers/run-pair-selection.sh}.
 */
public final class BMatchingNetwork {
  private BMatchingNetwork() {}

  /** Writes the network of {@code pairs} (input order of students, places and pairs). */
  public static void write(AdmissiblePairs pairs, OutputStream stream) throws IOException {
    int s = pairs.studentCount();
    int p = pairs.placeCount();
    OutputStream out = new BufferedOutputStream(stream, 1 << 16);
    StringBuilder line = new StringBuilder(64);
    line.append("bmatching ").append(s).append(' ').append(p).append(' ')
        .append(pairs.pairCount()).append('\n');
    for (int j = 0; j < p; j++) {
      line.append((long) PairSelection.MEETINGS_PER_SIDE * pairs.capacity(j)).append('\n');
      flush(line, out, false);
    }
    for (int i = 0; i < s; i++) {
      line.append(PairSelection.MEETINGS_PER_SIDE).append('\n');
      flush(line, out, false);
    }
    for (int i = 0; i < s; i++) {
      for (int k = pairs.pairStart(i); k < pairs.pairEnd(i); k++) {
        line.append(i).append(' ').append(pairs.placeAt(k)).append(' ')
            .append(AdmissiblePairs.MAX_FIT - pairs.fitAt(k)).append('\n');
        flush(line, out, false);
      }
    }
    flush(line, out, true);
    out.flush();
  }

  private static void flush(StringBuilder line, OutputStream out, boolean all)
      throws IOException {
    if (all || line.length() > 8192) {
      for (int i = 0; i < line.length(); i++) {
        out.write(line.charAt(i));
      }
      line.setLength(0);
    }
  }

  /** The optimum {@code (K, C)} of the network, read from a pair selection of its pairs. */
  public static long[] optimum(PairSelectionResult result) {
    long k = result.meetingCount();
    return new long[] {k, k * AdmissiblePairs.MAX_FIT - result.totalFit()};
  }

  /**
   * Generates, exports and solves; see the class documentation.
   *
   * @param args {@code STUDENTS FILE [PAIRS [SEED]]}
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 4) {
      throw new IllegalArgumentException("Expected STUDENTS FILE [PAIRS [SEED]], got "
          + Arrays.toString(args) + ".");
    }
    int students = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    int perStudent = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    int warmup = env("PEERS_WARMUP", 2);
    int reps = env("PEERS_REPS", 3);
    AdmissiblePairs pairs = PreferenceInstanceGenerator.admissiblePairs(students, perStudent, seed);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(pairs, out);
    }
    Lottery lottery = Lottery.withSeed(seed);
    List<Double> times = new ArrayList<>();
    PairSelectionResult last = null;
    for (int r = 0; r < warmup + reps; r++) {
      System.gc();
      long t0 = System.nanoTime();
      last = PairSelection.select(pairs, lottery);
      times.add((System.nanoTime() - t0) / 1e6);
    }
    List<Double> measured = new ArrayList<>(times.subList(warmup, times.size()));
    measured.sort(null);
    int n = measured.size();
    double median = n % 2 == 1 ? measured.get(n / 2)
        : (measured.get(n / 2 - 1) + measured.get(n / 2)) / 2;
    long[] kc = optimum(last);
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.println(String.format(Locale.ROOT,
        "solver=stagematch-pairs instance=%s assigned=%d cost=%d solve_ms=%.1f runs=%d"
            + " measured=%d solve_ms_min=%.1f solve_ms_max=%.1f",
        file.getFileName(), kc[0], kc[1], median, times.size(), n, measured.get(0),
        measured.get(n - 1)));
  }

  private static int env(String name, int fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
  }
}
