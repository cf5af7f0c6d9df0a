package nl.stagematch.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a variant reports beside the {@link nl.stagematch.core.result.MatchResult}: its own
 * figures (such as the number of meetings of V2 or the rounds of V3) and, in the implementing
 * type, its details (the meeting plan, the rounds, the allocation of places to schools).
 */
public interface VariantReport {

  /**
   * The variant's named figures in a fixed order (names are lower-case words joined by '-'), for
   * tables and monitoring; empty if it has none.
   *
   * @return figure name to value
   */
  Map<String, Long> figures();

  /**
   * A report with only these figures (kept in the given iteration order).
   *
   * @param figures figure name to value
   * @return the report
   */
  static VariantReport of(Map<String, Long> figures) {
    Map<String, Long> copy = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    return () -> copy;
  }

  /**
   * A report without figures.
   *
   * @return the report
   */
  static VariantReport none() {
    return Map::of;
  }
}
