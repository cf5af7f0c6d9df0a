package nl.stagematch.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.stagematch.bench.cli.Main;
import nl.stagematch.bench.research.Sweep;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * A {@code compare} sweep on Apache Spark: one task per replication. Task r runs {@code stagematch
 * compare OPTIONS --shard r/R} (shard r of R is exactly replication r, see {@link
 * nl.stagematch.bench.research.Shard}) and returns its {@code shard.json}; the driver writes the R
 * shards under {@code OUT/shards} and merges them with {@code compare merge} into {@code OUT}:
 * the same {@code results.csv}, byte for byte, and the same aggregates as one run of {@code
 * compare OPTIONS} on one machine. Each task generates its own cohort from its seed, so only the
 * options travel to the executors and a few hundred kilobytes of measures come back.
 *
 * <p>Usage: {@code spark-submit --class nl.stagematch.spark.SparkSweep matching-spark.jar OUT
 * COMPARE-OPTIONS...}, for example {@code OUT --generate students=10000 --replications 200}. A
 * task runs with {@code --threads 1} unless the options say otherwise (give Spark one core per
 * task). The job fails when any task's command fails, with that task's error output.
 */
public final class SparkSweep {
  private SparkSweep() {}

  /** Runs the sweep on the active (or a new) Spark session; see the class documentation. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("Usage: SparkSweep OUT COMPARE-OPTIONS...  (docs/research.md)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("stagematch-sweep").getOrCreate();
    try {
      List<String> options = List.of(args).subList(1, args.length);
      System.exit(run(spark, Path.of(args[0]), options, System.out, System.err));
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the sweep of {@code compare options} on {@code spark}, one task per replication, and
   * writes the merged report into {@code out}; returns the exit code of the merge (0 on success).
   *
   * @throws IllegalStateException naming the replication and its error output if a task fails
   */
  public static int run(SparkSession spark, Path out, List<String> options, PrintStream log,
      PrintStream err) throws IOException {
    int replications = replications(options);
    List<Integer> tasks = new ArrayList<>();
    for (int r = 1; r <= replications; r++) {
      tasks.add(r);
    }
    ArrayList<String> shipped = new ArrayList<>(options);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> manifests = context.parallelize(tasks, replications)
        .map(r -> shard(shipped, r, replications)).collect();
    Path shards = out.resolve("shards");
    List<String> merge = new ArrayList<>(List.of("compare", "merge"));
    for (int r = 1; r <= replications; r++) {
      Path dir = shards.resolve(String.format("shard-%06d", r));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(Sweep.MANIFEST), manifests.get(r - 1),
          StandardCharsets.UTF_8);
      merge.add(dir.toString());
    }
    merge.add("--out");
    merge.add(out.toString());
    int lang = options.indexOf("--lang");
    if (lang >= 0 && lang + 1 < options.size()) {
      merge.addAll(options.subList(lang, lang + 2));
    }
    return Main.run(merge.toArray(new String[0]), log, err);
  }

  /** The number of replications the options ask for (the default of compare, 5, if none). */
  static int replications(List<String> options) {
    int replications = 5;
    for (int i = 0; i + 1 < options.size(); i++) {
      if (options.get(i).equals("--replications")) {
        replications = Integer.parseInt(options.get(i + 1).strip());
      }
    }
    if (replications < 1) {
      throw new IllegalArgumentException("The number of replications (" + replications
          + ") must be at least 1.");
    }
    return replications;
  }

  /** Task r: runs shard r of R in a scratch directory and returns its manifest. */
  static String shard(List<String> options, int r, int replications) throws IOException {
    Path dir = Files.createTempDirectory("stagematch-shard-");
    try {
      List<String> args = new ArrayList<>(List.of("compare", "--threads", "1"));
      args.addAll(options);
      args.addAll(List.of("--shard", r + "/" + replications, "--out", dir.toString()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit;
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        exit = Main.run(args.toArray(new String[0]), o, e);
      }
      if (exit != 0) {
        throw new IllegalStateException("Replication " + r + " of " + replications + " failed"
            + " (exit " + exit + "): " + err.toString(StandardCharsets.UTF_8));
      }
      return Files.readString(dir.resolve(Sweep.MANIFEST), StandardCharsets.UTF_8);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }
}
