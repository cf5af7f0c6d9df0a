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

  /** Several lines: placed, mean fit, unplaced by reason (non-zero ones), the variant's figures. */
  static String render(Proposal proposal) {
    MatchResult r = proposal.result();
    int total = r.placedCount() + r.unplaced().size();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "variant:   %s (seed %d)%n", r.variant(), r.seed()));
    if (!proposal.options().isEmpty()) {
      sb.append("options:   ").append(join(proposal.options())).append(System.lineSeparator());
    }
    sb.append(String.format(Locale.ROOT, "students:  %,d%n", total));
    sb.append(String.format(Locale.ROOT, "placed:    %,d (mean fit %.1f)%n", r.placedCount(),
        meanFit(r)));
    sb.append(String.format(Locale.ROOT, "unplaced:  %,d%n", r.unplaced().size()));
    for (Map.Entry<UnplacedReason, Integer> e : r.unplacedByReason().entrySet()) {
      if (e.getValue() > 0) {
        sb.append(String.format(Locale.ROOT, "  %-28s %,d%n", e.getKey(), e.getValue()));
      }
    }
    Map<String, Long> figures = proposal.report().figures();
    if (!figures.isEmpty()) {
      sb.append("report:").append(System.lineSeparator());
      for (Map.Entry<String, Long> e : figures.entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %-28s %,d%n", e.getKey(), e.getValue()));
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
