package nl.stagematch.bench.research.v0;

import java.util.Objects;
import nl.stagematch.core.model.Lottery;

/**
 * The model of a klikgesprek: a company's get-to-know-you interview with a student for one of its
 * places, after which it decides whether it "clicks". Shared by the simulation of today's practice
 * ({@link TodaysPractice}) and by the {@link BiasedResponder}, so that both carry the same bias.
 *
 * <p>The model, for a student with fit {@code fit} (0..1000) at a place:
 *
 * <ol>
 *   <li>the <em>chance</em> that the company clicks is {@code q = acceptance * urgency * (0.5 +
 *       fit / 1000)}, times {@code (1 - penalty)} for a student in the group, capped at 1. A
 *       student who fits twice as well is more likely to be taken, not twice as likely; the
 *       penalty is the share of the chance a group student loses on who she is rather than on
 *       what she can do. The urgency is 1, except in {@link TodaysPractice}, where a company
 *       lowers its bar round by round ({@link #meet(long, String, String, int, boolean,
 *       double)}); since the penalty applies before the cap, a late enough round takes a group
 *       student too: the bias delays her more than it excludes her;
 *   <li>the company's <em>impression</em> {@code u} is uniform in [0, 1), drawn from the seeded
 *       lottery: {@code Lottery.number(seed, "klik:" + placeId + "\u0000" + studentId) / 2^63};
 *   <li>the company clicks when {@code u < q}, and the <em>score</em> used to order the students
 *       it met is {@code q - u}: positive exactly when it clicks, higher for a better fit, lower
 *       for a student in the group.
 * </ol>
 *
 * <p>Deterministic from (seed, student id, place id) and the inputs, never from the order of the
 * calls, so results do not depend on threads or iteration order. A penalty of 0 is no bias: the
 * group flag then changes nothing. Immutable and thread-safe.
 */
public final class Klikgesprek {

  /** The default acceptance: the chance of a click at fit 500 for a student outside the group. */
  public static final double DEFAULT_ACCEPTANCE = 0.35;

  private static final double TWO_63 = 0x1p63;

  private final double penalty;
  private final double acceptance;

  /**
   * A klikgesprek with this bias and base chance.
   *
   * @param penalty the share of the chance a student in the group loses, 0 (no bias) to 1
   * @param acceptance the chance of a click at fit 500 outside the group, more than 0 up to 1
   * @throws IllegalArgumentException if a value is out of range
   */
  public Klikgesprek(double penalty, double acceptance) {
    if (!(penalty >= 0 && penalty <= 1)) {
      throw new IllegalArgumentException("The klikgesprek penalty (" + penalty
          + ") must be 0 to 1.\nMaybe use 0 for no bias, or the calibrated default of "
          + "TodaysPractice.Settings.defaults().");
    }
    if (!(acceptance > 0 && acceptance <= 1)) {
      throw new IllegalArgumentException("The klikgesprek acceptance (" + acceptance
          + ") must be more than 0 and at most 1.\nMaybe use " + DEFAULT_ACCEPTANCE + ".");
    }
    this.penalty = penalty;
    this.acceptance = acceptance;
  }

  /** A klikgesprek with {@code penalty} and the {@link #DEFAULT_ACCEPTANCE}. */
  public static Klikgesprek withPenalty(double penalty) {
    return new Klikgesprek(penalty, DEFAULT_ACCEPTANCE);
  }

  /** The share of the chance a student in the group loses, 0 to 1. */
  public double penalty() {
    return penalty;
  }

  /** The chance of a click at fit 500 outside the group. */
  public double acceptance() {
    return acceptance;
  }

  /** What a klikgesprek gave: whether the company clicks, and its score (> 0 exactly then). */
  public record Outcome(boolean clicks, double score) {}

  /**
   * The klikgesprek of student {@code studentId} with the company of place {@code placeId}.
   *
   * @param seed the seed of the run
   * @param fit the fit score of the pair, 0..1000
   * @param inGroup whether the student is in the research-only group
   * @throws IllegalArgumentException if {@code fit} is outside 0..1000
   */
  public Outcome meet(long seed, String studentId, String placeId, int fit, boolean inGroup) {
    return meet(seed, studentId, placeId, fit, inGroup, 1.0);
  }

  /**
   * The klikgesprek as {@link #meet(long, String, String, int, boolean)}, with the base chance
   * multiplied by {@code urgency} before the cap and the penalty: a company whose seat has been
   * open for a while lowers its bar ({@link TodaysPractice} raises it round by round). The
   * impression is the same; only the chance changes.
   *
   * @param urgency the factor on the base chance, at least 1
   * @throws IllegalArgumentException if {@code fit} is outside 0..1000 or {@code urgency} below 1
   */
  public Outcome meet(long seed, String studentId, String placeId, int fit, boolean inGroup,
      double urgency) {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(placeId, "placeId");
    double q = chance(fit, inGroup, urgency);
    double u = Lottery.number(seed, "klik:" + placeId + '\u0000' + studentId) / TWO_63;
    double score = q - u;
    return new Outcome(score > 0, score);
  }

  /** The chance that the company clicks, for this fit and group membership. */
  public double chance(int fit, boolean inGroup) {
    return chance(fit, inGroup, 1.0);
  }

  /** The chance that the company clicks, with the base chance multiplied by {@code urgency}. */
  public double chance(int fit, boolean inGroup, double urgency) {
    if (fit < 0 || fit > 1000) {
      throw new IllegalArgumentException("The fit (" + fit + ") of a klikgesprek must be 0 to "
          + "1000.\nMaybe take the score from FitModel.");
    }
    if (!(urgency >= 1)) {
      throw new IllegalArgumentException("The urgency (" + urgency + ") of a klikgesprek must be"
          + " at least 1.\nMaybe use 1 for none.");
    }
    double q = acceptance * urgency * (0.5 + fit / 1000.0);
    return Math.min(1.0, inGroup ? q * (1 - penalty) : q);
  }

  @Override
  public String toString() {
    return "Klikgesprek[penalty=" + penalty + ", acceptance=" + acceptance + "]";
  }
}
