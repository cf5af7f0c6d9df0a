package nl.stagematch.variants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.spi.MatchingVariant;

/**
 * The registry of matching variants, found by name.
 *
 * <p>The built-in variants (V1-V5 of the domain) are registered explicitly, in this order: {@code
 * school-placement}, {@code two-by-two}, {@code blind-shortlist}, {@code student-choice}, {@code
 * regional-allocation}. {@link #load()} adds the third-party variants that {@link ServiceLoader}
 * finds for {@link MatchingVariant} (a module that {@code provides} it, or {@code
 * META-INF/services} on the class path), after the built-ins, in the loader's order. Two variants
 * with the same name make the registry fail at once, naming both classes. Immutable.
 *
 * <pre>{@code
 * Proposal proposal = Variants.load().get("school-placement")
 *     .match(MatchRequest.builder(problem).seed(2025).build());
 * }</pre>
 */
public final class Variants {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, MatchingVariant> byName;

  private Variants(Map<String, MatchingVariant> byName) {
    this.byName = byName;
  }

  /**
   * The built-in variants, newly made, in the registration order.
   *
   * @return new instances of the built-in variants
   */
  public static List<MatchingVariant> builtIns() {
    return List.of(
        new SchoolPlacement(),
        new TwoByTwo(),
        new BlindShortlist(),
        new StudentChoice(),
        new RegionalAllocation());
  }

  /**
   * The built-in variants and every third-party variant {@link ServiceLoader} finds.
   *
   * @return the registry, built-ins first
   */
  public static Variants load() {
    List<MatchingVariant> all = new ArrayList<>(builtIns());
    for (MatchingVariant v : ServiceLoader.load(MatchingVariant.class)) {
      all.add(v);
    }
    return of(all);
  }

  /**
   * The built-in variants only.
   *
   * @return the registry of the built-ins
   */
  public static Variants builtIn() {
    return of(builtIns());
  }

  /**
   * A registry of exactly these variants, in this order.
   *
   * @param variants the variants
   * @return the registry
   * @throws IllegalStateException if two have the same name (naming both classes), or a name or
   *     description is malformed
   */
  public static Variants of(List<MatchingVariant> variants) {
    Map<String, MatchingVariant> byName = new LinkedHashMap<>();
    for (MatchingVariant v : variants) {
      Objects.requireNonNull(v, "A variant in the list is null.");
      String name = v.name();
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalStateException("The variant " + v.getClass().getName() + " has the name ("
            + name + "); a name must be lower-case words joined by '-'."
            + "\nMaybe name it like school-placement.");
      }
      String description = v.description();
      if (description == null || description.isBlank() || description.contains("\n")) {
        throw new IllegalStateException("The variant (" + name + ") of " + v.getClass().getName()
            + " has the description (" + description + "); it must be one non-blank line."
            + "\nMaybe say in one line what it does and who chooses.");
      }
      MatchingVariant earlier = byName.putIfAbsent(name, v);
      if (earlier != null) {
        throw new IllegalStateException("Two variants are named (" + name + "): "
            + earlier.getClass().getName() + " and " + v.getClass().getName()
            + ".\nMaybe rename the third-party variant, or remove one from the class path.");
      }
    }
    return new Variants(Collections.unmodifiableMap(byName));
  }

  /**
   * The variant named {@code name}.
   *
   * @param name the variant's name, such as {@code school-placement}
   * @return the variant
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public MatchingVariant get(String name) {
    Objects.requireNonNull(name, "The variant name is missing.");
    MatchingVariant v = byName.get(name);
    if (v == null) {
      throw new IllegalArgumentException("Unknown variant (" + SafeText.clean(name)
          + "). Known variants: " + String.join(", ", byName.keySet())
          + ".\nMaybe check the spelling.");
    }
    return v;
  }

  /**
   * Whether a variant is registered under {@code name}.
   *
   * @param name the name
   * @return true if one is
   */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /**
   * The names, in registration order.
   *
   * @return the names
   */
  public Set<String> names() {
    return byName.keySet();
  }

  /**
   * The variants, in registration order.
   *
   * @return the variants
   */
  public List<MatchingVariant> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public String toString() {
    return "Variants" + byName.keySet();
  }
}
