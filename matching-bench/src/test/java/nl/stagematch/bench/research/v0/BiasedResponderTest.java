package nl.stagematch.bench.research.v0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.bench.research.cohort.CohortSpec;
import nl.stagematch.bench.research.cohort.ResearchCohortGenerator;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BiasedResponderTest {
  private static final ResearchCohort COHORT =
      ResearchCohortGenerator.generate(CohortSpec.parse("students=1200,group-share=0.3"), 17);

  /** Groups of met students, 4 at a time, for 200 places. */
  private static List<List<Candidate>> meetings(long seed) {
    List<Student> students = COHORT.problem().students();
    Lottery lottery = Lottery.withSeed(seed);
    List<List<Candidate>> out = new ArrayList<>();
    for (int j = 0; j < 200; j++) {
      List<Candidate> met = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        String id = students.get((j * 4 + k) % students.size()).id();
        met.add(new Candidate(id, 400 + (int) (lottery.number("fit", id) % 500),
            lottery.number("P-" + j, id)));
      }
      out.add(met);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void placeOrderIsAPermutationAndPutsTheGroupLowerWithAPenalty(long seed) {
    Responder biased = BiasedResponder.of(COHORT, 0.6, seed);
    Responder fair = BiasedResponder.of(COHORT, 0, seed);
    double[] biasedRank = new double[2];
    double[] fairRank = new double[2];
    int[] count = new int[2];
    List<List<Candidate>> meetings = meetings(seed);
    for (int j = 0; j < meetings.size(); j++) {
      List<Candidate> met = meetings.get(j);
      String pid = "P-" + j;
      List<String> b = biased.placeOrder(pid, met);
      List<String> f = fair.placeOrder(pid, met);
      Set<String> ids = new HashSet<>();
      met.forEach(c -> ids.add(c.id()));
      assertEquals(ids, new HashSet<>(b), "seed " + seed + ": " + pid);
      assertEquals(met.size(), b.size(), "seed " + seed + ": " + pid);
      assertEquals(ids, new HashSet<>(f), "seed " + seed + ": " + pid);
      assertEquals(b, biased.placeOrder(pid, met), "seed " + seed + ": asked again");
      for (Candidate c : met) {
        int g = COHORT.inGroup(c.id()) ? 1 : 0;
        biasedRank[g] += b.indexOf(c.id());
        fairRank[g] += f.indexOf(c.id());
        count[g]++;
      }
    }
    double biasedGap = biasedRank[1] / count[1] - biasedRank[0] / count[0];
    double fairGap = fairRank[1] / count[1] - fairRank[0] / count[0];
    assertTrue(biasedGap > 0.4, "seed " + seed + ": group lower by " + biasedGap);
    assertTrue(Math.abs(fairGap) < 0.25, "seed " + seed + ": without penalty " + fairGap);
  }

  @Test
  void withoutPenaltyTheGroupChangesNothing() {
    ResearchCohort noGroup = new ResearchCohort("none", COHORT.problem(), Set.of(),
        COHORT.schools());
    Responder fair = BiasedResponder.of(COHORT, 0, 5);
    Responder blind = BiasedResponder.of(noGroup, 0.9, 5);
    for (List<Candidate> met : meetings(5)) {
      assertEquals(fair.placeOrder("P-9", met), blind.placeOrder("P-9", met), "seed 5");
    }
  }

  @Test
  void everyOtherQuestionKeepsTheDefault() {
    Responder biased = BiasedResponder.of(COHORT, 0.8, 3);
    for (List<Candidate> met : meetings(3)) {
      String sid = met.get(0).id();
      assertEquals(Responder.orderByFit(met), biased.studentOrder(sid, met));
      assertEquals(Responder.orderByFit(met), biased.studentRanking(sid, met));
    }
    List<Profile> shortlist = List.of(
        new Profile("R1-P1-2", COHORT.problem().students().get(0).wish().qualification(),
            COHORT.problem().students().get(0).wish().period(), Map.of(), null, null, Map.of(), 2),
        new Profile("R1-P1-1", COHORT.problem().students().get(0).wish().qualification(),
            COHORT.problem().students().get(0).wish().period(), Map.of(), null, null, Map.of(), 1));
    assertEquals(Optional.of("R1-P1-1"), biased.pick("P-1", 1, shortlist));
    assertTrue(biased.toString().contains("penalty=0.8"), biased.toString());
  }

  @Test
  void twoByTwoRunsWithItAndTheBiasChangesWhoIsPlacedWhere() {
    long seed = 4;
    MatchRequest.Builder request = MatchRequest.builder(COHORT.problem()).seed(seed);
    MatchResult biased = Variants.builtIn().get("two-by-two")
        .match(request.responder(BiasedResponder.of(COHORT, 0.9, seed)).build()).result();
    MatchResult fair = Variants.builtIn().get("two-by-two")
        .match(request.responder(BiasedResponder.of(COHORT, 0, seed)).build()).result();
    assertEquals(COHORT.problem().students().size(),
        biased.placements().size() + biased.unplaced().size(), "seed " + seed);
    assertNotEquals(biased.placements(), fair.placements(), "seed " + seed);
  }
}
