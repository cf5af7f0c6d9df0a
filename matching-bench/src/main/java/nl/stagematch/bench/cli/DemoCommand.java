package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.stagematch.core.json.SampleCohort;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.Variants;

/**
 * {@code stagematch demo}: runs every registered variant on the embedded sample cohort and prints
 * a side-by-side table.
 */
final class DemoCommand implements Command {
  /** The number of schools the sample is split into for the variants that divide places. */
  static final int SCHOOLS = 3;

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "Run every variant on the embedded sample and compare them side by side";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch demo [--seed N]%n"
        + "%n"
        + "Runs every variant (%s) on the sample cohort embedded%n"
        + "in the library with the built-in responder (answers by fit, ties by the lottery) and%n"
        + "prints one column per variant: students placed, mean fit of the placed, unplaced by%n"
        + "reason, meetings (two-by-two) and rounds (blind-shortlist), and the time taken.%n"
        + "%n"
        + "The sample has no schools; for variants that divide places among schools%n"
        + "(regional-allocation) it is split into %d equal-chance schools roc-a, roc-b, roc-c by%n"
        + "the lottery number of each student id (number mod %d), a synthetic split.%n"
        + "%n"
        + "Options:%n"
        + "  --seed N   the lottery seed (default %d)%n"
        + "  --help     print this text%n",
        String.join(", ", Variants.load().names()), SCHOOLS, SCHOOLS, SampleCohort.SEED);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    long seed = SampleCohort.SEED;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--seed") && i + 1 < args.size()) {
        try {
          seed = Long.parseLong(args.get(++i));
        } catch (NumberFormatException e) {
          throw new UsageException("The seed (" + args.get(i) + ") must be a whole number.");
        }
      } else {
        throw new UsageException(arg.equals("--seed") ? "The option --seed needs a value."
            : "Unknown argument (" + arg + ") for demo. Known options: --seed, --help.");
      }
    }
    MatchingProblem problem = SampleCohort.load();
    Map<String, String> schools = schools(problem, seed);
    List<MatchingVariant> variants = Variants.load().all();
    List<Proposal> proposals = new ArrayList<>();
    List<Long> millis = new ArrayList<>();
    for (MatchingVariant v : variants) {
      MatchRequest.Builder b = MatchRequest.builder(problem).seed(seed);
      if (v.has(Capability.MULTI_SCHOOL)) {
        b.schools(schools);
      }
      long t0 = System.nanoTime();
      proposals.add(v.match(b.build()));
      millis.add((System.nanoTime() - t0) / 1_000_000);
    }
    out.print(table(problem, seed, variants, proposals, millis));
    return OK;
  }

  /** The synthetic school of every student: roc-a, roc-b or roc-c by lottery number mod 3. */
  static Map<String, String> schools(MatchingProblem problem, long seed) {
    Lottery lottery = Lottery.withSeed(seed);
    Map<String, String> schools = new LinkedHashMap<>();
    for (Student s : problem.students()) {
      schools.put(s.id(), "roc-" + (char) ('a' + lottery.number("school", s.id()) % SCHOOLS));
    }
    return schools;
  }

  static String table(MatchingProblem problem, long seed, List<MatchingVariant> variants,
      List<Proposal> proposals, List<Long> millis) {
    List<String> labels = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    labels.add("");
    List<String> header = new ArrayList<>();
    for (MatchingVariant v : variants) {
      header.add(v.name());
    }
    cells.add(header);
    row(labels, cells, "placed", proposals, p -> String.format(Locale.ROOT, "%,d",
        p.result().placedCount()));
    row(labels, cells, "mean fit", proposals, p -> String.format(Locale.ROOT, "%.1f",
        VariantSummary.meanFit(p.result())));
    for (UnplacedReason reason : UnplacedReason.values()) {
      boolean any = false;
      for (Proposal p : proposals) {
        any |= p.result().unplacedByReason().get(reason) > 0;
      }
      if (any) {
        row(labels, cells, "unplaced " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '),
            proposals, p -> String.format(Locale.ROOT, "%,d",
                p.result().unplacedByReason().get(reason)));
      }
    }
    row(labels, cells, "meetings", proposals, p -> figure(p, "meetings"));
    row(labels, cells, "rounds", proposals, p -> figure(p, "rounds"));
    labels.add("time (ms)");
    List<String> times = new ArrayList<>();
    for (long ms : millis) {
      times.add(String.format(Locale.ROOT, "%,d", ms));
    }
    cells.add(times);
    int labelWidth = 0;
    for (String l : labels) {
      labelWidth = Math.max(labelWidth, l.length());
    }
    int[] widths = new int[variants.size()];
    for (List<String> row : cells) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    int inScope = 0;
    for (Proposal p : proposals.subList(0, Math.min(1, proposals.size()))) {
      MatchResult r = p.result();
      inScope = r.placedCount() + r.unplaced().size() - r.unplacedByReason()
          .get(UnplacedReason.OUT_OF_SCOPE) - r.unplacedByReason().get(UnplacedReason.OPTED_OUT);
    }
    sb.append(String.format(Locale.ROOT, "Sample cohort: %,d students (%,d in scope and not opted"
        + " out), %,d places, capacity %,d; seed %d%n%n", problem.students().size(), inScope,
        problem.places().size(), problem.totalCapacity(), seed));
    for (int r = 0; r < cells.size(); r++) {
      sb.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", labels.get(r)));
      for (int c = 0; c < cells.get(r).size(); c++) {
        sb.append("  ").append(String.format(Locale.ROOT, "%" + widths[c] + "s",
            cells.get(r).get(c)));
      }
      sb.append(System.lineSeparator());
    }
    sb.append(String.format(Locale.ROOT, "%nAnswers by the built-in responder (by fit, ties by"
        + " lottery). regional-allocation: the sample split into %d synthetic schools.%n",
        SCHOOLS));
    return sb.toString();
  }

  private static String figure(Proposal p, String name) {
    Long v = p.report().figures().get(name);
    return v == null ? "-" : String.format(Locale.ROOT, "%,d", v);
  }

  private static void row(List<String> labels, List<List<String>> cells, String label,
      List<Proposal> proposals, Function<Proposal, String> cell) {
    labels.add(label);
    List<String> row = new ArrayList<>();
    for (Proposal p : proposals) {
      row.add(cell.apply(p));
    }
    cells.add(row);
  }
}
