package nl.stagematch.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.bench.cli.Main;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep on Spark in local[2] writes the bytes of one run on one machine. */
class SparkSweepTest {
  private static final List<String> OPTIONS = List.of("--generate", "students=300", "--variants",
      "v0-practice,school-placement,student-choice", "--replications", "3", "--seed", "41");

  @TempDir Path dir;

  @Test
  void theSparkRunEqualsTheLocalRunByteForByte() throws IOException {
    Path local = dir.resolve("local");
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(OPTIONS);
    args.addAll(List.of("--threads", "2", "--out", local.toString()));
    ByteArrayOutputStream localOut = new ByteArrayOutputStream();
    assertEquals(0, Main.run(args.toArray(new String[0]), new PrintStream(localOut, true,
        StandardCharsets.UTF_8), System.err));

    Path spark = dir.resolve("spark");
    SparkSession session = SparkSession.builder().master("local[2]").appName("sweep-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    ByteArrayOutputStream sparkOut = new ByteArrayOutputStream();
    int exit;
    try {
      exit = SparkSweep.run(session, spark, OPTIONS, new PrintStream(sparkOut, true,
          StandardCharsets.UTF_8), System.err);
    } finally {
      session.stop();
    }
    assertEquals(0, exit, sparkOut.toString(StandardCharsets.UTF_8));
    byte[] expected = Files.readAllBytes(local.resolve("results.csv"));
    assertTrue(expected.length > 5000, "results.csv: " + expected.length + " bytes");
    assertArrayEquals(expected, Files.readAllBytes(spark.resolve("results.csv")));
    assertTrue(Files.exists(spark.resolve("shards/shard-000003/shard.json")));
    // the command line's default language is Dutch
    assertTrue(sparkOut.toString(StandardCharsets.UTF_8).contains("3 shards samengevoegd."),
        sparkOut.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheReplicationsOfTheOptions() {
    assertEquals(5, SparkSweep.replications(List.of("--generate", "students=10")));
    assertEquals(12, SparkSweep.replications(List.of("--replications", "12", "--seed", "1")));
  }
}
