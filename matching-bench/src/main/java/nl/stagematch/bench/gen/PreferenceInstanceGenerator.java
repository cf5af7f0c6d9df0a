package nl.stagematch.bench.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.stagematch.core.solver.AdmissiblePairs;
import nl.stagematch.core.solver.PreferenceInstance;

/**
 * Seeded generator of student-choice instances ({@link PreferenceInstance}) and two-by-two
 * acquaintance instances ({@link AdmissiblePairs}) of a cohort's shape.
 *
 * <p>Shape: places have capacity 1..5 (uniform), and there are enough places for the total
 * capacity to be about {@link #CAPACITY_FACTOR} times the number of students (for acquaintance,
 * the {@code 2c} meetings of the places are then about 1.1 times the two per student).
 * Place popularity is log-normal ({@code exp(0.8 * N(0, 1))}), so popular places draw many more
 * proposals than others; each student lists distinct places drawn by popularity. Fit classes are
 * uniform in {@code 0..3}; fit scores are {@code 0..1000}, higher at popular places. Ids are {@code
 * S-<index>} and {@code P-<index>} (the lottery hashes them, so their order does not matter).
 */
public final class PreferenceInstanceGenerator {
  /** Total capacity divided by the number of students, for student-choice instances. */
  public static final double CAPACITY_FACTOR = 1.1;
  /** The number of fit classes (0..3). */
  public static final int FIT_CLASSES = 4;

  private PreferenceInstanceGenerator() {}

  /** A student-choice instance: {@code students} students, each listing {@code choices} places. */
  public static PreferenceInstance preferences(int students, int choices, long seed) {
    checkArguments(students, choices);
    SplittableRandom random = new SplittableRandom(seed);
    int places = Math.max(choices + 1, (int) Math.round(students * CAPACITY_FACTOR / 3.0));
    int[] capacity = capacities(places, random);
    double[] cumulative = popularity(places, random);
    int[] start = new int[students + 1];
    int[] place = new int[students * choices];
    int[] fitClass = new int[students * choices];
    int[] mark = new int[places];
    int e = 0;
    for (int s = 0; s < students; s++) {
      for (int c = 0; c < choices; c++) {
        int p;
        do {
          p = draw(cumulative, random);
        } while (mark[p] == s + 1);
        mark[p] = s + 1;
        place[e] = p;
        fitClass[e++] = random.nextInt(FIT_CLASSES);
      }
      start[s + 1] = e;
    }
    return PreferenceInstance.of(ids("S-", students), ids("P-", places), capacity, start, place,
        fitClass);
  }

  /**
   * An acquaintance instance: {@code students} students with {@code pairs} admissible places each,
   * total capacity about {@link #CAPACITY_FACTOR} times the number of students.
   */
  public static AdmissiblePairs admissiblePairs(int students, int pairs, long seed) {
    checkArguments(students, pairs);
    SplittableRandom random = new SplittableRandom(seed);
    int places = Math.max(pairs + 1, (int) Math.round(students * CAPACITY_FACTOR / 3.0));
    int[] capacity = capacities(places, random);
    double[] cumulative = popularity(places, random);
    double top = cumulative[places - 1];
    int[] start = new int[students + 1];
    int[] place = new int[students * pairs];
    int[] fit = new int[students * pairs];
    int[] mark = new int[places];
    int e = 0;
    for (int s = 0; s < students; s++) {
      for (int c = 0; c < pairs; c++) {
        int p;
        do {
          p = draw(cumulative, random);
        } while (mark[p] == s + 1);
        mark[p] = s + 1;
        place[e] = p;
        double weight = (cumulative[p] - (p > 0 ? cumulative[p - 1] : 0)) * places / top;
        fit[e++] = (int) Math.min(1000, 300 * Math.min(weight, 2.0) + random.nextInt(400));
      }
      start[s + 1] = e;
    }
    return AdmissiblePairs.of(ids("S-", students), ids("P-", places), capacity, start, place, fit);
  }

  /** One line on what an instance holds: students, places, entries, capacity, classes. */
  public static String describe(PreferenceInstance in) {
    long capacity = 0;
    for (int p = 0; p < in.placeCount(); p++) {
      capacity += in.capacity(p);
    }
    int[] classes = new int[FIT_CLASSES];
    for (int k = 0; k < in.entryCount(); k++) {
      classes[Math.min(in.fitClassAt(k), FIT_CLASSES - 1)]++;
    }
    return String.format("students=%d places=%d entries=%d capacity=%d (%.2f per student)"
        + " fit classes 0..3=%s", in.studentCount(), in.placeCount(), in.entryCount(), capacity,
        capacity / (double) Math.max(1, in.studentCount()), java.util.Arrays.toString(classes));
  }

  private static void checkArguments(int students, int choices) {
    if (students < 1 || choices < 1) {
      throw new IllegalArgumentException("The students (" + students + ") and choices ("
          + choices + ") must be >= 1.\nMaybe use at least one student with one choice.");
    }
  }

  private static int[] capacities(int places, SplittableRandom random) {
    int[] capacity = new int[places];
    for (int p = 0; p < places; p++) {
      capacity[p] = 1 + random.nextInt(5);
    }
    return capacity;
  }

  private static double[] popularity(int places, SplittableRandom random) {
    double[] cumulative = new double[places];
    double sum = 0;
    for (int p = 0; p < places; p++) {
      sum += Math.exp(0.8 * gaussian(random));
      cumulative[p] = sum;
    }
    return cumulative;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    return Cumulative.pick(cumulative, random.nextDouble());
  }

  private static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }
}
