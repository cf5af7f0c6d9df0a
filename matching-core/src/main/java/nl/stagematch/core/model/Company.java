package nl.stagematch.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A recognised training company ("erkend leerbedrijf"): its recognitions, size class, sector,
 * kind, location (travel time only), region and participation per school year.
 *
 * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
 * @param recognitions its SBB recognitions, at most one per qualification; in the given order
 * @param size its size class
 * @param sector its sector code, such as {@code care}, {@code technology}, {@code ict}
 * @param kind its kind (a code matched against a wish's company kind), or {@code null}
 * @param location its location, used only to compute travel time
 * @param region its region code, such as {@code utrecht-west}
 * @param participation its participation per school year, sorted by year; a school year that is
 *     missing means {@link Participation#PARTICIPATES}
 */
public record Company(
    String id,
    List<Recognition> recognitions,
    SizeClass size,
    String sector,
    String kind,
    Location location,
    String region,
    Map<SchoolYear, Participation> participation) {

  /**
   * Validates every field; two recognitions for the same qualification are refused.
   *
   * @param id the pseudonymous id (1..64 characters of {@code [A-Za-z0-9._:-]})
   * @param recognitions its SBB recognitions, at most one per qualification
   * @param size its size class
   * @param sector its sector code, such as {@code care}, {@code technology}, {@code ict}
   * @param kind its kind (a code matched against a wish's company kind)
   * @param location its location, used only to compute travel time
   * @param region its region code, such as {@code utrecht-west}
   * @param participation its participation per school year
   */
  public Company {
    Checks.id(id, Pseudonyms.Kind.COMPANY, Checks.what("een bedrijf", "a company"), "id");
    Checks.present(recognitions, "de erkenningen van bedrijf (" + id + ")",
        "the recognitions of company (" + id + ")", "gebruik een lege lijst als er geen zijn.",
        "use an empty list for none.", "recognitions");
    recognitions = List.copyOf(recognitions);
    Map<Qualification, Integer> seen = new HashMap<>();
    for (int i = 0; i < recognitions.size(); i++) {
      Integer earlier = seen.putIfAbsent(recognitions.get(i).qualification(), i);
      if (earlier != null) {
        throw new InvalidValueException(Message.of(CoreMessage.MODEL_DUPLICATE_RECOGNITION, id,
            earlier, i, recognitions.get(i).qualification()), "recognitions");
      }
    }
    Checks.present(size, "de grootteklasse van bedrijf (" + id + ")",
        "the size class of company (" + id + ")", "kies een grootteklasse, zoals SMALL.",
        "choose a size class, such as SMALL.", "size");
    sector = Checks.code(sector, Checks.what("sector van bedrijf (" + id + ")",
        "sector of company (" + id + ")"), "sector");
    kind = Checks.nullableCode(kind, Checks.what("soort van bedrijf (" + id + ")",
        "kind of company (" + id + ")"), "kind");
    Checks.present(location, "de locatie van bedrijf (" + id + ")",
        "the location of company (" + id + ")", "gebruik de locatie van de plek waar de student werkt.",
        "use the location of the place where the student works.", "location");
    region = Checks.code(region, Checks.what("regio van bedrijf (" + id + ")",
        "region of company (" + id + ")"), "region");
    participation = Checks.sortedMap(participation, "participation of company (" + id + ")");
  }

  /**
   * The recognition for {@code qualification}, if the company has one.
   *
   * @param qualification the qualification
   * @return the recognition, or empty
   */
  public Optional<Recognition> recognition(Qualification qualification) {
    for (Recognition r : recognitions) {
      if (r.qualification().equals(qualification)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The company's own participation status in {@code year} (missing means participates).
   *
   * @param year the school year
   * @return the status
   */
  public Participation participationIn(SchoolYear year) {
    return participation.getOrDefault(year, Participation.PARTICIPATES);
  }

  /**
   * Starts a builder.
   *
   * @param id the company's pseudonymous id
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Builds a {@link Company}. Defaults: no recognitions, size {@link SizeClass#SMALL}, no kind,
   * participates in every school year. Sector, location and region must be set.
   */
  public static final class Builder {
    private final String id;
    private final List<Recognition> recognitions = new ArrayList<>();
    private SizeClass size = SizeClass.SMALL;
    private String sector;
    private String kind;
    private Location location;
    private String region;
    private final Map<SchoolYear, Participation> participation = new TreeMap<>();

    private Builder(String id) {
      this.id = Checks.id(id, Pseudonyms.Kind.COMPANY, Checks.what("een bedrijf", "a company"));
    }

    /**
     * Adds a recognition for {@code qualification} with these work processes.
     *
     * @param qualification the qualification
     * @param workProcesses the codes of the work processes it can offer
     * @return this builder
     */
    public Builder recognition(Qualification qualification, String... workProcesses) {
      recognitions.add(Recognition.of(qualification, workProcesses));
      return this;
    }

    /**
     * Sets the size class (default SMALL).
     *
     * @param size the size class
     * @return this builder
     */
    public Builder size(SizeClass size) {
      this.size = Checks.present(size, "de grootteklasse van een bedrijf",
        "the size class of a company", "kies een grootteklasse, zoals SMALL.",
        "choose a size class, such as SMALL.", "size");
      return this;
    }

    /**
     * Sets the sector code.
     *
     * @param sector the sector code
     * @return this builder
     */
    public Builder sector(String sector) {
      this.sector = Checks.code(sector, Checks.what("sector van bedrijf (" + id + ")",
        "sector of company (" + id + ")"));
      return this;
    }

    /**
     * Sets the kind of company (default none).
     *
     * @param kind the kind of company
     * @return this builder
     */
    public Builder kind(String kind) {
      this.kind = Checks.nullableCode(kind, Checks.what("soort van bedrijf (" + id + ")",
        "kind of company (" + id + ")"));
      return this;
    }

    /**
     * Sets the location (travel time only).
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     * @return this builder
     */
    public Builder location(double latitude, double longitude) {
      this.location = new Location(latitude, longitude);
      return this;
    }

    /**
     * Sets the region code.
     *
     * @param region the region code
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Checks.code(region, Checks.what("regio van bedrijf (" + id + ")",
        "region of company (" + id + ")"));
      return this;
    }

    /**
     * Sets the participation in {@code year} (default participates).
     *
     * @param year the school year
     * @param status the status
     * @return this builder
     */
    public Builder participation(SchoolYear year, Participation status) {
      participation.put(Checks.present(year, "het schooljaar van een deelname",
        "the school year of a participation", "geef het schooljaar, zoals SchoolYear.of(2025).",
        "give the school year, such as SchoolYear.of(2025).", "participation"),
          Checks.present(status, "de deelname van een bedrijf in een schooljaar",
        "the participation of a company in a school year", "kies een waarde van Participation.",
        "choose a value of Participation.", "participation"));
      return this;
    }

    /**
     * Builds the company, validating every field.
     *
     * @return the company
     */
    public Company build() {
      return new Company(id, recognitions, size, sector, kind, location, region, participation);
    }
  }
}
