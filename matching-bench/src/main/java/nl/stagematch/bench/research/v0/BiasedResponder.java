package nl.stagematch.bench.research.v0;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.Responder;

/**
 * A responder for research that lets a company carry the klikgesprek's bias where a variant lets
 * it meet the student before it chooses: V2's {@link #placeOrder} (the company's order of the
 * students it met at a place) is by the {@link Klikgesprek} score, with the same penalty against
 * students of the cohort's research-only group as in {@link TodaysPractice}; ties by the
 * candidate's lottery number, then by id.
 *
 * <p>Every other question keeps the default of {@link Responder}: the students' orders (V2) and
 * rankings (V4) are by fit, and V3's {@code pick} takes the school's first nomination. V3's
 * company sees only anonymous profile tokens (learning wish, level, period, competences), so
 * this responder has no way to know who is in the group there: a blind profile closes that
 * door, which is the point of the comparison.
 *
 * <p>With penalty 0 the company still orders by the (unbiased) klikgesprek score, not by fit
 * alone: the same impressions drawn for the same seed, without the penalty. So the difference
 * between penalty 0 and a positive penalty is the bias only, not the noise of the meeting.
 * Deterministic: the same question gets the same answer for the same seed. Thread-safe.
 */
public final class BiasedResponder implements Responder {
  private final ResearchCohort cohort;
  private final Klikgesprek klikgesprek;
  private final long seed;

  private BiasedResponder(ResearchCohort cohort, Klikgesprek klikgesprek, long seed) {
    this.cohort = cohort;
    this.klikgesprek = klikgesprek;
    this.seed = seed;
  }

  /**
   * A responder whose companies order the students they met by the klikgesprek score with
   * {@code penalty} against the group of {@code cohort} (and {@link
   * Klikgesprek#DEFAULT_ACCEPTANCE}).
   *
   * @param penalty 0 (no bias) to 1
   * @param seed the seed of the impressions
   * @throws IllegalArgumentException if {@code penalty} is outside 0..1
   */
  public static Responder of(ResearchCohort cohort, double penalty, long seed) {
    Objects.requireNonNull(cohort, "The cohort of a biased responder is missing.");
    return new BiasedResponder(cohort, Klikgesprek.withPenalty(penalty), seed);
  }

  /** The company's order after meeting: by klikgesprek score, best first. */
  @Override
  public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
    List<Scored> scored = new ArrayList<>(metStudents.size());
    for (Candidate c : metStudents) {
      double score = klikgesprek.meet(seed, c.id(), placeId, c.fit(), cohort.inGroup(c.id()))
          .score();
      scored.add(new Scored(c, score));
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> -x.score())
        .thenComparingLong(x -> x.candidate().lottery())
        .thenComparing(x -> x.candidate().id()));
    List<String> ids = new ArrayList<>(scored.size());
    for (Scored x : scored) {
      ids.add(x.candidate().id());
    }
    return List.copyOf(ids);
  }

  private record Scored(Candidate candidate, double score) {}

  @Override
  public String toString() {
    return "BiasedResponder[" + cohort.label() + ", penalty=" + klikgesprek.penalty()
        + ", seed=" + seed + "]";
  }
}
