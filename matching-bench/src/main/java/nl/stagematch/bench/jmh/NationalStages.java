package nl.stagematch.bench.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import nl.stagematch.bench.gen.NationalCohortGenerator;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.format.ResultJson;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.StageTimes;
import nl.stagematch.variants.Variants;

/**
 * One cold match per variant on the national cohort, for peak memory and for a machine too busy
 * for JMH: generates the cohort of N students (seed 2025; its schools go to the variants that
 * divide places among schools), matches with seed 2025 and prints the wall-clock time, the CPU
 * time of the whole process during the match (all threads: compiler and garbage collector too;
 * on a shared machine steadier than the wall clock) and the wall-clock time of each stage of
 * {@link StageTimes#STAGES}, in seconds.
 *
 * <p>Run one JVM per variant and size, under {@code /usr/bin/time -v} for the peak RSS: {@code
 * java -Xmx2g -cp matching-bench/target/stagematch.jar nl.stagematch.bench.jmh.NationalStages
 * 150000 school-placement}. A third argument repeats the match (the later ones warm). With
 * {@code -Dstagematch.digest=true} it also prints the SHA-256 of each result document (written
 * after the match, not timed), to check that a change leaves the results byte for byte the same.
 */
public final class NationalStages {
  private NationalStages() {}

  private static String digest(StageTimes.Measured m) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        ResultJson.write(m.proposal().result(), out);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the matches.
   *
   * @param args students, variants (comma-separated), optionally the number of matches each
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long t0 = System.nanoTime();
    ResearchCohort cohort = NationalCohortGenerator.cohort(2025, n);
    System.out.printf(Locale.ROOT, "generate %.2fs%n", (System.nanoTime() - t0) / 1e9);
    int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String name : args[1].split(",")) {
      MatchingVariant variant = Variants.load().get(name);
      MatchRequest.Builder b = MatchRequest.builder(cohort.problem()).seed(2025);
      if (variant.has(Capability.MULTI_SCHOOL)) {
        b.schools(cohort.schools());
      }
      MatchRequest request = b.build();
      for (int k = 0; k < repeat; k++) {
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        StageTimes.Measured m = StageTimes.measure(variant, request);
        long wall = System.nanoTime() - start;
        cpu = os.getProcessCpuTime() - cpu;
        StringBuilder stages = new StringBuilder();
        m.nanos().forEach((stage, nanos) -> stages.append(String.format(Locale.ROOT, " %s=%.2f",
            stage, nanos / 1e9)));
        System.out.printf(Locale.ROOT, "%s wall=%.2fs cpu=%.2fs%s placed=%d%n", name, wall / 1e9,
            cpu / 1e9, stages, m.proposal().result().placements().size());
        if (Boolean.getBoolean("stagematch.digest")) {
          System.out.printf(Locale.ROOT, "%s sha256=%s%n", name, digest(m));
        }
      }
    }
  }
}
