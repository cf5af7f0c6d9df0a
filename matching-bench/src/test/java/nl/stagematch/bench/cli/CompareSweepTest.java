package nl.stagematch.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --shard i/N} and {@code compare merge}: the shards of a sweep merge into the same
 * {@code results.csv} bytes and the same aggregates as one run of the whole experiment.
 */
class CompareSweepTest {
  /** 2 replications x 3 contenders = 6 units: 3 shards of 2 units, two of them straddling. */
  private static final String[] EXPERIMENT = {"compare", "--generate", "students=300",
      "--variants", "v0-practice,school-placement,student-choice", "--replications", "2",
      "--seed", "11"};

  @TempDir static Path dir;
  static Path single;
  static List<Path> shards = new ArrayList<>();

  @BeforeAll
  static void runOnceAndInThreeShards() {
    single = dir.resolve("single");
    ValidateCommandTest.Run one = ValidateCommandTest.run(with("--threads", "2", "--out",
        single.toString()));
    assertEquals(0, one.exit(), one.err());
    for (int i = 1; i <= 3; i++) {
      Path shard = dir.resolve("shard-" + i);
      ValidateCommandTest.Run run = ValidateCommandTest.run(with("--threads", "1", "--shard",
          i + "/3", "--out", shard.toString()));
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("Shard " + i + "/3: wrote 2 of the 6 runs to " + shard),
          run.out());
      shards.add(shard);
    }
  }

  private static String[] with(String... more) {
    List<String> all = new ArrayList<>(List.of(EXPERIMENT));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  @Test
  void threeShardsMergeIntoTheBytesAndAggregatesOfOneRun() throws IOException {
    Path merged = dir.resolve("merged");
    // in another order than the shards' numbers: the order of the directories does not matter
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "merge",
        shards.get(2).toString(), shards.get(0).toString(), shards.get(1).toString(), "--out",
        merged.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Merged 3 shards."), run.out());
    byte[] expected = Files.readAllBytes(single.resolve("results.csv"));
    assertTrue(expected.length > 1000, "results.csv has " + expected.length + " bytes");
    assertArrayEquals(expected, Files.readAllBytes(merged.resolve("results.csv")));
    assertEquals(withoutRuntimes(single.resolve("summary.json")),
        withoutRuntimes(merged.resolve("summary.json")));
    assertEquals(Files.readString(single.resolve("timings.csv")).lines().count(),
        Files.readString(merged.resolve("timings.csv")).lines().count());
  }

  @Test
  void eachShardHoldsItsOwnBlockOfRuns() throws IOException {
    // units in the order replication, contender: shard 1 = r1 x {v0, V1}, shard 2 = r1 x V4 and
    // r2 x v0, shard 3 = r2 x {V1, V4}
    String[] expected = {"v0-practice,1|school-placement,1", "student-choice,1|v0-practice,2",
        "school-placement,2|student-choice,2"};
    for (int i = 0; i < 3; i++) {
      List<String> runs = new ArrayList<>();
      for (String line : Files.readAllLines(shards.get(i).resolve("timings.csv"))) {
        if (!line.startsWith("arm,")) {
          String[] f = line.split(",");
          runs.add(f[0] + "," + f[1]);
        }
      }
      assertEquals(expected[i], String.join("|", runs), "shard " + (i + 1));
    }
  }

  @Test
  void aMissingShardIsNamedAndNothingIsWritten() {
    Path out = dir.resolve("incomplete");
    ValidateCommandTest.Run run = ValidateCommandTest.run("compare", "merge",
        shards.get(0).toString(), shards.get(2).toString(), "--out", out.toString());
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.err().contains("error [MERGE_SHARD_MISSING]: Of the 3 shards these are"
        + " missing: 2."), run.err());
    assertTrue(!Files.exists(out.resolve("results.csv")));
  }

  @Test
  void aShardGivenTwiceOrOfAnotherExperimentOrNoShardIsRefused() throws IOException {
    ValidateCommandTest.Run twice = ValidateCommandTest.run("compare", "merge",
        shards.get(0).toString(), shards.get(1).toString(), shards.get(0).toString(), "--out",
        dir.resolve("x").toString());
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("error [MERGE_SHARD_TWICE]: Shard 1/3 is given twice"),
        twice.err());
    Path other = dir.resolve("other-seed");
    List<String> args = new ArrayList<>(List.of(EXPERIMENT));
    args.set(args.indexOf("11"), "12");
    args.addAll(List.of("--threads", "1", "--shard", "2/3", "--out", other.toString()));
    assertEquals(0, ValidateCommandTest.run(args.toArray(new String[0])).exit());
    ValidateCommandTest.Run mixed = ValidateCommandTest.run("compare", "merge",
        shards.get(0).toString(), other.toString(), shards.get(2).toString(), "--out",
        dir.resolve("y").toString());
    assertEquals(2, mixed.exit());
    assertTrue(mixed.err().contains("error [MERGE_OTHER_EXPERIMENT]: The shard in (" + other
        + ") belongs to another experiment"), mixed.err());
    ValidateCommandTest.Run none = ValidateCommandTest.run("compare", "merge",
        single.toString(), "--out", dir.resolve("z").toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("error [MERGE_NOT_A_SHARD]: The directory (" + single
        + ") holds no shard: shard.json is missing."), none.err());
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("shard.json"), "{\"format\":\"stagematch-compare-shard/1\","
        + "\"shard\":1,\"of\":1}");
    ValidateCommandTest.Run bad = ValidateCommandTest.run("compare", "merge", broken.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("error [MERGE_BAD_SHARD]:") && bad.err().contains("the field"
        + " cohort is missing"), bad.err());
  }

  @Test
  void aShardOutsideItsCountIsAUsageError() {
    ValidateCommandTest.Run run = ValidateCommandTest.run(with("--shard", "4/3"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("SHARD_RANGE") && run.err().contains("The shard 4/3 does not"
        + " exist"), run.err());
    ValidateCommandTest.Run form = ValidateCommandTest.run(with("--shard", "half"));
    assertEquals(2, form.exit());
    assertTrue(form.err().contains("The shard (half) must have the form i/N"), form.err());
  }

  /** The summary's JSON without the aggregates of the wall-clock times. */
  static JsonNode withoutRuntimes(Path summary) throws IOException {
    ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(summary.toFile());
    ArrayNode aggregates = (ArrayNode) doc.get("aggregates");
    for (Iterator<JsonNode> it = aggregates.elements(); it.hasNext(); ) {
      if (it.next().get("metric").asText().equals("runtime-ms")) {
        it.remove();
      }
    }
    assertTrue(aggregates.size() > 50, "aggregates: " + aggregates.size());
    return doc;
  }
}
