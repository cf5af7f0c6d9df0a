package nl.stagematch.variants.process;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;

/**
 * Blind shortlist (V3) run round by round from the companies' picks as data, without a blocking
 * callback: {@link #next} runs the rounds the picks answer and stops when the first round without
 * picks has been nominated, giving its anonymous shortlists per place; once every round is
 * answered (or no place has candidates left, or the round limit is reached) it gives the final
 * proposal instead.
 *
 * <pre>{@code
 * AnswersFile picks = AnswersFile.ofPicks(Map.of());
 * ShortlistStage stage = ShortlistStage.next(variant, request, picks);
 * while (!stage.finished()) {
 *   // show stage.shortlists() to the companies, collect one token (or "none") per place
 *   picks = picks.withPicks(stage.round(), picksOfTheCompanies);
 *   stage = ShortlistStage.next(variant, request, picks);
 * }
 * Proposal proposal = stage.proposal();
 * }</pre>
 *
 * <p>Each call recomputes the rounds before from the same problem, seed, options and picks, so
 * nothing needs to be kept between calls but the picks, and the same input gives the same
 * shortlists (tokens included) and the same proposal. A company sees only {@link Profile}s: a
 * token that is new in every round, the learning wish, level, period and competences; never a
 * student id.
 */
public final class ShortlistStage {
  private final int round;
  private final SortedMap<String, List<Profile>> shortlists;
  private final Proposal proposal;

  private ShortlistStage(int round, SortedMap<String, List<Profile>> shortlists,
      Proposal proposal) {
    this.round = round;
    this.shortlists = shortlists;
    this.proposal = proposal;
  }

  /**
   * Runs {@code variant} (blind-shortlist) on {@code request}, with the companies' picks of
   * {@code picks} (its responder replaced), up to the first round without picks.
   *
   * @param variant the blind-shortlist variant
   * @param request the request
   * @param picks the companies' picks so far
   * @return the next stage
   * @throws AnswersResponder.WrongAnswer with every error of the picks (a token not on the
   *     shortlist, a missing pick, a pick for a place without a shortlist, an unknown place)
   * @throws IllegalArgumentException if {@code picks} holds no picks (another variant)
   */
  public static ShortlistStage next(MatchingVariant variant, MatchRequest request,
      AnswersFile picks) {
    Objects.requireNonNull(variant, "variant");
    if (!AnswersFile.BLIND_SHORTLIST.equals(picks.variant())) {
      throw InputException.at("$.variant", Message.of(ProcessMessage.ANSWER_NOT_PICKS,
          picks.variant(), AnswersFile.BLIND_SHORTLIST));
    }
    if (!AnswersFile.BLIND_SHORTLIST.equals(variant.name())) {
      throw new InputException(Message.of(ProcessMessage.ANSWER_NO_SHORTLISTS, variant.name(),
          AnswersFile.BLIND_SHORTLIST), null);
    }
    AnswersResponder responder = picks.collectingResponder(request.problem())
        .stopAfterNextRound();
    MatchRequest asked = request.toBuilder().responder(responder).build();
    Proposal proposal = null;
    try {
      proposal = variant.match(asked).withProvenance(asked);
    } catch (AnswersResponder.RoundReached stop) {
      // the next round's shortlists are complete
    }
    responder.checkAllAsked();
    if (responder.nextRoundNumber() > 0) {
      return new ShortlistStage(responder.nextRoundNumber(),
          java.util.Collections.unmodifiableSortedMap(responder.nextRound()), null);
    }
    return new ShortlistStage(0, java.util.Collections.emptySortedMap(), proposal);
  }

  /**
   * Whether every round is answered: then {@link #proposal()} is the final one.
   *
   * @return true if it is
   */
  public boolean finished() {
    return proposal != null;
  }

  /**
   * The round whose shortlists wait for picks (from 1); 0 when {@link #finished()}.
   *
   * @return the round, or 0
   */
  public int round() {
    return round;
  }

  /**
   * The anonymous shortlists of {@link #round()}, by place id, each in the school's nomination
   * order; empty when {@link #finished()}.
   *
   * @return place id to profiles
   */
  public SortedMap<String, List<Profile>> shortlists() {
    return shortlists;
  }

  /**
   * The final proposal, with provenance (its responder is the picks file), when {@link
   * #finished()}.
   *
   * @return the proposal
   * @throws IllegalStateException if a round still waits for picks
   */
  public Proposal proposal() {
    if (proposal == null) {
      throw new IllegalStateException("Round " + round + " still waits for the companies'"
          + " picks.\nMaybe add them with AnswersFile.withPicks and call next again.");
    }
    return proposal;
  }
}
