package nl.stagematch.core.format;

import nl.stagematch.core.model.Message;
import static nl.stagematch.core.format.CsvTable.Column.of;

import java.util.List;
import nl.stagematch.core.format.CsvTable.Spec;

/** The files of a CSV set and their columns (docs/import.md); names in Dutch first. */
final class CsvSet {
  private CsvSet() {}

  static final Spec STUDENTS = new Spec("the students", List.of("studenten.csv", "students.csv"),
      List.of(
          of("id", true, "id", "pseudonym", "pseudoniem"),
          of("crebo", true, "crebo", "crebo code"),
          of("level", true, "niveau", "level"),
          of("track", true, "leerweg", "track"),
          of("studyYear", true, "leerjaar", "study year"),
          of("firstInternship", false, "eerste stage", "first internship"),
          of("optedOut", false, "afgemeld", "opted out"),
          of("workProcesses", false, "werkprocessen", "work processes"),
          of("companyKind", false, "soort bedrijf", "company kind"),
          of("workKind", false, "soort werk", "work kind"),
          of("start", true, "begin", "start", "begindatum", "start date"),
          of("end", true, "einde", "end", "einddatum", "end date"),
          of("form", true, "vorm", "form"),
          of("days", true, "dagen per week", "days per week"),
          of("transport", false, "vervoer", "transport"),
          of("maxMinutes", false, "max reistijd", "max minutes", "maximale reistijd"),
          of("features", false, "benodigde voorzieningen", "required features"),
          of("competences", false, "competenties", "competences"),
          of("latitude", false, "breedtegraad", "latitude", "lat"),
          of("longitude", false, "lengtegraad", "longitude", "lon"),
          of("area", false, "pc4", "area code", "postcodegebied", "area")));

  static final Spec COMPANIES = new Spec("the companies",
      List.of("bedrijven.csv", "companies.csv"), List.of(
          of("id", true, "id", "pseudonym", "pseudoniem"),
          of("size", true, "grootte", "size"),
          of("sector", true, "sector"),
          of("kind", false, "soort bedrijf", "kind", "company kind"),
          of("region", true, "regio", "region"),
          of("latitude", false, "breedtegraad", "latitude", "lat"),
          of("longitude", false, "lengtegraad", "longitude", "lon"),
          of("area", false, "pc4", "area code", "postcodegebied", "area"),
          of("participation", false, "deelname", "participation")));

  static final Spec RECOGNITIONS = new Spec("the recognitions",
      List.of("erkenningen.csv", "recognitions.csv"), List.of(
          of("company", true, "bedrijf", "company", "company id"),
          of("crebo", true, "crebo", "crebo code"),
          of("level", true, "niveau", "level"),
          of("workProcesses", false, "werkprocessen", "work processes")));

  static final Spec PLACES = new Spec("the places", List.of("plaatsen.csv", "places.csv"),
      List.of(
          of("id", true, "id", "pseudonym", "pseudoniem"),
          of("company", true, "bedrijf", "company", "company id"),
          of("crebo", true, "crebo", "crebo code"),
          of("level", true, "niveau", "level"),
          of("start", true, "begin", "start", "begindatum", "start date"),
          of("end", true, "einde", "end", "einddatum", "end date"),
          of("form", true, "vorm", "form"),
          of("days", true, "dagen per week", "days per week"),
          of("capacity", true, "capaciteit", "capacity"),
          of("features", false, "voorzieningen", "features"),
          of("workKind", false, "soort werk", "work kind")));

  static final Spec POLICY = new Spec("the policy", List.of("beleid.csv", "policy.csv"),
      List.of(
          of("schoolYear", false, "schooljaar", "school year"),
          of("tracks", false, "leerwegen", "tracks"),
          of("studyYears", false, "leerjaren", "study years"),
          of("firstOnly", false, "alleen eerste stage", "first internship only"),
          of("optOutAllowed", false, "afmelden toegestaan", "opt out allowed"),
          of("minimumSize", false, "minimale grootte", "minimum size"),
          of("exemptSectors", false, "vrijgestelde sectoren", "exempt sectors"),
          of("coverage", false, "minimale dekking", "min period coverage percent"),
          of("fitWeights", false, "gewichten", "fit weights", "passingsgewichten"),
          of("travelModel", false, "reismodel", "travel model"),
          of("masteryLevel", false, "beheersniveau", "mastery level")));

  static final Spec TRAVEL_MINUTES = new Spec("the travel minutes",
      List.of("reistijden.csv", "travel-times.csv"), List.of(
          of("student", true, "student", "student id"),
          of("company", true, "bedrijf", "company", "company id"),
          of("minutes", true, "minuten", "minutes", "reistijd", "travel time")));

  static final Spec AREAS = new Spec("the area table", List.of(), List.of(
      of("area", true, "pc4", "area code", "postcodegebied", "area", "code"),
      of("latitude", true, "breedtegraad", "latitude", "lat"),
      of("longitude", true, "lengtegraad", "longitude", "lon")));

  /** What the file of {@code spec} holds, in Dutch and English (such as "the students"). */
  static Message what(Spec spec) {
    String dutch;
    switch (spec.what()) {
      case "the students":
        dutch = "de studenten";
        break;
      case "the companies":
        dutch = "de bedrijven";
        break;
      case "the recognitions":
        dutch = "de erkenningen";
        break;
      case "the places":
        dutch = "de plaatsen";
        break;
      case "the policy":
        dutch = "het beleid";
        break;
      case "the area table":
        dutch = "de gebiedentabel";
        break;
      default:
        dutch = spec.what();
    }
    return Message.phrase(dutch, spec.what());
  }
}
