package nl.stagematch.bench.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stagematch.bench.research.Summary.Aggregate;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.model.Message;
import nl.stagematch.variants.StageTimes;

/**
 * The outputs of an experiment: the side-by-side table, the tidy {@code results.csv} (byte for
 * byte the same for the same seeds), {@code timings.csv} (wall-clock times, never reproducible),
 * {@code summary.json} and a self-contained {@code report.html} with one SVG chart per metric
 * of the table and one of the fit distribution.
 */
public final class ComparisonReport {
  /** The metric name under which wall-clock times appear in the table and the report. */
  public static final String RUNTIME = "runtime-ms";

  private static final String[] COLORS = {"#1b6ca8", "#d1495b", "#66a182", "#edae49",
      "#7d5ba6", "#00798c", "#8d6a3f", "#555555"};

  /** The metrics of every run that the table and the charts show, in this order. */
  static final List<String> CORE = List.of("placement-rate", "placement-gap", "fit-mean",
      "fit-gap", "wish-fully-met", "applications-mean", "applications-ratio", RUNTIME);
  /**
   * The contenders' figures that the table and the charts show; all others are in the CSV and
   * the JSON only.
   */
  static final List<String> FIGURES = List.of("rounds", "meetings", "refusals", "objections");
  /** The further metrics of the table, group {@code all} only (the groups are in the CSV). */
  static final List<String> EXTRA = List.of("justified-envy", "first-choice", "top-3-choice",
      "travel-minutes-mean", "travel-minutes-p50", "travel-minutes-p90");

  private final Experiment experiment;
  private final List<RunRecord> records;
  private final List<String> arms;
  private final List<Aggregate> aggregates;
  private final List<Row> rows;
  private final List<Contrasts.Contrast> contrasts;

  /** One row of the table: a metric for a group. */
  record Row(String metric, String group) {
    String label() {
      return group.equals(Measure.ALL) ? metric : metric + " [" + group + "]";
    }
  }

  /**
   * The report of {@code records}, the result of running {@code experiment}, with the contrasts
   * of every contender against {@code v0-practice} (where it ran) and no named pairs.
   */
  public ComparisonReport(Experiment experiment, List<RunRecord> records) {
    this(experiment, records, List.of());
  }

  /**
   * The report of {@code records} with the contrasts of every contender against {@code
   * v0-practice} (where it ran) and of the {@code named} pairs (A, B): A minus B.
   *
   * @throws IllegalArgumentException if a pair names a contender that did not run
   */
  public ComparisonReport(Experiment experiment, List<RunRecord> records,
      List<List<String>> named) {
    this.experiment = experiment;
    this.records = List.copyOf(records);
    List<String> names = new ArrayList<>();
    for (Arm a : experiment.arms()) {
      names.add(a.name());
    }
    this.arms = List.copyOf(names);
    List<Aggregate> all = new ArrayList<>(Summary.of(arms, records));
    for (String arm : arms) {
      List<Double> ms = new ArrayList<>();
      for (RunRecord r : records) {
        if (r.arm().equals(arm)) {
          ms.add(r.nanos() / 1e6);
        }
      }
      all.add(Summary.aggregate(arm, RUNTIME, Measure.ALL, ms));
    }
    this.aggregates = List.copyOf(all);
    this.rows = tableRows();
    this.contrasts = Contrasts.of(arms, this.records, BASELINE, named);
  }

  /** The contender every other is contrasted with, where it runs. */
  public static final String BASELINE = "v0-practice";

  /** The family of contrasts with Holm's adjusted p-values ({@link Contrasts}). */
  public List<Contrasts.Contrast> contrasts() {
    return contrasts;
  }

  /** The aggregates, per contender, including the runtime. */
  public List<Aggregate> aggregates() {
    return aggregates;
  }

  /** The distinct metrics of the table, in order; the report has one chart for each. */
  public List<String> tableMetrics() {
    Set<String> m = new LinkedHashSet<>();
    for (Row r : rows) {
      m.add(r.metric());
    }
    return List.copyOf(m);
  }

  private List<Row> tableRows() {
    List<Row> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Aggregate a : aggregates) {
      String key = a.metric() + "\u0000" + a.group();
      if (seen.contains(key) || a.metric().startsWith("fit-share-")
          || a.group().contains("=")) {
        continue;
      }
      if (EXTRA.contains(a.metric())) {
        if (a.group().equals(Measure.ALL)) {
          seen.add(key);
        }
        continue;
      }
      if (a.metric().startsWith("unplaced-") && (!anyNonZero(a.metric())
          || a.metric().equals("unplaced-out-of-scope")
          || a.metric().equals("unplaced-opted-out"))) {
        continue;
      }
      if (!a.metric().startsWith("unplaced-") && !CORE.contains(a.metric())
          && !FIGURES.contains(a.metric())) {
        continue;
      }
      if (a.metric().equals("wish-fully-met") && !a.group().equals(Measure.ALL)) {
        continue;
      }
      seen.add(key);
    }
    List<String> order = CORE.subList(0, 5);
    for (String metric : order) {
      for (String key : seen) {
        String[] k = key.split("\u0000", 2);
        if (k[0].equals(metric)) {
          out.add(new Row(k[0], k[1]));
        }
      }
    }
    for (String key : seen) {
      String[] k = key.split("\u0000", 2);
      if (!order.contains(k[0]) && !k[0].equals(RUNTIME)) {
        out.add(new Row(k[0], k[1]));
      }
    }
    out.add(new Row(RUNTIME, Measure.ALL));
    return List.copyOf(out);
  }

  private boolean anyNonZero(String metric) {
    for (Aggregate a : aggregates) {
      if (a.metric().equals(metric) && a.mean() != 0 && !Double.isNaN(a.mean())) {
        return true;
      }
    }
    return false;
  }

  private Aggregate find(String arm, String metric, String group) {
    for (Aggregate a : aggregates) {
      if (a.arm().equals(arm) && a.metric().equals(metric) && a.group().equals(group)) {
        return a;
      }
    }
    return null;
  }

  static boolean isShare(String metric) {
    return metric.equals("placement-rate") || metric.equals("placement-gap")
        || metric.equals("wish-fully-met") || metric.startsWith("fit-share-")
        || metric.equals("first-choice") || metric.equals("top-3-choice");
  }

  /** A value for people: shares in percent, others with one decimal. */
  static String human(String metric, double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (isShare(metric)) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
    if (metric.equals("applications-ratio")) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    if (v == Math.rint(v) && Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String cell(Aggregate a) {
    if (a == null || a.n() == 0) {
      return "-";
    }
    String mean = human(a.metric(), a.mean());
    if (Double.isNaN(a.halfWidth())) {
      return mean;
    }
    String hw = isShare(a.metric())
        ? String.format(Locale.ROOT, "%.1f", a.halfWidth() * 100)
        : a.metric().equals("applications-ratio")
            ? String.format(Locale.ROOT, "%.2f", a.halfWidth())
            : String.format(Locale.ROOT, "%,.1f", a.halfWidth());
    return mean + " ±" + hw;
  }

  /** The side-by-side table: contenders as columns, mean ± half-width of the 95% interval. */
  public String table() {
    return table(Locale.ENGLISH);
  }

  /**
   * {@link #table()} with its footer in Dutch ({@code nl}) or English (any other language); the
   * contenders' and metrics' ids stay as they are in both.
   */
  public String table(Locale locale) {
    List<String> labels = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    labels.add("");
    cells.add(arms);
    for (Row r : rows) {
      labels.add(r.label());
      List<String> line = new ArrayList<>();
      for (String arm : arms) {
        line.add(cell(find(arm, r.metric(), r.group())));
      }
      cells.add(line);
    }
    int lw = 0;
    for (String l : labels) {
      lw = Math.max(lw, l.length());
    }
    int[] w = new int[arms.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        w[c] = Math.max(w[c], line.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      sb.append(String.format(Locale.ROOT, "%-" + lw + "s", labels.get(i)));
      for (int c = 0; c < cells.get(i).size(); c++) {
        sb.append("  ").append(String.format(Locale.ROOT, "%" + w[c] + "s", cells.get(i).get(c)));
      }
      sb.append('\n');
    }
    int n = experiment.replications();
    if (Message.isDutch(locale)) {
      sb.append(String.format(Locale.ROOT, "%nGemiddelde over %d replicatie%s%s; group = de"
          + " onderzoeksgroep, others = de rest; verschillen (gap) zijn others min group.%n", n,
          n == 1 ? "" : "s", n == 1 ? ""
              : ", ± de halve breedte van het 95%-betrouwbaarheidsinterval (Student-t)"));
    } else {
      sb.append(String.format(Locale.ROOT, "%nMean over %d replication%s%s; group = the research"
          + " group, others = the rest; gaps are others minus group.%n", n, n == 1 ? "" : "s",
          n == 1 ? "" : ", ± the half-width of the 95% confidence interval (Student's t)"));
    }
    return sb.toString();
  }

  /** A p-value for people: three decimals, or {@code <0.001}. */
  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "-";
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static String interval(String metric, double mean, double halfWidth) {
    if (Double.isNaN(halfWidth)) {
      return "-";
    }
    return human(metric, mean - halfWidth) + " .. " + human(metric, mean + halfWidth);
  }

  /** The sentence of one contrast in {@code locale}'s language. */
  static String words(Contrasts.Contrast c, Locale locale) {
    Message msg;
    String mean = human(c.metric(), c.mean());
    if (!c.tested()) {
      msg = Message.of(ResearchMessage.CONTRAST_UNTESTED, c.label(), c.metric());
    } else if (c.kind() == Contrasts.Kind.GAP) {
      msg = Message.of(c.significant() ? ResearchMessage.CONTRAST_GAP_SIGNIFICANT
          : ResearchMessage.CONTRAST_GAP_NOT_SIGNIFICANT, c.arm(), c.metric(), mean,
          human(c.metric(), c.mean() - c.halfWidth()),
          human(c.metric(), c.mean() + c.halfWidth()), pValue(c.holmP()));
    } else {
      msg = Message.of(c.significant() ? ResearchMessage.CONTRAST_SIGNIFICANT
          : ResearchMessage.CONTRAST_NOT_SIGNIFICANT, c.arm(), c.other(), c.metric(), mean,
          human(c.metric(), c.mean() - c.halfWidth()),
          human(c.metric(), c.mean() + c.halfWidth()), pValue(c.holmP()));
    }
    return msg.text(locale);
  }

  /** The header line, columns and rows of the contrasts table. */
  private List<List<String>> contrastCells() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("contrast", "metric", "n", "mean", "95%", "simultaneous", "p", "holm-p",
        ""));
    for (Contrasts.Contrast c : contrasts) {
      cells.add(List.of(c.label(), c.metric(), Integer.toString(c.n()),
          human(c.metric(), c.mean()), interval(c.metric(), c.mean(), c.halfWidth()),
          interval(c.metric(), c.mean(), c.adjustedHalfWidth()), pValue(c.p()),
          pValue(c.holmP()), c.tested() && c.significant() ? "*" : ""));
    }
    return cells;
  }

  /**
   * The contrasts ({@link Contrasts}) as text for the terminal, in Dutch ({@code nl}) or English
   * (any other language): a header saying what was tested and how it was adjusted, the table of
   * every test, the words for every contender's own gap and every named pair, and how many tests
   * are significant after Holm's adjustment.
   */
  public String contrastsText(Locale locale) {
    StringBuilder sb = new StringBuilder();
    int m = Contrasts.tests(contrasts);
    if (m == 0) {
      return Message.of(ResearchMessage.CONTRASTS_NONE).text(locale) + "\n";
    }
    sb.append(Message.of(ResearchMessage.CONTRASTS_HEADER, experiment.replications(), m)
        .text(locale)).append("\n\n");
    List<List<String>> cells = contrastCells();
    int[] w = new int[cells.get(0).size()];
    Arrays.fill(w, 1);
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        w[c] = Math.max(w[c], line.get(c).length());
      }
    }
    for (List<String> line : cells) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c < line.size(); c++) {
        String f = c < 2 ? "%-" + w[c] + "s" : "%" + w[c] + "s";
        l.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, f, line.get(c)));
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    sb.append('\n');
    int significant = 0;
    for (Contrasts.Contrast c : contrasts) {
      if (c.tested() && c.significant()) {
        significant++;
      }
      if (c.kind() != Contrasts.Kind.BASELINE) {
        sb.append("- ").append(words(c, locale)).append('\n');
      }
    }
    sb.append(Message.of(ResearchMessage.CONTRASTS_SUMMARY, significant, m).text(locale))
        .append('\n');
    return sb.toString();
  }

  /** The tidy CSV of every measure of every run; the same seeds give the same bytes. */
  public String resultsCsv() {
    StringBuilder sb = new StringBuilder("arm,replication,seed,cohort,metric,group,value\n");
    for (RunRecord r : records) {
      for (Measure m : r.measures()) {
        sb.append(r.arm()).append(',').append(r.replication()).append(',').append(r.seed())
            .append(',').append(r.cohort()).append(',').append(m.metric()).append(',')
            .append(m.group()).append(',').append(number(m.value())).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * The wall-clock time of every run, in milliseconds (not reproducible), and for a variant the
   * time of each of its stages ({@link StageTimes#STAGES}; NA for other contenders).
   */
  public String timingsCsv() {
    StringBuilder sb = new StringBuilder("arm,replication,seed,runtime_ms");
    for (String stage : StageTimes.STAGES) {
      sb.append(',').append(stage).append("_ms");
    }
    sb.append('\n');
    for (RunRecord r : records) {
      sb.append(r.arm()).append(',').append(r.replication()).append(',').append(r.seed())
          .append(',').append(String.format(Locale.ROOT, "%.3f", r.nanos() / 1e6));
      for (String stage : StageTimes.STAGES) {
        Long nanos = r.stageNanos().get(stage);
        sb.append(',').append(nanos == null ? "NA"
            : String.format(Locale.ROOT, "%.3f", nanos / 1e6));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A number for the CSV: whole numbers without decimals, others with six, NA for none. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "NA";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** The aggregates, settings and seeds as JSON ({@code stagematch-compare/1}). */
  public String summaryJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "stagematch-compare/1");
    doc.put("cohort", experiment.source().describe());
    doc.put("replications", experiment.replications());
    doc.put("seed", experiment.seed());
    List<Long> seeds = new ArrayList<>();
    for (int r = 0; r < experiment.replications(); r++) {
      seeds.add(experiment.seedOf(r));
    }
    doc.put("seeds", seeds);
    List<Map<String, Object>> arms = new ArrayList<>();
    for (Arm a : experiment.arms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", a.name());
      m.put("description", a.description());
      arms.add(m);
    }
    doc.put("arms", arms);
    List<Map<String, Object>> aggs = new ArrayList<>();
    for (Aggregate a : aggregates) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("arm", a.arm());
      m.put("metric", a.metric());
      m.put("group", a.group());
      m.put("n", a.n());
      m.put("mean", json(a.mean()));
      m.put("ci95Low", json(a.low()));
      m.put("ci95High", json(a.high()));
      aggs.add(m);
    }
    doc.put("aggregates", aggs);
    Map<String, Object> family = new LinkedHashMap<>();
    family.put("adjustment", "holm");
    family.put("level", Contrasts.ALPHA);
    family.put("tests", Contrasts.tests(contrasts));
    family.put("simultaneousIntervals", "bonferroni");
    List<Map<String, Object>> cs = new ArrayList<>();
    for (Contrasts.Contrast c : contrasts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      m.put("arm", c.arm());
      m.put("other", c.other().isEmpty() ? null : c.other());
      m.put("metric", c.metric());
      m.put("n", c.n());
      m.put("mean", json(c.mean()));
      m.put("ci95Low", json(c.mean() - c.halfWidth()));
      m.put("ci95High", json(c.mean() + c.halfWidth()));
      m.put("simultaneousLow", json(c.mean() - c.adjustedHalfWidth()));
      m.put("simultaneousHigh", json(c.mean() + c.adjustedHalfWidth()));
      m.put("p", json(c.p()));
      m.put("holmP", json(c.holmP()));
      m.put("significant", c.tested() && c.significant());
      cs.add(m);
    }
    family.put("contrasts", cs);
    doc.put("contrasts", family);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(doc) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("Writing the summary failed: " + e.getMessage(), e);
    }
  }

  private static Double json(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  /** The self-contained HTML report: tables and inline SVG charts, no external resource. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Stagematch: comparison of matching variants</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}\n")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;")
        .append("padding:3px 6px;text-align:right}th:first-child,td:first-child{text-align:left}")
        .append("\nsvg{display:block;margin:0 0 1.5em 0}figure{margin:0}")
        .append("figcaption{font-weight:bold;margin:1em 0 .3em 0}\n</style>\n</head>\n<body>\n");
    sb.append("<h1>Comparison of matching variants</h1>\n<p>Cohort: ")
        .append(esc(experiment.source().describe())).append("; ")
        .append(experiment.replications()).append(" replication(s), seeds ")
        .append(experiment.seedOf(0)).append(" to ")
        .append(experiment.seedOf(experiment.replications() - 1))
        .append(". Means over replications with 95% confidence intervals (Student's t).")
        .append(" The group is a research-only attribute, never part of the matching input;")
        .append(" gaps are others minus group.</p>\n");
    sb.append("<h2>Contenders</h2>\n<ul>\n");
    for (Arm a : experiment.arms()) {
      sb.append("<li><b>").append(esc(a.name())).append("</b>: ").append(esc(a.description()))
          .append("</li>\n");
    }
    sb.append("</ul>\n<h2>Table</h2>\n<table>\n<tr><th></th>");
    for (String arm : arms) {
      sb.append("<th>").append(esc(arm)).append("</th>");
    }
    sb.append("</tr>\n");
    for (Row r : rows) {
      sb.append("<tr><td>").append(esc(r.label())).append("</td>");
      for (String arm : arms) {
        sb.append("<td>").append(esc(cell(find(arm, r.metric(), r.group())))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
    sb.append(htmlContrasts());
    sb.append("<h2>Charts</h2>\n");
    sb.append(fitDistributionChart());
    for (String metric : tableMetrics()) {
      sb.append(barChart(metric));
    }
    sb.append(travelChart());
    for (String metric : Contrasts.GAPS) {
      for (String prefix : RunMetrics.STRATA) {
        sb.append(stratumChart(metric, prefix));
      }
    }
    sb.append(stratumChart("placement-rate", "school"));
    sb.append(stratumChart("fit-mean", "school"));
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private String barChart(String metric) {
    List<String> groups = new ArrayList<>();
    for (Row r : rows) {
      if (r.metric().equals(metric)) {
        groups.add(r.group());
      }
    }
    double lo = 0;
    double hi = 0;
    for (String arm : arms) {
      for (String g : groups) {
        Aggregate a = find(arm, metric, g);
        if (a != null && a.n() > 0) {
          double l = Double.isNaN(a.halfWidth()) ? a.mean() : a.low();
          double h = Double.isNaN(a.halfWidth()) ? a.mean() : a.high();
          lo = Math.min(lo, l);
          hi = Math.max(hi, h);
        }
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    int width = 900;
    int height = 300;
    int left = 60;
    int top = 20;
    int plotH = 190;
    int slot = (width - left - 70) / Math.max(1, arms.size());
    int barW = Math.max(4, (slot - 16) / Math.max(1, groups.size()));
    StringBuilder sb = new StringBuilder();
    sb.append("<figure>\n<figcaption>").append(esc(title(metric))).append("</figcaption>\n")
        .append(String.format(Locale.ROOT, "<svg"
            + " data-metric=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " role=\"img\" aria-label=\"%s\">%n", esc(metric), width, height, width, height,
            esc(title(metric))));
    double zeroY = y(0, lo, hi, top, plotH);
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
        + " stroke=\"#888\"/>%n", left, zeroY, width - 10, zeroY));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\""
        + " text-anchor=\"end\">%s</text>%n", left - 4, y(hi, lo, hi, top, plotH) + 4,
        esc(human(metric, hi))));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\""
        + " text-anchor=\"end\">%s</text>%n", left - 4, zeroY + 4, esc(human(metric, 0))));
    if (lo < 0) {
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\""
          + " text-anchor=\"end\">%s</text>%n", left - 4, y(lo, lo, hi, top, plotH),
          esc(human(metric, lo))));
    }
    for (int i = 0; i < arms.size(); i++) {
      String arm = arms.get(i);
      int x0 = left + i * slot + 8;
      for (int g = 0; g < groups.size(); g++) {
        Aggregate a = find(arm, metric, groups.get(g));
        if (a == null || a.n() == 0) {
          continue;
        }
        double yv = y(a.mean(), lo, hi, top, plotH);
        int x = x0 + g * barW;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\""
            + " height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>%n", x,
            Math.min(yv, zeroY), barW - 2, Math.abs(zeroY - yv), COLORS[g % COLORS.length],
            esc(arm), esc(groups.get(g)), esc(cell(a))));
        if (!Double.isNaN(a.halfWidth())) {
          double cx = x + (barW - 2) / 2.0;
          double y1 = y(a.low(), lo, hi, top, plotH);
          double y2 = y(a.high(), lo, hi, top, plotH);
          sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
              + " y2=\"%.1f\" stroke=\"#000\"/>%n", cx, y1, cx, y2));
          sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
              + " y2=\"%.1f\" stroke=\"#000\"/>%n", cx - 3, y1, cx + 3, y1));
          sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
              + " y2=\"%.1f\" stroke=\"#000\"/>%n", cx - 3, y2, cx + 3, y2));
        }
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\""
          + " text-anchor=\"middle\">%s</text>%n", left + i * slot + slot / 2,
          top + plotH + 18 + (i % 2) * 14, esc(arm)));
    }
    if (groups.size() > 1) {
      for (int g = 0; g < groups.size(); g++) {
        int lx = left + g * 110;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\""
            + " height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
            lx, height - 22, COLORS[g % COLORS.length], lx + 14, height - 13,
            esc(groups.get(g))));
      }
    }
    sb.append("</svg>\n</figure>\n");
    return sb.toString();
  }

  /**
   * The ids ({@code data-metric}) of the report's charts, in order: the contrasts per metric,
   * the fit distribution, one per metric of the table, the travel-time distribution, the gaps by
   * stratum and the outcomes per school (each where there is something to show).
   */
  public List<String> extraCharts() {
    List<String> out = new ArrayList<>();
    for (String metric : Contrasts.METRICS) {
      if (hasContrast(metric)) {
        out.add("contrast-" + metric);
      }
    }
    out.add("fit-distribution");
    out.addAll(tableMetrics());
    if (!strata("travel-minutes-p50", null).isEmpty()) {
      out.add("travel-distribution");
    }
    for (String metric : Contrasts.GAPS) {
      for (String prefix : RunMetrics.STRATA) {
        if (!strata(metric, prefix).isEmpty()) {
          out.add(metric + "-by-" + prefix);
        }
      }
    }
    for (String metric : List.of("placement-rate", "fit-mean")) {
      if (!strata(metric, "school").isEmpty()) {
        out.add(metric + "-by-school");
      }
    }
    return out;
  }

  private String htmlContrasts() {
    StringBuilder sb = new StringBuilder("<h2>Contrasts</h2>\n");
    int m = Contrasts.tests(contrasts);
    if (m == 0) {
      return sb.append("<p>").append(esc(Message.of(ResearchMessage.CONTRASTS_NONE)
          .text(Locale.ENGLISH))).append("</p>\n").toString();
    }
    sb.append("<p>").append(esc(Message.of(ResearchMessage.CONTRASTS_HEADER,
        experiment.replications(), m).text(Locale.ENGLISH))).append("</p>\n<table>\n");
    boolean head = true;
    for (List<String> line : contrastCells()) {
      sb.append("<tr>");
      for (String cell : line) {
        sb.append(head ? "<th>" : "<td>").append(esc(cell)).append(head ? "</th>" : "</td>");
      }
      sb.append("</tr>\n");
      head = false;
    }
    sb.append("</table>\n<ul>\n");
    int significant = 0;
    for (Contrasts.Contrast c : contrasts) {
      if (c.tested() && c.significant()) {
        significant++;
      }
      sb.append("<li>").append(esc(words(c, Locale.ENGLISH))).append("</li>\n");
    }
    sb.append("</ul>\n<p>").append(esc(Message.of(ResearchMessage.CONTRASTS_SUMMARY,
        significant, m).text(Locale.ENGLISH))).append("</p>\n");
    for (String metric : Contrasts.METRICS) {
      sb.append(forestChart(metric));
    }
    return sb.toString();
  }

  private boolean hasContrast(String metric) {
    for (Contrasts.Contrast c : contrasts) {
      if (c.metric().equals(metric) && c.tested()) {
        return true;
      }
    }
    return false;
  }

  /** One row per contrast on {@code metric}: the mean, the 95% and the simultaneous interval. */
  private String forestChart(String metric) {
    if (!hasContrast(metric)) {
      return "";
    }
    List<Contrasts.Contrast> list = new ArrayList<>();
    double lo = 0;
    double hi = 0;
    for (Contrasts.Contrast c : contrasts) {
      if (c.metric().equals(metric) && c.tested()) {
        list.add(c);
        lo = Math.min(lo, c.mean() - c.adjustedHalfWidth());
        hi = Math.max(hi, c.mean() + c.adjustedHalfWidth());
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    int rowH = 18;
    int left = 330;
    int width = 900;
    int plotW = width - left - 20;
    int height = 40 + rowH * list.size();
    StringBuilder sb = new StringBuilder();
    String title = "Contrasts on " + metric + ": mean with the 95% (thick) and the simultaneous"
        + " (thin) interval; * = significant after Holm";
    sb.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n")
        .append(String.format(Locale.ROOT, "<svg data-metric=\"contrast-%s\" width=\"%d\""
            + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
            esc(metric), width, height, width, height, esc(title)));
    double zx = left + (0 - lo) / (hi - lo) * plotW;
    sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\""
        + " stroke=\"#888\"/>%n", zx, zx, height - 20));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>"
        + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>%n", left,
        height - 6, esc(human(metric, lo)), width - 20, height - 6, esc(human(metric, hi))));
    for (int i = 0; i < list.size(); i++) {
      Contrasts.Contrast c = list.get(i);
      double y = 20 + i * rowH;
      double x = left + (c.mean() - lo) / (hi - lo) * plotW;
      double a1 = left + (c.mean() - c.adjustedHalfWidth() - lo) / (hi - lo) * plotW;
      double a2 = left + (c.mean() + c.adjustedHalfWidth() - lo) / (hi - lo) * plotW;
      double c1 = left + (c.mean() - c.halfWidth() - lo) / (hi - lo) * plotW;
      double c2 = left + (c.mean() + c.halfWidth() - lo) / (hi - lo) * plotW;
      String color = c.significant() ? "#d1495b" : "#1b6ca8";
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\""
          + " text-anchor=\"end\">%s%s</text>%n", left - 8, y + 4, esc(c.label()),
          c.significant() ? " *" : ""));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
          + " y2=\"%.1f\" stroke=\"%s\"/>%n", a1, y, a2, y, color));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
          + " y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\"/>%n", c1, y, c2, y, color));
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\""
          + " fill=\"#000\"><title>%s</title></circle>%n", x, y,
          esc(words(c, Locale.ENGLISH))));
    }
    sb.append("</svg>\n</figure>\n");
    return sb.toString();
  }

  /**
   * The strata of {@code metric} with group prefix {@code prefix} (such as {@code sector}), in
   * order of first appearance; with a null prefix, whether {@code metric} has a value (group
   * {@code all}) for any contender.
   */
  private List<String> strata(String metric, String prefix) {
    Set<String> out = new LinkedHashSet<>();
    for (Aggregate a : aggregates) {
      if (!a.metric().equals(metric) || a.n() == 0) {
        continue;
      }
      if (prefix == null ? a.group().equals(Measure.ALL) : a.group().startsWith(prefix + "=")) {
        out.add(a.group());
      }
    }
    List<String> sorted = new ArrayList<>(out);
    Collections.sort(sorted);
    return sorted;
  }

  /** Box per contender: 25-75% box, 10-90% whiskers, the median and the mean. */
  private String travelChart() {
    if (strata("travel-minutes-p50", null).isEmpty()) {
      return "";
    }
    double hi = 1;
    for (String arm : arms) {
      Aggregate a = find(arm, RunMetrics.travelQuantile(90), Measure.ALL);
      if (a != null && a.n() > 0) {
        hi = Math.max(hi, a.mean());
      }
    }
    int width = 900;
    int height = 300;
    int left = 60;
    int top = 20;
    int plotH = 200;
    int slot = (width - left - 20) / Math.max(1, arms.size());
    String title = "Travel time of the placed (minutes, one way): box 25-75%, whiskers 10-90%,"
        + " line the median, dot the mean (means over the replications)";
    StringBuilder sb = new StringBuilder();
    sb.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n")
        .append(String.format(Locale.ROOT, "<svg data-metric=\"travel-distribution\""
            + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
            + " aria-label=\"%s\">%n", width, height, width, height, esc(title)));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
        + " stroke=\"#888\"/><text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0"
        + "</text><text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%.0f</text>%n",
        left, top + plotH, width - 10, top + plotH, left - 4, top + plotH + 4, left - 4, top + 4,
        hi));
    for (int i = 0; i < arms.size(); i++) {
      String arm = arms.get(i);
      double[] q = new double[RunMetrics.TRAVEL_QUANTILES.length];
      boolean any = true;
      for (int k = 0; k < q.length; k++) {
        Aggregate a = find(arm, RunMetrics.travelQuantile(RunMetrics.TRAVEL_QUANTILES[k]),
            Measure.ALL);
        any &= a != null && a.n() > 0;
        q[k] = a == null ? Double.NaN : a.mean();
      }
      Aggregate mean = find(arm, "travel-minutes-mean", Measure.ALL);
      double cx = left + i * slot + slot / 2.0;
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\""
          + " text-anchor=\"middle\">%s</text>%n", cx, top + plotH + 18 + (i % 2) * 14,
          esc(arm)));
      if (!any) {
        continue;
      }
      double bw = Math.min(40, slot - 20);
      String color = COLORS[i % COLORS.length];
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
          + " y2=\"%.1f\" stroke=\"#000\"/>%n", cx, y(q[0], 0, hi, top, plotH), cx,
          y(q[4], 0, hi, top, plotH)));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
          + " height=\"%.1f\" fill=\"%s\"><title>%s: p10 %.1f, p25 %.1f, median %.1f,"
          + " p75 %.1f, p90 %.1f</title></rect>%n", cx - bw / 2, y(q[3], 0, hi, top, plotH), bw,
          y(q[1], 0, hi, top, plotH) - y(q[3], 0, hi, top, plotH), color, esc(arm), q[0], q[1],
          q[2], q[3], q[4]));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
          + " y2=\"%.1f\" stroke=\"#fff\" stroke-width=\"2\"/>%n", cx - bw / 2,
          y(q[2], 0, hi, top, plotH), cx + bw / 2, y(q[2], 0, hi, top, plotH)));
      if (mean != null && mean.n() > 0) {
        sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\""
            + " fill=\"#000\"><title>mean %.1f</title></circle>%n", cx,
            y(mean.mean(), 0, hi, top, plotH), mean.mean()));
      }
    }
    sb.append("</svg>\n</figure>\n");
    return sb.toString();
  }

  /** Bars per stratum (x) and contender (colour), with the 95% intervals as whiskers. */
  private String stratumChart(String metric, String prefix) {
    List<String> strata = strata(metric, prefix);
    if (strata.isEmpty()) {
      return "";
    }
    double lo = 0;
    double hi = 0;
    for (String arm : arms) {
      for (String g : strata) {
        Aggregate a = find(arm, metric, g);
        if (a != null && a.n() > 0 && !Double.isNaN(a.mean())) {
          lo = Math.min(lo, Double.isNaN(a.halfWidth()) ? a.mean() : a.low());
          hi = Math.max(hi, Double.isNaN(a.halfWidth()) ? a.mean() : a.high());
        }
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    int left = 60;
    int top = 20;
    int plotH = 200;
    int barW = Math.max(3, Math.min(14, 800 / Math.max(1, strata.size() * arms.size())));
    int slot = barW * arms.size() + 12;
    int width = Math.max(900, left + slot * strata.size() + 20);
    int height = 330 + 16 * ((arms.size() + 3) / 4);
    String title = (prefix.equals("school") ? metric + " per school" : metric + " by " + prefix)
        + " (others minus group for a gap), per contender, with 95% intervals";
    StringBuilder sb = new StringBuilder();
    sb.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n")
        .append(String.format(Locale.ROOT, "<svg data-metric=\"%s-by-%s\" width=\"%d\""
            + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
            esc(metric), esc(prefix), width, height, width, height, esc(title)));
    double zeroY = y(0, lo, hi, top, plotH);
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
        + " stroke=\"#888\"/>%n", left, zeroY, width - 10, zeroY));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\""
        + " text-anchor=\"end\">%s</text><text x=\"%d\" y=\"%.1f\" font-size=\"11\""
        + " text-anchor=\"end\">%s</text>%n", left - 4, y(hi, lo, hi, top, plotH) + 4,
        esc(human(metric, hi)), left - 4, y(lo, lo, hi, top, plotH), esc(human(metric, lo))));
    for (int j = 0; j < strata.size(); j++) {
      int x0 = left + j * slot + 6;
      for (int i = 0; i < arms.size(); i++) {
        Aggregate a = find(arms.get(i), metric, strata.get(j));
        if (a == null || a.n() == 0 || Double.isNaN(a.mean())) {
          continue;
        }
        double yv = y(a.mean(), lo, hi, top, plotH);
        int x = x0 + i * barW;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\""
            + " height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>%n", x,
            Math.min(yv, zeroY), Math.max(1, barW - 1), Math.abs(zeroY - yv),
            COLORS[i % COLORS.length], esc(arms.get(i)), esc(strata.get(j)), esc(cell(a))));
        if (!Double.isNaN(a.halfWidth())) {
          double cx = x + (barW - 1) / 2.0;
          sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
              + " y2=\"%.1f\" stroke=\"#000\"/>%n", cx, y(a.low(), lo, hi, top, plotH), cx,
              y(a.high(), lo, hi, top, plotH)));
        }
      }
      String label = strata.get(j).substring(prefix.length() + 1);
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\""
          + " text-anchor=\"end\" transform=\"rotate(-45 %.1f %d)\">%s</text>%n",
          x0 + slot / 2.0, top + plotH + 14, x0 + slot / 2.0, top + plotH + 14, esc(label)));
    }
    for (int i = 0; i < arms.size(); i++) {
      int lx = left + (i % 4) * 200;
      int ly = height - 16 * ((arms.size() + 3) / 4) - 4 + (i / 4) * 16;
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\""
          + " height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
          lx, ly, COLORS[i % COLORS.length], lx + 14, ly + 9, esc(arms.get(i))));
    }
    sb.append("</svg>\n</figure>\n");
    return sb.toString();
  }

  private String fitDistributionChart() {
    int width = 900;
    int height = 300;
    int left = 60;
    int top = 20;
    int plotH = 200;
    int plotW = width - left - 170;
    double hi = 0;
    for (String arm : arms) {
      for (int b = 0; b < RunMetrics.FIT_BINS; b++) {
        Aggregate a = find(arm, RunMetrics.fitBin(b), Measure.ALL);
        if (a != null && a.n() > 0) {
          hi = Math.max(hi, a.mean());
        }
      }
    }
    if (hi == 0) {
      hi = 1;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<figure>\n<figcaption>Fit distribution of the placed (share per band of 100)"
        + "</figcaption>\n").append(String.format(Locale.ROOT, "<svg"
            + " data-metric=\"fit-distribution\""
            + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
            + " aria-label=\"Fit distribution\">%n", width, height, width, height));
    double step = plotW / (double) (RunMetrics.FIT_BINS - 1);
    for (int b = 0; b < RunMetrics.FIT_BINS; b++) {
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\""
          + " text-anchor=\"middle\">%d</text>%n", left + b * step, top + plotH + 16, b * 100));
    }
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
        + " stroke=\"#888\"/>%n", left, top + plotH, left + plotW, top + plotH));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\""
        + " text-anchor=\"end\">%s</text>%n", left - 4, top + 4, human("fit-share-x", hi)));
    for (int i = 0; i < arms.size(); i++) {
      StringBuilder pts = new StringBuilder();
      for (int b = 0; b < RunMetrics.FIT_BINS; b++) {
        Aggregate a = find(arms.get(i), RunMetrics.fitBin(b), Measure.ALL);
        double v = a == null || Double.isNaN(a.mean()) ? 0 : a.mean();
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + b * step,
            y(v, 0, hi, top, plotH)));
      }
      String color = COLORS[i % COLORS.length];
      sb.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\""
          + " stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>%n", color,
          pts.toString().trim(), esc(arms.get(i))));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\""
          + " fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
          left + plotW + 20, top + i * 16, color, left + plotW + 34, top + i * 16 + 9,
          esc(arms.get(i))));
    }
    sb.append("</svg>\n</figure>\n");
    return sb.toString();
  }

  private static double y(double v, double lo, double hi, int top, int plotH) {
    return top + plotH - (v - lo) / (hi - lo) * plotH;
  }

  private static String title(String metric) {
    switch (metric) {
      case "placement-rate":
        return "Placement rate (placed / active students), all, group and others";
      case "placement-gap":
        return "Gap in placement rate between groups (others minus group)";
      case "fit-mean":
        return "Mean fit of the placed (0..1000), all, group and others";
      case "fit-gap":
        return "Gap in mean fit between groups (others minus group)";
      case "wish-fully-met":
        return "Share of active students whose wish is fully met";
      case "justified-envy":
        return "Justified envy: pairs (student, place) where she prefers the place and it holds"
            + " a student with a lower fit there";
      case "first-choice":
        return "Share of the students who ranked places placed at their first choice";
      case "top-3-choice":
        return "Share of the students who ranked places placed at one of their first three";
      case "travel-minutes-mean":
        return "Mean travel time of the placed (minutes, one way)";
      case "travel-minutes-p50":
        return "Median travel time of the placed (minutes, one way)";
      case "travel-minutes-p90":
        return "90th percentile of the travel time of the placed (minutes, one way)";
      case RUNTIME:
        return "Run time per replication (ms, wall clock)";
      default:
        return metric;
    }
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Writes results.csv, timings.csv, summary.json and report.html into {@code dir}. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path html = dir.resolve("report.html");
    // the four files are written together: all of them, or (after an error) none is replaced
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      add(batch, dir.resolve("results.csv"), resultsCsv());
      add(batch, dir.resolve("timings.csv"), timingsCsv());
      add(batch, dir.resolve("summary.json"), summaryJson());
      add(batch, html, html());
      batch.commit();
    }
    return html;
  }

  private static void add(AtomicFiles.Batch batch, Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    batch.add(file, o -> o.write(bytes));
  }
}
