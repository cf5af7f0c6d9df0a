package nl.stagematch.core.solver;

/**
 * The admissible pairs of a problem in compressed rows by student, shared (never copied) between a
 * problem and the problems derived from it by forbidding or pinning pairs or changing capacities.
 *
 * <p>The transposed view (edges by place) is built on first use and cached; building it is
 * idempotent, so a benign race only wastes work.
 */
final class Topology {
  final int students;
  final int places;
  final int[] rowStart;
  final int[] edgePlace;
  final int[] edgeCost;
  private volatile Transpose transpose;

  Topology(int students, int places, int[] rowStart, int[] edgePlace, int[] edgeCost) {
    this.students = students;
    this.places = places;
    this.rowStart = rowStart;
    this.edgePlace = edgePlace;
    this.edgeCost = edgeCost;
  }

  int edges() {
    return edgePlace.length;
  }

  /** Returns the edge id of pair (s, p), or -1 when the pair is not admissible. */
  int edgeOf(int s, int p) {
    for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
      if (edgePlace[e] == p) {
        return e;
      }
    }
    return -1;
  }

  /** Returns the student of edge {@code e} by binary search over the rows. */
  int studentOf(int e) {
    int lo = 0;
    int hi = students - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (rowStart[mid] <= e) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  Transpose transpose() {
    Transpose t = transpose;
    if (t == null) {
      t = new Transpose(this);
      transpose = t;
    }
    return t;
  }

  /** Edges grouped by place: {@code colEdge[colStart[p] .. colStart[p+1])}, with their students. */
  static final class Transpose {
    final int[] colStart;
    final int[] colEdge;
    final int[] colStudent;
    final int[] colCost;

    Transpose(Topology t) {
      int e = t.edges();
      colStart = new int[t.places + 1];
      for (int i = 0; i < e; i++) {
        colStart[t.edgePlace[i] + 1]++;
      }
      for (int p = 0; p < t.places; p++) {
        colStart[p + 1] += colStart[p];
      }
      int[] fill = new int[t.places];
      System.arraycopy(colStart, 0, fill, 0, t.places);
      colEdge = new int[e];
      colStudent = new int[e];
      colCost = new int[e];
      for (int s = 0; s < t.students; s++) {
        for (int i = t.rowStart[s], end = t.rowStart[s + 1]; i < end; i++) {
          int at = fill[t.edgePlace[i]]++;
          colEdge[at] = i;
          colStudent[at] = s;
          colCost[at] = t.edgeCost[i];
        }
      }
    }
  }
}
