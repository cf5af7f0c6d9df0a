package nl.stagematch.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;

/**
 * The effective options of one run: the variant's declared options with the request's values
 * applied over the defaults. An option the variant does not declare fails, listing the known ones,
 * so that nothing undeclared (such as a research-only attribute) can be slipped into a variant.
 */
public final class VariantOptions {
  private final String variant;
  private final Map<String, VariantOption> declared;
  private final Map<String, String> values;

  private VariantOptions(String variant, Map<String, VariantOption> declared,
      Map<String, String> values) {
    this.variant = variant;
    this.declared = declared;
    this.values = values;
  }

  /**
   * Resolves {@code given} against the {@code variant}'s declared options.
   *
   * @param variant the variant
   * @param given option name to value, as given
   * @return every declared option's value, defaults included
   * @throws IllegalArgumentException for an unknown option name or an invalid value
   */
  public static VariantOptions resolve(MatchingVariant variant, Map<String, String> given) {
    return resolve(variant.name(), variant.options(), given);
  }

  /**
   * Resolves {@code given} against the declared {@code options} of variant {@code variant}.
   *
   * @param variant the variant's name, for messages
   * @param options the declared options
   * @param given option name to value, as given
   * @return every declared option's value, defaults included
   * @throws IllegalArgumentException for an unknown option name or an invalid value
   */
  public static VariantOptions resolve(String variant, List<VariantOption> options,
      Map<String, String> given) {
    Objects.requireNonNull(given, "given");
    Map<String, VariantOption> declared = new LinkedHashMap<>();
    for (VariantOption o : options) {
      if (declared.putIfAbsent(o.name(), o) != null) {
        throw new IllegalStateException("Variant (" + variant + ") declares option (" + o.name()
            + ") twice.");
      }
    }
    TreeMap<String, String> values = new TreeMap<>();
    for (VariantOption o : declared.values()) {
      values.put(o.name(), o.defaultValue());
    }
    for (Map.Entry<String, String> e : new TreeMap<>(given).entrySet()) {
      VariantOption o = declared.get(e.getKey());
      if (o == null) {
        throw new IllegalArgumentException("Variant (" + SafeText.clean(variant)
            + ") has no option (" + SafeText.clean(e.getKey()) + "). Its options: "
            + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet()))
            + ".\nMaybe check the spelling, or leave the option out.");
      }
      values.put(o.name(), o.parse(e.getValue()));
    }
    return new VariantOptions(variant, declared, Collections.unmodifiableSortedMap(values));
  }

  /**
   * The effective value of every declared option, sorted by name.
   *
   * @return option name to value
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * The value of a declared integer option.
   *
   * @param name the option's name
   * @return its value
   */
  public long integer(String name) {
    return Long.parseLong(value(name, VariantOption.Type.INTEGER));
  }

  /**
   * The value of a declared boolean option.
   *
   * @param name the option's name
   * @return its value
   */
  public boolean bool(String name) {
    return Boolean.parseBoolean(value(name, VariantOption.Type.BOOLEAN));
  }

  /**
   * The value of a declared choice option.
   *
   * @param name the option's name
   * @return its value
   */
  public String choice(String name) {
    return value(name, VariantOption.Type.CHOICE);
  }

  private String value(String name, VariantOption.Type type) {
    VariantOption o = declared.get(name);
    if (o == null || o.type() != type) {
      throw new IllegalStateException("Variant (" + variant + ") reads the " + type + " option ("
          + name + ") it does not declare as such.");
    }
    return values.get(name);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
