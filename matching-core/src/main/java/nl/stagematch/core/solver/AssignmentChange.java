package nl.stagematch.core.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable change to an {@link AssignmentProblem} for a warm re-solve: pairs forbidden (after a
 * refusal), pairs pinned (after a confirmation), capacities changed, places removed (capacity 0;
 * ids stay stable) or added with new pairs.
 *
 * <p>Build with {@link #builder()}; the operations are applied in this order: new places and pairs,
 * capacities (a removal is capacity 0), forbidden pairs, pinned pairs. Ids of new places continue
 * after the existing ones in the order of {@link Builder#addPlace(int)}.
 */
public final class AssignmentChange {
  final long[] forbids;
  final long[] pins;
  final int[] capPlaces;
  final int[] capValues;
  final int[] newPlaceCaps;
  final int[] newPairStudent;
  final int[] newPairPlace;
  final int[] newPairCost;

  private AssignmentChange(Builder b) {
    forbids = Arrays.copyOf(b.forbids, b.forbidCount);
    pins = Arrays.copyOf(b.pins, b.pinCount);
    capPlaces = Arrays.copyOf(b.capPlaces, b.capCount);
    capValues = Arrays.copyOf(b.capValues, b.capCount);
    newPlaceCaps = Arrays.copyOf(b.newPlaceCaps, b.newPlaces);
    newPairStudent = Arrays.copyOf(b.nps, b.newPairs);
    newPairPlace = Arrays.copyOf(b.npp, b.newPairs);
    newPairCost = Arrays.copyOf(b.npc, b.newPairs);
  }

  /** Returns a builder of an empty change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether the change adds places or pairs (then edge ids are renumbered). */
  public boolean addsPairs() {
    return newPairStudent.length > 0 || newPlaceCaps.length > 0;
  }

  /** Returns the students named by forbidden or pinned pairs, or null when pairs are added. */
  int[] touchedStudents() {
    if (addsPairs()) {
      return null;
    }
    int[] out = new int[forbids.length + pins.length];
    int i = 0;
    for (long pair : forbids) {
      out[i++] = (int) (pair >>> 32);
    }
    for (long pair : pins) {
      out[i++] = (int) (pair >>> 32);
    }
    return out;
  }

  AssignmentProblem applyTo(AssignmentProblem pr) {
    return applyWithMap(pr, null);
  }

  /**
   * Applies the change; when {@code edgeMapOut} is non-null and the change adds pairs, its element
   * 0 receives the map from old to new edge ids.
   */
  AssignmentProblem applyWithMap(AssignmentProblem pr, int[][] edgeMapOut) {
    Topology t = pr.topology;
    int places = t.places + newPlaceCaps.length;
    int[] pinned = pr.pinned;
    int[] forbidden = pr.forbidden;
    if (addsPairs()) {
      int students = t.students;
      int oldE = t.edges();
      int[] extra = new int[students + 1];
      for (int i = 0; i < newPairStudent.length; i++) {
        AssignmentProblem.checkPair(students, places, newPairStudent[i], newPairPlace[i],
            newPairCost[i]);
        extra[newPairStudent[i] + 1]++;
      }
      int[] rowStart = new int[students + 1];
      for (int s = 0; s < students; s++) {
        extra[s + 1] += extra[s];
        rowStart[s + 1] = t.rowStart[s + 1] + extra[s + 1];
      }
      int[] place = new int[oldE + newPairStudent.length];
      int[] cost = new int[place.length];
      int[] map = new int[oldE];
      int[] fill = new int[students];
      for (int s = 0; s < students; s++) {
        int at = rowStart[s];
        for (int e = t.rowStart[s]; e < t.rowStart[s + 1]; e++) {
          map[e] = at;
          place[at] = t.edgePlace[e];
          cost[at++] = t.edgeCost[e];
        }
        fill[s] = at;
      }
      for (int i = 0; i < newPairStudent.length; i++) {
        int s = newPairStudent[i];
        int p = newPairPlace[i];
        for (int e = rowStart[s]; e < fill[s]; e++) {
          if (place[e] == p) {
            throw AssignmentProblem.duplicate(s, p);
          }
        }
        place[fill[s]] = p;
        cost[fill[s]++] = newPairCost[i];
      }
      t = new Topology(students, places, rowStart, place, cost);
      pinned = remap(pinned, map);
      forbidden = remap(forbidden, map);
      if (edgeMapOut != null) {
        edgeMapOut[0] = map;
      }
    }
    int[] capacity = Arrays.copyOf(pr.capacity, places);
    for (int i = 0; i < newPlaceCaps.length; i++) {
      capacity[pr.places() + i] = newPlaceCaps[i];
    }
    for (int i = 0; i < capPlaces.length; i++) {
      Objects.checkIndex(capPlaces[i], places);
      capacity[capPlaces[i]] = capValues[i];
    }
    forbidden = merge(forbidden, edges(t, forbids, false));
    pinned = merge(pinned, edges(t, pins, true));
    long[] placeLottery = pr.placeLottery;
    if (placeLottery != null && places > placeLottery.length) {
      // new places get numbers derived from their id and the seed
      placeLottery = Arrays.copyOf(placeLottery, places);
      for (int p = pr.places(); p < places; p++) {
        placeLottery[p] = nl.stagematch.core.model.Lottery.mix(pr.seed ^ (p + 1L)) >>> 1;
      }
    }
    return new AssignmentProblem(t, capacity, pr.supply, pinned, forbidden, pr.lottery,
        placeLottery, pr.seed, pr.hasSeed);
  }

  private static int[] remap(int[] edges, int[] map) {
    int[] out = new int[edges.length];
    for (int i = 0; i < edges.length; i++) {
      out[i] = map[edges[i]];
    }
    return out;
  }

  private static int[] edges(Topology t, long[] pairs, boolean pin) {
    int[] out = new int[pairs.length];
    int k = 0;
    for (long pair : pairs) {
      int s = (int) (pair >>> 32);
      int p = (int) pair;
      Objects.checkIndex(s, t.students);
      Objects.checkIndex(p, t.places);
      int e = t.edgeOf(s, p);
      if (e < 0) {
        if (pin) {
          throw new IllegalArgumentException("The pinned pair (student " + s + ", place " + p
              + ") is not admissible.\nMaybe add it as a pair first or drop the pin.");
        }
        continue;
      }
      out[k++] = e;
    }
    return Arrays.copyOf(out, k);
  }

  private static int[] merge(int[] sorted, int[] more) {
    if (more.length == 0) {
      return sorted;
    }
    int[] all = Arrays.copyOf(sorted, sorted.length + more.length);
    System.arraycopy(more, 0, all, sorted.length, more.length);
    Arrays.sort(all);
    return Arrays.stream(all).distinct().toArray();
  }

  @Override
  public String toString() {
    return "AssignmentChange[forbid=" + forbids.length + ", pin=" + pins.length + ", capacities="
        + capPlaces.length + ", newPlaces=" + newPlaceCaps.length + ", newPairs="
        + newPairStudent.length + "]";
  }

  /** Builds an {@link AssignmentChange}; setters check their arguments at once. */
  public static final class Builder {
    private long[] forbids = new long[4];
    private int forbidCount;
    private long[] pins = new long[4];
    private int pinCount;
    private int[] capPlaces = new int[4];
    private int[] capValues = new int[4];
    private int capCount;
    private int[] newPlaceCaps = new int[4];
    private int newPlaces;
    private int[] nps = new int[4];
    private int[] npp = new int[4];
    private int[] npc = new int[4];
    private int newPairs;

    Builder() {}

    /** Forbids pair (s, p), for example after a refusal. */
    public Builder forbid(int s, int p) {
      checkIds(s, p);
      if (forbidCount == forbids.length) {
        forbids = Arrays.copyOf(forbids, forbidCount * 2);
      }
      forbids[forbidCount++] = ((long) s << 32) | p;
      return this;
    }

    /** Pins pair (s, p), for example after a confirmation. */
    public Builder pin(int s, int p) {
      checkIds(s, p);
      if (pinCount == pins.length) {
        pins = Arrays.copyOf(pins, pinCount * 2);
      }
      pins[pinCount++] = ((long) s << 32) | p;
      return this;
    }

    /** Sets the capacity of place {@code p} to {@code cap >= 0}. */
    public Builder capacity(int p, int cap) {
      if (p < 0) {
        throw new IllegalArgumentException("The place (" + p + ") must be >= 0.");
      }
      AssignmentProblem.checkCapacity(p, cap);
      if (capCount == capPlaces.length) {
        capPlaces = Arrays.copyOf(capPlaces, capCount * 2);
        capValues = Arrays.copyOf(capValues, capCount * 2);
      }
      capPlaces[capCount] = p;
      capValues[capCount++] = cap;
      return this;
    }

    /** Removes place {@code p}: its capacity becomes 0 (ids stay stable). */
    public Builder removePlace(int p) {
      return capacity(p, 0);
    }

    /** Adds a place with capacity {@code cap}; it gets the next free place id. */
    public Builder addPlace(int cap) {
      AssignmentProblem.checkCapacity(-1, cap);
      if (newPlaces == newPlaceCaps.length) {
        newPlaceCaps = Arrays.copyOf(newPlaceCaps, newPlaces * 2);
      }
      newPlaceCaps[newPlaces++] = cap;
      return this;
    }

    /** Adds the admissible pair (s, p) with the given cost; p may be a place added here. */
    public Builder addPair(int s, int p, int cost) {
      checkIds(s, p);
      if (cost < 0 || cost > AssignmentProblem.MAX_COST) {
        throw new IllegalArgumentException("The cost (" + cost + ") of pair (student " + s
            + ", place " + p + ") must be in 0.." + AssignmentProblem.MAX_COST + ".");
      }
      if (newPairs == nps.length) {
        nps = Arrays.copyOf(nps, newPairs * 2);
        npp = Arrays.copyOf(npp, newPairs * 2);
        npc = Arrays.copyOf(npc, newPairs * 2);
      }
      nps[newPairs] = s;
      npp[newPairs] = p;
      npc[newPairs++] = cost;
      return this;
    }

    /** Builds the change. */
    public AssignmentChange build() {
      return new AssignmentChange(this);
    }

    private static void checkIds(int s, int p) {
      if (s < 0 || p < 0) {
        throw new IllegalArgumentException("The pair (student " + s + ", place " + p
            + ") must have ids >= 0.");
      }
    }
  }
}
