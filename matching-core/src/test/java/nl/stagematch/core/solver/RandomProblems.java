package nl.stagematch.core.solver;

import java.util.SplittableRandom;

/** Seeded random problems for the property tests; every kind of corner case appears regularly. */
final class RandomProblems {
  private RandomProblems() {}

  /** Returns a random problem; the same seed always gives the same problem. */
  static AssignmentProblem random(long seed, int maxStudents, int maxPlaces, boolean extras) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int students = rnd.nextInt(maxStudents + 1);
    int places = 1 + rnd.nextInt(maxPlaces);
    int costKind = rnd.nextInt(4); // 0: all equal, 1: 0..3, 2: 0..100, 3: 0..MAX
    int maxCap = 1 + rnd.nextInt(3);
    double density = 0.1 + rnd.nextDouble() * 0.8;
    AssignmentProblem.Builder b = AssignmentProblem.builder(students, places);
    for (int p = 0; p < places; p++) {
      b.capacity(p, rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(maxCap + 1));
    }
    boolean supply2 = extras && rnd.nextInt(4) == 0;
    int[] supply = new int[students];
    for (int s = 0; s < students; s++) {
      supply[s] = supply2 ? rnd.nextInt(3) : 1;
      b.supply(s, supply[s]);
    }
    int[] pinsAt = new int[places];
    int[] caps = new int[places];
    AssignmentProblem probe = b.build();
    for (int p = 0; p < places; p++) {
      caps[p] = probe.capacity(p);
    }
    for (int s = 0; s < students; s++) {
      if (rnd.nextInt(12) == 0) {
        continue; // a student without pairs
      }
      int pins = 0;
      for (int p = 0; p < places; p++) {
        if (rnd.nextDouble() < density) {
          int c = switch (costKind) {
            case 0 -> 5;
            case 1 -> rnd.nextInt(4);
            case 2 -> rnd.nextInt(101);
            default -> rnd.nextInt(AssignmentProblem.MAX_COST + 1);
          };
          b.pair(s, p, c);
          if (extras) {
            int roll = rnd.nextInt(20);
            if (roll == 0 && pins < supply[s] && pinsAt[p] < caps[p]) {
              b.pin(s, p);
              pins++;
              pinsAt[p]++;
            } else if (roll == 1 || roll == 2) {
              b.forbid(s, p);
            }
          }
        }
      }
    }
    if (rnd.nextBoolean()) {
      long[] lottery = new long[students];
      for (int s = 0; s < students; s++) {
        lottery[s] = rnd.nextLong() >>> 1;
      }
      b.lotteryNumbers(lottery);
    }
    b.seed(seed);
    return b.build();
  }

  /** A cohort-like problem: many students, few popular places, tight or loose capacity. */
  static AssignmentProblem cohort(long seed, int students, int places, int degree,
      double capRatio) {
    SplittableRandom rnd = new SplittableRandom(seed);
    AssignmentProblem.Builder b = AssignmentProblem.builder(students, places);
    double[] pop = new double[places];
    double total = 0;
    for (int p = 0; p < places; p++) {
      pop[p] = Math.exp(rnd.nextGaussian());
      total += pop[p];
    }
    int capTotal = (int) Math.round(capRatio * students);
    for (int p = 0; p < places; p++) {
      b.capacity(p, Math.max(0, (int) Math.round(capTotal * pop[p] / total * 0.5
          + rnd.nextInt(3))));
    }
    for (int s = 0; s < students; s++) {
      java.util.BitSet seen = new java.util.BitSet(places);
      int d = 1 + rnd.nextInt(degree * 2);
      for (int i = 0; i < d; i++) {
        double x = rnd.nextDouble() * total;
        int p = 0;
        while (p < places - 1 && x > pop[p]) {
          x -= pop[p];
          p++;
        }
        if (!seen.get(p)) {
          seen.set(p);
          b.pair(s, p, rnd.nextInt(1001));
        }
      }
    }
    return b.build();
  }
}
