package nl.stagematch.bench.cli;

import java.util.Locale;

/**
 * Every label, column name, file name and page title that {@code stagematch explain} writes, in
 * Dutch and English: the one source of these texts (a test checks that each has both and that
 * neither carries words of the other language). The explanations themselves come from the
 * library ({@code Explanations}, {@code ReasonDetail}, {@code FitExplanation}).
 */
enum ExplainTexts {
  // file names (without extension)
  FILE_STUDENTS("studenten", "students"),
  FILE_COMPANIES("bedrijven", "companies"),
  FILE_PLACEMENTS("plaatsingen", "placements"),
  FILE_MEETINGS_STUDENTS("kennismakingen-studenten", "meetings-students"),
  FILE_MEETINGS_COMPANIES("kennismakingen-bedrijven", "meetings-companies"),
  FILE_MEETINGS("kennismakingen", "meetings"),
  FILE_SHORTLISTS("shortlijsten", "shortlists"),
  FILE_PLACEMENT_LIST("plaatsingslijst", "placement-list"),
  // columns and labels
  STUDENT("Student", "Student"),
  SCHOOL("School", "School"),
  PLACE("Plaats", "Place"),
  COMPANY("Bedrijf", "Company"),
  PLACED_AT("Geplaatst bij", "Placed at"),
  FIT("Passing", "Fit"),
  REASON_CODE("Redencode", "Reason code"),
  REASON("Reden", "Reason"),
  EXPLANATION("Uitleg", "Explanation"),
  STATUS("Status", "Status"),
  STATUS_PLACED("komt", "coming"),
  STATUS_SHORTLISTED("voorgedragen", "nominated"),
  QUALIFICATION("Kwalificatie (crebo)", "Qualification (crebo)"),
  LEVEL("Niveau", "Level"),
  WANTED_WORK_PROCESSES("Gewenste werkprocessen", "Wanted work processes"),
  PERIOD("Periode", "Period"),
  PROFILE("Profiel", "Profile"),
  PERIOD_COVERAGE("Dekking van de periode", "Period coverage"),
  WHAT_MATCHED("Wat past", "What matches"),
  FORM_BLOCK("blok", "block"),
  FORM_RIBBON("lint, %d dag(en) per week", "ribbon, %d day(s) a week"),
  ROUND("Ronde", "Round"),
  SEAT("Zitplaats", "Seat"),
  POSITION("Volgorde", "Position"),
  PICKED("Gekozen", "Picked"),
  YES("ja", "yes"),
  NO("nee", "no"),
  NO_SCHOOL("zonder school", "no school"),
  NONE("geen", "none"),
  // page titles and text
  TITLE_STUDENTS("Uitslag per student", "Result per student"),
  TITLE_STUDENTS_OF_SCHOOL("Uitslag per student, school %s", "Result per student, school %s"),
  INTRO_STUDENTS("Voor de student en de school. Deze pagina noemt reistijden en is niet"
      + " bedoeld voor bedrijven.", "For the student and the school. This page names travel"
      + " times and is not meant for companies."),
  TITLE_COMPANIES("Wie komt er bij uw bedrijf", "Who comes to your company"),
  INTRO_COMPANIES("Per plaats de studenten, alleen met een pseudoniem profiel: kwalificatie,"
      + " niveau, gewenste werkprocessen en periode.", "Per place the students, with a"
      + " pseudonymous profile only: qualification, level, wanted work processes and period."),
  NOBODY("Er komt niemand bij de plaatsen van dit bedrijf.",
      "Nobody comes to this company's places."),
  TITLE_MEETINGS("Kennismakingen (ronde 1)", "Meetings (stage 1)"),
  MEETINGS_PER_STUDENT("Per student", "Per student"),
  MEETINGS_PER_COMPANY("Per bedrijf", "Per company"),
  NO_MEETINGS("geen kennismaking", "no meeting"),
  TITLE_SHORTLISTS("Shortlijsten per plaats", "Shortlists per place"),
  TITLE_PLACEMENT_LIST("Plaatsingslijst", "Placement list"),
  TITLE_PLACEMENT_LIST_OF_SCHOOL("Plaatsingslijst, school %s", "Placement list, school %s"),
  INTRO_PLACEMENT_LIST("Voor de school: per student de plaats, het bedrijf en de periode van de"
      + " plaats; anders de reden dat zij niet geplaatst is. Niet bedoeld voor bedrijven.",
      "For the school: per student the place, the company and the period of the place, or the"
      + " reason she was not placed. Not meant for companies."),
  VARIANT("Variant", "Variant"),
  SEED("Loting (seed)", "Lottery (seed)"),
  STUDENT_COUNT("Aantal studenten", "Number of students");

  private final String dutch;
  private final String english;

  ExplainTexts(String dutch, String english) {
    this.dutch = dutch;
    this.english = english;
  }

  /** The Dutch text. */
  String dutch() {
    return dutch;
  }

  /** The English text. */
  String english() {
    return english;
  }

  /** The text in Dutch ({@code nl}) or English (any other language). */
  String in(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? dutch : english;
  }

  /** The text with its {@code %s}/{@code %d} filled in. */
  String in(Locale locale, Object... args) {
    return String.format(Locale.ROOT, in(locale), args);
  }
}
