package nl.stagematch.bench.research;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stagematch.core.model.Message;

/**
 * Runs an {@link Experiment}: replication by replication, the cohort is made once and every
 * contender runs on it, the contenders in parallel on a pool of threads. The records come back in
 * a fixed order (replication, then contender), so that any number of threads gives the same
 * numbers.
 */
public final class ExperimentRunner {
  private final int threads;
  private final PrintStream log;
  private final boolean progress;
  private final boolean dutch;

  /**
   * A runner on {@code threads} threads (at least 1) that prints each replication's seed to
   * {@code log} and, if {@code progress}, a progress bar to {@code log} updated in place.
   */
  public ExperimentRunner(int threads, PrintStream log, boolean progress) {
    this(threads, log, progress, Locale.ENGLISH);
  }

  /** {@link #ExperimentRunner(int, PrintStream, boolean)} with its lines in Dutch or English. */
  public ExperimentRunner(int threads, PrintStream log, boolean progress, Locale locale) {
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("The number of threads (" + threads
          + ") must be between 1 and 1024.\nMaybe use "
          + Runtime.getRuntime().availableProcessors() + ", the number of cores.");
    }
    this.threads = threads;
    this.log = log;
    this.progress = progress;
    this.dutch = Message.isDutch(locale);
  }

  /** Runs the experiment; the records in order of replication, then contender. */
  public List<RunRecord> run(Experiment experiment) {
    return run(experiment, Shard.ALL);
  }

  /**
   * Runs the units of {@code shard} only (see {@link Shard}); the records in order of
   * replication, then contender. A replication none of whose units is in the shard is skipped,
   * its cohort not even made. The records of all shards together are those of {@link
   * #run(Experiment)}, with the same numbers.
   */
  public List<RunRecord> run(Experiment experiment, Shard shard) {
    List<RunRecord> records = new ArrayList<>();
    int arms = experiment.arms().size();
    long units = (long) experiment.replications() * arms;
    int tasks = (int) (shard.end(units) - shard.first(units));
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "stagematch-compare");
      t.setDaemon(true);
      return t;
    });
    if (progress) {
      log.printf(Locale.ROOT, dutch
          ? "%d replicaties, seeds %d tot en met %d (replicatie r heeft seed %d + r - 1)%n"
          : "%d replications, seeds %d to %d (replication r has seed %d + r - 1)%n",
          experiment.replications(), experiment.seedOf(0),
          experiment.seedOf(experiment.replications() - 1), experiment.seed());
    }
    try {
      for (int r = 0; r < experiment.replications(); r++) {
        if (shard.end(units) <= (long) r * arms || shard.first(units) >= (long) (r + 1) * arms) {
          continue;
        }
        long seed = experiment.seedOf(r);
        ResearchCohort cohort = experiment.source().cohort(seed);
        if (!progress) {
          log.printf(dutch ? Message.DUTCH : Locale.ROOT, dutch
              ? "replicatie %d van %d: seed %d, cohort %s (%,d studenten)%n"
              : "replication %d of %d: seed %d, cohort %s (%,d students)%n",
              r + 1, experiment.replications(), seed, cohort.label(),
              cohort.problem().students().size());
        }
        List<Future<RunRecord>> futures = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
          if (!shard.contains((long) r * arms + a, units)) {
            continue;
          }
          Arm arm = experiment.arms().get(a);
          int replication = r + 1;
          if (pool == null) {
            records.add(runOne(arm, cohort, replication, seed));
            tick(done, tasks);
          } else {
            futures.add(pool.submit(() -> {
              RunRecord rec = runOne(arm, cohort, replication, seed);
              tick(done, tasks);
              return rec;
            }));
          }
        }
        for (Future<RunRecord> f : futures) {
          records.add(get(f));
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (progress) {
      log.println();
    }
    return List.copyOf(records);
  }

  private static RunRecord runOne(Arm arm, ResearchCohort cohort, int replication, long seed) {
    long t0 = System.nanoTime();
    ArmRun run = arm.run(cohort, seed);
    long nanos = System.nanoTime() - t0;
    return new RunRecord(arm.name(), replication, seed, cohort.label(),
        RunMetrics.of(cohort, run), nanos, run.stageNanos());
  }

  private void tick(AtomicInteger done, int tasks) {
    int d = done.incrementAndGet();
    if (progress) {
      synchronized (log) {
        int width = 30;
        int filled = (int) ((long) d * width / tasks);
        log.printf(Locale.ROOT, dutch ? "\r[%s%s] %d/%d klaar" : "\r[%s%s] %d/%d runs",
            "#".repeat(filled),
            " ".repeat(width - filled), d, tasks);
        log.flush();
      }
    }
  }

  private static RunRecord get(Future<RunRecord> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The experiment was interrupted.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("A run failed: " + cause, cause);
    }
  }
}
