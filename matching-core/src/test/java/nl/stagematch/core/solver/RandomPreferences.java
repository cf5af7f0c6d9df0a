package nl.stagematch.core.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random {@link PreferenceInstance}s for property tests: each student lists a random subset
 * of places in random order, fit classes are drawn from a small range (so ties are common), and the
 * total capacity is sometimes short (so some students stay unplaced).
 */
final class RandomPreferences {
  private RandomPreferences() {}

  /** Returns a random instance; every draw comes from {@code seed}. */
  static PreferenceInstance generate(long seed, int maxStudents, int maxPlaces, int maxList,
      int maxCapacity, int fitClasses) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(maxStudents);
    int m = 1 + random.nextInt(maxPlaces);
    int[] capacity = new int[m];
    for (int p = 0; p < m; p++) {
      capacity[p] = 1 + random.nextInt(maxCapacity);
    }
    int[] listStart = new int[n + 1];
    List<Integer> places = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    int[] perm = new int[m];
    for (int s = 0; s < n; s++) {
      int length = random.nextInt(Math.min(maxList, m) + 1);
      for (int i = 0; i < m; i++) {
        perm[i] = i;
      }
      for (int i = 0; i < length; i++) {
        int j = i + random.nextInt(m - i);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        places.add(perm[i]);
        classes.add(random.nextInt(fitClasses));
      }
      listStart[s + 1] = places.size();
    }
    return PreferenceInstance.of(ids("S-", n, seed), ids("P-", m, seed ^ 0x5bd1e995L), capacity,
        listStart, places.stream().mapToInt(Integer::intValue).toArray(),
        classes.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns a one-to-one instance: {@code n} students and {@code n} places of capacity 1, every
   * student listing every place in random order, fit classes from a wide range (few ties).
   */
  static PreferenceInstance marriage(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] capacity = new int[n];
    java.util.Arrays.fill(capacity, 1);
    int[] listStart = new int[n + 1];
    int[] place = new int[n * n];
    int[] fitClass = new int[n * n];
    for (int s = 0; s < n; s++) {
      listStart[s + 1] = (s + 1) * n;
      for (int i = 0; i < n; i++) {
        place[s * n + i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = place[s * n + i];
        place[s * n + i] = place[s * n + j];
        place[s * n + j] = t;
      }
      for (int i = 0; i < n; i++) {
        fitClass[s * n + i] = random.nextInt(100);
      }
    }
    return PreferenceInstance.of(ids("S-", n, seed), ids("P-", n, ~seed), capacity, listStart,
        place, fitClass);
  }

  /** Pseudonymous ids whose order is unrelated to their index. */
  static List<String> ids(String prefix, int count, long seed) {
    List<String> ids = new ArrayList<>(count);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      ids.add(prefix + Integer.toHexString(random.nextInt(0x10000)) + "-" + i);
    }
    return ids;
  }
}
