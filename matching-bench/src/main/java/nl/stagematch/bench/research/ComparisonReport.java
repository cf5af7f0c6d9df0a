package nl.stagematch.bench.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private final Experiment experiment;
  private final List<RunRecord> records;
  private final List<String> arms;
  private final List<Aggregate> aggregates;
  private final List<Row> rows;

  /** One row of the table: a metric for a group. */
  record Row(String metric, String group) {
    String label() {
      return group.equals(Measure.ALL) ? metric : metric + " [" + group + "]";
    }
  }

  /** The report of {@code records}, the result of running {@code experiment}. */
  public ComparisonReport(Experiment experiment, List<RunRecord> records) {
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
      if (seen.contains(key) || a.metric().startsWith("fit-share-")) {
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
        || metric.equals("wish-fully-met") || metric.startsWith("fit-share-");
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
    sb.append("</table>\n<h2>Charts</h2>\n");
    sb.append(fitDistributionChart());
    for (String metric : tableMetrics()) {
      sb.append(barChart(metric));
    }
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
