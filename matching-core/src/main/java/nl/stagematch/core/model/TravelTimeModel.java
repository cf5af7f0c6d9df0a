package nl.stagematch.core.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates one-way travel time from a student's home to a company, without any map data.
 *
 * <p>{@code minutes = distance * detourFactor / speed(transport) * 60 + wait(transport)}, where
 * {@code distance} is the great-circle (haversine) distance in km on a sphere of radius 6371.0088
 * km, {@code detourFactor} (default 1.3) accounts for roads not being straight, {@code speed} is
 * the mean door-to-door speed per means of transport (defaults from {@link
 * Transport#meanSpeedKmh()}: walk 5, bike 15, public transport 30, car 45 km/h) and {@code wait}
 * is a fixed waiting and transfer time for public transport (default 10 minutes; 0 for the
 * others).
 *
 * <p>Example: 6.0 km by bike is {@code 6.0 * 1.3 / 15 * 60 = 31.2} minutes; by public transport
 * {@code 6.0 * 1.3 / 30 * 60 + 10 = 25.6} minutes. Immutable and thread-safe.
 */
public final class TravelTimeModel {
  /** The mean Earth radius in km (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private static final TravelTimeModel DEFAULTS = builder().build();

  private final double detourFactor;
  private final double[] speedKmh;
  private final double publicTransportWaitMinutes;

  private TravelTimeModel(Builder b) {
    this.detourFactor = b.detourFactor;
    this.speedKmh = new double[Transport.values().length];
    for (Transport t : Transport.values()) {
      speedKmh[t.ordinal()] = b.speeds.getOrDefault(t, t.meanSpeedKmh());
    }
    this.publicTransportWaitMinutes = b.publicTransportWaitMinutes;
  }

  /**
   * The default model: detour factor 1.3, the speeds of {@link Transport}, 10 minutes wait.
   *
   * @return the default model
   */
  public static TravelTimeModel defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The detour factor (>= 1).
   *
   * @return the factor
   */
  public double detourFactor() {
    return detourFactor;
  }

  /**
   * The mean speed in km/h for {@code transport}.
   *
   * @param transport the means of transport
   * @return the speed in km/h
   */
  public double speedKmh(Transport transport) {
    return speedKmh[transport.ordinal()];
  }

  /**
   * The fixed waiting time in minutes added to trips by public transport.
   *
   * @return the minutes
   */
  public double publicTransportWaitMinutes() {
    return publicTransportWaitMinutes;
  }

  /**
   * The great-circle distance in km between two locations (haversine).
   *
   * @param a one location
   * @param b the other
   * @return the distance in km
   */
  public static double distanceKm(Location a, Location b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    return distanceKm(lat1, Math.toRadians(a.longitude()), Math.cos(lat1),
        lat2, Math.toRadians(b.longitude()), Math.cos(lat2));
  }

  /** Haversine on precomputed radians and cosines of the latitudes (the hot path). */
  static double distanceKm(double lat1, double lon1, double cosLat1, double lat2, double lon2,
      double cosLat2) {
    double sinDLat = Math.sin((lat2 - lat1) / 2);
    double sinDLon = Math.sin((lon2 - lon1) / 2);
    double h = sinDLat * sinDLat + cosLat1 * cosLat2 * sinDLon * sinDLon;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * The estimated one-way travel time in minutes from {@code from} to {@code to}.
   *
   * @param from where the trip starts
   * @param to where it ends
   * @param transport the means of transport
   * @return the minutes
   */
  public double minutes(Location from, Location to, Transport transport) {
    return minutesForDistance(distanceKm(from, to), transport);
  }

  /**
   * The estimated travel time in minutes for a great-circle distance in km.
   *
   * @param distanceKm the great-circle distance in km
   * @param transport the means of transport
   * @return the minutes
   */
  public double minutesForDistance(double distanceKm, Transport transport) {
    double m = distanceKm * detourFactor / speedKmh[transport.ordinal()] * 60.0;
    return transport == Transport.PUBLIC_TRANSPORT ? m + publicTransportWaitMinutes : m;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TravelTimeModel[detourFactor=").append(detourFactor);
    for (Transport t : Transport.values()) {
      sb.append(", ").append(t).append('=').append(speedKmh[t.ordinal()]).append("km/h");
    }
    return sb.append(", publicTransportWait=").append(publicTransportWaitMinutes).append("min]")
        .toString();
  }

  /**
   * Builds a {@link TravelTimeModel}. Defaults: detour factor 1.3; speeds from {@link
   * Transport#meanSpeedKmh()}; public-transport wait 10 minutes.
   */
  public static final class Builder {
    private double detourFactor = 1.3;
    private final Map<Transport, Double> speeds = new EnumMap<>(Transport.class);
    private double publicTransportWaitMinutes = 10.0;

    private Builder() {}

    /**
     * Sets the detour factor, finite and 1..3 (default 1.3).
     *
     * @param factor the factor
     * @return this builder
     */
    public Builder detourFactor(double factor) {
      if (!Double.isFinite(factor) || factor < 1 || factor > 3) {
        throw new InvalidValueException(Message.of(CoreMessage.FIT_DETOUR_FACTOR, factor));
      }
      this.detourFactor = factor;
      return this;
    }

    /**
     * Sets the mean speed for {@code transport}, finite and 1..200 km/h.
     *
     * @param transport the means of transport
     * @param kmh the speed in km/h
     * @return this builder
     */
    public Builder speedKmh(Transport transport, double kmh) {
      Objects.requireNonNull(transport, "transport");
      if (!Double.isFinite(kmh) || kmh < 1 || kmh > 200) {
        throw new InvalidValueException(Message.of(CoreMessage.FIT_SPEED, kmh, transport,
            transport.meanSpeedKmh()));
      }
      speeds.put(transport, kmh);
      return this;
    }

    /**
     * Sets the fixed public-transport waiting time, finite and 0..60 minutes (default 10).
     *
     * @param minutes the minutes
     * @return this builder
     */
    public Builder publicTransportWaitMinutes(double minutes) {
      if (!Double.isFinite(minutes) || minutes < 0 || minutes > 60) {
        throw new InvalidValueException(Message.of(CoreMessage.FIT_WAIT_MINUTES, minutes));
      }
      this.publicTransportWaitMinutes = minutes;
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     */
    public TravelTimeModel build() {
      return new TravelTimeModel(this);
    }
  }
}
