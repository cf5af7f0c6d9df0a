package nl.stagematch.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.Meetings;
import nl.stagematch.core.solver.PairSelection;
import nl.stagematch.core.solver.PairSelectionResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The exported b-matching network of pair selection, read back independently. */
class BMatchingNetworkTest {

  private static String export(AdmissiblePairs pairs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BMatchingNetwork.write(pairs, out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void writesHeaderDoubledCapacitiesSuppliesAndCostsFromTheFit() throws IOException {
    AdmissiblePairs pairs = AdmissiblePairs.of(List.of("S-1", "S-2", "S-3"),
        List.of("P-1", "P-2"), new int[] {1, 3}, new int[] {0, 2, 3, 4}, new int[] {1, 0, 0, 1},
        new int[] {700, 1000, 0, 999_999});
    assertEquals(String.join("\n", "bmatching 3 2 4", "2", "6", "2", "2", "2", "0 1 999300",
        "0 0 999000", "1 0 1000000", "2 1 1", ""), export(pairs));
  }

  /** On seeded instances, the optimum reported equals the meetings priced by the file's costs. */
  @TestFactory
  Stream<DynamicTest> theOptimumIsTheSelectedMeetingsPricedByTheFile() {
    return IntStream.rangeClosed(1, 5).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          AdmissiblePairs pairs = PreferenceInstanceGenerator.admissiblePairs(300, 4, seed);
          String[] tokens = export(pairs).trim().split("\\s+");
          assertEquals("bmatching", tokens[0], "seed " + seed);
          int s = Integer.parseInt(tokens[1]);
          int p = Integer.parseInt(tokens[2]);
          int e = Integer.parseInt(tokens[3]);
          assertEquals(4 + p + s + 3 * e, tokens.length, "seed " + seed);
          int[] cap = new int[p];
          for (int j = 0; j < p; j++) {
            cap[j] = Integer.parseInt(tokens[4 + j]);
          }
          Map<Long, Integer> cost = new HashMap<>();
          for (int k = 0, at = 4 + p + s; k < e; k++, at += 3) {
            cost.put(Long.parseLong(tokens[at]) * p + Long.parseLong(tokens[at + 1]),
                Integer.parseInt(tokens[at + 2]));
          }
          PairSelectionResult result = PairSelection.select(pairs, Lottery.withSeed(seed));
          Meetings meetings = result.meetings();
          long k = 0;
          long c = 0;
          int[] met = new int[p];
          for (int i = 0; i < s; i++) {
            int supply = Integer.parseInt(tokens[4 + p + i]);
            assertTrue(meetings.meetingEnd(i) - meetings.meetingStart(i) <= supply,
                "seed " + seed + " student " + i);
            for (int m = meetings.meetingStart(i); m < meetings.meetingEnd(i); m++) {
              int place = meetings.placeAt(m);
              Integer pairCost = cost.get((long) i * p + place);
              assertTrue(pairCost != null, "seed " + seed + ": meeting not in the file");
              met[place]++;
              k++;
              c += pairCost;
            }
          }
          for (int j = 0; j < p; j++) {
            assertTrue(met[j] <= cap[j], "seed " + seed + " place " + j);
          }
          long[] optimum = BMatchingNetwork.optimum(result);
          assertEquals(k, optimum[0], "seed " + seed);
          assertEquals(c, optimum[1], "seed " + seed);
        }));
  }
}
