package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.check.AcquaintanceCheck;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.StabilityCertificate;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.AssignmentProblem;
import nl.stagematch.core.solver.AssignmentResult;
import nl.stagematch.core.solver.PairSelectionResult;
import nl.stagematch.core.spi.StudentPlace;

/**
 * Builds the certificates of student choice (V4), two-by-two acquaintance (V2) and blind shortlist
 * (V3) from what the variants computed, and attaches them to the results; the checks are in
 * {@code nl.stagematch.core.check} ({@code StabilityCheck}, {@code AcquaintanceCheck}, {@code
 * ShortlistCheck}).
 */
final class VariantCertificates {
  /**
   * Stage 1 solves with cost {@code AdmissiblePairs.MAX_FIT - fit}; the certificate states it with
   * cost {@code 1000 - fit}: the student prices and the penalty shift by the difference, which
   * keeps every reduced cost and every condition of the proof.
   */
  private static final long STAGE1_SHIFT = AdmissiblePairs.MAX_FIT - 1000L;

  private VariantCertificates() {}

  /** {@code result} with {@code certificate}, its provenance kept. */
  static MatchResult attach(MatchResult result, Certificate certificate) {
    return result.withEvidence(result.provenance(), certificate);
  }

  /** The certificate of student choice; pair numbers only with multiple tie-breaking in DA. */
  static StabilityCertificate stability(Prepared prep, String tieBreaking, boolean openHiring,
      int fitClassWidth, Map<String, List<String>> rankings, Map<String, Integer> openCapacity) {
    Map<String, Map<String, Long>> pairNumbers = new TreeMap<>();
    if (tieBreaking.equals("multiple") && !openHiring) {
      rankings.forEach((sid, ranking) -> {
        Map<String, Long> numbers = new TreeMap<>();
        for (String pid : ranking) {
          numbers.put(pid, prep.lottery.number(pid, sid));
        }
        pairNumbers.put(sid, numbers);
      });
    }
    return new StabilityCertificate(tieBreaking, openHiring, fitClassWidth, rankings,
        pairNumbers, openCapacity);
  }

  /**
   * The certificate of two-by-two acquaintance.
   *
   * @param stage1 stage 1's result, or null when it did not run (no free student or no room)
   * @param studentIds the free students, in the order of stage 1's input
   * @param hasPair per free student: whether she has a pair at a place with room
   * @param placeIds the places with room, in the order of stage 1's input
   * @param room per place with room: its room after the pins
   * @param filled the students placed by {@code fill-remaining}
   */
  static AcquaintanceCertificate acquaintance(Prepared prep, String cycleRule,
      List<StudentPlace> plan, PairSelectionResult stage1, List<String> studentIds,
      boolean[] hasPair, List<String> placeIds, Map<String, Integer> room,
      Map<String, List<String>> studentOrders, Map<String, List<String>> placeOrders,
      List<String> filled) {
    List<Provenance.Pair> meetings = new ArrayList<>();
    for (StudentPlace m : plan) {
      meetings.add(new Provenance.Pair(m.studentId(), m.placeId()));
    }
    Map<String, Long> studentPrices = new TreeMap<>();
    Map<String, Long> placePrices = new TreeMap<>();
    // Without a free student who has a pair at a place with room there is nothing to select:
    // any positive penalty proves the empty selection, and 1 is written.
    long penalty = 1;
    boolean anyPair = false;
    for (boolean b : hasPair) {
      anyPair |= b;
    }
    if (stage1 != null && anyPair) {
      penalty = stage1.assignment().unassignedPenalty() - STAGE1_SHIFT;
      for (int i = 0; i < studentIds.size(); i++) {
        if (hasPair[i]) {
          studentPrices.put(studentIds.get(i), stage1.studentPrice(i) - STAGE1_SHIFT);
        }
      }
      for (int j = 0; j < placeIds.size(); j++) {
        placePrices.put(placeIds.get(j), stage1.placePrice(j));
      }
    }
    List<AcquaintanceCertificate.Component> components = AcquaintanceCheck.stage2(meetings,
        studentOrders, placeOrders, room, cycleRule, prep.request.seed()).components();
    return new AcquaintanceCertificate(cycleRule, meetings,
        new AssignmentCertificate(penalty, studentPrices, placePrices), studentOrders,
        placeOrders, components, filled);
  }

  /** The certificate of blind shortlist. */
  static ShortlistCertificate shortlists(int k, List<ShortlistRounds.Shortlist> shortlists,
      List<ShortlistCertificate.Nomination> nominations) {
    List<ShortlistCertificate.Shortlist> out = new ArrayList<>();
    for (ShortlistRounds.Shortlist s : shortlists) {
      out.add(new ShortlistCertificate.Shortlist(s.round(), s.placeId(), s.seat(),
          s.studentIds(), s.picked()));
    }
    return new ShortlistCertificate(k, out, nominations);
  }

  /**
   * The prices of one round's nomination (see {@code BlindShortlist.nominate}: free student
   * {@code i}, slots {@code 2p} and {@code 2p + 1} of place {@code p}), taken before the round
   * changes {@code seatsLeft}: per student with a pair, per place with an open seat.
   */
  static ShortlistCertificate.Nomination nomination(Prepared prep, int round,
      AssignmentResult solved, int[] seatsLeft) {
    AssignmentProblem problem = solved.problem();
    Map<String, Long> studentPrices = new TreeMap<>();
    for (int i = 0; i < problem.students(); i++) {
      int end = i + 1 < problem.students() ? problem.rowStart(i + 1) : problem.edges();
      if (end > problem.rowStart(i)) {
        studentPrices.put(prep.studentId(prep.free[i]), solved.studentPrice(i));
      }
    }
    Map<String, List<Long>> placePrices = new TreeMap<>();
    for (int p = 0; p < seatsLeft.length; p++) {
      if (seatsLeft[p] > 0) {
        placePrices.put(prep.placeId(p), List.of(solved.placePrice(2 * p),
            solved.placePrice(2 * p + 1)));
      }
    }
    return new ShortlistCertificate.Nomination(round, solved.unassignedPenalty(), studentPrices,
        placePrices);
  }
}
