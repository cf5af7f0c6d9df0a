package nl.stagematch.bench.research.v0;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.stagematch.bench.research.Arm;
import nl.stagematch.bench.research.ArmRun;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;

/**
 * V0, today's practice, as a simulation for research (name {@value #NAME}): students apply, and
 * companies select after a {@link Klikgesprek} that may carry a penalty against the group.
 *
 * <p>The simulation, on the cohort's blind problem and with its fit model ({@link FitModel#of}):
 *
 * <ol>
 *   <li>Students out of scope or opted out take no part ({@link UnplacedReason#OUT_OF_SCOPE},
 *       {@link UnplacedReason#OPTED_OUT}); an active student without an admissible place is
 *       {@link UnplacedReason#NO_ADMISSIBLE_PLACE} with the eligibility reason as detail, as in
 *       the variants. Students only apply to admissible places (the same hard rules as the
 *       variants: qualification, recognition, participation, period, features, travel).
 *   <li>Each active student orders her admissible places by fit plus noise uniform in {@code
 *       +-preferenceNoise}, drawn from the seeded lottery per (student, place); ties by place id.
 *   <li>In each round (up to {@code maxRounds}, e.g. weeks) the students who are not placed and
 *       have places left take turns in a seeded order: student {@code s} with exported lottery
 *       number {@code n} has key {@code Lottery.mix(n ^ round * 0x9e3779b97f4a7c15L)} in round
 *       {@code round} (lower first, ties by id). In her turn she sends applications to the next
 *       {@code applicationsPerRound} places of her order that still have room (places that
 *       filled up are passed over without an application: the vacancy is gone). Each application
 *       is a klikgesprek with urgency {@code 1 + urgency * (round - 1)}: a company whose seat is
 *       still open lowers its bar as the internship nears. Of the companies that click she takes
 *       the one she prefers, which fills one seat (first accepted, first served, in the round's
 *       order). When she has been through her whole order she starts again from the top with
 *       the places that still have room (the bar has dropped since; with urgency 0 she stops
 *       instead, as the answers would not change). The run ends when nobody applies any more or
 *       after {@code maxRounds}.
 *   <li>A student left without a place is {@link UnplacedReason#NOT_CHOSEN} with a detail such
 *       as {@code rejected after 14 applications (out of rounds)}, {@code rejected after 5
 *       applications (no admissible place left with room)} or {@code every admissible place was
 *       taken before her turn}.
 * </ol>
 *
 * <p>{@link ArmRun#applications()} holds every active student's applications (0 for a student
 * without an admissible place). Figures: {@code rounds} (rounds in which someone applied), {@code
 * applications} (all), {@code rejections} (applications without a click), {@code
 * declined-clicks} (clicks a student did not take because she took a place she preferred). The
 * exported lottery numbers are those of the students who had an admissible place.
 *
 * <p>Calibration (see {@code docs/calibration.md}): with {@link Settings#defaults()}, on a
 * default generated cohort, the mean number of applications of placed group students is about
 * twice that of placed others (seed 003, lines 245-248). Deterministic: the same cohort and seed
 * give an equal {@link ArmRun}, whatever the order of the problem's lists. Thread-safe.
 */
public final class TodaysPractice implements Arm {

  /** The name in reports. */
  public static final String NAME = "v0-practice";

  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private final Settings settings;
  private final Klikgesprek klikgesprek;

  /**
   * The simulation's settings.
   *
   * @param penalty the klikgesprek's penalty against the group, 0 (no bias) to 1 (default
   *     {@value #DEFAULT_PENALTY}, calibrated so that group students need about twice as many
   *     applications)
   * @param applicationsPerRound applications a student sends per round, 1 to 100 (default
   *     {@value #DEFAULT_APPLICATIONS_PER_ROUND})
   * @param maxRounds the number of rounds before the search ends, 1 to 1000 (default {@value
   *     #DEFAULT_MAX_ROUNDS}, e.g. weeks)
   * @param acceptance the chance that a company clicks with a student outside the group at fit
   *     500, more than 0 to 1 (default {@link Klikgesprek#DEFAULT_ACCEPTANCE})
   * @param preferenceNoise the noise, in fit points, on the student's order of her places, 0 to
   *     1000 (default {@value #DEFAULT_PREFERENCE_NOISE})
   * @param urgency how fast companies lower their bar: in round {@code r} the klikgesprek's base
   *     chance is multiplied by {@code 1 + urgency * (r - 1)}, 0 to 10 (default {@value
   *     #DEFAULT_URGENCY})
   */
  public record Settings(double penalty, int applicationsPerRound, int maxRounds,
      double acceptance, int preferenceNoise, double urgency) {

    /** The calibrated default penalty; see {@code docs/calibration.md}. */
    public static final double DEFAULT_PENALTY = 0.55;
    /** The default number of applications per round. */
    public static final int DEFAULT_APPLICATIONS_PER_ROUND = 1;
    /** The default number of rounds. */
    public static final int DEFAULT_MAX_ROUNDS = 20;
    /** The default noise on a student's order of her places, in fit points. */
    public static final int DEFAULT_PREFERENCE_NOISE = 100;
    /** The default urgency: the base chance grows by this share of itself each round. */
    public static final double DEFAULT_URGENCY = 0.25;

    /** Validates the ranges. */
    public Settings {
      new Klikgesprek(penalty, acceptance);
      if (applicationsPerRound < 1 || applicationsPerRound > 100) {
        throw new IllegalArgumentException("The applications per round (" + applicationsPerRound
            + ") must be 1 to 100.\nMaybe use " + DEFAULT_APPLICATIONS_PER_ROUND + ".");
      }
      if (maxRounds < 1 || maxRounds > 1000) {
        throw new IllegalArgumentException("The maximum number of rounds (" + maxRounds
            + ") must be 1 to 1000.\nMaybe use " + DEFAULT_MAX_ROUNDS + ".");
      }
      if (preferenceNoise < 0 || preferenceNoise > 1000) {
        throw new IllegalArgumentException("The preference noise (" + preferenceNoise
            + ") must be 0 to 1000 fit points.\nMaybe use " + DEFAULT_PREFERENCE_NOISE + ".");
      }
      if (!(urgency >= 0 && urgency <= 10)) {
        throw new IllegalArgumentException("The urgency (" + urgency + ") must be 0 to 10."
            + "\nMaybe use " + DEFAULT_URGENCY + ", or 0 for a bar that never drops.");
      }
    }

    /**
     * The defaults: penalty {@value #DEFAULT_PENALTY}, {@value #DEFAULT_APPLICATIONS_PER_ROUND}
     * applications per round, {@value #DEFAULT_MAX_ROUNDS} rounds, acceptance {@value
     * Klikgesprek#DEFAULT_ACCEPTANCE}, preference noise {@value #DEFAULT_PREFERENCE_NOISE},
     * urgency {@value #DEFAULT_URGENCY}.
     */
    public static Settings defaults() {
      return new Settings(DEFAULT_PENALTY, DEFAULT_APPLICATIONS_PER_ROUND, DEFAULT_MAX_ROUNDS,
          Klikgesprek.DEFAULT_ACCEPTANCE, DEFAULT_PREFERENCE_NOISE, DEFAULT_URGENCY);
    }

    /** These settings with penalty {@code penalty} (0 = no bias). */
    public Settings withPenalty(double penalty) {
      return new Settings(penalty, applicationsPerRound, maxRounds, acceptance, preferenceNoise,
          urgency);
    }

    /** These settings with {@code applicationsPerRound} applications per round. */
    public Settings withApplicationsPerRound(int applicationsPerRound) {
      return new Settings(penalty, applicationsPerRound, maxRounds, acceptance, preferenceNoise,
          urgency);
    }

    /** These settings with at most {@code maxRounds} rounds. */
    public Settings withMaxRounds(int maxRounds) {
      return new Settings(penalty, applicationsPerRound, maxRounds, acceptance, preferenceNoise,
          urgency);
    }
  }

  /** Today's practice with {@code settings}. */
  public TodaysPractice(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "The settings are missing; use "
        + "TodaysPractice.Settings.defaults().");
    this.klikgesprek = new Klikgesprek(settings.penalty(), settings.acceptance());
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "V0: today's practice: students apply (" + settings.applicationsPerRound()
        + " per round, up to " + settings.maxRounds() + " rounds), companies select after a"
        + " klikgesprek with penalty " + settings.penalty() + " against the group";
  }

  @Override
  public ArmRun run(ResearchCohort cohort, long seed) {
    Objects.requireNonNull(cohort, "The cohort is missing.");
    return new Simulation(cohort, seed).run();
  }

  /** One run: dense arrays over the problem's positions. */
  private final class Simulation {
    private final ResearchCohort cohort;
    private final long seed;
    private final MatchingProblem problem;
    private final Lottery lottery;
    private final Eligibility eligibility;
    private final FitModel fitModel;

    Simulation(ResearchCohort cohort, long seed) {
      this.cohort = cohort;
      this.seed = seed;
      this.problem = cohort.problem();
      this.fitModel = FitModel.of(problem);
      this.lottery = Lottery.withSeed(seed);
      this.eligibility = Eligibility.compute(problem, fitModel.travelModel());
    }

    ArmRun run() {
      int n = problem.students().size();
      int m = problem.places().size();
      int[] room = new int[m];
      for (int p = 0; p < m; p++) {
        room[p] = problem.places().get(p).capacity();
      }
      List<Placement> placements = new ArrayList<>();
      List<Unplaced> unplaced = new ArrayList<>();
      Map<String, Integer> applications = new TreeMap<>();
      Map<String, Long> numbers = new TreeMap<>();
      // Active students with places: their order of places and fits.
      List<Integer> searching = new ArrayList<>();
      int[][] order = new int[n][];
      int[][] orderFit = new int[n][];
      long[] number = new long[n];
      for (int s = 0; s < n; s++) {
        Student student = problem.students().get(s);
        Optional<IneligibilityReason> none = eligibility.noPlaceReason(s);
        if (none.isPresent()) {
          switch (none.get()) {
            case OUT_OF_SCOPE -> unplaced.add(Unplaced.of(student.id(),
                UnplacedReason.OUT_OF_SCOPE));
            case OPTED_OUT -> unplaced.add(Unplaced.of(student.id(), UnplacedReason.OPTED_OUT));
            default -> {
              unplaced.add(new Unplaced(student.id(), UnplacedReason.NO_ADMISSIBLE_PLACE,
                  none.get().name()));
              applications.put(student.id(), 0);
            }
          }
          continue;
        }
        preferences(s, order, orderFit);
        number[s] = lottery.number(student.id());
        numbers.put(student.id(), number[s]);
        searching.add(s);
      }
      int[] next = new int[n];
      int[] sent = new int[n];
      int[] placedAt = new int[n];
      Arrays.fill(placedAt, -1);
      long rejections = 0;
      long declined = 0;
      int rounds = 0;
      int k = settings.applicationsPerRound();
      int[] batch = new int[k];
      // With a bar that drops, a rejected student tries the places with room again.
      boolean again = settings.urgency() > 0;
      for (int round = 1; round <= settings.maxRounds() && !searching.isEmpty(); round++) {
        long salt = round * GOLDEN;
        double urgency = 1 + settings.urgency() * (round - 1);
        searching.sort(Comparator.comparingLong((Integer s) -> Lottery.mix(number[s] ^ salt))
            .thenComparing(s -> problem.students().get(s).id()));
        boolean anyone = false;
        List<Integer> still = new ArrayList<>();
        for (int s : searching) {
          int b = 0;
          int len = order[s].length;
          for (int scanned = 0; b < k && scanned < len; scanned++) {
            if (next[s] == len) {
              if (!again) {
                break;
              }
              next[s] = 0;
            }
            int i = next[s]++;
            if (room[order[s][i]] > 0) {
              batch[b++] = i;
            }
          }
          if (b == 0) {
            continue;
          }
          anyone = true;
          sent[s] += b;
          String sid = problem.students().get(s).id();
          boolean group = cohort.inGroup(sid);
          int taken = -1;
          for (int j = 0; j < b; j++) {
            int i = batch[j];
            int p = order[s][i];
            boolean clicks = klikgesprek.meet(seed, sid, problem.places().get(p).id(),
                orderFit[s][i], group, urgency).clicks();
            if (!clicks) {
              rejections++;
            } else if (taken < 0) {
              taken = i;
            } else {
              declined++;
            }
          }
          if (taken >= 0) {
            int p = order[s][taken];
            room[p]--;
            placedAt[s] = taken;
          } else if (again || next[s] < order[s].length) {
            still.add(s);
          }
        }
        if (anyone) {
          rounds = round;
        }
        searching = still;
      }
      for (int s = 0; s < n; s++) {
        if (order[s] == null) {
          continue;
        }
        String sid = problem.students().get(s).id();
        applications.put(sid, sent[s]);
        if (placedAt[s] >= 0) {
          int i = placedAt[s];
          placements.add(new Placement(sid, problem.places().get(order[s][i]).id(),
              orderFit[s][i]));
        } else {
          String why = remaining(order[s], again ? 0 : next[s], room) ? "out of rounds"
              : "no admissible place left with room";
          String detail = sent[s] == 0 ? "every admissible place was taken before her turn"
              : "rejected after " + sent[s] + " applications (" + why + ")";
          unplaced.add(new Unplaced(sid, UnplacedReason.NOT_CHOSEN, detail));
        }
      }
      MatchResult result = new MatchResult(NAME, seed, placements, unplaced, numbers);
      Map<String, Long> figures = new LinkedHashMap<>();
      long total = 0;
      for (int a : applications.values()) {
        total += a;
      }
      figures.put("rounds", (long) rounds);
      figures.put("applications", total);
      figures.put("rejections", rejections);
      figures.put("declined-clicks", declined);
      return new ArmRun(result, applications, figures);
    }

    /** Whether one of the places from {@code from} on still has room. */
    private boolean remaining(int[] places, int from, int[] room) {
      for (int i = from; i < places.length; i++) {
        if (room[places[i]] > 0) {
          return true;
        }
      }
      return false;
    }

    /** Student {@code s}'s order of her admissible places: fit plus seeded noise, then id. */
    private void preferences(int s, int[][] order, int[][] orderFit) {
      String sid = problem.students().get(s).id();
      int[] places = eligibility.admissiblePlaces(s);
      int[] fits = fitModel.scores(eligibility, s);
      int c = places.length;
      double[] key = new double[c];
      Integer[] idx = new Integer[c];
      double noise = settings.preferenceNoise();
      for (int i = 0; i < c; i++) {
        String pid = problem.places().get(places[i]).id();
        double u = lottery.number("preference:" + pid, sid) / 0x1p63;
        key[i] = fits[i] + (2 * u - 1) * noise;
        idx[i] = i;
      }
      Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -key[i])
          .thenComparing(i -> problem.places().get(places[i]).id()));
      order[s] = new int[c];
      orderFit[s] = new int[c];
      for (int i = 0; i < c; i++) {
        order[s][i] = places[idx[i]];
        orderFit[s][i] = fits[idx[i]];
      }
    }
  }

  @Override
  public String toString() {
    return "TodaysPractice[" + settings + "]";
  }
}
