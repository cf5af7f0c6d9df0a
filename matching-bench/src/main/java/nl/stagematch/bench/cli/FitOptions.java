package nl.stagematch.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.model.FitWeights;
import nl.stagematch.core.model.TravelTimeModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Transport;

/**
 * The options {@code --fit-weights} and {@code --travel} of {@code match}, {@code compare} and
 * {@code validate}: the fit model of one run, the problem's own ({@code fitModel} in the problem
 * document, else the defaults of docs/fit.md) with the values given here in place of its own.
 */
final class FitOptions {
  static final String WEIGHTS = "--fit-weights";
  static final String TRAVEL = "--travel";

  /** The lines of the options for a command's help text. */
  static final String HELP = ""
      + "  --fit-weights K=V,.. the fit weights for this run in place of the problem's (each%n"
      + "                       >= 0, not all 0): workProcesses, companyKind, workKind,%n"
      + "                       travel, learningRoom (defaults 500,150,150,100,100; docs/fit.md)%n"
      + "  --travel K=V,..      the travel model for this run: detourFactor (1..3, default 1.3),%n"
      + "                       walk, bike, publicTransport, car (km/h, 1..200; defaults 5, 15,%n"
      + "                       30, 45), publicTransportWaitMinutes (0..60, default 10)%n";

  /** {@link #HELP} in Dutch. */
  static final String HELP_DUTCH = ""
      + "  --fit-weights K=V,.. de fitgewichten voor deze run in plaats van die van het probleem%n"
      + "                       (elk >= 0, niet alle 0): workProcesses, companyKind, workKind,%n"
      + "                       travel, learningRoom (standaard 500,150,150,100,100; docs/fit.md)%n"
      + "  --travel K=V,..      het reismodel voor deze run: detourFactor (1..3, standaard 1.3),%n"
      + "                       walk, bike, publicTransport, car (km/u, 1..200; standaard 5, 15,%n"
      + "                       30, 45), publicTransportWaitMinutes (0..60, standaard 10)%n";

  /** {@link #HELP} or {@link #HELP_DUTCH}, in the language of the command line. */
  static String help() {
    return Texts.dutch() ? HELP_DUTCH : HELP;
  }

  private static final String[] WEIGHT_NAMES =
      {"workProcesses", "companyKind", "workKind", "travel", "learningRoom"};

  private final Map<String, String> overrides = new TreeMap<>();

  /** Reads {@code value} if {@code option} is one of the two; returns whether it was. */
  boolean accept(String option, List<String> args, int i) throws UsageException {
    if (!option.equals(WEIGHTS) && !option.equals(TRAVEL)) {
      return false;
    }
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_FIT_NEEDS_VALUE, option, example(option));
    }
    for (String item : args.get(i).split(",", -1)) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(CliMessage.CLI_FIT_NOT_NAME_VALUE, option, item,
            example(option));
      }
      String name = item.substring(0, eq).trim();
      String value = item.substring(eq + 1).trim();
      String parameter = option.equals(WEIGHTS) ? weight(name) : travel(name);
      try {
        FitParameters.toModel(Map.of(parameter, value));
      } catch (IllegalArgumentException e) {
        throw new UsageException(CliMessage.CLI_FIT_BAD_VALUE, option, name,
            Texts.safeLines(Texts.errorText(e)));
      }
      if (overrides.put(parameter, value) != null) {
        throw new UsageException(CliMessage.CLI_FIT_TWICE, option, name);
      }
    }
    return true;
  }

  /** Whether any value was given. */
  boolean any() {
    return !overrides.isEmpty();
  }

  /** The fit model of the run: the problem's with the values given in place of its own. */
  FitModel model(MatchingProblem problem) throws UsageException {
    if (overrides.isEmpty()) {
      return FitModel.of(problem);
    }
    Map<String, String> parameters = new TreeMap<>(problem.fitParameters());
    parameters.putAll(overrides);
    try {
      return FitParameters.toModel(parameters);
    } catch (IllegalArgumentException e) {
      // each value was checked alone, so only the weights together can be wrong: all 0
      throw new UsageException(CliMessage.CLI_FIT_ALL_ZERO, WEIGHTS);
    }
  }

  /** Where the model of the run comes from, in a few words. */
  String origin(MatchingProblem problem, Locale locale) throws UsageException {
    boolean nl = "nl".equals(locale.getLanguage());
    if (any()) {
      return nl ? "aangepast op de opdrachtregel" : "changed on the command line";
    }
    if (FitParameters.nonDefault(model(problem)).isEmpty()) {
      return nl ? "de standaard" : "the default";
    }
    return nl ? "uit het probleembestand" : "from the problem file";
  }

  /** The model on one line, such as {@code weights: work processes 500, ...}. */
  static String describe(FitModel model, Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    FitWeights w = model.weights();
    TravelTimeModel t = model.travelModel();
    StringBuilder sb = new StringBuilder();
    sb.append(nl ? "gewichten: werkprocessen " : "weights: work processes ")
        .append(number(w.workProcesses(), nl))
        .append(nl ? ", soort bedrijf " : ", company kind ").append(number(w.companyKind(), nl))
        .append(nl ? ", soort werk " : ", work kind ").append(number(w.workKind(), nl))
        .append(nl ? ", reistijd " : ", travel ").append(number(w.travel(), nl))
        .append(nl ? ", leerruimte " : ", learning room ").append(number(w.learningRoom(), nl))
        .append(nl ? "; reizen: omwegfactor " : "; travel: detour factor ")
        .append(number(t.detourFactor(), nl));
    String[] en = {"walk", "bike", "public transport", "car"};
    String[] du = {"lopen", "fiets", "ov", "auto"};
    Transport[] all = Transport.values();
    for (int i = 0; i < all.length; i++) {
      sb.append(", ").append(nl ? du[i] : en[i]).append(' ')
          .append(number(t.speedKmh(all[i]), nl));
    }
    sb.append(nl ? " km/u, wachttijd ov " : " km/h, public-transport wait ")
        .append(number(t.publicTransportWaitMinutes(), nl)).append(" min")
        .append(nl ? "; beheersniveau " : "; mastery level ").append(model.masteryLevel());
    return sb.toString();
  }

  private static String number(double value, boolean nl) {
    String text = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
    return nl ? text.replace('.', ',') : text;
  }

  private static String weight(String name) throws UsageException {
    java.util.Optional<String> known = FitParameters.weightParameter(name);
    if (known.isPresent()) {
      return known.get();
    }
    throw new UsageException(CliMessage.CLI_FIT_UNKNOWN_WEIGHT, WEIGHTS, name,
        String.join(", ", WEIGHT_NAMES));
  }

  private static String travel(String name) throws UsageException {
    java.util.Optional<String> parameter = FitParameters.travelParameter(name);
    if (parameter.isPresent()) {
      return parameter.get();
    }
    List<String> known = new ArrayList<>(List.of("detourFactor", "walk", "bike",
        "publicTransport", "car", "publicTransportWaitMinutes"));
    throw new UsageException(CliMessage.CLI_FIT_UNKNOWN_TRAVEL, TRAVEL, name,
        String.join(", ", known));
  }

  private static String example(String option) {
    return option.equals(WEIGHTS) ? "workProcesses=500,travel=300" : "detourFactor=1.4,bike=12";
  }
}
