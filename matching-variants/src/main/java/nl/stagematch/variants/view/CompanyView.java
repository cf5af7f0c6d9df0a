package nl.stagematch.variants.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.model.FitExplanation;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.variants.ShortlistRounds;
import nl.stagematch.variants.canon.Json;

/**
 * All a company sees of the students placed or shortlisted at its places (R1): per place, the
 * {@link StudentProfile pseudonymous profiles} and how much of the student's wished period the
 * place's period covers. Built from the problem and a result (placed) or from a list of student
 * ids per place (shortlisted); never the location, never a fit explanation (it would reveal the
 * travel time), never anything else.
 *
 * @param companyId the company
 * @param entries one entry per (place, student), sorted by place id, then student id
 */
public record CompanyView(String companyId, List<CompanyView.Entry> entries) {
  /** The format marker of the JSON form: {@value}. */
  public static final String FORMAT = "stagematch-company-view/1";

  /**
   * Copies and sorts the entries.
   *
   * @param companyId the company
   * @param entries one entry per (place, student), in any order
   */
  public CompanyView {
    Objects.requireNonNull(companyId, "companyId");
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::placeId)
        .thenComparing(e -> e.profile().studentId()));
    entries = List.copyOf(sorted);
  }

  /** Whether the student is placed at the place or shortlisted for it. */
  public enum Status {
    /** Placed by the proposal. */
    PLACED,
    /** Nominated on a shortlist for the place (V3). */
    SHORTLISTED
  }

  /**
   * One student at one place of the company.
   *
   * @param placeId the company's place
   * @param status placed or shortlisted
   * @param profile the student's pseudonymous profile
   * @param periodCoverage the student's wished period (as in the profile) against the place's
   *     period: how many of its weekdays the place covers, and whether the form is the same; it
   *     holds only those two periods
   */
  public record Entry(String placeId, Status status, StudentProfile profile,
      FitExplanation.PeriodCoverage periodCoverage) {
    /**
     * Checks the fields are present and the coverage is of the profile's period.
     *
     * @param placeId the company's place
     * @param status placed or shortlisted
     * @param profile the student's pseudonymous profile
     * @param periodCoverage the student's wished period against the place's period
     */
    public Entry {
      Objects.requireNonNull(placeId, "placeId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(periodCoverage, "periodCoverage");
      if (!periodCoverage.wanted().equals(profile.period())) {
        throw new IllegalArgumentException("The period coverage of place (" + placeId
            + ") is not of the period of student (" + profile.studentId() + ").\nMaybe build"
            + " the entry with CompanyView.placed or CompanyView.shortlisted.");
      }
    }

    /**
     * How much of the student's wished period the place covers, in Dutch ({@code nl}) or English
     * (others): "periode past (2 feb-24 apr 2026)", "period partly covered: 45 of 60 weekdays
     * (wanted: 2 Feb-24 Apr 2026, here: 23 Feb-10 Jul 2026)".
     *
     * @param locale the language ({@code nl} for Dutch, any other for English)
     * @return the sentence
     */
    public String describePeriod(Locale locale) {
      return periodCoverage.render(locale);
    }
  }

  private static Entry entry(Place place, Status status, Student student) {
    return new Entry(place.id(), status, StudentProfile.of(student),
        new FitExplanation.PeriodCoverage(student.wish().period(), place.period()));
  }

  /**
   * What company {@code companyId} sees of the students {@code result} places at its places.
   *
   * @param problem the problem of the result
   * @param result the result
   * @param companyId the company
   * @return the company's view: its placed students' profiles
   */
  public static CompanyView placed(MatchingProblem problem, MatchResult result,
      String companyId) {
    Company company = company(problem, companyId);
    List<Entry> entries = new ArrayList<>();
    for (Placement p : result.placements()) {
      Place place = place(problem, p.placeId());
      if (place.companyId().equals(company.id())) {
        entries.add(entry(place, Status.PLACED,
            problem.student(p.studentId()).orElseThrow(() -> new IllegalArgumentException(
                "The student (" + p.studentId() + ") of the result is not part of the problem."
                    + "\nMaybe the result belongs to another problem."))));
      }
    }
    return new CompanyView(company.id(), entries);
  }

  /**
   * What company {@code companyId} sees of a proposal: the students placed at its places and, for
   * the blind shortlist (its report is {@link ShortlistRounds}), the students nominated for its
   * places in any round and not placed there.
   *
   * @param problem the problem of the proposal
   * @param proposal the proposal
   * @param companyId the company
   * @return the company's view of the proposal
   */
  public static CompanyView of(MatchingProblem problem, Proposal proposal, String companyId) {
    CompanyView placed = placed(problem, proposal.result(), companyId);
    if (!(proposal.report() instanceof ShortlistRounds rounds)) {
      return placed;
    }
    Set<String> seen = new HashSet<>();
    for (Entry e : placed.entries()) {
      seen.add(e.placeId() + '\u0000' + e.profile().studentId());
    }
    Map<String, List<String>> lists = new TreeMap<>();
    for (ShortlistRounds.Shortlist s : rounds.shortlists()) {
      Place place = place(problem, s.placeId());
      if (!place.companyId().equals(companyId)) {
        continue;
      }
      for (String student : s.studentIds()) {
        if (seen.add(place.id() + '\u0000' + student)) {
          lists.computeIfAbsent(place.id(), k -> new ArrayList<>()).add(student);
        }
      }
    }
    List<Entry> all = new ArrayList<>(placed.entries());
    all.addAll(shortlisted(problem, companyId, lists).entries());
    return new CompanyView(placed.companyId(), all);
  }

  /**
   * What company {@code companyId} sees of the students shortlisted for its places: place id to
   * the student ids nominated for it.
   *
   * @param problem the problem
   * @param companyId the company
   * @param shortlists place id to the student ids nominated for it
   * @return the company's view of its shortlisted students
   */
  public static CompanyView shortlisted(MatchingProblem problem, String companyId,
      Map<String, List<String>> shortlists) {
    Company company = company(problem, companyId);
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : shortlists.entrySet()) {
      Place place = place(problem, e.getKey());
      if (!place.companyId().equals(company.id())) {
        throw new IllegalArgumentException("The place (" + place.id() + ") belongs to company ("
            + place.companyId() + "), not to (" + company.id() + ").\nMaybe pass only the"
            + " shortlists of this company's places.");
      }
      for (String s : e.getValue()) {
        entries.add(entry(place, Status.SHORTLISTED,
            problem.student(s).orElseThrow(() -> new IllegalArgumentException("The student (" + s
                + ") on the shortlist of place (" + place.id() + ") is not part of the problem."
                + "\nMaybe check the id."))));
      }
    }
    return new CompanyView(company.id(), entries);
  }

  private static Company company(MatchingProblem problem, String companyId) {
    return problem.company(companyId).orElseThrow(() -> new IllegalArgumentException(
        "The company (" + companyId + ") is not part of the problem.\nMaybe check the id."));
  }

  private static Place place(MatchingProblem problem, String placeId) {
    return problem.place(placeId).orElseThrow(() -> new IllegalArgumentException("The place ("
        + placeId + ") is not part of the problem.\nMaybe the result belongs to another"
        + " problem."));
  }

  /**
   * The view as a canonical JSON document (all its fields, nothing more).
   *
   * @return the document ({@value #FORMAT})
   */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("companyId", companyId);
    List<Object> list = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("placeId", e.placeId());
      m.put("status", e.status().name());
      StudentProfile p = e.profile();
      Map<String, Object> profile = new LinkedHashMap<>();
      profile.put("studentId", p.studentId());
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("crebo", p.qualification().crebo());
      q.put("level", (long) p.qualification().level());
      profile.put("qualification", q);
      profile.put("wantedWorkProcesses", new ArrayList<Object>(p.wantedWorkProcesses()));
      Period period = p.period();
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("start", period.start().toString());
      pm.put("end", period.end().toString());
      pm.put("form", period.form().name());
      pm.put("daysPerWeek", (long) period.daysPerWeek());
      profile.put("period", pm);
      m.put("profile", profile);
      Map<String, Object> coverage = new LinkedHashMap<>();
      coverage.put("coveredWeekdays", e.periodCoverage().coveredWeekdays());
      coverage.put("wantedWeekdays", e.periodCoverage().wantedWeekdays());
      coverage.put("sameForm", e.periodCoverage().sameForm());
      m.put("periodCoverage", coverage);
      list.add(m);
    }
    doc.put("entries", list);
    return Json.pretty(doc);
  }
}
