package nl.stagematch.bench.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;

/**
 * Sweeps in parts: a shard of an experiment (see {@link Shard}) is written to a directory of its
 * own, and the directories of all shards are merged into the records of the whole experiment, so
 * that {@link ComparisonReport} writes the same {@code results.csv}, byte for byte, and the same
 * aggregates as one run of the whole experiment (only the wall-clock times differ, as between any
 * two runs).
 *
 * <p>A shard directory holds {@code shard.json} ({@value #FORMAT}: the experiment's cohort,
 * replications, seed and contenders, the shard, and every run's measures with their exact values)
 * and, for people, the shard's own {@code results.csv} and {@code timings.csv}. Values are written
 * with {@link Double#toString(double)}, which reads back to the same double, so that the merged
 * means and intervals equal those of one run.
 */
public final class Sweep {
  /** The format of {@code shard.json}. */
  public static final String FORMAT = "stagematch-compare-shard/1";
  /** The name of the manifest in a shard directory. */
  public static final String MANIFEST = "shard.json";

  private Sweep() {}

  /**
   * The merged experiment: the contenders (by name and description only: they cannot run), the
   * cohort's description, the replications and seed, and the records of every shard in the order
   * of one run.
   *
   * @param experiment the experiment as recorded in the shards
   * @param records the records of all shards, by replication, then contender
   */
  public record Merged(Experiment experiment, List<RunRecord> records) {

    /** Copies. */
    public Merged {
      Objects.requireNonNull(experiment, "experiment");
      records = List.copyOf(records);
    }
  }

  /**
   * Writes the shard {@code shard} of {@code experiment}, whose runs are {@code records}, into
   * {@code dir}: {@code shard.json}, {@code results.csv} and {@code timings.csv}, all or none.
   */
  public static void writeShard(Path dir, Experiment experiment, Shard shard,
      List<RunRecord> records) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("shard", shard.index());
    doc.put("of", shard.count());
    doc.putAll(experimentFields(experiment));
    long units = (long) experiment.replications() * experiment.arms().size();
    doc.put("units", units);
    doc.put("firstUnit", shard.first(units));
    doc.put("endUnit", shard.end(units));
    List<Map<String, Object>> runs = new ArrayList<>();
    for (RunRecord r : records) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("arm", r.arm());
      run.put("replication", r.replication());
      run.put("seed", r.seed());
      run.put("cohort", r.cohort());
      run.put("nanos", r.nanos());
      List<List<String>> measures = new ArrayList<>();
      for (Measure m : r.measures()) {
        measures.add(List.of(m.metric(), m.group(), Double.toString(m.value())));
      }
      run.put("measures", measures);
      runs.add(run);
    }
    doc.put("runs", runs);
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(doc) + "\n";
    ComparisonReport partial = new ComparisonReport(experiment, records);
    Files.createDirectories(dir);
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      add(batch, dir.resolve(MANIFEST), json);
      add(batch, dir.resolve("results.csv"), partial.resultsCsv());
      add(batch, dir.resolve("timings.csv"), partial.timingsCsv());
      batch.commit();
    }
  }

  private static Map<String, Object> experimentFields(Experiment experiment) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("cohort", experiment.source().describe());
    doc.put("cohortNl", experiment.source().describe(Message.DUTCH));
    doc.put("replications", experiment.replications());
    doc.put("seed", experiment.seed());
    List<Map<String, Object>> arms = new ArrayList<>();
    for (Arm a : experiment.arms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", a.name());
      m.put("description", a.description());
      arms.add(m);
    }
    doc.put("arms", arms);
    return doc;
  }

  private static void add(AtomicFiles.Batch batch, Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    batch.add(file, o -> o.write(bytes));
  }

  /** One shard as read back. */
  private record Part(Path dir, int index, int count, JsonNode experiment, List<RunRecord> runs) {}

  /**
   * Reads the shard directories {@code dirs} and merges them. Every shard 1..N of one experiment
   * must be there exactly once (in any order).
   *
   * @throws ResearchOptionException (coded, naming the directory) if a directory holds no shard,
   *     a shard is unreadable, belongs to another experiment, is given twice or is missing
   * @throws IOException if a file cannot be read
   */
  public static Merged merge(List<Path> dirs) throws IOException {
    if (dirs.isEmpty()) {
      throw new ResearchOptionException(ResearchMessage.MERGE_NOTHING);
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<Integer, Part> parts = new TreeMap<>();
    Part first = null;
    for (Path dir : dirs) {
      Part part = read(mapper, dir);
      if (first == null) {
        first = part;
      } else if (part.count() != first.count() || !part.experiment().equals(first.experiment())) {
        throw new ResearchOptionException(ResearchMessage.MERGE_OTHER_EXPERIMENT, dir,
            first.dir());
      }
      Part earlier = parts.put(part.index(), part);
      if (earlier != null) {
        throw new ResearchOptionException(ResearchMessage.MERGE_SHARD_TWICE, part.index(),
            part.count(), earlier.dir(), dir);
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= first.count(); i++) {
      if (!parts.containsKey(i)) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      throw new ResearchOptionException(ResearchMessage.MERGE_SHARD_MISSING, first.count(),
          missingText(missing), first.count());
    }
    JsonNode e = first.experiment();
    List<Arm> arms = new ArrayList<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    for (JsonNode a : e.get("arms")) {
      order.put(a.get("name").asText(), arms.size());
      arms.add(new RecordedArm(a.get("name").asText(), a.get("description").asText()));
    }
    List<RunRecord> records = new ArrayList<>();
    for (Part p : parts.values()) {
      records.addAll(p.runs());
    }
    records.sort(Comparator.comparingInt(RunRecord::replication)
        .thenComparingInt(r -> order.getOrDefault(r.arm(), Integer.MAX_VALUE)));
    int replications = e.get("replications").asInt();
    if (records.size() != (long) replications * arms.size()) {
      throw new ResearchOptionException(ResearchMessage.MERGE_BAD_SHARD, first.dir(),
          "runs: " + records.size() + " != " + replications + " x " + arms.size());
    }
    for (int k = 0; k < records.size(); k++) {
      RunRecord r = records.get(k);
      if (r.replication() != k / arms.size() + 1
          || !r.arm().equals(arms.get(k % arms.size()).name())) {
        throw new ResearchOptionException(ResearchMessage.MERGE_BAD_SHARD, first.dir(),
            "run " + SafeText.clean(r.arm()) + " of replication " + r.replication());
      }
    }
    String cohort = e.get("cohort").asText();
    String cohortNl = e.get("cohortNl").asText();
    CohortSource source = new CohortSource() {
      @Override
      public ResearchCohort cohort(long replicationSeed) {
        throw new IllegalStateException("A merged experiment cannot run again: " + cohort);
      }

      @Override
      public String describe() {
        return cohort;
      }

      @Override
      public String describe(Locale locale) {
        return Message.isDutch(locale) ? cohortNl : cohort;
      }
    };
    return new Merged(new Experiment(arms, source, replications, e.get("seed").asLong()),
        records);
  }

  private static String missingText(List<Integer> missing) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < missing.size() && k < 20; k++) {
      sb.append(k == 0 ? "" : ", ").append(missing.get(k));
    }
    if (missing.size() > 20) {
      sb.append(", ...");
    }
    return sb.toString();
  }

  private static Part read(ObjectMapper mapper, Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST);
    JsonNode doc;
    try {
      doc = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ResearchOptionException(ResearchMessage.MERGE_NOT_A_SHARD, dir, MANIFEST);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ResearchOptionException(ResearchMessage.MERGE_BAD_SHARD, file,
          SafeText.clean(e.getOriginalMessage()));
    }
    try {
      if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
        throw new IllegalArgumentException("format is not " + FORMAT);
      }
      int index = need(doc, "shard").asInt();
      int count = need(doc, "of").asInt();
      new Shard(index, count);
      Map<String, Object> fields = new LinkedHashMap<>();
      for (String k : List.of("cohort", "cohortNl", "replications", "seed", "arms")) {
        fields.put(k, need(doc, k));
      }
      JsonNode experiment = mapper.valueToTree(fields);
      List<RunRecord> runs = new ArrayList<>();
      for (JsonNode run : need(doc, "runs")) {
        List<Measure> measures = new ArrayList<>();
        for (JsonNode m : need(run, "measures")) {
          if (m.size() != 3) {
            throw new IllegalArgumentException("a measure is not [metric, group, value]");
          }
          measures.add(new Measure(m.get(0).asText(), m.get(1).asText(),
              Double.parseDouble(m.get(2).asText())));
        }
        runs.add(new RunRecord(need(run, "arm").asText(), need(run, "replication").asInt(),
            need(run, "seed").asLong(), need(run, "cohort").asText(), measures,
            need(run, "nanos").asLong()));
      }
      return new Part(dir, index, count, experiment, runs);
    } catch (IllegalArgumentException e) {
      if (e instanceof ResearchOptionException) {
        throw e;
      }
      throw new ResearchOptionException(ResearchMessage.MERGE_BAD_SHARD, file,
          SafeText.clean(e.getMessage()));
    }
  }

  private static JsonNode need(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("the field " + field + " is missing");
    }
    return v;
  }

  /** A contender as recorded in a shard: its name and description; it cannot run. */
  private static final class RecordedArm implements Arm {
    private final String name;
    private final String description;

    RecordedArm(String name, String description) {
      this.name = name;
      this.description = description;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public ArmRun run(ResearchCohort cohort, long seed) {
      throw new IllegalStateException("The contender " + name + " was read from a shard and"
          + " cannot run.");
    }
  }
}
