package nl.stagematch.core.solver;

/**
 * Sorts indices by lottery number, lowest (winning) first, without boxing; two equal numbers (a
 * collision, probability about 2<sup>-63</sup>) are ordered by id as a string, never by index.
 */
final class LotteryOrder {
  private LotteryOrder() {}

  /** Orders two indices with equal lottery numbers, by ids; never by the indices themselves. */
  interface Collision {
    /** Returns a negative number if {@code a} goes first, positive if {@code b} does. */
    int compare(int a, int b);
  }

  /** Returns {@code 0..numbers.length-1} sorted by {@code numbers}, ties by {@code ids}. */
  static int[] order(long[] numbers, String[] ids) {
    int[] idx = new int[numbers.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    sort(idx, 0, idx.length, numbers, (a, b) -> ids[a].compareTo(ids[b]));
    return idx;
  }

  /** Sorts {@code idx[from..to)} in place by {@code numbers[idx[i]]}, ties by {@code ids}. */
  static void sort(int[] idx, int from, int to, long[] numbers, Collision ids) {
    if (to - from < 2) {
      return;
    }
    int[] buffer = new int[to - from];
    mergeSort(idx, from, to, buffer, numbers, ids);
  }

  /** Whether index {@code a} wins against {@code b}: lower number, then smaller id. */
  static boolean before(int a, int b, long[] numbers, Collision ids) {
    long na = numbers[a];
    long nb = numbers[b];
    if (na != nb) {
      return na < nb;
    }
    return ids.compare(a, b) < 0;
  }

  private static void mergeSort(int[] a, int from, int to, int[] buf, long[] numbers,
      Collision ids) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(x, a[j], numbers, ids)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, from, mid, buf, numbers, ids);
    mergeSort(a, mid, to, buf, numbers, ids);
    if (!before(a[mid], a[mid - 1], numbers, ids)) {
      return;
    }
    System.arraycopy(a, from, buf, 0, mid - from);
    int i = 0;
    int iEnd = mid - from;
    int j = mid;
    int k = from;
    while (i < iEnd && j < to) {
      a[k++] = before(a[j], buf[i], numbers, ids) ? a[j++] : buf[i++];
    }
    while (i < iEnd) {
      a[k++] = buf[i++];
    }
  }
}
