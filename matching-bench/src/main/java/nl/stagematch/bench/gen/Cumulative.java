package nl.stagematch.bench.gen;

/** Drawing an index from cumulative weights, shared by the seeded generators. */
public final class Cumulative {
  private Cumulative() {}

  /**
   * The first index whose cumulative weight exceeds {@code unit} times the total: index i is
   * drawn with probability proportional to its own weight when {@code unit} is uniform in [0, 1).
   *
   * @param cumulative non-decreasing running sums of non-negative weights, at least one
   * @param unit a number in [0, 1), such as {@code random.nextDouble()}
   */
  public static int pick(double[] cumulative, double unit) {
    double x = unit * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
