package nl.stagematch.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;

/**
 * The parameters of a {@link FitModel} as a flat map of names to text, so that a result can
 * record the model it was computed with and a verifier can rebuild exactly the same model:
 * {@code weights.workProcesses}, {@code weights.companyKind}, {@code weights.workKind}, {@code
 * weights.travel}, {@code weights.learningRoom}, {@code travel.detourFactor}, {@code
 * travel.speedKmh.WALK} (one per {@link Transport}), {@code travel.publicTransportWaitMinutes}
 * and {@code masteryLevel}. Numbers are written with {@link Double#toString} (integers for the
 * mastery level), which reads back to the same {@code double}.
 */
public final class FitParameters {
  private static final String W = "weights.";
  private static final String SPEED = "travel.speedKmh.";

  /** The weights by the names of the command line, then their Dutch names. */
  private static final String[][] WEIGHT_NAMES = {
      {"workProcesses", "werkprocessen"}, {"companyKind", "soortBedrijf"},
      {"workKind", "soortWerk"}, {"travel", "reistijd"}, {"learningRoom", "leerruimte"}};
  /** The travel model's parameters by the names of the command line, then their Dutch names. */
  private static final String[][] TRAVEL_NAMES = {
      {"detourFactor", "omwegfactor", "travel.detourFactor"},
      {"walk", "lopen", SPEED + "WALK"}, {"bike", "fiets", SPEED + "BIKE"},
      {"publicTransport", "ov", SPEED + "PUBLIC_TRANSPORT"}, {"car", "auto", SPEED + "CAR"},
      {"publicTransportWaitMinutes", "wachttijdOv", "travel.publicTransportWaitMinutes"}};

  private FitParameters() {}

  /**
   * The parameter of the fit weight {@code name}, as the command line ({@code --fit-weights})
   * and the CSV policy file name it: {@code workProcesses}, {@code companyKind}, {@code
   * workKind}, {@code travel}, {@code learningRoom}, or in Dutch {@code werkprocessen}, {@code
   * soortBedrijf}, {@code soortWerk}, {@code reistijd}, {@code leerruimte}; case, spaces, {@code
   * _} and {@code -} do not matter. Empty for an unknown name.
   *
   * @param name a weight's name, English or Dutch
   * @return the parameter's name, or empty
   */
  public static java.util.Optional<String> weightParameter(String name) {
    String plain = plain(name);
    for (String[] names : WEIGHT_NAMES) {
      if (plain(names[0]).equals(plain) || plain(names[1]).equals(plain)) {
        return java.util.Optional.of(W + names[0]);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The parameter of the travel model named {@code name}, as the command line ({@code --travel})
   * and the CSV policy file name it: {@code detourFactor}, {@code walk}, {@code bike}, {@code
   * publicTransport}, {@code car}, {@code publicTransportWaitMinutes}, or in Dutch {@code
   * omwegfactor}, {@code lopen}, {@code fiets}, {@code ov}, {@code auto}, {@code wachttijdOv};
   * case, spaces, {@code _} and {@code -} do not matter. Empty for an unknown name.
   *
   * @param name a travel parameter's name, English or Dutch
   * @return the parameter's name, or empty
   */
  public static java.util.Optional<String> travelParameter(String name) {
    String plain = plain(name);
    for (String[] names : TRAVEL_NAMES) {
      if (plain(names[0]).equals(plain) || plain(names[1]).equals(plain)) {
        return java.util.Optional.of(names[2]);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The fit weight {@code name} ({@code workProcesses}, ...) for a message: its Dutch name
   * ({@code werkprocessen}, ...) in Dutch, the name itself in English.
   */
  static Message weightName(String name) {
    for (String[] names : WEIGHT_NAMES) {
      if (names[0].equals(name)) {
        return Message.phrase(names[1], names[0]);
      }
    }
    return Message.phrase(name, name);
  }

  /**
   * The names {@link #weightParameter} knows, English then Dutch, for messages.
   *
   * @return the names
   */
  public static java.util.List<String> weightNames() {
    return names(WEIGHT_NAMES);
  }

  /**
   * The names {@link #travelParameter} knows, English then Dutch, for messages.
   *
   * @return the names
   */
  public static java.util.List<String> travelNames() {
    return names(TRAVEL_NAMES);
  }

  private static java.util.List<String> names(String[][] table) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String[] names : table) {
      out.add(names[0]);
    }
    for (String[] names : table) {
      out.add(names[1]);
    }
    return java.util.List.copyOf(out);
  }

  private static String plain(String name) {
    return name.replaceAll("[\\s_-]+", "").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The parameters of {@code model}, sorted by name.
   *
   * @param model the model
   * @return parameter name to value
   */
  public static SortedMap<String, String> of(FitModel model) {
    TreeMap<String, String> p = new TreeMap<>();
    FitWeights w = model.weights();
    p.put(W + "workProcesses", Double.toString(w.workProcesses()));
    p.put(W + "companyKind", Double.toString(w.companyKind()));
    p.put(W + "workKind", Double.toString(w.workKind()));
    p.put(W + "travel", Double.toString(w.travel()));
    p.put(W + "learningRoom", Double.toString(w.learningRoom()));
    TravelTimeModel t = model.travelModel();
    p.put("travel.detourFactor", Double.toString(t.detourFactor()));
    for (Transport tr : Transport.values()) {
      p.put(SPEED + tr.name(), Double.toString(t.speedKmh(tr)));
    }
    p.put("travel.publicTransportWaitMinutes", Double.toString(t.publicTransportWaitMinutes()));
    p.put("masteryLevel", Integer.toString(model.masteryLevel()));
    return Collections.unmodifiableSortedMap(p);
  }

  /**
   * The parameters of {@code model} that differ from those of {@link FitModel#defaults()}, sorted
   * by name: what a {@link nl.stagematch.core.model.MatchingProblem} carries (empty for the
   * default model).
   *
   * @param model the model
   * @return parameter name to value, only those not at their default
   */
  public static SortedMap<String, String> nonDefault(FitModel model) {
    SortedMap<String, String> defaults = of(FitModel.defaults());
    TreeMap<String, String> p = new TreeMap<>();
    for (Map.Entry<String, String> e : of(model).entrySet()) {
      if (!e.getValue().equals(defaults.get(e.getKey()))) {
        p.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableSortedMap(p);
  }

  /**
   * The model with {@code parameters}; a parameter left out keeps its default.
   *
   * @param parameters parameter name to value
   * @return the model
   * @throws InvalidValueException for an unknown name or a value that is not a valid number
   *     for its parameter (a coded message that names it, in Dutch and English)
   */
  public static FitModel toModel(Map<String, String> parameters) {
    double[] weights = {FitWeights.DEFAULT.workProcesses(), FitWeights.DEFAULT.companyKind(),
        FitWeights.DEFAULT.workKind(), FitWeights.DEFAULT.travel(),
        FitWeights.DEFAULT.learningRoom()};
    String[] weightNames = {"workProcesses", "companyKind", "workKind", "travel", "learningRoom"};
    TravelTimeModel.Builder travel = TravelTimeModel.builder();
    FitModel.Builder model = FitModel.builder();
    for (Map.Entry<String, String> e : new TreeMap<>(parameters).entrySet()) {
      String name = e.getKey();
      String value = e.getValue();
      int weight = -1;
      for (int i = 0; i < weightNames.length; i++) {
        if (name.equals(W + weightNames[i])) {
          weight = i;
        }
      }
      if (weight >= 0) {
        weights[weight] = number(name, value);
      } else if (name.equals("travel.detourFactor")) {
        travel.detourFactor(number(name, value));
      } else if (name.equals("travel.publicTransportWaitMinutes")) {
        travel.publicTransportWaitMinutes(number(name, value));
      } else if (name.startsWith(SPEED) && transport(name.substring(SPEED.length())) != null) {
        travel.speedKmh(transport(name.substring(SPEED.length())), number(name, value));
      } else if (name.equals("masteryLevel")) {
        try {
          model.masteryLevel(Integer.parseInt(value));
        } catch (NumberFormatException ex) {
          throw new InvalidValueException(Message.of(CoreMessage.FIT_MASTERY_NOT_WHOLE,
              SafeText.clean(value)));
        }
      } else {
        throw new InvalidValueException(Message.of(CoreMessage.FIT_UNKNOWN_PARAMETER,
            SafeText.clean(name), String.join(", ", of(FitModel.defaults()).keySet())));
      }
    }
    return model.weights(new FitWeights(weights[0], weights[1], weights[2], weights[3],
        weights[4])).travelModel(travel.build()).build();
  }

  private static Transport transport(String name) {
    for (Transport t : Transport.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static double number(String name, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(Message.of(CoreMessage.FIT_NOT_A_NUMBER,
          SafeText.clean(name), SafeText.clean(value)));
    }
  }
}
