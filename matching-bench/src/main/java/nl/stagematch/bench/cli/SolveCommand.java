package nl.stagematch.bench.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stagematch.bench.instance.Instance;
import nl.stagematch.bench.instance.InstanceFormatException;
import nl.stagematch.bench.instance.InstanceReader;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.AssignmentSolver;

/**
 * {@code stagematch solve FILE}: solves a benchmark instance file with the exact assignment solver
 * and prints one line in the peer harness format (parse once, warm-up and measured solves, median).
 */
final class SolveCommand implements Command {
  private final Map<String, String> env;

  SolveCommand() {
    this(System.getenv());
  }

  SolveCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String name() {
    return "solve";
  }

  @Override
  public String summary() {
    return Texts.dutch() ? "Een instantiebestand van het toewijzingsprobleem exact oplossen (max"
        + " toegewezen, dan min kosten)"
        : "Solve an assignment instance file exactly (max assigned, then min cost)";
  }

  @Override
  public String help() {
    return Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP;
  }

  private static final String DUTCH_HELP = """
        Gebruik: stagematch solve BESTAND [--warmup N] [--repeat N] [--budget-s S] [--out BESTAND]
                                          [--tie-break lottery] [--checked]

        Lost een instantie op in het gedeelde benchmarkformaat (algemene vorm 'S P E' of vorm
        'dense N'): maximaliseert het aantal toegewezen studenten, minimaliseert dan de totale
        kosten. Leest het bestand een keer (load_ms), lost het dan warm-up + repeat keer op uit
        de gelezen instantie (elke oplossing inclusief het opbouwen van het probleem van de
        solver) en drukt een regel af:

          solver=stagematch instance=FILE assigned=K cost=C solve_ms=MEDIAN load_ms=T runs=R
            measured=M solve_ms_min=T solve_ms_max=T build_ms=T valid=1

        assigned/cost worden herberekend uit de toewijzing nadat die toelaatbaar is bevonden;
        solve_ms is de mediaan van de gemeten oplossingen.

        Opties (standaardwaarden uit de omgeving van de peer-harness):
          --warmup N       opwarmrondes (PEERS_WARMUP, anders 2)
          --repeat N       gemeten rondes (PEERS_REPS, anders 3)
          --budget-s S     stop met herhalen als de volgende ronde in totaal meer dan S seconden
                           zou kosten (PEERS_BUDGET_S, anders geen grens)
          --out BESTAND    schrijf de toewijzing: een regel per student, zijn plaats of -1
          --tie-break lottery   beslis gelijke standen met de geseede loting (trager;
                           standaard: --tie-break none)
          --checked        controleer het optimaliteitscertificaat na elke ronde (trager)

        Afsluitcodes: 0 ok, 2 foute argumenten of een misvormd bestand (de melding noemt de
        regel en het token), 1 een bug.
        """;

  private static final String ENGLISH_HELP = """
        Usage: stagematch solve FILE [--warmup N] [--repeat N] [--budget-s S] [--out FILE]
                                     [--tie-break lottery] [--checked]

        Solves an instance of the shared benchmark format (general 'S P E' form or 'dense N'
        form): maximises the number of assigned students, then minimises the total cost.
        Parses the file once (load_ms), then solves it warm-up + repeat times from the parsed
        instance (each solve includes building the solver's problem) and prints one line:

          solver=stagematch instance=FILE assigned=K cost=C solve_ms=MEDIAN load_ms=T runs=R
            measured=M solve_ms_min=T solve_ms_max=T build_ms=T valid=1

        assigned/cost are recomputed from the assignment after checking its feasibility;
        solve_ms is the median of the measured solves.

        Options (defaults from the environment of the peer harness):
          --warmup N       warm-up solves (PEERS_WARMUP, else 2)
          --repeat N       measured solves (PEERS_REPS, else 3)
          --budget-s S     stop repeating when the next solve would exceed S seconds in total
                           (PEERS_BUDGET_S, else no limit)
          --out FILE       write the assignment: one line per student, its place or -1
          --tie-break lottery   break ties by the seeded lottery (slower; default: none)
          --checked        verify the optimality certificate after every solve (slower)

        Exit codes: 0 ok, 2 bad arguments or a malformed file (the message names the line and
        the token), 1 a bug.
        """;

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    String file = null;
    String outFile = null;
    int warmup = envInt("PEERS_WARMUP", 2);
    int reps = envInt("PEERS_REPS", 3);
    double budget = envDouble("PEERS_BUDGET_S", Double.POSITIVE_INFINITY);
    AssignmentSolver.Builder solverBuilder = AssignmentSolver.builder();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--warmup" -> warmup = intArg(args, ++i, a);
        case "--repeat" -> reps = intArg(args, ++i, a);
        case "--budget-s" -> budget = doubleArg(args, ++i, a);
        case "--out" -> outFile = stringArg(args, ++i, a);
        case "--checked" -> solverBuilder.checked(true);
        case "--tie-break" -> {
          String mode = stringArg(args, ++i, a);
          if (!mode.equals("lottery") && !mode.equals("none")) {
            throw new UsageException(CliMessage.CLI_SOLVE_BAD_TIE_BREAK, mode);
          }
          solverBuilder.tieBreak(mode.equals("lottery")
              ? AssignmentSolver.TieBreak.LOTTERY : AssignmentSolver.TieBreak.NONE);
        }
        default -> {
          if (a.startsWith("--")) {
            throw new UsageException(CliMessage.CLI_SOLVE_UNKNOWN_OPTION, a);
          }
          if (file != null) {
            throw new UsageException(CliMessage.CLI_SOLVE_TWO_FILES, file, a);
          }
          file = a;
        }
      }
    }
    if (file == null) {
      throw new UsageException(CliMessage.CLI_SOLVE_FILE_MISSING);
    }
    if (warmup < 0 || reps < 1) {
      throw new UsageException(CliMessage.CLI_SOLVE_BAD_COUNTS, warmup, reps);
    }
    Path path = Path.of(file);
    String name = path.getFileName().toString();
    long l0 = System.nanoTime();
    Instance inst;
    try {
      inst = InstanceReader.read(path);
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_SOLVE_FILE_NOT_FOUND, file);
      return BAD_INPUT;
    } catch (InstanceFormatException e) {
      err.println(Texts.error(e.message()));
      return BAD_INPUT;
    }
    double loadMs = (System.nanoTime() - l0) / 1e6;
    AssignmentSolver solver = solverBuilder.build();
    List<Double> times = new ArrayList<>();
    List<Double> builds = new ArrayList<>();
    AssignmentResult last = null;
    long start = System.nanoTime();
    int total = warmup + reps;
    for (int r = 0; r < total; r++) {
      System.gc();
      long t0 = System.nanoTime();
      AssignmentProblem problem = inst.toProblem();
      long t1 = System.nanoTime();
      last = solver.solve(problem);
      long dt = System.nanoTime() - t0;
      times.add(dt / 1e6);
      builds.add((t1 - t0) / 1e6);
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (elapsed + dt / 1e9 > budget) {
        break;
      }
    }
    int runs = times.size();
    int measured = Math.max(1, Math.min(reps, runs - Math.min(warmup, runs - 1)));
    List<Double> m = times.subList(runs - measured, runs);
    List<Double> mb = builds.subList(runs - measured, runs);
    int[] placeOf = new int[inst.students()];
    long[] check = validate(inst, last, placeOf);
    if (outFile != null) {
      writeSolution(Path.of(outFile), placeOf);
    }
    out.println(String.format(Locale.ROOT,
        "solver=stagematch instance=%s assigned=%d cost=%d solve_ms=%.1f load_ms=%.1f runs=%d"
            + " measured=%d solve_ms_min=%.1f solve_ms_max=%.1f build_ms=%.1f valid=1"
            + " searches=%d pops=%d scans=%d greedy=%d",
        name, check[0], check[1], median(m), loadMs, runs, measured,
        m.stream().mapToDouble(x -> x).min().orElse(0),
        m.stream().mapToDouble(x -> x).max().orElse(0), median(mb), last.stats().searches(),
        last.stats().placesPopped(), last.stats().edgesScanned(), last.stats().greedyAssigned()));
    return OK;
  }

  /** Checks the assignment against the instance arrays and recomputes (K, C). */
  static long[] validate(Instance inst, AssignmentResult result, int[] placeOf) {
    Arrays.fill(placeOf, -1);
    int[] used = new int[inst.places()];
    long k = 0;
    long c = 0;
    int s = 0;
    for (int i = 0; i < result.edgeCount(); i++) {
      int e = result.edge(i);
      if (e < 0 || e >= inst.edges()) {
        throw new IllegalStateException("The solver chose edge " + e + ", not in the instance.");
      }
      while (inst.rowStart()[s + 1] <= e) {
        s++;
      }
      if (placeOf[s] >= 0) {
        throw new IllegalStateException("The solver gave student " + s + " two places.");
      }
      int p = inst.edgePlace()[e];
      placeOf[s] = p;
      if (++used[p] > inst.capacity()[p]) {
        throw new IllegalStateException("The solver put place " + p + " over its capacity.");
      }
      k++;
      c += inst.edgeCost()[e];
    }
    return new long[] {k, c};
  }

  private static void writeSolution(Path file, int[] placeOf) throws IOException {
    AtomicFiles.write(file, out -> {
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
      for (int p : placeOf) {
        w.write(Integer.toString(p));
        w.write('\n');
      }
      w.flush();
    });
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(x -> x).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  private int envInt(String key, int def) throws UsageException {
    String v = env.get(key);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_ENV_NOT_INTEGER, key, v);
    }
  }

  private double envDouble(String key, double def) throws UsageException {
    String v = env.get(key);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_ENV_NOT_NUMBER, key, v);
    }
  }

  private static String stringArg(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }

  private static int intArg(List<String> args, int i, String option) throws UsageException {
    String v = stringArg(args, i, option);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_OPTION_NOT_INTEGER, option, v);
    }
  }

  private static double doubleArg(List<String> args, int i, String option)
      throws UsageException {
    String v = stringArg(args, i, option);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException(CliMessage.CLI_OPTION_NOT_NUMBER, option, v);
    }
  }
}
