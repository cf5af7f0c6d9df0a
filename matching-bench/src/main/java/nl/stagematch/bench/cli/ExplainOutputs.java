package nl.stagematch.bench.cli;

import static nl.stagematch.bench.cli.ExplainTexts.COMPANY;
import static nl.stagematch.bench.cli.ExplainTexts.EXPLANATION;
import static nl.stagematch.bench.cli.ExplainTexts.FIT;
import static nl.stagematch.bench.cli.ExplainTexts.LEVEL;
import static nl.stagematch.bench.cli.ExplainTexts.PERIOD;
import static nl.stagematch.bench.cli.ExplainTexts.PERIOD_COVERAGE;
import static nl.stagematch.bench.cli.ExplainTexts.PLACE;
import static nl.stagematch.bench.cli.ExplainTexts.PLACED_AT;
import static nl.stagematch.bench.cli.ExplainTexts.QUALIFICATION;
import static nl.stagematch.bench.cli.ExplainTexts.REASON_CODE;
import static nl.stagematch.bench.cli.ExplainTexts.SCHOOL;
import static nl.stagematch.bench.cli.ExplainTexts.STATUS;
import static nl.stagematch.bench.cli.ExplainTexts.STUDENT;
import static nl.stagematch.bench.cli.ExplainTexts.WANTED_WORK_PROCESSES;
import static nl.stagematch.bench.cli.ExplainTexts.WHAT_MATCHED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.model.FitExplanation;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.variants.view.CompanyView;
import nl.stagematch.variants.view.Explanations;
import nl.stagematch.variants.view.StudentProfile;

/**
 * The files {@code stagematch explain} writes, computed in memory (file name to content) so that
 * nothing is written before all of them could be made: per student (with the fit explanation, so
 * with travel time: for the student and the school only), per company (pseudonymous profiles and
 * what matched, never travel time or a location), the placement list, and for two-by-two and
 * blind-shortlist the meeting plan and the shortlists. CSV is {@code ;}-separated UTF-8 with a
 * byte order mark and RFC 4180 quoting; HTML is self-contained and prints on A4.
 *
 * <p>The caller has checked that the result belongs to the problem and lists exactly its
 * students.
 */
final class ExplainOutputs {
  private final MatchingProblem problem;
  private final MatchResult result;
  private final FitModel fitModel;
  private final Locale locale;
  private final Map<String, String> schools;

  /**
   * @param schools student id to school id; empty for one page for all students
   */
  ExplainOutputs(MatchingProblem problem, MatchResult result, FitModel fitModel, Locale locale,
      Map<String, String> schools) {
    this.problem = problem;
    this.result = result;
    this.fitModel = fitModel;
    this.locale = locale;
    this.schools = new TreeMap<>(schools);
  }

  private String t(ExplainTexts text) {
    return text.in(locale);
  }

  /** Every file, by name, sorted. */
  SortedMap<String, String> files() {
    SortedMap<String, String> files = new TreeMap<>();
    students(files);
    companies(files);
    placements(files);
    placementList(files);
    if (result.certificate() instanceof AcquaintanceCertificate ac) {
      meetings(files, ac.meetings());
    }
    if (result.certificate() instanceof ShortlistCertificate sc) {
      shortlists(files, sc.shortlists());
    }
    return files;
  }

  // ---- per student ----

  private List<String> studentIds() {
    List<String> ids = new ArrayList<>();
    for (Student s : problem.students()) {
      ids.add(s.id());
    }
    Collections.sort(ids);
    return ids;
  }

  private void students(SortedMap<String, String> files) {
    Explanations explanations = Explanations.of(problem, fitModel);
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of(t(STUDENT)));
    if (!schools.isEmpty()) {
      header.add(t(SCHOOL));
    }
    header.addAll(List.of(t(PLACED_AT), t(COMPANY), t(FIT), t(REASON_CODE), t(EXPLANATION)));
    csv.row(header);
    // school (or "" for one page) -> rows of the HTML table
    SortedMap<String, StringBuilder> pages = new TreeMap<>();
    for (String id : studentIds()) {
      Optional<Placement> p = result.placement(id);
      Optional<Unplaced> u = result.unplacedEntry(id);
      String text = explanations.explain(result, id, locale);
      String place = p.map(Placement::placeId).orElse("");
      String company = p.map(x -> companyOf(x.placeId())).orElse("");
      String fit = p.map(x -> Integer.toString(x.fit())).orElse("");
      String code = u.map(x -> x.reason().name()).orElse("");
      String school = schools.isEmpty() ? "" : schools.getOrDefault(id, "");
      List<String> row = new ArrayList<>(List.of(id));
      if (!schools.isEmpty()) {
        row.add(school);
      }
      row.addAll(List.of(place, company, fit, code, text));
      csv.row(row);
      StringBuilder html = pages.computeIfAbsent(school, k -> new StringBuilder());
      html.append("<tr><td class=\"id\">").append(Html.escape(id)).append("</td><td>")
          .append(Html.escape(place)).append("</td><td>").append(Html.escape(company))
          .append("</td><td class=\"num\">").append(Html.escape(fit)).append("</td><td>")
          .append(Html.escape(text));
      if (!code.isEmpty()) {
        html.append("<div class=\"code\">").append(Html.escape(code)).append("</div>");
      }
      html.append("</td></tr>\n");
    }
    String base = t(ExplainTexts.FILE_STUDENTS);
    files.put(base + ".csv", csv.toString());
    for (Map.Entry<String, StringBuilder> e : pages.entrySet()) {
      String school = e.getKey();
      String title = schools.isEmpty() ? t(ExplainTexts.TITLE_STUDENTS)
          : ExplainTexts.TITLE_STUDENTS_OF_SCHOOL.in(locale,
              school.isEmpty() ? t(ExplainTexts.NO_SCHOOL) : school);
      StringBuilder body = new StringBuilder();
      body.append("<p>").append(Html.escape(t(ExplainTexts.INTRO_STUDENTS))).append("</p>\n");
      body.append("<table>\n<thead><tr><th>").append(Html.escape(t(STUDENT)))
          .append("</th><th>").append(Html.escape(t(PLACED_AT))).append("</th><th>")
          .append(Html.escape(t(COMPANY))).append("</th><th>").append(Html.escape(t(FIT)))
          .append("</th><th>").append(Html.escape(t(EXPLANATION)))
          .append("</th></tr></thead>\n<tbody>\n").append(e.getValue())
          .append("</tbody>\n</table>\n");
      String name = schools.isEmpty() ? base
          : base + "-" + fileSafe(school.isEmpty() ? t(ExplainTexts.NO_SCHOOL) : school);
      files.put(unique(files, name, ".html"), page(title, body.toString()));
    }
  }

  // ---- per company ----

  private String companyOf(String placeId) {
    return problem.place(placeId).map(Place::companyId).orElse("");
  }

  /** What matched, as a company may see it: the fit explanation without any travel item. */
  private String whatMatched(StudentProfile profile, String placeId) {
    FitExplanation full = fitModel.fit(problem, profile.studentId(), placeId).explanation();
    List<FitExplanation.Item> items = new ArrayList<>();
    for (FitExplanation.Item item : full.items()) {
      if (!(item instanceof FitExplanation.Travel)
          && !(item instanceof FitExplanation.TravelUnchecked)) {
        items.add(item);
      }
    }
    return new FitExplanation(items).render(locale);
  }

  private String period(Period period) {
    String form = period.form() == PeriodForm.BLOCK ? t(ExplainTexts.FORM_BLOCK)
        : ExplainTexts.FORM_RIBBON.in(locale, period.daysPerWeek());
    return period.start() + " \u2013 " + period.end() + " (" + form + ")";
  }

  private List<String> profileCells(StudentProfile p) {
    return List.of(p.studentId(), p.qualification().crebo(),
        Integer.toString(p.qualification().level()),
        p.wantedWorkProcesses().isEmpty() ? t(ExplainTexts.NONE)
            : String.join(", ", p.wantedWorkProcesses()),
        period(p.period()));
  }

  /** The HTML cell of a profile: qualification and level, work processes, period. */
  private String profileHtml(StudentProfile p) {
    List<String> cells = profileCells(p);
    return Html.escape(t(QUALIFICATION)) + ": " + Html.escape(cells.get(1)) + ", "
        + Html.escape(t(LEVEL).toLowerCase(Locale.ROOT)) + " " + Html.escape(cells.get(2))
        + "<br>" + Html.escape(t(WANTED_WORK_PROCESSES)) + ": " + Html.escape(cells.get(3))
        + "<br>" + Html.escape(t(PERIOD)) + ": " + Html.escape(cells.get(4));
  }

  private String th(ExplainTexts... texts) {
    StringBuilder sb = new StringBuilder("<thead><tr>");
    for (ExplainTexts text : texts) {
      sb.append("<th>").append(Html.escape(t(text))).append("</th>");
    }
    return sb.append("</tr></thead>\n<tbody>\n").toString();
  }

  private static String td(String text) {
    return "<td>" + Html.escape(text) + "</td>";
  }

  private List<String> profileHeader() {
    return List.of(t(STUDENT), t(QUALIFICATION), t(LEVEL), t(WANTED_WORK_PROCESSES), t(PERIOD));
  }

  private void companies(SortedMap<String, String> files) {
    Map<String, List<String>> shortlisted = new TreeMap<>();
    if (result.certificate() instanceof ShortlistCertificate sc) {
      for (ShortlistCertificate.Shortlist s : sc.shortlists()) {
        List<String> list = shortlisted.computeIfAbsent(s.placeId(), k -> new ArrayList<>());
        for (String student : s.nominated()) {
          if (!list.contains(student)
              && !result.placement(student).map(Placement::placeId).orElse("")
                  .equals(s.placeId())) {
            list.add(student);
          }
        }
      }
    }
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of(t(COMPANY), t(PLACE), t(STATUS)));
    header.addAll(profileHeader());
    header.addAll(List.of(t(PERIOD_COVERAGE), t(WHAT_MATCHED)));
    csv.row(header);
    StringBuilder body = new StringBuilder();
    body.append("<p>").append(Html.escape(t(ExplainTexts.INTRO_COMPANIES))).append("</p>\n");
    List<String> companyIds = new ArrayList<>();
    problem.companies().forEach(c -> companyIds.add(c.id()));
    Collections.sort(companyIds);
    boolean any = false;
    for (String companyId : companyIds) {
      List<CompanyView.Entry> entries = new ArrayList<>(
          CompanyView.placed(problem, result, companyId).entries());
      Map<String, List<String>> mine = new TreeMap<>();
      shortlisted.forEach((place, list) -> {
        if (companyOf(place).equals(companyId) && !list.isEmpty()) {
          mine.put(place, list);
        }
      });
      entries.addAll(CompanyView.shortlisted(problem, companyId, mine).entries());
      if (entries.isEmpty()) {
        continue;
      }
      any = true;
      // sorted by place, then student, as CompanyView sorts
      entries = new CompanyView(companyId, entries).entries();
      body.append("<section class=\"company\">\n<h2>").append(Html.escape(t(COMPANY)))
          .append(' ').append(Html.escape(companyId)).append("</h2>\n<table class=\"profiles\">\n")
          .append(th(PLACE, STATUS, STUDENT, ExplainTexts.PROFILE, WHAT_MATCHED));
      for (CompanyView.Entry e : entries) {
        String status = e.status() == CompanyView.Status.PLACED
            ? t(ExplainTexts.STATUS_PLACED) : t(ExplainTexts.STATUS_SHORTLISTED);
        String coverage = e.describePeriod(locale);
        String matched = whatMatched(e.profile(), e.placeId());
        List<String> row = new ArrayList<>(List.of(companyId, e.placeId(), status));
        row.addAll(profileCells(e.profile()));
        row.addAll(List.of(coverage, matched));
        csv.row(row);
        body.append("<tr><td class=\"id\">").append(Html.escape(e.placeId())).append("</td>")
            .append(td(status)).append("<td class=\"id\">")
            .append(Html.escape(e.profile().studentId())).append("</td><td>")
            .append(profileHtml(e.profile())).append("</td>").append(td(matched))
            .append("</tr>\n");
      }
      body.append("</tbody>\n</table>\n</section>\n");
    }
    if (!any) {
      body.append("<p>").append(Html.escape(t(ExplainTexts.NOBODY))).append("</p>\n");
    }
    String base = t(ExplainTexts.FILE_COMPANIES);
    files.put(base + ".csv", csv.toString());
    files.put(base + ".html", page(t(ExplainTexts.TITLE_COMPANIES), body.toString()));
  }

  // ---- the placement list ----

  private void placements(SortedMap<String, String> files) {
    Csv csv = new Csv();
    csv.row(List.of(t(STUDENT), t(PLACE), t(COMPANY), t(FIT), t(REASON_CODE)));
    for (String id : studentIds()) {
      Optional<Placement> p = result.placement(id);
      csv.row(List.of(id, p.map(Placement::placeId).orElse(""),
          p.map(x -> companyOf(x.placeId())).orElse(""),
          p.map(x -> Integer.toString(x.fit())).orElse(""),
          result.unplacedEntry(id).map(x -> x.reason().name()).orElse("")));
    }
    files.put(t(ExplainTexts.FILE_PLACEMENTS) + ".csv", csv.toString());
  }

  // ---- the placement list per school ----

  /**
   * The placement list for the school: per student the place, its company and period, or the
   * reason (code and words) she was not placed; one CSV and one HTML page per school when there
   * are schools (students without one on the list of "no school"), else one of each.
   */
  private void placementList(SortedMap<String, String> files) {
    List<String> header = List.of(t(STUDENT), t(PLACE), t(COMPANY), t(PERIOD), t(REASON_CODE),
        t(ExplainTexts.REASON));
    SortedMap<String, Csv> csvs = new TreeMap<>();
    SortedMap<String, StringBuilder> pages = new TreeMap<>();
    for (String id : studentIds()) {
      String school = schools.isEmpty() ? "" : schools.getOrDefault(id, "");
      Optional<Placement> p = result.placement(id);
      Optional<Unplaced> u = result.unplacedEntry(id);
      String place = p.map(Placement::placeId).orElse("");
      String company = p.map(x -> companyOf(x.placeId())).orElse("");
      String period = p.flatMap(x -> problem.place(x.placeId()))
          .map(x -> period(x.period())).orElse("");
      String code = u.map(x -> x.reason().name()).orElse("");
      String reason = u.map(this::reason).orElse("");
      csvs.computeIfAbsent(school, k -> {
        Csv csv = new Csv();
        csv.row(header);
        return csv;
      }).row(List.of(id, place, company, period, code, reason));
      StringBuilder html = pages.computeIfAbsent(school, k -> new StringBuilder());
      html.append("<tr><td class=\"id\">").append(Html.escape(id)).append("</td>")
          .append(td(place)).append(td(company)).append(td(period)).append("<td>")
          .append(Html.escape(reason));
      if (!code.isEmpty()) {
        html.append("<div class=\"code\">").append(Html.escape(code)).append("</div>");
      }
      html.append("</td></tr>\n");
    }
    if (csvs.isEmpty()) {
      Csv csv = new Csv();
      csv.row(header);
      csvs.put("", csv);
      pages.put("", new StringBuilder());
    }
    String base = t(ExplainTexts.FILE_PLACEMENT_LIST);
    for (Map.Entry<String, Csv> e : csvs.entrySet()) {
      String school = e.getKey();
      String schoolName = school.isEmpty() ? t(ExplainTexts.NO_SCHOOL) : school;
      String name = schools.isEmpty() ? base : base + "-" + fileSafe(schoolName);
      String title = schools.isEmpty() ? t(ExplainTexts.TITLE_PLACEMENT_LIST)
          : ExplainTexts.TITLE_PLACEMENT_LIST_OF_SCHOOL.in(locale, schoolName);
      String body = "<p>" + Html.escape(t(ExplainTexts.INTRO_PLACEMENT_LIST)) + "</p>\n"
          + "<table>\n" + th(STUDENT, PLACE, COMPANY, PERIOD, ExplainTexts.REASON)
          + pages.get(school) + "</tbody>\n</table>\n";
      files.put(unique(files, name, ".csv"), e.getValue().toString());
      files.put(unique(files, name, ".html"), page(title, body));
    }
  }

  /** The reason a student was not placed, in words: the reason and its detail. */
  private String reason(Unplaced u) {
    String text = Explanations.describe(u.reason(), locale);
    return u.detail() == null ? text : text + " (" + Explanations.detail(u.detail(), locale) + ")";
  }

  // ---- V2: the meeting plan ----

  private StudentProfile profile(String studentId) {
    return StudentProfile.of(problem.student(studentId).orElseThrow());
  }

  private String coverage(String studentId, String placeId) {
    Student s = problem.student(studentId).orElseThrow();
    Place p = problem.place(placeId).orElseThrow();
    return new FitExplanation.PeriodCoverage(s.wish().period(), p.period()).render(locale);
  }

  private void meetings(SortedMap<String, String> files, List<Provenance.Pair> meetings) {
    Csv perStudent = new Csv();
    perStudent.row(List.of(t(STUDENT), t(PLACE), t(COMPANY)));
    StringBuilder studentsHtml = new StringBuilder();
    studentsHtml.append("<table>\n<thead><tr><th>").append(Html.escape(t(STUDENT)))
        .append("</th><th>").append(Html.escape(t(PLACE))).append("</th><th>")
        .append(Html.escape(t(COMPANY))).append("</th></tr></thead>\n<tbody>\n");
    // the certificate sorts by student, then place
    for (Provenance.Pair m : meetings) {
      String company = companyOf(m.placeId());
      perStudent.row(List.of(m.studentId(), m.placeId(), company));
      studentsHtml.append("<tr><td class=\"id\">").append(Html.escape(m.studentId()))
          .append("</td><td>").append(Html.escape(m.placeId())).append("</td><td>")
          .append(Html.escape(company)).append("</td></tr>\n");
    }
    studentsHtml.append("</tbody>\n</table>\n");
    List<Provenance.Pair> byCompany = new ArrayList<>(meetings);
    byCompany.sort((a, b) -> {
      int c = companyOf(a.placeId()).compareTo(companyOf(b.placeId()));
      c = c != 0 ? c : a.placeId().compareTo(b.placeId());
      return c != 0 ? c : a.studentId().compareTo(b.studentId());
    });
    Csv perCompany = new Csv();
    List<String> header = new ArrayList<>(List.of(t(COMPANY), t(PLACE)));
    header.addAll(profileHeader());
    header.add(t(PERIOD_COVERAGE));
    perCompany.row(header);
    StringBuilder companiesHtml = new StringBuilder();
    companiesHtml.append("<table class=\"profiles\">\n")
        .append(th(COMPANY, PLACE, STUDENT, ExplainTexts.PROFILE, PERIOD_COVERAGE));
    for (Provenance.Pair m : byCompany) {
      StudentProfile profile = profile(m.studentId());
      String coverage = coverage(m.studentId(), m.placeId());
      List<String> row = new ArrayList<>(List.of(companyOf(m.placeId()), m.placeId()));
      row.addAll(profileCells(profile));
      row.add(coverage);
      perCompany.row(row);
      companiesHtml.append("<tr>").append(td(companyOf(m.placeId()))).append(td(m.placeId()))
          .append(td(m.studentId())).append("<td>").append(profileHtml(profile)).append("</td>")
          .append(td(coverage)).append("</tr>\n");
    }
    companiesHtml.append("</tbody>\n</table>\n");
    files.put(t(ExplainTexts.FILE_MEETINGS_STUDENTS) + ".csv", perStudent.toString());
    files.put(t(ExplainTexts.FILE_MEETINGS_COMPANIES) + ".csv", perCompany.toString());
    String body = (meetings.isEmpty() ? "<p>" + Html.escape(t(ExplainTexts.NO_MEETINGS))
        + "</p>\n" : "")
        + "<section>\n<h2>" + Html.escape(t(ExplainTexts.MEETINGS_PER_STUDENT)) + "</h2>\n"
        + studentsHtml + "</section>\n<section class=\"company\">\n<h2>"
        + Html.escape(t(ExplainTexts.MEETINGS_PER_COMPANY)) + "</h2>\n" + companiesHtml
        + "</section>\n";
    files.put(t(ExplainTexts.FILE_MEETINGS) + ".html",
        page(t(ExplainTexts.TITLE_MEETINGS), body));
  }

  // ---- V3: the shortlists ----

  private void shortlists(SortedMap<String, String> files,
      List<ShortlistCertificate.Shortlist> shortlists) {
    List<ShortlistCertificate.Shortlist> sorted = new ArrayList<>(shortlists);
    sorted.sort((a, b) -> {
      int c = a.placeId().compareTo(b.placeId());
      c = c != 0 ? c : Integer.compare(a.round(), b.round());
      return c != 0 ? c : Integer.compare(a.seat(), b.seat());
    });
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of(t(PLACE), t(COMPANY),
        t(ExplainTexts.ROUND), t(ExplainTexts.SEAT), t(ExplainTexts.POSITION)));
    header.addAll(profileHeader());
    header.addAll(List.of(t(PERIOD_COVERAGE), t(ExplainTexts.PICKED)));
    csv.row(header);
    StringBuilder body = new StringBuilder();
    String current = null;
    for (ShortlistCertificate.Shortlist s : sorted) {
      if (!s.placeId().equals(current)) {
        if (current != null) {
          body.append("</tbody>\n</table>\n</section>\n");
        }
        current = s.placeId();
        body.append("<section class=\"place\">\n<h2>").append(Html.escape(t(PLACE))).append(' ')
            .append(Html.escape(s.placeId())).append(" (").append(Html.escape(t(COMPANY)))
            .append(' ').append(Html.escape(companyOf(s.placeId()))).append(")</h2>\n")
            .append("<table class=\"profiles\">\n")
            .append(th(ExplainTexts.ROUND, ExplainTexts.SEAT, ExplainTexts.POSITION, STUDENT,
                ExplainTexts.PROFILE, PERIOD_COVERAGE, ExplainTexts.PICKED));
      }
      for (int i = 0; i < s.nominated().size(); i++) {
        String student = s.nominated().get(i);
        List<String> row = new ArrayList<>(List.of(s.placeId(), companyOf(s.placeId()),
            Integer.toString(s.round()), Integer.toString(s.seat() + 1), Integer.toString(i + 1)));
        row.addAll(profileCells(profile(student)));
        row.add(coverage(student, s.placeId()));
        row.add(student.equals(s.picked()) ? t(ExplainTexts.YES) : t(ExplainTexts.NO));
        csv.row(row);
        body.append("<tr>");
        for (String cell : row.subList(2, 6)) {
          body.append(td(cell));
        }
        body.append("<td>").append(profileHtml(profile(student))).append("</td>")
            .append(td(row.get(row.size() - 2))).append(td(row.get(row.size() - 1)))
            .append("</tr>\n");
      }
    }
    if (current != null) {
      body.append("</tbody>\n</table>\n</section>\n");
    }
    String base = t(ExplainTexts.FILE_SHORTLISTS);
    files.put(base + ".csv", csv.toString());
    files.put(base + ".html", page(t(ExplainTexts.TITLE_SHORTLISTS), body.toString()));
  }

  // ---- HTML page, file names ----

  private String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + Html.escape(title) + "</title>\n<style>\n"
        + "@page { size: A4; margin: 15mm 12mm 15mm 12mm; }\n"
        + "body { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, Helvetica,"
        + " sans-serif; font-size: 10pt; line-height: 1.35; color: #000; margin: 0; }\n"
        + "h1 { font-size: 15pt; margin: 0 0 4pt 0; }\n"
        + "h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }\n"
        + "p.meta { font-size: 9pt; color: #333; margin: 0 0 6pt 0; }\n"
        + "table { border-collapse: collapse; width: 100%; }\n"
        + "thead { display: table-header-group; }\n"
        + "th, td { border: 0.5pt solid #777; padding: 3pt 4pt; text-align: left;"
        + " vertical-align: top; }\n"
        + "th { background: #e8e8e8; }\n"
        + "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        + "td.id { white-space: nowrap; }\n"
        + "td.num { text-align: right; }\n"
        + "table.profiles { font-size: 9pt; }\n"
        + "div.code { font-size: 8pt; color: #444; margin-top: 2pt; }\n"
        + "section.company { page-break-before: always; break-before: page; }\n"
        + "section.company:first-of-type { page-break-before: auto; break-before: auto; }\n"
        + "section.place { break-inside: avoid; page-break-inside: avoid; }\n"
        + "@media screen { body { margin: 12px; } }\n"
        + "</style>\n</head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\">"
        + Html.escape(t(ExplainTexts.VARIANT)) + ": " + Html.escape(result.variant()) + " \u00b7 "
        + Html.escape(t(ExplainTexts.SEED)) + ": " + result.seed() + " \u00b7 "
        + Html.escape(t(ExplainTexts.STUDENT_COUNT)) + ": " + problem.students().size()
        + "</p>\n" + body + "</body>\n</html>\n";
  }

  /** {@code text} with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}. */
  static String fileSafe(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_';
      sb.append(ok ? c : '_');
    }
    return sb.toString();
  }

  private static String unique(Map<String, String> files, String base, String extension) {
    String name = base + extension;
    for (int i = 2; files.containsKey(name); i++) {
      name = base + "-" + i + extension;
    }
    return name;
  }

  /**
   * {@code text} with every control character other than tab, line feed and carriage return (C0,
   * DEL, C1, so also the ESC of a terminal sequence) and every bidirectional override shown as an
   * escape ({@code \\u001B}): an id or a text from the input controls no terminal and no reader
   * when a CSV file or a page is shown; the rest is as it is.
   */
  static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069');
      if (hidden && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (hidden) {
          sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Rows of {@code ;}-separated cells, RFC 4180 quoting, CRLF line ends, UTF-8 byte order mark. */
  static final class Csv {
    private final StringBuilder sb = new StringBuilder("\uFEFF");

    void row(List<String> cells) {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          sb.append(';');
        }
        sb.append(cell(cells.get(i)));
      }
      sb.append("\r\n");
    }

    static String cell(String raw) {
      String value = visible(raw);
      if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
          && value.indexOf('\r') < 0) {
        return value;
      }
      return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** HTML escaping of text and attribute values. */
  static final class Html {
    private Html() {}

    static String escape(String raw) {
      String text = visible(raw);
      StringBuilder sb = new StringBuilder(text.length());
      for (char c : text.toCharArray()) {
        switch (c) {
          case '&' -> sb.append("&amp;");
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '"' -> sb.append("&quot;");
          case '\'' -> sb.append("&#39;");
          default -> sb.append(c);
        }
      }
      return sb.toString();
    }
  }
}
