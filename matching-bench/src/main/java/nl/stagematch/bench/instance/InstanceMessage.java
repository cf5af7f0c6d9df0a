package nl.stagematch.bench.instance;

import nl.stagematch.core.model.MessageKey;

/**
 * The errors of {@link InstanceReader}, in Dutch and English, each with a stable code. In the
 * templates, {@code {part}} stands for what was expected (such as "the cost of edge 7 (an integer
 * 0..1000000)"), which the reader fills in in the same language before the placeholders.
 */
public enum InstanceMessage implements MessageKey {
  INSTANCE_UNEXPECTED_TOKEN("{0} regel {1}: verwacht {part}, gevonden ''{2}''.\nTip: vergelijk het"
      + " bestand met het formaat (kopregel, een capaciteit per plaats, dan 'student plaats"
      + " kosten' per kant).", "{0} line {1}: expected {part}, found ''{2}''.\nMaybe check the file"
      + " against the format (header, one capacity per place, then 'student place cost' per"
      + " edge)."),
  INSTANCE_TRUNCATED("{0} regel {1}: verwacht {part}, maar het bestand houdt op.\nTip: misschien"
      + " is het bestand afgekapt of is een aantal in de kopregel te groot.", "{0} line {1}:"
      + " expected {part}, found the end of the file.\nMaybe the file is truncated or a count in"
      + " the header is too large."),
  INSTANCE_DUPLICATE_PAIR("{0}: het paar (student {1}, plaats {2}) staat er twee keer in (kant {3}"
      + " herhaalt het).\nTip: haal de dubbele kant weg.", "{0}: the pair (student {1}, place {2})"
      + " is listed twice (edge {3} repeats it).\nMaybe remove the duplicate edge."),
  INSTANCE_TOO_MANY_STUDENTS("{0} regel {1}: de kopregel kondigt {2} studenten aan, meer dan deze"
      + " lezer aanneemt ({3}).\nTip: controleer de kopregel (studenten, plaatsen, kanten), of"
      + " splits de instantie.", "{0} line {1}: the header announces {2} students, more than this"
      + " reader takes ({3}).\nMaybe check the header (students, places, edges), or split the"
      + " instance."),
  INSTANCE_HEADER_TOO_LARGE("{0} regel {1}: de kopregel kondigt {2} plaatsen en {3} kanten aan,"
      + " waarvoor nog minstens {4} bytes nodig zijn, maar het bestand heeft er {5}.\nTip:"
      + " misschien is het bestand afgekapt of is een aantal in de kopregel te groot.",
      "{0} line {1}: the header announces {2} places and {3} edges, which need at least {4} more"
      + " bytes, but the file has {5}.\nMaybe the file is truncated or a count in the header is"
      + " too large."),
  INSTANCE_DENSE_TOO_LARGE("{0} regel {1}: de kopregel kondigt een dichte instantie van {2} x {2}"
      + " kosten aan, waarvoor nog minstens {3} bytes nodig zijn, maar het bestand heeft er"
      + " {4}.\nTip: misschien is het bestand afgekapt of is N te groot.", "{0} line {1}: the"
      + " header announces a dense instance of {2} x {2} costs, which need at least {3} more"
      + " bytes, but the file has {4}.\nMaybe the file is truncated or N is too large.");

  private final String dutch;
  private final String english;

  InstanceMessage(String dutch, String english) {
    this.dutch = dutch.replace("''", "'");
    this.english = english.replace("''", "'");
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String dutch() {
    return dutch;
  }

  @Override
  public String english() {
    return english;
  }
}
