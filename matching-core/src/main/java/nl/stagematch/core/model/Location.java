package nl.stagematch.core.model;

/**
 * A WGS84 position, used only inside the engine to compute travel time; never shown to a company
 * and never part of any view for one (R1).
 */
public record Location(double latitude, double longitude) {

  /**
   * Validates that both coordinates are finite and in range.
   *
   * @param latitude the latitude in degrees, -90 to 90
   * @param longitude the longitude in degrees, -180 to 180
   */
  public Location {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_LATITUDE, latitude),
          "latitude");
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_LONGITUDE, longitude),
          "longitude");
    }
  }

  @Override
  public String toString() {
    // Locations are engine-internal; keep them out of logs and messages by accident.
    return "Location[hidden]";
  }
}
