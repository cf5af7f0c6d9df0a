package nl.stagematch.bench.cli;

import java.util.Locale;
import java.util.Map;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Proposal;

/** Renders the figures of a proposal for the {@code match} and {@code demo} commands. */
final class VariantSummary {
  private VariantSummary() {}

  /** The mean fit of the placed students, or 0 when none is placed. */
  static double meanFit(MatchResult r) {
    return r.placedCount() == 0 ? 0 : (double) r.totalFit() / r.placedCount();
  }

  /**
   * Several lines in the language of the command line: placed, mean fit, unplaced by reason
   * (non-zero ones, by their code), the variant's figures (by their id).
   */
  static String render(Proposal proposal) {
    MatchResult r = proposal.result();
    int total = r.placedCount() + r.unplaced().size();
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append(Texts.text(CliMessage.CLI_SUMMARY_VARIANT, r.variant(), r.seed())).append(nl);
    if (!proposal.options().isEmpty()) {
      sb.append(Texts.text(CliMessage.CLI_SUMMARY_OPTIONS, join(proposal.options()))).append(nl);
    }
    sb.append(Texts.text(CliMessage.CLI_SUMMARY_STUDENTS, Texts.count(total))).append(nl);
    sb.append(Texts.text(CliMessage.CLI_SUMMARY_PLACED, Texts.count(r.placedCount()),
        Texts.decimal1(meanFit(r)))).append(nl);
    sb.append(Texts.text(CliMessage.CLI_SUMMARY_UNPLACED, Texts.count(r.unplaced().size())))
        .append(nl);
    for (Map.Entry<UnplacedReason, Integer> e : r.unplacedByReason().entrySet()) {
      if (e.getValue() > 0) {
        sb.append(String.format(Locale.ROOT, "  %-28s %s%n", e.getKey(),
            Texts.count(e.getValue())));
      }
    }
    Map<String, Long> figures = proposal.report().figures();
    if (!figures.isEmpty()) {
      sb.append(Texts.text(CliMessage.CLI_SUMMARY_REPORT)).append(nl);
      for (Map.Entry<String, Long> e : figures.entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %-28s %s%n", e.getKey(),
            Texts.count(e.getValue())));
      }
    }
    return sb.toString();
  }

  private static String join(Map<String, String> options) {
    StringBuilder sb = new StringBuilder();
    options.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
        .append(v));
    return sb.toString();
  }
}
