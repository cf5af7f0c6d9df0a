package nl.stagematch.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The names of the values of the documents and files (such as "the student id" or "a place"), in
 * Dutch and English, to fill into a message so that a Dutch message names the value in Dutch.
 *
 * <p>The readers name their values in English in the code; {@link #of(String)} turns such a name
 * into a {@link Message#phrase phrase} with its Dutch. A few names are built from parts ("the fit
 * weight travel", "a value of the options"); those are translated part by part. A name with no
 * Dutch here is shown in English in both languages, which a test of the readers' names prevents.
 */
public final class ValueNames {
  private ValueNames() {}

  /**
   * The value named {@code english} (such as "the student id") in Dutch and English.
   *
   * @param english the value's name in English, as the readers write it
   * @return the name as a phrase: its Dutch if known, else the English in both languages
   * @throws NullPointerException if {@code english} is null
   */
  public static Message of(String english) {
    Objects.requireNonNull(english, "english");
    String dutch = dutch(english);
    return Message.phrase(dutch == null ? english : dutch, english);
  }

  /**
   * Whether {@link #of(String)} has the Dutch of {@code english}.
   *
   * @param english the value's name in English
   * @return true if it has a Dutch name
   */
  public static boolean isKnown(String english) {
    return dutch(english) != null;
  }

  private static String dutch(String english) {
    String dutch = DUTCH.get(english);
    if (dutch != null) {
      return dutch;
    }
    for (String[] rule : PREFIXES) {
      if (english.startsWith(rule[0]) && english.length() > rule[0].length()) {
        String rest = english.substring(rule[0].length());
        String inner = rule.length > 2 ? dutch(rest) : rest;
        if (inner != null) {
          return rule[1] + inner;
        }
      }
    }
    int in = english.indexOf(" in ");
    if (in > 0) {
      String left = dutch(english.substring(0, in));
      String right = dutch(english.substring(in + 4));
      if (left != null && right != null) {
        return left + " in " + right;
      }
    }
    return null;
  }

  /**
   * Names built from a fixed start and a rest: the Dutch start, then the rest as it is (a field
   * name or code) or, marked with a third element, the rest translated.
   */
  private static final String[][] PREFIXES = {
      {"the fit weight ", "het gewicht "},
      {"the mean speed (km/h) by ", "de gemiddelde snelheid (km/u) met "},
      {"the list of ", "de lijst met ", "translated"},
      {"a value of ", "een waarde van ", "translated"},
      {"an element of ", "een element van ", "translated"}};

  /** The Dutch of every name the readers use. */
  private static final Map<String, String> DUTCH = Map.ofEntries(
      // objects
      Map.entry("a certificate", "een certificaat"),
      Map.entry("a company", "een bedrijf"),
      Map.entry("a component of the meeting graph", "een component van de gespreksgraaf"),
      Map.entry("a learning wish", "een leerwens"),
      Map.entry("a location", "een locatie"),
      Map.entry("a meeting", "een gesprek"),
      Map.entry("a pair", "een paar"),
      Map.entry("a period", "een periode"),
      Map.entry("a place", "een plaats"),
      Map.entry("a placement", "een plaatsing"),
      Map.entry("a problem document", "een probleemdocument"),
      Map.entry("a qualification", "een kwalificatie"),
      Map.entry("a recognition", "een erkenning"),
      Map.entry("a regional certificate", "een regionaal certificaat"),
      Map.entry("a result document", "een resultaatdocument"),
      Map.entry("a shortlist", "een shortlist"),
      Map.entry("a shortlist-rounds certificate", "een certificaat van shortlistrondes"),
      Map.entry("a stability certificate", "een stabiliteitscertificaat"),
      Map.entry("a student", "een student"),
      Map.entry("a travel limit", "een reistijdgrens"),
      Map.entry("an acquaintance certificate", "een kennismakingscertificaat"),
      Map.entry("an assignment certificate", "een toewijzingscertificaat"),
      Map.entry("an unplaced student", "een ongeplaatste student"),
      Map.entry("the fit model", "het passendheidsmodel"),
      Map.entry("the fit weights", "de gewichten van de passendheid"),
      Map.entry("the mean speeds (km/h)", "de gemiddelde snelheden (km/u)"),
      Map.entry("the participation policy", "het deelnamebeleid"),
      Map.entry("the policy", "het beleid"),
      Map.entry("the prices of a round's nomination", "de prijzen van de voordracht van een ronde"),
      Map.entry("the provenance", "de herkomst"),
      Map.entry("the scope", "de afbakening"),
      Map.entry("the travel model", "het reismodel"),
      // lists
      Map.entry("place", "plaats"),
      Map.entry("student", "student"),
      Map.entry("students", "studenten"),
      Map.entry("companies", "bedrijven"),
      Map.entry("places", "plaatsen"),
      Map.entry("placements", "plaatsingen"),
      Map.entry("recognitions", "erkenningen"),
      Map.entry("unplaced", "ongeplaatsten"),
      Map.entry("components", "de componenten"),
      Map.entry("exemptSectors", "de vrijgestelde sectoren"),
      Map.entry("features", "de voorzieningen"),
      Map.entry("forbidden", "de verboden paren"),
      Map.entry("forbidden pairs", "de verboden paren"),
      Map.entry("how the component was decided", "hoe over de component is beslist"),
      Map.entry("meetings", "de gesprekken"),
      Map.entry("nominations", "de voordrachten"),
      Map.entry("open hiring", "de open werving"),
      Map.entry("opted-out students", "de afgemelde studenten"),
      Map.entry("optedOut", "de afgemelde studenten"),
      Map.entry("pinned", "de vastgezette paren"),
      Map.entry("pinned pairs", "de vastgezette paren"),
      Map.entry("place prices", "de prijzen van de plaatsen"),
      Map.entry("requiredFeatures", "de vereiste voorzieningen"),
      Map.entry("shortlists", "de shortlists"),
      Map.entry("student prices", "de prijzen van de studenten"),
      Map.entry("studyYears", "de studiejaren"),
      Map.entry("unplaced students", "de ongeplaatste studenten"),
      Map.entry("workProcesses", "de werkprocessen"),
      // values
      Map.entry("a competence level", "een competentieniveau"),
      Map.entry("a lottery number", "een lotnummer"),
      Map.entry("a pair lottery number", "een lotnummer van een paar"),
      Map.entry("a place feature", "een voorziening van een plaats"),
      Map.entry("a price", "een prijs"),
      Map.entry("a required feature", "een vereiste voorziening"),
      Map.entry("a school id", "een school-id"),
      Map.entry("a slot price", "een prijs van een plek"),
      Map.entry("a student id", "een student-id"),
      Map.entry("a student price", "een prijs van een student"),
      Map.entry("a study year", "een studiejaar"),
      Map.entry("a track", "een leerweg"),
      Map.entry("a work process", "een werkproces"),
      Map.entry("a work-process weight", "een gewicht van een werkproces"),
      Map.entry("an exempt sector", "een vrijgestelde sector"),
      Map.entry("the allocation", "de verdeling"),
      Map.entry("the capacity", "de capaciteit"),
      Map.entry("the company id of a place", "het bedrijfs-id van een plaats"),
      Map.entry("the competences", "de competenties"),
      Map.entry("the crebo code", "de crebocode"),
      Map.entry("the cycle rule", "de cyclusregel"),
      Map.entry("the days per week", "het aantal dagen per week"),
      Map.entry("the detail", "het detail"),
      Map.entry("the detourFactor", "de omwegfactor"),
      Map.entry("the end", "het einde"),
      Map.entry("the first day of the remaining period", "de eerste dag van de resterende periode"),
      Map.entry("the fit class width", "de klassebreedte van de passendheid"),
      Map.entry("the fit score", "de passendheidsscore"),
      Map.entry("the form of the period", "de vorm van de periode"),
      Map.entry("the format marker", "de formaataanduiding"),
      Map.entry("the id of a company", "het id van een bedrijf"),
      Map.entry("the id of a place", "het id van een plaats"),
      Map.entry("the id of a student", "het id van een student"),
      Map.entry("the kind of company", "de soort bedrijf"),
      Map.entry("the kind of work", "de soort werk"),
      Map.entry("the latitude", "de breedtegraad"),
      Map.entry("the level", "het niveau"),
      Map.entry("the longitude", "de lengtegraad"),
      Map.entry("the lottery numbers", "de lotnummers"),
      Map.entry("the mastery level", "het beheersniveau"),
      Map.entry("the maximum minutes", "het maximum aantal minuten"),
      Map.entry("the minimum period coverage (percent)",
          "de minimale dekking van de periode (procent)"),
      Map.entry("the minimum size", "de minimale grootte"),
      Map.entry("the nominated students", "de voorgedragen studenten"),
      Map.entry("the open capacities", "de open capaciteiten"),
      Map.entry("the options", "de opties"),
      Map.entry("the order of a place", "de volgorde van een plaats"),
      Map.entry("the order of a student", "de volgorde van een student"),
      Map.entry("the pair lottery numbers of a student", "de lotnummers van de paren van een"
          + " student"),
      Map.entry("the pair lottery numbers", "de lotnummers van de paren"),
      Map.entry("the participation per school year", "de deelname per schooljaar"),
      Map.entry("the participation", "de deelname"),
      Map.entry("the penalty", "de strafkosten"),
      Map.entry("the picked student", "de gekozen student"),
      Map.entry("the place id", "het plaats-id"),
      Map.entry("the place of a meeting", "de plaats van een gesprek"),
      Map.entry("the place of a shortlist", "de plaats van een shortlist"),
      Map.entry("the places' orders", "de volgordes van de plaatsen"),
      Map.entry("the problem hash", "de hash van het probleem"),
      Map.entry("the publicTransportWaitMinutes", "de wachttijd bij het ov"),
      Map.entry("the ranking of a student", "de rangorde van een student"),
      Map.entry("the rankings", "de rangordes"),
      Map.entry("the reason", "de reden"),
      Map.entry("the region", "de regio"),
      Map.entry("the remaining periods", "de resterende periodes"),
      Map.entry("the responder", "de responder"),
      Map.entry("the room of a place", "de ruimte van een plaats"),
      Map.entry("the round", "de ronde"),
      Map.entry("the school certificates", "de certificaten per school"),
      Map.entry("the school year", "het schooljaar"),
      Map.entry("the schools", "de scholen"),
      Map.entry("the seat", "de zetel"),
      Map.entry("the sector", "de sector"),
      Map.entry("the seed", "de seed"),
      Map.entry("the shape of the component", "de vorm van de component"),
      Map.entry("the shortlist size", "de grootte van de shortlist"),
      Map.entry("the size class", "de grootteklasse"),
      Map.entry("the slot prices of a place", "de prijzen van de plekken van een plaats"),
      Map.entry("the slot prices", "de prijzen van de plekken"),
      Map.entry("the start", "het begin"),
      Map.entry("the student id", "het student-id"),
      Map.entry("the student of a meeting", "de student van een gesprek"),
      Map.entry("the student prices", "de prijzen van de studenten"),
      Map.entry("the students of a component", "de studenten van een component"),
      Map.entry("the students placed by fill-remaining",
          "de studenten geplaatst door fill-remaining"),
      Map.entry("the students' orders", "de volgordes van de studenten"),
      Map.entry("the study year", "het studiejaar"),
      Map.entry("the tie-breaking", "de beslissing bij gelijke stand"),
      Map.entry("the track", "de leerweg"),
      Map.entry("the transport", "het vervoer"),
      Map.entry("the travel minutes of a student", "de reistijden in minuten van een student"),
      Map.entry("the travel minutes", "de reistijden in minuten"),
      Map.entry("travel minutes", "reistijd in minuten"),
      Map.entry("the variant", "de variant"),
      Map.entry("the work processes", "de werkprocessen"),
      Map.entry("the tracks", "de leerwegen"),
      Map.entry("the study years", "de studiejaren"),
      Map.entry("the exempt sectors", "de vrijgestelde sectoren"),
      Map.entry("the required features", "de vereiste voorzieningen"),
      Map.entry("the place features", "de voorzieningen van de plaats"),
      Map.entry("whether companies may opt out", "of bedrijven zich mogen afmelden"),
      Map.entry("whether it is the first internship", "of het de eerste stage is"),
      Map.entry("whether only first internships are in scope",
          "of alleen eerste stages binnen de afbakening vallen"),
      Map.entry("whether the student opted out", "of de student zich heeft afgemeld"),
      // the process's documents
      Map.entry("the answers file", "het antwoordenbestand"),
      Map.entry("the audit trail", "de audittrail"),
      Map.entry("the decisions file", "het beslissingenbestand"),
      Map.entry("the session file", "het sessiebestand"),
      Map.entry("a trail entry", "een regel van de audittrail"),
      Map.entry("the coordinator of a trail entry", "de coördinator van een regel van de"
          + " audittrail"),
      Map.entry("a lottery number in a trail entry", "een lotnummer in een regel van de"
          + " audittrail"),
      Map.entry("a student with a school in a trail entry", "een student met een school in een"
          + " regel van de audittrail"),
      Map.entry("a school in a trail entry", "een school in een regel van de audittrail"));
}
