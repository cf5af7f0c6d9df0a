package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.io.AtomicFiles;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.StudentPlace;
import nl.stagematch.variants.MeetingPlan;
import nl.stagematch.variants.canon.Json;

/**
 * {@code match --variant two-by-two --stage meetings}: writes stage 1's meeting plan (which does
 * not depend on the answers) as JSON ({@code stagematch-meetings/1}) and as two CSV files, per
 * student and per company, so that the meetings can be held and the orders collected.
 */
final class MeetingsStage {
  /** The format of the meeting plan document. */
  static final String FORMAT = "stagematch-meetings/1";

  private MeetingsStage() {}

  /**
   * Writes {@code out.json} and, in the language of the run, {@code out-studenten.csv} and {@code
   * out-bedrijven.csv} (headers {@code student;stageplaats;bedrijf} and {@code
   * bedrijf;stageplaats;student}) or {@code out-students.csv} and {@code out-companies.csv}
   * ({@code student;place;company}, {@code company;place;student}).
   */
  static int write(MatchingProblem problem, Proposal proposal, MatchRequest request, Path outFile,
      PrintStream out, PrintStream err) {
    MeetingPlan plan = (MeetingPlan) proposal.report();
    Map<String, List<String>> students = new TreeMap<>();
    Map<String, Map<String, Object>> places = new TreeMap<>();
    ExplainOutputs.Csv byStudent = new ExplainOutputs.Csv();
    boolean nl = Texts.dutch();
    String studentWord = "student";
    String placeWord = nl ? "stageplaats" : "place";
    String companyWord = nl ? "bedrijf" : "company";
    byStudent.row(List.of(studentWord, placeWord, companyWord));
    List<List<String>> companyRows = new ArrayList<>();
    for (StudentPlace m : plan.meetings()) {
      String company = problem.companyOf(problem.place(m.placeId()).orElseThrow()).id();
      students.computeIfAbsent(m.studentId(), k -> new ArrayList<>()).add(m.placeId());
      Map<String, Object> place = places.computeIfAbsent(m.placeId(), k -> new LinkedHashMap<>());
      place.put("company", company);
      @SuppressWarnings("unchecked")
      List<String> met = (List<String>) place.computeIfAbsent("students", k -> new ArrayList<>());
      met.add(m.studentId());
      byStudent.row(List.of(m.studentId(), m.placeId(), company));
      companyRows.add(List.of(company, m.placeId(), m.studentId()));
    }
    companyRows.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
    ExplainOutputs.Csv byCompany = new ExplainOutputs.Csv();
    byCompany.row(List.of(companyWord, placeWord, studentWord));
    companyRows.forEach(byCompany::row);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("variant", "two-by-two");
    doc.put("seed", request.seed());
    doc.put("problemSha256", ProblemJson.sha256(problem));
    doc.put("students", students);
    doc.put("places", places);
    String name = outFile.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    Path studentsCsv = outFile.resolveSibling(base + (nl ? "-studenten.csv" : "-students.csv"));
    Path companiesCsv = outFile.resolveSibling(base + (nl ? "-bedrijven.csv" : "-companies.csv"));
    // the three files are written together: all of them, or (after an error) none
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      String plan0 = Json.pretty(doc);
      batch.add(outFile, o -> o.write(plan0.getBytes(StandardCharsets.UTF_8)));
      batch.add(studentsCsv, o -> o.write(byStudent.toString().getBytes(StandardCharsets.UTF_8)));
      batch.add(companiesCsv,
          o -> o.write(byCompany.toString().getBytes(StandardCharsets.UTF_8)));
      batch.commit();
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_MEETINGS_UNWRITABLE, e.getMessage(), outFile);
      return Command.BAD_INPUT;
    }
    Texts.println(out, CliMessage.CLI_MEETINGS_COUNT, plan.meetings().size(),
        plan.studentsWithTwo(), plan.studentsWithOne(), plan.studentsWithNone());
    Texts.println(out, CliMessage.CLI_MEETINGS_WROTE, outFile, studentsCsv, companiesCsv);
    Texts.println(out, CliMessage.CLI_MEETINGS_NEXT);
    return Command.OK;
  }
}
