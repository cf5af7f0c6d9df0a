package nl.stagematch.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The seeded lottery that breaks ties: one number per (seed, pseudonymous id), independent of the
 * order of the input, of the thread count and of the library version.
 *
 * <p>The number is defined as follows, and this definition is part of the public contract (results
 * export the numbers, so that anyone can recompute them):
 *
 * <ol>
 *   <li>{@code h} = 64-bit FNV-1a over the UTF-8 bytes of the id (offset basis {@code
 *       0xcbf29ce484222325}, prime {@code 0x100000001b3});
 *   <li>{@code z} = {@code h ^ (seed * 0x9e3779b97f4a7c15)};
 *   <li>{@code z} is passed through the SplitMix64 finaliser ({@code z ^= z >>> 30; z *=
 *       0xbf58476d1ce4e5b9; z ^= z >>> 27; z *= 0x94d049bb133111eb; z ^= z >>> 31});
 *   <li>the number is {@code z >>> 1}, a non-negative {@code long}.
 * </ol>
 *
 * <p>A <em>lower</em> number wins a tie. Two different ids collide with probability about
 * 2<sup>-63</sup>; where it matters the id itself (compared as a string) breaks that tie.
 */
public final class Lottery {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private final long seed;

  private Lottery(long seed) {
    this.seed = seed;
  }

  /**
   * Returns the lottery drawn with {@code seed}.
   *
   * @param seed the seed
   * @return the lottery
   */
  public static Lottery withSeed(long seed) {
    return new Lottery(seed);
  }

  /**
   * Returns the seed this lottery was drawn with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the lottery number of {@code id}; a lower number wins a tie.
   *
   * @param id a student or place id
   * @return its number, >= 0
   */
  public long number(String id) {
    return number(seed, id);
  }

  /**
   * Returns the lottery number of {@code id} for a second key, such as a place id for multiple
   * tie-breaking: the number of the id {@code key + "\u0000" + id}.
   *
   * @param key the second key, such as a place id
   * @param id the id
   * @return its number, >= 0
   */
  public long number(String key, String id) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    // the bytes of key, NUL, id hashed in place: for ASCII texts (every pseudonym) the UTF-8
    // bytes are the chars, so no joined string is built for the many pairs of a large run
    if (!ascii(key) || !ascii(id)) {
      return number(seed, key + '\u0000' + id);
    }
    long h = FNV_OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= FNV_PRIME;
    }
    h *= FNV_PRIME;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h ^ (seed * GOLDEN)) >>> 1;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the lottery number of {@code id} under {@code seed}; see the class documentation.
   *
   * @param seed the seed
   * @param id the id
   * @return its number, >= 0
   */
  public static long number(long seed, String id) {
    Objects.requireNonNull(id, "id");
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    long h = FNV_OFFSET;
    for (byte b : bytes) {
      h ^= (b & 0xff);
      h *= FNV_PRIME;
    }
    return mix(h ^ (seed * GOLDEN)) >>> 1;
  }

  /**
   * The SplitMix64 finaliser, also used by the solvers to derive per-pair tie-breaks.
   *
   * @param z the value to mix
   * @return the mixed value
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "Lottery[seed=" + seed + "]";
  }
}
