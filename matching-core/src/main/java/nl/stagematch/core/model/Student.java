package nl.stagematch.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import nl.stagematch.core.io.SafeText;

/**
 * A student, known only by a pseudonymous id: her track and year, whether this is her first
 * internship, whether she opted out (R3), her learning wish and competences.
 *
 * <p>There is deliberately no field for any personal characteristic (R1). The home location is
 * used only inside the engine to compute travel time.
 *
 * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
 * @param track BOL or BBL
 * @param studyYear the year of study, 1..4
 * @param firstInternship whether the internship to match is her first
 * @param optedOut whether she opted out of matching and searches herself (R3)
 * @param wish her learning wish
 * @param competences what she can already do: work-process code to level 1..5; sorted by code
 * @param home her home location for travel time only, or {@code null} when unknown (then her
 *     travel limit cannot be checked; eligibility ignores it and reports that)
 */
public record Student(
    String id,
    Track track,
    int studyYear,
    boolean firstInternship,
    boolean optedOut,
    LearningWish wish,
    Map<String, Integer> competences,
    Location home) {

  /**
   * Validates every field and copies the competences into a sorted unmodifiable map.
   *
   * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
   * @param track BOL or BBL
   * @param studyYear the year of study, 1..4
   * @param firstInternship whether the internship to match is her first
   * @param optedOut whether she opted out of matching and searches herself
   * @param wish her learning wish
   * @param competences what she can already do: work-process code to level 1..5
   * @param home her home location for travel time only
   */
  public Student {
    Checks.id(id, Pseudonyms.Kind.STUDENT, Checks.what("een student", "a student"), "id");
    Checks.present(track, "het leertraject (BOL of BBL) van student (" + id + ")",
        "the track (BOL or BBL) of student (" + id + ")", "kies BOL of BBL.",
        "choose BOL or BBL.", "track");
    if (studyYear < 1 || studyYear > 4) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_STUDY_YEAR, studyYear, id),
          "studyYear");
    }
    Checks.present(wish, "de leerwens van student (" + id + ")",
        "the learning wish of student (" + id + ")", "geef haar leerwens.",
        "give her learning wish.", "wish");
    Checks.present(competences, "de competenties van student (" + id + ")",
        "the competences of student (" + id + ")", "gebruik een lege map als er geen zijn.",
        "use an empty map for none.", "competences");
    TreeMap<String, Integer> copy = new TreeMap<>();
    for (Map.Entry<String, Integer> e : competences.entrySet()) {
      String code = Checks.workProcess(e.getKey(), Checks.what("de competenties van student (" + id
          + ")", "the competences of student (" + id + ")"),
          "competences", e.getKey());
      Integer level = e.getValue();
      if (level == null || level < 1 || level > 5) {
        throw new InvalidValueException(Message.of(CoreMessage.MODEL_COMPETENCE_LEVEL, level,
            SafeText.clean(code), SafeText.clean(id)), "competences", code);
      }
      copy.put(code, level);
    }
    competences = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * The competence level (1..5) for a work process, or 0 if the student has none.
   *
   * @param workProcess the work-process code
   * @return the level, or 0
   */
  public int competenceLevel(String workProcess) {
    Integer level = competences.get(workProcess);
    return level == null ? 0 : level;
  }

  /**
   * Starts a builder for a first-year BOL student at her first internship.
   *
   * @param id the student's pseudonymous id
   * @param wish her learning wish
   * @return a new builder
   */
  public static Builder builder(String id, LearningWish wish) {
    return new Builder(id, wish);
  }

  /**
   * Builds a {@link Student}. Defaults: track BOL, study year 1, first internship, not opted out,
   * no competences, no home location.
   */
  public static final class Builder {
    private final String id;
    private final LearningWish wish;
    private Track track = Track.BOL;
    private int studyYear = 1;
    private boolean firstInternship = true;
    private boolean optedOut;
    private final Map<String, Integer> competences = new TreeMap<>();
    private Location home;

    private Builder(String id, LearningWish wish) {
      this.id = Checks.id(id, Pseudonyms.Kind.STUDENT, Checks.what("een student", "a student"));
      this.wish = Checks.present(wish, "de leerwens van een student",
        "the learning wish of a student", "geef haar leerwens.",
        "give her learning wish.", "wish");
    }

    /**
     * Sets the track (default BOL).
     *
     * @param track the track
     * @return this builder
     */
    public Builder track(Track track) {
      this.track = Checks.present(track, "het leertraject (BOL of BBL) van een student",
        "the track (BOL or BBL) of a student", "kies BOL of BBL.",
        "choose BOL or BBL.", "track");
      return this;
    }

    /**
     * Sets the study year (default 1).
     *
     * @param studyYear the study year
     * @return this builder
     */
    public Builder studyYear(int studyYear) {
      this.studyYear = studyYear;
      return this;
    }

    /**
     * Sets whether this is the first internship (default true).
     *
     * @param firstInternship true for the first internship
     * @return this builder
     */
    public Builder firstInternship(boolean firstInternship) {
      this.firstInternship = firstInternship;
      return this;
    }

    /**
     * Sets whether the student opted out (default false).
     *
     * @param optedOut true if she opted out
     * @return this builder
     */
    public Builder optedOut(boolean optedOut) {
      this.optedOut = optedOut;
      return this;
    }

    /**
     * Adds a competence: a work process the student can do at {@code level} (1..5).
     *
     * @param workProcess the work-process code
     * @param level the level, 1 to 5
     * @return this builder
     */
    public Builder competence(String workProcess, int level) {
      competences.put(Checks.present(workProcess, "de werkprocescode van een competentie",
        "the work-process code of a competence", "geef de code, zoals B1-K1-W1.",
        "give the code, such as B1-K1-W1.", "competences"), level);
      return this;
    }

    /**
     * Sets the home location, used for travel time only.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     * @return this builder
     */
    public Builder home(double latitude, double longitude) {
      this.home = new Location(latitude, longitude);
      return this;
    }

    /**
     * Builds the student, validating every field.
     *
     * @return the student
     */
    public Student build() {
      return new Student(id, track, studyYear, firstInternship, optedOut, wish, competences, home);
    }
  }
}
