package nl.stagematch.bench.research;

/**
 * One part of a sweep: shard {@code index} of {@code count}. The units of an experiment are its
 * (replication, contender) runs in the order of the reports (replication, then contender), unit
 * {@code u = r * contenders + c} for replication {@code r} and contender {@code c}, both from 0.
 * Shard {@code i} of {@code N} holds the contiguous block of units from {@code floor((i - 1) * U /
 * N)} up to, not including, {@code floor(i * U / N)}, where U is the number of units: every unit
 * is in exactly one shard, the shards differ in size by at most one unit, and a shard generates
 * the cohort of at most a few replications it shares with its neighbours. With N equal to the
 * number of replications, shard i is exactly replication i.
 *
 * @param index the shard, from 1
 * @param count the number of shards, at least 1
 */
public record Shard(int index, int count) {

  /** The whole experiment as one shard. */
  public static final Shard ALL = new Shard(1, 1);

  /** Validates. */
  public Shard {
    if (count < 1 || count > 1_000_000 || index < 1 || index > count) {
      throw new ResearchOptionException(ResearchMessage.SHARD_RANGE, index, count);
    }
  }

  /**
   * Parses {@code i/N}, such as {@code 3/10}.
   *
   * @throws ResearchOptionException if the text is not of that form, or i is not 1 to N
   */
  public static Shard parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    if (slash <= 0 || slash == t.length() - 1) {
      throw new ResearchOptionException(ResearchMessage.SHARD_FORMAT, text);
    }
    int i;
    int n;
    try {
      i = Integer.parseInt(t.substring(0, slash).strip());
      n = Integer.parseInt(t.substring(slash + 1).strip());
    } catch (NumberFormatException e) {
      throw new ResearchOptionException(ResearchMessage.SHARD_FORMAT, text);
    }
    return new Shard(i, n);
  }

  /** The first unit of this shard among {@code units}. */
  public long first(long units) {
    return (index - 1) * units / count;
  }

  /** The unit after the last one of this shard among {@code units}. */
  public long end(long units) {
    return index * units / count;
  }

  /** Whether unit {@code unit} of {@code units} belongs to this shard. */
  public boolean contains(long unit, long units) {
    return unit >= first(units) && unit < end(units);
  }

  /** {@code i/N}. */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
