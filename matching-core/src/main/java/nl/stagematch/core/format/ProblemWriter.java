package nl.stagematch.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.model.FitWeights;
import nl.stagematch.core.model.TravelTimeModel;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.model.TravelLimit;

/**
 * Writes a {@link MatchingProblem} as a canonical {@code stagematch-problem/1} document: every
 * field in the order of {@link ProblemReader}'s field lists, defaults written out, absent optional
 * values left out, lists in the problem's order, maps and sets sorted (see {@link JsonOutput}).
 * On one line each: qualifications, periods, travel limits, locations, recognitions, the
 * work-process and competence maps, a company's participation, and the lists of codes.
 */
final class ProblemWriter {
  private final JsonOutput out;

  private ProblemWriter(JsonOutput out) {
    this.out = out;
  }

  static void write(MatchingProblem problem, OutputStream stream) throws IOException {
    JsonOutput out = new JsonOutput(stream);
    new ProblemWriter(out).problem(problem);
    out.finish();
  }

  private void problem(MatchingProblem problem) throws IOException {
    out.startObject();
    out.string("format", ProblemReader.FORMAT);
    policy(problem.policy());
    fitModel(problem);
    out.startArray("students");
    for (Student student : problem.students()) {
      student(student);
    }
    out.endArray();
    out.startArray("companies");
    for (Company company : problem.companies()) {
      company(company);
    }
    out.endArray();
    out.startArray("places");
    for (Place place : problem.places()) {
      place(place);
    }
    out.endArray();
    // written only when there are minutes, so that documents without them keep their bytes
    if (!problem.travelMinutes().isEmpty()) {
      out.startObject("travelMinutes");
      for (Map.Entry<String, SortedMap<String, Double>> e
          : problem.travelMinutes().asMap().entrySet()) {
        out.numberMap(e.getKey(), e.getValue(), true);
      }
      out.endObject();
    }
    out.endObject();
  }

  private void policy(Policy policy) throws IOException {
    out.startObject("policy");
    out.string("schoolYear", policy.schoolYear().toString());
    Scope scope = policy.scope();
    out.startObject("scope");
    out.enumSet("tracks", scope.tracks());
    out.integerSet("studyYears", scope.studyYears());
    out.bool("firstInternshipOnly", scope.firstInternshipOnly());
    out.endObject();
    ParticipationPolicy participation = policy.participation();
    out.startObject("participation");
    out.bool("optOutAllowed", participation.optOutAllowed());
    out.string("minimumSize", participation.minimumSize().name());
    out.stringSet("exemptSectors", participation.exemptSectors());
    out.endObject();
    // written only when it is not the default, so that documents written before the field
    // existed (which mean the default) are still canonical, byte for byte
    if (policy.minPeriodCoveragePercent() != Policy.DEFAULT_MIN_PERIOD_COVERAGE_PERCENT) {
      out.number("minPeriodCoveragePercent", policy.minPeriodCoveragePercent());
    }
    out.endObject();
  }

  /**
   * The fit model, all of its values, when the problem sets one that is not the default (left out
   * otherwise, so that documents written before the field existed stay canonical, byte for byte).
   */
  private void fitModel(MatchingProblem problem) throws IOException {
    if (problem.fitParameters().isEmpty()) {
      return;
    }
    FitModel model = FitModel.of(problem);
    if (FitParameters.nonDefault(model).isEmpty()) {
      return;
    }
    out.startObject("fitModel");
    FitWeights w = model.weights();
    out.startInlineObject("weights");
    out.number("workProcesses", w.workProcesses());
    out.number("companyKind", w.companyKind());
    out.number("workKind", w.workKind());
    out.number("travel", w.travel());
    out.number("learningRoom", w.learningRoom());
    out.endObject();
    TravelTimeModel t = model.travelModel();
    out.startObject("travel");
    out.number("detourFactor", t.detourFactor());
    out.startInlineObject("speedKmh");
    for (Transport transport : Transport.values()) {
      out.number(transport.name(), t.speedKmh(transport));
    }
    out.endObject();
    out.number("publicTransportWaitMinutes", t.publicTransportWaitMinutes());
    out.endObject();
    out.number("masteryLevel", (long) model.masteryLevel());
    out.endObject();
  }

  private void student(Student student) throws IOException {
    out.startObject();
    out.string("id", student.id());
    out.string("track", student.track().name());
    out.number("studyYear", student.studyYear());
    out.bool("firstInternship", student.firstInternship());
    out.bool("optedOut", student.optedOut());
    wish(student.wish());
    out.numberMap("competences", student.competences(), true);
    location("home", student.home());
    out.endObject();
  }

  private void wish(LearningWish wish) throws IOException {
    out.startObject("wish");
    qualification(wish.qualification());
    out.numberMap("workProcesses", wish.workProcesses(), true);
    out.optionalString("companyKind", wish.companyKind());
    out.optionalString("workKind", wish.workKind());
    period(wish.period());
    TravelLimit travel = wish.travelLimit();
    if (travel != null) {
      out.startInlineObject("travelLimit");
      out.string("transport", travel.transport().name());
      out.number("maxMinutes", travel.maxMinutes());
      out.endObject();
    }
    out.stringSet("requiredFeatures", wish.requiredFeatures());
    out.endObject();
  }

  private void qualification(Qualification qualification) throws IOException {
    out.startInlineObject("qualification");
    out.string("crebo", qualification.crebo());
    out.number("level", qualification.level());
    out.endObject();
  }

  private void period(Period period) throws IOException {
    out.startInlineObject("period");
    out.string("start", period.start().toString());
    out.string("end", period.end().toString());
    out.string("form", period.form().name());
    out.number("daysPerWeek", period.daysPerWeek());
    out.endObject();
  }

  private void location(String name, Location location) throws IOException {
    if (location != null) {
      out.startInlineObject(name);
      out.number("latitude", location.latitude());
      out.number("longitude", location.longitude());
      out.endObject();
    }
  }

  private void company(Company company) throws IOException {
    out.startObject();
    out.string("id", company.id());
    out.startArray("recognitions");
    for (Recognition recognition : company.recognitions()) {
      out.startInlineObject();
      qualification(recognition.qualification());
      out.stringSet("workProcesses", recognition.workProcesses());
      out.endObject();
    }
    out.endArray();
    out.string("size", company.size().name());
    out.string("sector", company.sector());
    out.optionalString("kind", company.kind());
    location("location", company.location());
    out.optionalString("region", company.region());
    out.startInlineObject("participation");
    for (Map.Entry<SchoolYear, Participation> e
        : new TreeMap<>(company.participation()).entrySet()) {
      out.string(e.getKey().toString(), e.getValue().name());
    }
    out.endObject();
    out.endObject();
  }

  private void place(Place place) throws IOException {
    out.startObject();
    out.string("id", place.id());
    out.string("companyId", place.companyId());
    qualification(place.qualification());
    period(place.period());
    out.number("capacity", place.capacity());
    out.stringSet("features", place.features());
    out.optionalString("workKind", place.workKind());
    out.endObject();
  }
}
