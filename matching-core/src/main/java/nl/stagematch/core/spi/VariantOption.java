package nl.stagematch.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.stagematch.core.io.SafeText;

/**
 * An option a variant declares: its name, what it does, its type and its documented default.
 *
 * <p>Values travel as strings (from the command line or a request) and are checked by {@link
 * #parse}: an integer within {@code min..max}, a boolean ({@code true}/{@code false}), or one of
 * the listed choices. Create with {@link #integer}, {@link #bool} or {@link #choice}.
 *
 * @param name the option's name, lower-case words joined by '-', e.g. {@code shortlist-size}
 * @param description one line: what the option does
 * @param type the value's type
 * @param defaultValue the default, a valid value of the type
 * @param choices the allowed values of a {@link Type#CHOICE} option, else empty
 * @param min the smallest allowed integer (only for {@link Type#INTEGER})
 * @param max the largest allowed integer (only for {@link Type#INTEGER})
 */
public record VariantOption(String name, String description, Type type, String defaultValue,
    List<String> choices, long min, long max) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The type of an option's value. */
  public enum Type {
    /** A whole number within {@code min..max}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of a fixed list of lower-case words. */
    CHOICE
  }

  /**
   * Validates the declaration, including that the default is a valid value.
   *
   * @param name the option's name, lower-case words joined by '-'
   * @param description one line: what the option does
   * @param type the value's type
   * @param defaultValue the default, a valid value of the type
   * @param choices the allowed values of a {@link Type#CHOICE} option, else empty
   * @param min the smallest allowed integer
   * @param max the largest allowed integer
   */
  public VariantOption {
    Objects.requireNonNull(name, "The name of an option is missing.");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("The option name (" + name + ") must be lower-case words"
          + " joined by '-'.\nMaybe write it as " + name.toLowerCase(Locale.ROOT).replace('_', '-')
          + ".");
    }
    Objects.requireNonNull(description, () -> "The description of option (" + name
        + ") is missing.");
    Objects.requireNonNull(type, () -> "The type of option (" + name + ") is missing.");
    Objects.requireNonNull(defaultValue, () -> "The default of option (" + name
        + ") is missing.");
    choices = List.copyOf(choices);
    if (type == Type.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("The choice option (" + name + ") lists no choices."
          + "\nMaybe list the allowed values.");
    }
    if (type != Type.CHOICE && !choices.isEmpty()) {
      throw new IllegalArgumentException("The " + type + " option (" + name + ") lists choices "
          + choices + ".\nMaybe make it a CHOICE option.");
    }
    if (min > max) {
      throw new IllegalArgumentException("The range (" + min + ".." + max + ") of option (" + name
          + ") is empty.\nMaybe swap the bounds.");
    }
  }

  /**
   * An integer option with a default and an inclusive range.
   *
   * @param name the option's name
   * @param description one line: what the option does
   * @param defaultValue the default, within the range
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the option
   */
  public static VariantOption integer(String name, String description, long defaultValue,
      long min, long max) {
    VariantOption option = new VariantOption(name, description, Type.INTEGER,
        Long.toString(defaultValue), List.of(), min, max);
    option.parse(option.defaultValue());
    return option;
  }

  /**
   * A boolean option with a default.
   *
   * @param name the option's name
   * @param description one line: what the option does
   * @param defaultValue the default
   * @return the option
   */
  public static VariantOption bool(String name, String description, boolean defaultValue) {
    return new VariantOption(name, description, Type.BOOLEAN, Boolean.toString(defaultValue),
        List.of(), 0, 0);
  }

  /**
   * A choice among lower-case words, with a default that must be one of them.
   *
   * @param name the option's name
   * @param description one line: what the option does
   * @param defaultValue the default, one of {@code choices}
   * @param choices the allowed values
   * @return the option
   */
  public static VariantOption choice(String name, String description, String defaultValue,
      List<String> choices) {
    VariantOption option = new VariantOption(name, description, Type.CHOICE, defaultValue,
        choices, 0, 0);
    option.parse(defaultValue);
    return option;
  }

  /**
   * Checks {@code raw} against the type and returns its normal form (an integer without sign or
   * leading zeros, {@code true}/{@code false}, or the choice as written).
   *
   * @param raw the value as given
   * @return its normal form
   * @throws IllegalArgumentException naming the option, the value and the allowed values
   */
  public String parse(String raw) {
    Objects.requireNonNull(raw, () -> "The value of option (" + name + ") is missing.");
    switch (type) {
      case INTEGER:
        long value;
        try {
          value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("The value (" + SafeText.clean(raw) + ") of option (" + name
              + ") is not a whole number.\nMaybe use a number from " + min + " to " + max + ".");
        }
        if (value < min || value > max) {
          throw new IllegalArgumentException("The value (" + SafeText.clean(raw) + ") of option (" + name
              + ") must be " + min + " to " + max + ".\nMaybe use the default " + defaultValue
              + ".");
        }
        return Long.toString(value);
      case BOOLEAN:
        String b = raw.trim().toLowerCase(Locale.ROOT);
        if (!b.equals("true") && !b.equals("false")) {
          throw new IllegalArgumentException("The value (" + SafeText.clean(raw) + ") of option (" + name
              + ") must be true or false.\nMaybe use the default " + defaultValue + ".");
        }
        return b;
      case CHOICE:
        String c = raw.trim().toLowerCase(Locale.ROOT);
        if (!choices.contains(c)) {
          throw new IllegalArgumentException("The value (" + SafeText.clean(raw) + ") of option (" + name
              + ") is not one of " + String.join(", ", choices) + ".\nMaybe use the default "
              + defaultValue + ".");
        }
        return c;
      default:
        throw new IllegalStateException("Unknown option type " + type);
    }
  }

  /**
   * One line for help texts: name, type or choices, default and description.
   *
   * @return the line
   */
  public String usage() {
    String values;
    switch (type) {
      case INTEGER:
        values = min + ".." + max;
        break;
      case BOOLEAN:
        values = "true|false";
        break;
      default:
        values = String.join("|", choices);
        break;
    }
    return name + "=" + values + " (default " + defaultValue + "): " + description;
  }
}
