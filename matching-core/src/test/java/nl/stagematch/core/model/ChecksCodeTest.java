package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written code checks of {@link Checks} accept exactly what their regular expressions
 * ({@link Checks#CODE}, {@link Checks#WORK_PROCESS}) accept, on seeded random strings around the
 * alphabets' edges and the length limits.
 */
class ChecksCodeTest {
  private static final String ALPHABET = "azAZ09-._ /@\u00e9\u0000\u212a:[`{";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 2025})
  void theLoopsAgreeWithThePatterns(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      String s = sample(random);
      assertEquals(Checks.CODE.matcher(s).matches(), Checks.isCode(s),
          "code '" + s + "' (seed " + seed + ", sample " + i + ")");
      assertEquals(Checks.WORK_PROCESS.matcher(s).matches(), Checks.isWorkProcess(s),
          "work process '" + s + "' (seed " + seed + ", sample " + i + ")");
    }
  }

  private static String sample(SplittableRandom random) {
    int[] lengths = {0, 1, 2, 31, 32, 33, 63, 64, 65};
    int n = random.nextInt(4) == 0 ? lengths[random.nextInt(lengths.length)] : random.nextInt(8);
    boolean plain = random.nextBoolean(); // mostly valid characters, so that long ones can pass
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      if (plain && random.nextInt(20) != 0) {
        b.append("abz09-AZ.".charAt(random.nextInt(9)));
      } else {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }
}
