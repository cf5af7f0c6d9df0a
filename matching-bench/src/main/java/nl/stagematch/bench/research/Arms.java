package nl.stagematch.bench.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import nl.stagematch.bench.research.v0.BiasedResponder;
import nl.stagematch.bench.research.v0.TodaysPractice;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;

/**
 * The contenders the harness knows by name: today's practice ({@code v0-practice}, the
 * baseline), every registered variant, and {@code two-by-two+bias}: V2 with a company that
 * carries the klikgesprek's bias into the meetings ({@link BiasedResponder}); and {@code
 * school-placement+process}: V1 in the coordinator's process with simulated refusals and
 * objections ({@link ProcessArm}).
 */
public final class Arms {
  /** The name of V2 run with the biased responder. */
  public static final String TWO_BY_TWO_BIASED = "two-by-two+bias";

  /** The chance of a refusal in {@code school-placement+process}. */
  public static final double PROCESS_REFUSAL = 0.05;
  /** The chance of a company objection in {@code school-placement+process}. */
  public static final double PROCESS_OBJECTION = 0.03;
  /** The most proposals in {@code school-placement+process}. */
  public static final int PROCESS_ROUNDS = 3;

  private final Map<String, Arm> arms;

  private Arms(Map<String, Arm> arms) {
    this.arms = arms;
  }

  /**
   * The known contenders, with {@code penalty} as the bias against the group in today's
   * practice and in the biased V2.
   *
   * @throws IllegalArgumentException if the penalty is outside 0..1
   */
  public static Arms with(Variants variants, double penalty) {
    if (!(penalty >= 0 && penalty <= 1)) {
      throw new ResearchOptionException(ResearchMessage.BAD_BIAS, penalty,
          TodaysPractice.Settings.DEFAULT_PENALTY);
    }
    Map<String, Arm> arms = new LinkedHashMap<>();
    arms.put(TodaysPractice.NAME,
        new TodaysPractice(TodaysPractice.Settings.defaults().withPenalty(penalty)));
    for (MatchingVariant v : variants.all()) {
      arms.put(v.name(), VariantArm.of(v));
    }
    if (variants.contains("two-by-two")) {
      MatchingVariant v2 = variants.get("two-by-two");
      arms.put(TWO_BY_TWO_BIASED, new VariantArm(TWO_BY_TWO_BIASED, v2, Map.of(),
          (cohort, seed) -> BiasedResponder.of(cohort, penalty, seed),
          String.format(Locale.ROOT, "V2 whose companies order the students they met with the"
              + " klikgesprek's bias (penalty %s against the group)", penalty)));
    }
    if (variants.contains("school-placement")) {
      Arm process = new ProcessArm(variants.get("school-placement"), PROCESS_REFUSAL,
          PROCESS_OBJECTION, PROCESS_ROUNDS);
      arms.put(process.name(), process);
    }
    return new Arms(arms);
  }

  /** The known contenders with the built-in variants and the calibrated default bias. */
  public static Arms defaults() {
    return with(Variants.load(), TodaysPractice.Settings.DEFAULT_PENALTY);
  }

  /** Every known contender, the baseline first. */
  public List<Arm> all() {
    return List.copyOf(arms.values());
  }

  /** The names of the known contenders. */
  public List<String> names() {
    return List.copyOf(arms.keySet());
  }

  /**
   * The contenders named in {@code list} (comma-separated), in the order given.
   *
   * @throws IllegalArgumentException naming an unknown contender and listing the known ones
   */
  public List<Arm> select(String list) {
    List<Arm> out = new ArrayList<>();
    for (String raw : list.split(",", -1)) {
      String name = raw.trim();
      Arm arm = arms.get(name);
      if (arm == null) {
        throw new ResearchOptionException(ResearchMessage.UNKNOWN_CONTENDER, name,
            String.join(", ", arms.keySet()));
      }
      out.add(arm);
    }
    return out;
  }

  /** One line per contender: name and description. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Entry<String, Arm> e : arms.entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-20s %s%n", e.getKey(), e.getValue().description()));
    }
    return sb.toString();
  }
}
