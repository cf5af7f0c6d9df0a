package nl.stagematch.core.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.result.MatchResult;

/**
 * What a variant proposes (R6: the library proposes, a person decides): the result, the variant's
 * own report, and the effective options it ran with.
 *
 * @param result placements and unplaced students with reasons
 * @param report the variant's report (meetings, rounds, allocation, figures)
 * @param options the effective value of every declared option, sorted by name
 */
public record Proposal(MatchResult result, VariantReport report, Map<String, String> options) {

  /**
   * Validates and copies.
   *
   * @param result placements and unplaced students with reasons
   * @param report the variant's report (meetings, rounds, allocation, figures)
   * @param options the effective value of every declared option
   */
  public Proposal {
    Objects.requireNonNull(result, "The result of a proposal is missing.");
    Objects.requireNonNull(report,
        "The report of a proposal is missing; use VariantReport.none().");
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  /**
   * This proposal with its result's provenance set to that of {@code request} ({@link
   * MatchRequest#provenance}, with the result's variant name and this proposal's options),
   * keeping the variant's certificate: what a result document needs to be verified from the
   * problem alone ({@code nl.stagematch.core.check.ResultVerifier}).
   *
   * @param request the request this proposal answers
   * @return a new proposal; this one is unchanged
   */
  public Proposal withProvenance(MatchRequest request) {
    return new Proposal(result.withEvidence(request.provenance(result.variant(), options),
        result.certificate()), report, options);
  }
}
