package consumer;

import java.util.Locale;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;

/** The README's example, as a vendor would paste it into its own module. */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** What the example made. */
  public record Outcome(MatchingProblem problem, Proposal proposal, MatchingSession session,
      Placement refused, String trail) {}

  /** Runs the README's example, printing what it prints. */
  public static Outcome run() {
    // README example: begin
    MatchingProblem problem = SampleCohort.load(); // or ProblemJson.read(Path.of("cohort.json"))

    // One run of one variant: a proposal, nothing decided yet.
    MatchingVariant v1 = Variants.load().get("school-placement");
    Proposal proposal = v1.match(MatchRequest.builder(problem).seed(2025).build());
    System.out.println(proposal.result().placedCount() + " placed");

    // The coordinator's process: the seed is recorded before the first proposal.
    MatchingSession session = MatchingSession.builder(problem, "school-placement").seed(2025)
        .start("coordinator-7");
    Placement refused = session.result().placements().get(0);
    session.decide(Decision.refuse("coordinator-7", refused.studentId(), refused.placeId(),
        ReasonCategory.TRAVEL, "note-118"));
    session.rematch("coordinator-7"); // warm re-solve; the refused pair is never proposed again
    System.out.println(session.explanations(Locale.ENGLISH).get(refused.studentId()));
    String trail = session.trailJson(); // hash-chained, verifiable from the JSON alone
    // README example: end
    return new Outcome(problem, proposal, session, refused, trail);
  }
}
