package nl.stagematch.bench.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void everyUnitIsInExactlyOneShardAndShardsDifferByAtMostOne() {
    Random r = new Random(20261203L);
    for (int trial = 0; trial < 500; trial++) {
      int count = 1 + r.nextInt(40);
      long units = r.nextInt(200);
      int[] owners = new int[(int) units];
      int smallest = Integer.MAX_VALUE;
      int largest = 0;
      for (int i = 1; i <= count; i++) {
        Shard s = new Shard(i, count);
        int size = 0;
        for (long u = 0; u < units; u++) {
          if (s.contains(u, units)) {
            owners[(int) u]++;
            size++;
          }
        }
        smallest = Math.min(smallest, size);
        largest = Math.max(largest, size);
      }
      for (int u = 0; u < units; u++) {
        assertEquals(1, owners[u], "unit " + u + " of " + units + " in " + count + " shards");
      }
      assertTrue(largest - smallest <= 1, units + " units in " + count + " shards: sizes "
          + smallest + " to " + largest);
    }
  }

  @Test
  void withOneShardPerReplicationShardIIsReplicationI() {
    int arms = 4;
    int replications = 7;
    for (int i = 1; i <= replications; i++) {
      Shard s = new Shard(i, replications);
      assertEquals((i - 1) * arms, s.first((long) replications * arms));
      assertEquals(i * arms, s.end((long) replications * arms));
    }
  }

  @Test
  void parsesAndRefuses() {
    assertEquals(new Shard(3, 10), Shard.parse(" 3/10 "));
    for (String bad : List.of("3", "/3", "3/", "a/b", "1/2/3")) {
      ResearchOptionException e = assertThrows(ResearchOptionException.class,
          () -> Shard.parse(bad));
      assertEquals("SHARD_FORMAT", e.messages().get(0).code(), bad);
    }
    for (String bad : List.of("0/3", "4/3", "1/0", "-1/2")) {
      ResearchOptionException e = assertThrows(ResearchOptionException.class,
          () -> Shard.parse(bad));
      assertEquals("SHARD_RANGE", e.messages().get(0).code(), bad);
    }
  }
}
