package nl.stagematch.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.format.CsvTable.Column;
import nl.stagematch.core.format.CsvTable.Spec;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;

/**
 * Writes a {@link MatchingProblem} as the CSV set that {@link CsvImport} reads (docs/import.md),
 * the way Dutch spreadsheet software writes it: UTF-8 with a byte-order mark, {@code ;} as
 * separator, Dutch column names, decimal comma, dates as {@code dd-mm-jjjj}. Homes and company
 * locations are written as coordinates. Importing the files gives the same problem (the same
 * canonical bytes). The output depends only on the problem.
 */
public final class CsvExport {
  private static final char SEP = ';';

  private CsvExport() {}

  /**
   * Writes {@code beleid.csv}, {@code bedrijven.csv}, {@code erkenningen.csv}, {@code
   * studenten.csv} and {@code plaatsen.csv} into {@code directory} (created if missing),
   * replacing files of those names; and {@code reistijden.csv} when the problem has travel
   * minutes. The fit columns of {@code beleid.csv} are written only when the problem sets a fit
   * model.
   *
   * @param problem the problem to write
   * @param directory the directory to write the files into
   * @throws IOException if the directory cannot be created or a file cannot be written; then
   *     none of the files was replaced
   */
  public static void write(MatchingProblem problem, Path directory) throws IOException {
    Objects.requireNonNull(problem, "problem");
    Files.createDirectories(directory);
    // the five files are written together: all of them, or (after an error) none
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      write(problem, directory, batch);
      batch.commit();
    }
  }

  private static void write(MatchingProblem problem, Path directory, AtomicFiles.Batch batch)
      throws IOException {
    Policy policy = problem.policy();
    List<List<String>> policyRows = new ArrayList<>();
    policyRows.add(List.of(policy.schoolYear().toString(),
        join(policy.scope().tracks(), Enum::name),
        join(policy.scope().studyYears(), String::valueOf),
        bool(policy.scope().firstInternshipOnly()),
        bool(policy.participation().optOutAllowed()),
        size(policy.participation().minimumSize()),
        join(policy.participation().exemptSectors(), s -> s),
        String.valueOf(policy.minPeriodCoveragePercent())));
    Spec policySpec = CsvSet.POLICY;
    if (problem.fitParameters().isEmpty()) {
      // without a fit model the file keeps the columns it had before they existed
      policySpec = new Spec(policySpec.what(), policySpec.fileNames(),
          policySpec.columns().subList(0, policyRows.get(0).size()));
    } else {
      List<String> row = new ArrayList<>(policyRows.get(0));
      row.addAll(fitCells(problem.fitParameters()));
      policyRows.set(0, row);
    }
    write(batch, directory, policySpec, policyRows);
    if (!problem.travelMinutes().isEmpty()) {
      List<List<String>> minutes = new ArrayList<>();
      problem.travelMinutes().asMap().forEach((student, perCompany) -> perCompany.forEach(
          (company, m) -> minutes.add(List.of(student, company, number(m)))));
      write(batch, directory, CsvSet.TRAVEL_MINUTES, minutes);
    }

    List<List<String>> companies = new ArrayList<>();
    List<List<String>> recognitions = new ArrayList<>();
    for (Company c : problem.companies()) {
      List<String> participation = new ArrayList<>();
      for (Map.Entry<SchoolYear, Participation> e : c.participation().entrySet()) {
        participation.add(e.getKey() + "="
            + (e.getValue() == Participation.OPTED_OUT ? "afgemeld" : "deelname"));
      }
      companies.add(List.of(c.id(), size(c.size()), c.sector(), orEmpty(c.kind()), c.region(),
          number(c.location().latitude()), number(c.location().longitude()), "",
          String.join(" ", participation)));
      for (Recognition r : c.recognitions()) {
        recognitions.add(List.of(c.id(), r.qualification().crebo(),
            String.valueOf(r.qualification().level()), String.join(" ", r.workProcesses())));
      }
    }
    write(batch, directory, CsvSet.COMPANIES, companies);
    write(batch, directory, CsvSet.RECOGNITIONS, recognitions);

    List<List<String>> students = new ArrayList<>();
    for (Student s : problem.students()) {
      LearningWish w = s.wish();
      List<String> wps = new ArrayList<>();
      w.workProcesses().forEach((k, v) -> wps.add(k + "=" + number(v)));
      List<String> competences = new ArrayList<>();
      s.competences().forEach((k, v) -> competences.add(k + "=" + v));
      Location home = s.home();
      students.add(List.of(s.id(), w.qualification().crebo(),
          String.valueOf(w.qualification().level()), s.track().name(),
          String.valueOf(s.studyYear()), bool(s.firstInternship()), bool(s.optedOut()),
          String.join(" ", wps), orEmpty(w.companyKind()), orEmpty(w.workKind()),
          date(w.period().start()), date(w.period().end()), form(w.period().form()),
          String.valueOf(w.period().daysPerWeek()),
          w.travelLimit() == null ? "" : transport(w.travelLimit().transport()),
          w.travelLimit() == null ? "" : String.valueOf(w.travelLimit().maxMinutes()),
          String.join(" ", w.requiredFeatures()), String.join(" ", competences),
          home == null ? "" : number(home.latitude()),
          home == null ? "" : number(home.longitude()), ""));
    }
    write(batch, directory, CsvSet.STUDENTS, students);

    List<List<String>> places = new ArrayList<>();
    for (Place p : problem.places()) {
      places.add(List.of(p.id(), p.companyId(), p.qualification().crebo(),
          String.valueOf(p.qualification().level()), date(p.period().start()),
          date(p.period().end()), form(p.period().form()),
          String.valueOf(p.period().daysPerWeek()), String.valueOf(p.capacity()),
          String.join(" ", p.features()), orEmpty(p.workKind())));
    }
    write(batch, directory, CsvSet.PLACES, places);
  }

  private static void write(AtomicFiles.Batch batch, Path directory, Spec spec,
      List<List<String>> rows) throws IOException {
    batch.add(directory.resolve(spec.fileNames().get(0)), out -> write(out, spec, rows));
  }

  private static void write(OutputStream out, Spec spec, List<List<String>> rows)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\ufeff');
    List<String> header = new ArrayList<>();
    for (Column c : spec.columns()) {
      header.add(c.dutch());
    }
    line(w, header);
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalStateException("A row of " + spec.what() + " has " + row.size()
            + " cells for " + header.size() + " columns.");
      }
      line(w, row);
    }
    w.flush();
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(SEP);
      }
      w.write(quote(cells.get(i)));
    }
    w.write('\n');
  }

  /** The cell as written: in quotes when it holds the separator, a quote or a line end. */
  static String quote(String cell) {
    if (cell.indexOf(SEP) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0 && cell.strip().equals(cell)) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** The cells gewichten, reismodel and beheersniveau of the fit model's parameters. */
  private static List<String> fitCells(Map<String, String> parameters) {
    List<String> weights = new ArrayList<>();
    List<String> travel = new ArrayList<>();
    String mastery = "";
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      String name = e.getKey();
      String value = e.getValue().replace('.', ',');
      if (name.startsWith("weights.")) {
        weights.add(name.substring("weights.".length()) + "=" + value);
      } else if (name.startsWith("travel.speedKmh.")) {
        String t = Transport.valueOf(name.substring("travel.speedKmh.".length())).name();
        String plain = t.equals("PUBLIC_TRANSPORT") ? "publicTransport"
            : t.toLowerCase(Locale.ROOT);
        travel.add(plain + "=" + value);
      } else if (name.startsWith("travel.")) {
        travel.add(name.substring("travel.".length()) + "=" + value);
      } else if (name.equals("masteryLevel")) {
        mastery = e.getValue();
      }
    }
    return List.of(String.join(" ", weights), String.join(" ", travel), mastery);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String bool(boolean b) {
    return b ? "ja" : "nee";
  }

  /** The shortest text that reads back to the same double, with a decimal comma. */
  static String number(double d) {
    return Double.toString(d).replace('.', ',');
  }

  static String date(LocalDate d) {
    return String.format(Locale.ROOT, "%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(),
        d.getYear());
  }

  static String form(PeriodForm form) {
    return form == PeriodForm.BLOCK ? "blok" : "lint";
  }

  static String transport(Transport t) {
    switch (t) {
      case WALK: return "lopen";
      case BIKE: return "fiets";
      case PUBLIC_TRANSPORT: return "ov";
      case CAR: return "auto";
      default: throw new IllegalArgumentException(t.name());
    }
  }

  static String size(SizeClass s) {
    switch (s) {
      case MICRO: return "micro";
      case SMALL: return "klein";
      case MEDIUM: return "middel";
      case LARGE: return "groot";
      default: throw new IllegalArgumentException(s.name());
    }
  }

  private static <T> String join(Set<T> set, Function<T, String> f) {
    List<String> items = new ArrayList<>();
    for (T t : set) {
      items.add(f.apply(t));
    }
    return String.join(" ", items);
  }
}
