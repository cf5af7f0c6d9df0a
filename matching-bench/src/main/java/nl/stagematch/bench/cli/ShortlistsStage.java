package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.bench.cli.ExplainOutputs.Csv;
import nl.stagematch.bench.cli.ExplainOutputs.Html;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.AnswersFile;
import nl.stagematch.variants.process.ShortlistStage;

/**
 * {@code match --variant blind-shortlist --stage shortlists [--answers PICKS] --out-dir DIR}:
 * runs the rounds the picks answer and writes the anonymous shortlists of the next round, for the
 * companies (per place: tokens and profiles only, never a student id), as CSV, JSON ({@code
 * stagematch-shortlists/1}) and one printable HTML page per company, with the picks file to fill
 * in for that round ({@code picks-round-N.json}: the picks so far and an empty pick per place).
 */
final class ShortlistsStage {
  /** The format of the shortlists document. */
  static final String FORMAT = "stagematch-shortlists/1";

  /** The texts this stage writes, in Dutch and English. */
  enum Text {
    FILE_SHORTLISTS("shortlijsten-ronde-%d", "shortlists-round-%d"),
    TITLE("Shortlijst ronde %d, bedrijf %s", "Shortlist round %d, company %s"),
    INTRO("Per plaats de anonieme profielen die de school voordraagt, in de volgorde van de"
        + " school. Kies per plaats hooguit \u00e9\u00e9n profiel, op zijn code.",
        "Per place the anonymous profiles the school nominates, in the school's order. Pick one"
            + " profile per place by its code, or no one."),
    TOKEN("Code", "Token"),
    COMPANY_KIND("Gewenst soort bedrijf", "Kind of company wished"),
    WORK_KIND("Gewenst soort werk", "Kind of work wished"),
    COMPETENCES("Wat de student al kan (werkproces: niveau 1-5)",
        "What the student can already do (work process: level 1-5)"),
    PICK("Keuze", "Pick"),
    SUMMARY_ROUND("ronde:     %d (shortlijsten voor %d plaatsen, %d profielen)",
        "round:     %d (shortlists for %d places, %d profiles)"),
    SUMMARY_WROTE("geschreven: %s, %s, %s, %s en %d HTML-pagina('s), \u00e9\u00e9n per bedrijf, in %s",
        "wrote:     %s, %s, %s, %s and %d HTML page(s), one per company, in %s"),
    SUMMARY_NEXT("volgende:  vul in %s per plaats de code van het gekozen profiel in (\"none\""
        + " als het bedrijf niemand kiest) en draai dezelfde opdracht met --answers %s: die"
        + " geeft de shortlijsten van de volgende ronde, en zegt het als alle rondes beantwoord"
        + " zijn",
        "next:      fill in %s with the token of the profile picked per place (or \"none\") and"
            + " run the same command with --answers %s: it writes the next round's"
            + " shortlists, or says that every round is answered"),
    SUMMARY_DONE("klaar:     alle rondes zijn beantwoord (%d); er is geen shortlijst meer. De"
        + " plaatsing: match --variant blind-shortlist --answers %s (zelfde probleem en loting)",
        "done:      every round is answered (%d); there is no shortlist left. The placement:"
            + " match --variant blind-shortlist --answers %s (same problem and seed)");

    private final String dutch;
    private final String english;

    Text(String dutch, String english) {
      this.dutch = dutch;
      this.english = english;
    }

    String dutch() {
      return dutch;
    }

    String english() {
      return english;
    }

    String in(Locale locale, Object... args) {
      return String.format(Locale.ROOT, "nl".equals(locale.getLanguage()) ? dutch : english,
          args);
    }
  }

  private ShortlistsStage() {}

  /** Runs the answered rounds and writes the next round's shortlists into {@code outDir}. */
  static int write(MatchingProblem problem, MatchingVariant variant, MatchRequest request,
      AnswersFile picks, Path answersFile, Path outDir, Locale locale, PrintStream out,
      PrintStream err) {
    ShortlistStage stage = ShortlistStage.next(variant, request, picks);
    String answersName = answersFile == null ? "-" : answersFile.toString();
    if (stage.finished()) {
      out.println(Text.SUMMARY_DONE.in(locale, picks.lastRound(), answersName));
      return Command.OK;
    }
    int round = stage.round();
    SortedMap<String, String> files = new TreeMap<>();
    // the JSON document, for programs
    Map<String, Object> places = new TreeMap<>();
    Map<String, String> empty = new TreeMap<>();
    int profiles = 0;
    for (Map.Entry<String, List<Profile>> e : stage.shortlists().entrySet()) {
      List<Object> list = new ArrayList<>();
      for (Profile p : e.getValue()) {
        list.add(json(p));
        profiles++;
      }
      Map<String, Object> place = new LinkedHashMap<>();
      place.put("company", companyOf(problem, e.getKey()));
      place.put("profiles", list);
      places.put(e.getKey(), place);
      empty.put(e.getKey(), "");
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("variant", variant.name());
    doc.put("seed", request.seed());
    doc.put("problemSha256", ProblemJson.sha256(problem));
    doc.put("answersSha256", picks.lastRound() == 0 ? null : picks.sha256());
    doc.put("round", (long) round);
    doc.put("places", places);
    files.put("shortlists-round-" + round + ".json", Json.pretty(doc));
    String picksName = "picks-round-" + round + ".json";
    files.put(picksName, picks.withPicks(round, empty).toJson());
    // CSV and HTML, for people
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of(ExplainTexts.COMPANY.in(locale),
        ExplainTexts.PLACE.in(locale), ExplainTexts.ROUND.in(locale),
        ExplainTexts.POSITION.in(locale)));
    header.addAll(profileHeader(locale));
    header.add(Text.PICK.in(locale));
    csv.row(header);
    Map<String, StringBuilder> pages = new TreeMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, List<Profile>> e : stage.shortlists().entrySet()) {
      String company = companyOf(problem, e.getKey());
      StringBuilder html = pages.computeIfAbsent(company, k -> new StringBuilder());
      html.append("<section class=\"place\">\n<h2>")
          .append(Html.escape(ExplainTexts.PLACE.in(locale))).append(' ')
          .append(Html.escape(e.getKey())).append("</h2>\n<table>\n<thead><tr><th>")
          .append(Html.escape(ExplainTexts.POSITION.in(locale))).append("</th>");
      for (String h : profileHeader(locale)) {
        html.append("<th>").append(Html.escape(h)).append("</th>");
      }
      html.append("<th>").append(Html.escape(Text.PICK.in(locale)))
          .append("</th></tr></thead>\n<tbody>\n");
      for (Profile p : e.getValue()) {
        List<String> cells = profileCells(p, locale);
        List<String> row = new ArrayList<>(List.of(company, e.getKey(), Integer.toString(round),
            Integer.toString(p.nomination())));
        row.addAll(cells);
        row.add("");
        rows.add(row);
        html.append("<tr><td class=\"num\">").append(p.nomination()).append("</td>");
        for (String c : cells) {
          html.append("<td>").append(Html.escape(c)).append("</td>");
        }
        html.append("<td class=\"pick\">\u2610</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }
    // sorted by company, place, position
    rows.sort((a, b) -> {
      int c = a.get(0).compareTo(b.get(0));
      c = c != 0 ? c : a.get(1).compareTo(b.get(1));
      return c != 0 ? c : Integer.compare(Integer.parseInt(a.get(3)), Integer.parseInt(b.get(3)));
    });
    rows.forEach(csv::row);
    String base = Text.FILE_SHORTLISTS.in(locale, round);
    files.put(base + ".csv", csv.toString());
    for (Map.Entry<String, StringBuilder> e : pages.entrySet()) {
      String title = Text.TITLE.in(locale, round, e.getKey());
      files.put(base + "-" + ExplainOutputs.fileSafe(e.getKey()) + ".html",
          page(locale, title, "<p>" + Html.escape(Text.INTRO.in(locale)) + "</p>\n"
              + e.getValue()));
    }
    try {
      Files.createDirectories(outDir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        ExplainCommand.writeAtomically(outDir.resolve(f.getKey()), f.getValue());
      }
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_SHORTLISTS_UNWRITABLE, outDir, e.getMessage());
      return Command.BAD_INPUT;
    }
    out.println(Text.SUMMARY_ROUND.in(locale, round, stage.shortlists().size(), profiles));
    out.println(Text.SUMMARY_WROTE.in(locale, base + ".csv", "shortlists-round-" + round
        + ".json", picksName, base + "-*.html", pages.size(), outDir));
    Path picksFile = outDir.resolve(picksName);
    out.println(Text.SUMMARY_NEXT.in(locale, picksFile, picksFile));
    return Command.OK;
  }

  private static String companyOf(MatchingProblem problem, String placeId) {
    return problem.place(placeId).orElseThrow().companyId();
  }

  private static List<String> profileHeader(Locale locale) {
    return List.of(Text.TOKEN.in(locale), ExplainTexts.QUALIFICATION.in(locale),
        ExplainTexts.LEVEL.in(locale), ExplainTexts.WANTED_WORK_PROCESSES.in(locale),
        ExplainTexts.PERIOD.in(locale), Text.COMPANY_KIND.in(locale),
        Text.WORK_KIND.in(locale), Text.COMPETENCES.in(locale));
  }

  /** What the company sees of a profile: exactly the fields of {@link Profile}. */
  private static List<String> profileCells(Profile p, Locale locale) {
    List<String> wanted = wanted(p);
    List<String> competences = new ArrayList<>();
    p.competences().forEach((code, level) -> competences.add(code + ": " + level));
    String none = ExplainTexts.NONE.in(locale);
    return List.of(p.token(), p.qualification().crebo(),
        Integer.toString(p.qualification().level()),
        wanted.isEmpty() ? none : String.join(", ", wanted), period(p.period(), locale),
        p.companyKind() == null ? none : p.companyKind(),
        p.workKind() == null ? none : p.workKind(),
        competences.isEmpty() ? none : String.join(", ", competences));
  }

  /** The work processes she wants to practise (weight above 0), sorted by code. */
  private static List<String> wanted(Profile p) {
    List<String> wanted = new ArrayList<>();
    p.workProcesses().forEach((code, weight) -> {
      if (weight > 0) {
        wanted.add(code);
      }
    });
    return wanted;
  }

  private static String period(Period period, Locale locale) {
    String form = period.form() == PeriodForm.BLOCK ? ExplainTexts.FORM_BLOCK.in(locale)
        : ExplainTexts.FORM_RIBBON.in(locale, period.daysPerWeek());
    return period.start() + " \u2013 " + period.end() + " (" + form + ")";
  }

  private static Map<String, Object> json(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", p.token());
    m.put("nomination", (long) p.nomination());
    m.put("crebo", p.qualification().crebo());
    m.put("level", (long) p.qualification().level());
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("start", p.period().start().toString());
    period.put("end", p.period().end().toString());
    period.put("form", p.period().form().name());
    period.put("daysPerWeek", (long) p.period().daysPerWeek());
    m.put("period", period);
    m.put("wantedWorkProcesses", new ArrayList<Object>(wanted(p)));
    m.put("companyKind", p.companyKind());
    m.put("workKind", p.workKind());
    Map<String, Object> comp = new TreeMap<>();
    p.competences().forEach((k, v) -> comp.put(k, (long) v));
    m.put("competences", comp);
    return m;
  }

  private static String page(Locale locale, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + Html.escape(title) + "</title>\n<style>\n"
        + "@page { size: A4; margin: 15mm 12mm 15mm 12mm; }\n"
        + "body { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, Helvetica,"
        + " sans-serif; font-size: 10pt; line-height: 1.35; color: #000; margin: 0; }\n"
        + "h1 { font-size: 15pt; margin: 0 0 4pt 0; }\n"
        + "h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }\n"
        + "table { border-collapse: collapse; width: 100%; font-size: 9pt; }\n"
        + "thead { display: table-header-group; }\n"
        + "th, td { border: 0.5pt solid #777; padding: 3pt 4pt; text-align: left;"
        + " vertical-align: top; }\n"
        + "th { background: #e8e8e8; }\n"
        + "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        + "td.num { text-align: right; }\n"
        + "td.pick { text-align: center; font-size: 14pt; }\n"
        + "section.place { break-inside: avoid; page-break-inside: avoid; }\n"
        + "@media screen { body { margin: 12px; } }\n"
        + "</style>\n</head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
  }
}
