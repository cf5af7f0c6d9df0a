package nl.stagematch.core.model;

/**
 * A means of transport, with the mean door-to-door speed the default travel model uses.
 *
 * <p>Mean speeds (km/h): walk 5, bike 15, public transport 30 (plus a fixed waiting time in the
 * travel model), car 45. They are averages over a trip in the Netherlands, not top speeds.
 */
public enum Transport {
  /** Walking, 5 km/h. */
  WALK(5.0),
  /** Bicycle (including e-bike), 15 km/h. */
  BIKE(15.0),
  /** Bus, tram, metro and train, 30 km/h while moving, plus waiting time. */
  PUBLIC_TRANSPORT(30.0),
  /** Car or moped, 45 km/h. */
  CAR(45.0);

  private final double meanSpeedKmh;

  Transport(double meanSpeedKmh) {
    this.meanSpeedKmh = meanSpeedKmh;
  }

  /**
   * The default mean speed in km/h used by the travel model.
   *
   * @return the speed
   */
  public double meanSpeedKmh() {
    return meanSpeedKmh;
  }
}
