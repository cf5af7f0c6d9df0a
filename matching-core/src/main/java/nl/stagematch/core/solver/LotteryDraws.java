package nl.stagematch.core.solver;

import java.nio.charset.StandardCharsets;
import nl.stagematch.core.model.Lottery;

/**
 * Draws the lottery numbers of a {@link PreferenceInstance} in bulk, with exactly the values of
 * {@link Lottery#number(String)} and {@link Lottery#number(String, String)}.
 *
 * <p>Pair numbers are computed without building the key strings: the FNV-1a state after {@code
 * placeId + "\u0000"} is kept per place and continued over the student id's bytes, which is the
 * definition in {@link Lottery}'s contract.
 */
final class LotteryDraws {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private LotteryDraws() {}

  /** Returns {@code lottery.number(studentId(s))} for every student {@code s}. */
  static long[] perStudent(PreferenceInstance in, Lottery lottery) {
    long[] numbers = new long[in.studentCount()];
    for (int s = 0; s < numbers.length; s++) {
      numbers[s] = lottery.number(in.studentIds[s]);
    }
    return numbers;
  }

  /** Returns {@code lottery.number(placeId(placeAt(k)), studentId(s))} for every entry {@code k}. */
  static long[] perEntry(PreferenceInstance in, Lottery lottery) {
    return perEntry(in.studentIds, in.placeIds, in.listStart, in.place, lottery);
  }

  /**
   * Returns {@code lottery.number(placeIds[place[k]], studentIds[s])} for every entry {@code
   * start[s] <= k < start[s + 1]}.
   */
  static long[] perEntry(String[] studentIds, String[] placeIds, int[] start, int[] place,
      Lottery lottery) {
    long salt = lottery.seed() * GOLDEN;
    long[] placeState = new long[placeIds.length];
    for (int p = 0; p < placeState.length; p++) {
      long h = fnv(FNV_OFFSET, placeIds[p].getBytes(StandardCharsets.UTF_8));
      h *= FNV_PRIME; // the separator byte 0: xor with 0 leaves h as it is
      placeState[p] = h;
    }
    long[] numbers = new long[place.length];
    int n = studentIds.length;
    for (int s = 0; s < n; s++) {
      byte[] id = studentIds[s].getBytes(StandardCharsets.UTF_8);
      for (int k = start[s]; k < start[s + 1]; k++) {
        numbers[k] = Lottery.mix(fnv(placeState[place[k]], id) ^ salt) >>> 1;
      }
    }
    return numbers;
  }

  private static long fnv(long h, byte[] bytes) {
    for (byte b : bytes) {
      h ^= (b & 0xff);
      h *= FNV_PRIME;
    }
    return h;
  }
}
