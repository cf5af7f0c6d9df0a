package nl.stagematch.bench.research;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Capability;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.Side;

/**
 * A variant run through the coordinator's process with simulated decisions: after each proposal
 * every newly proposed student refuses her placement with probability {@code refusal}, or else
 * its company objects with probability {@code objection}, or else the placement is confirmed;
 * then the session re-matches (never proposing a refused or objected pair again), for at most
 * {@code rounds} proposals. Placements still open after the last proposal are confirmed.
 *
 * <p>The draws come from the seeded lottery (key {@code "decide-ROUND"} and the student id), so
 * a run is reproducible. Refusals and objections are not biased: after the match a company sees
 * only the pseudonymous profile, which tells nothing of the research group. The rates are
 * illustrative settings, not figures from practice; the figures {@code refusals}, {@code
 * objections} and {@code rounds} show what the process costs.
 */
public final class ProcessArm implements Arm {
  private static final ReasonCategory[] REASONS = ReasonCategory.values();
  private static final String COORDINATOR = "harness";

  private final MatchingVariant variant;
  private final double refusal;
  private final double objection;
  private final int rounds;

  /**
   * The process around {@code variant}.
   *
   * @param refusal the chance that a proposed student refuses, 0..1
   * @param objection the chance that the company of a placement that is not refused objects, 0..1
   * @param rounds the most proposals, 1..20
   * @throws IllegalArgumentException for a variant without pins and forbidden pairs, or values
   *     out of range
   */
  public ProcessArm(MatchingVariant variant, double refusal, double objection, int rounds) {
    if (!variant.has(Capability.SUPPORTS_PINS) || !variant.has(Capability.SUPPORTS_FORBIDDEN)
        || !variant.has(Capability.DETERMINISTIC_GIVEN_SEED)) {
      throw new IllegalArgumentException("The variant (" + variant.name() + ") cannot run in a"
          + " session.\nMaybe use school-placement.");
    }
    if (!(refusal >= 0 && refusal <= 1) || !(objection >= 0 && objection <= 1)
        || rounds < 1 || rounds > 20) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "The process settings"
          + " (refusal %s, objection %s, rounds %d) are out of range.%nMaybe use 0.05, 0.03"
          + " and 3.", refusal, objection, rounds));
    }
    this.variant = variant;
    this.refusal = refusal;
    this.objection = objection;
    this.rounds = rounds;
  }

  @Override
  public String name() {
    return variant.name() + "+process";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "%s in the coordinator's process: %.0f%% of the proposed"
        + " students refuse, %.0f%% of the other placements get a company objection, re-matched"
        + " up to %d proposals (simulated, unbiased)", variant.name(), refusal * 100,
        objection * 100, rounds);
  }

  @Override
  public ArmRun run(ResearchCohort cohort, long seed) {
    MatchingSession.Builder b = MatchingSession.builder(cohort.problem(), variant).seed(seed)
        .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    if (variant.has(Capability.MULTI_SCHOOL) && !cohort.schools().isEmpty()) {
      b.schools(cohort.schools());
    }
    MatchingSession session = b.start(COORDINATOR);
    Lottery lottery = Lottery.withSeed(seed);
    Set<String> confirmed = new HashSet<>();
    long refusals = 0;
    long objections = 0;
    int proposals = 1;
    for (int round = 1; ; round++) {
      boolean last = round == rounds;
      List<Decision> decisions = new ArrayList<>();
      for (Placement p : session.result().placements()) {
        if (confirmed.contains(p.studentId())) {
          continue;
        }
        long n = lottery.number("decide-" + round, p.studentId());
        double u = n / (double) Long.MAX_VALUE;
        ReasonCategory reason = REASONS[(int) (n % REASONS.length)];
        if (!last && u < refusal) {
          decisions.add(Decision.refuse(COORDINATOR, p.studentId(), p.placeId(), reason,
              "simulated"));
          refusals++;
        } else if (!last && u < refusal + (1 - refusal) * objection) {
          decisions.add(Decision.object(COORDINATOR, p.studentId(), p.placeId(), Side.COMPANY,
              reason, "simulated"));
          objections++;
        } else {
          decisions.add(Decision.confirm(COORDINATOR, p.studentId(), p.placeId()));
          confirmed.add(p.studentId());
        }
      }
      session.decideAll(decisions);
      if (last || decisions.stream().allMatch(d -> confirmed.contains(d.studentId()))) {
        break;
      }
      session.rematch(COORDINATOR);
      proposals++;
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("refusals", refusals);
    figures.put("objections", objections);
    figures.put("rounds", (long) proposals);
    return new ArmRun(session.result(), Map.of(), figures);
  }

  @Override
  public String toString() {
    return name();
  }
}
